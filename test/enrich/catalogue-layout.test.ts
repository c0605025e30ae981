import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { CATALOGUE_FIELDS, CATALOGUE_FILES, VERSIONS_SUBDIR, catalogueEntrySchema, loadCatalogue, type CatalogueEntry } from '../../src/enrich/catalogue';
import { tempDir } from '../helpers/temp-dir';

// Every catalogue row is built in one object layout (src/enrich/catalogue.ts inOneLayout): every field of the row
// schema, in the schema's order, whichever fields the table gives, so the readers of every line's row stay on
// V8's fast path. The layout is derived from the schema; these tests fail when a schema field is left out of it,
// or when a table writes a field the schema does not name (it would give rows of that field a layout of their own).

const CATALOGUE = resolve(__dirname, '../../rules/catalogue');
const SCHEMA_FIELDS = Object.keys(catalogueEntrySchema.shape);

function catalogueOf(drugs: object[], versionRows: object[]): string {
  const dir = tempDir('cat-layout-');
  writeFileSync(join(dir, 'drugs.json'), JSON.stringify({ note: 'test', rows: drugs }));
  mkdirSync(join(dir, 'versions', 'service'), { recursive: true });
  writeFileSync(join(dir, 'versions', 'service', 'v1.json'), JSON.stringify({ note: 'test', kind: 'service', version: 'v1', effectiveFrom: '2024-01-01', rows: versionRows }));
  return dir;
}

/** The files loadCatalogue reads: the sample tables and every version file. */
function tableFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? tableFiles(full) : name.endsWith('.json') ? [full] : [];
  });
}
const shippedTables = () => [...CATALOGUE_FILES.map((f) => join(CATALOGUE, f)), ...tableFiles(join(CATALOGUE, VERSIONS_SUBDIR))];

describe('catalogue rows in one layout', () => {
  it('a row carries every schema field in the schema order, then the fields the schema does not name', () => {
    const cat = loadCatalogue(
      catalogueOf(
        [
          { code: 'XA01', name: '最少字段', category: 'drug', class: '甲' },
          { usualPerDay: 3, code: 'XA02', ageMin: 18, name: '字段乱序', class: '乙', category: 'drug', remark: '限成人', note: '表外字段' },
        ],
        [{ code: '120100001', name: '版本行', category: 'service', class: '甲', priceCap: { '1': 10, '2': 12, '3': 14 }, effectiveFrom: '2023-06-01' }],
      ),
    );
    const rows = [cat.get('XA01'), cat.get('XA02'), cat.get('120100001', '2024-03-01')] as CatalogueEntry[];
    expect(CATALOGUE_FIELDS).toEqual(SCHEMA_FIELDS);
    for (const r of rows) expect(Object.keys(r).slice(0, SCHEMA_FIELDS.length)).toEqual(SCHEMA_FIELDS);
    expect(Object.keys(rows[1]).slice(SCHEMA_FIELDS.length)).toEqual(['note']);
    expect(rows[1]).toMatchObject({ usualPerDay: 3, ageMin: 18, remark: '限成人', note: '表外字段', version: 'sample', maxDays: undefined });
    // A version's rows are of its version and in force from its date, whatever the row says.
    expect(rows[2]).toMatchObject({ version: 'v1', effectiveFrom: '2024-01-01', priceCap: { '1': 10, '2': 12, '3': 14 } });
  });

  it('every field the shipped catalogue tables write is a schema field', () => {
    const known = new Set(SCHEMA_FIELDS);
    const unnamed: string[] = [];
    let rows = 0;
    for (const file of shippedTables()) {
      for (const row of (JSON.parse(readFileSync(file, 'utf8')) as { rows: Record<string, unknown>[] }).rows) {
        rows++;
        for (const key of Object.keys(row)) if (!known.has(key)) unnamed.push(`${file.slice(CATALOGUE.length + 1)} ${key}`);
      }
    }
    expect(rows).toBeGreaterThan(400);
    expect([...new Set(unnamed)]).toEqual([]);
  });

  it('shipped rows with different fields share one V8 object layout', () => {
    setFlagsFromString('--allow-natives-syntax');
    const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
    const fast = new Function('a', 'return %HasFastProperties(a)') as (a: object) => boolean;
    const cat = loadCatalogue(CATALOGUE);
    // Each code as of 2024-06-01 (imported versions in force) and with no date (the newest): sample and version rows.
    const codes = shippedTables().flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { rows: { code: string }[] }).rows.map((r) => r.code));
    const rows = codes.flatMap((c) => [cat.get(c, '2024-06-01'), cat.get(c)]).filter((r): r is CatalogueEntry => r !== undefined);
    const first = rows[0];
    expect(rows.length).toBeGreaterThan(400);
    expect(rows.filter((r) => !fast(r) || !sameMap(r, first)).map((r) => r.code)).toEqual([]);
  });
});
