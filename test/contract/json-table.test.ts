import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseTable, readJsonTable } from '../../src/contract/json-table';
import { tempDir } from '../helpers/temp-dir';

// Every rules table loads through these: a mismatch names the file and the field, an absent file is no check.

const schema = z.strictObject({ rows: z.array(z.strictObject({ code: z.string().min(1) })) });

describe('parseTable', () => {
  it('returns the parsed table, defaults applied', () => {
    expect(parseTable(z.strictObject({ days: z.number().default(7) }), {}, 'limits.json')).toEqual({ days: 7 });
  });

  it('fails naming the file, the field and the message', () => {
    expect(() => parseTable(schema, { rows: [{ code: '' }] }, 'history/x.json row 3')).toThrow(/^history\/x\.json row 3: rows\.0\.code: /);
  });
});

describe('readJsonTable', () => {
  it('reads and checks a file; null when it is absent', () => {
    const dir = tempDir('json-table-');
    writeFileSync(join(dir, 'ok.json'), JSON.stringify({ rows: [{ code: 'A' }] }));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ rows: [{ code: 'A', extra: 1 }] }));
    expect(readJsonTable(join(dir, 'ok.json'), schema)).toEqual({ rows: [{ code: 'A' }] });
    expect(() => readJsonTable(join(dir, 'bad.json'), schema)).toThrow(`${join(dir, 'bad.json')}: rows.0: `);
    expect(readJsonTable(join(dir, 'none.json'), schema)).toBeNull();
  });
});
