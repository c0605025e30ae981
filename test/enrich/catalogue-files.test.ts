import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CATALOGUE_FILES, loadCatalogue } from '../../src/enrich/catalogue';

// The sample tables are loaded from a fixed list (src/enrich/catalogue.ts CATALOGUE_FILES): a table added to
// rules/catalogue and left off the list is never read, and claims billing its rows look like codes outside the catalogue.

const CATALOGUE = resolve(__dirname, '../../rules/catalogue');
// Not row tables: the rule files and the condition → ICD-10 mapping the 备注 parser reads.
const NOT_TABLES = (name: string) => name.endsWith('.rules.json') || name === 'indications.json';

describe('sample catalogue tables', () => {
  it('every row table in rules/catalogue is on the loaded list', () => {
    const tables = readdirSync(CATALOGUE).filter((n) => n.endsWith('.json') && !NOT_TABLES(n));
    expect(tables.filter((n) => !(CATALOGUE_FILES as readonly string[]).includes(n))).toEqual([]);
  });

  it('every row of every table is the row its code finds (no code of one table shadowed by another)', () => {
    const cat = loadCatalogue(CATALOGUE);
    const lost: string[] = [];
    for (const name of CATALOGUE_FILES) {
      const rows = (JSON.parse(readFileSync(join(CATALOGUE, name), 'utf8')) as { rows: { code: string; name: string }[] }).rows;
      for (const r of rows) if (cat.get(r.code)?.name !== r.name) lost.push(`${name} ${r.code} ${r.name}`);
    }
    expect(lost).toEqual([]);
  });

  // A table's note lists its rows' kinds once each (review 31 item 18: a list pasted twice).
  it('no table note names the same entry twice', () => {
    const repeated: string[] = [];
    for (const name of CATALOGUE_FILES) {
      const note = (JSON.parse(readFileSync(join(CATALOGUE, name), 'utf8')) as { note?: unknown }).note;
      if (typeof note !== 'string') continue;
      const parts = note.split(/[,;]\s*/).map((p) => p.trim()).filter((p) => p.length > 3);
      for (const p of new Set(parts)) if (parts.indexOf(p) !== parts.lastIndexOf(p)) repeated.push(`${name}: ${p}`);
    }
    expect(repeated).toEqual([]);
  });
});
