import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { csvWriter } from '../../src/features/exports/csv';
import { runExport, workbookName } from '../../src/features/exports/run-export';
import { header, TABLE_NAMES, TABLES, type Cell, type TableName } from '../../src/features/exports/sheets';
import { xlsxWriter } from '../../src/features/exports/xlsx';
import { createSqliteStore } from '../../src/features/stores';
import { makeHit, makeReviewed } from '../helpers/fixtures';
import { expectSafe, HOSTILE, NUMERIC, sheetRows } from '../helpers/hostile-cells';
import { tempDir } from '../helpers/temp-dir';

// CSV/formula injection (issue 18 point 3): hostile text in every column of every table, written by both
// writers and through a whole export, read back with a real CSV parser (csv-parse) and with exceljs. No row may
// split, no cell may begin like a formula, no control character may survive, and numbers stay numbers.

const readCsv = (path: string): string[][] => parse(readFileSync(path), { bom: true, relax_column_count: false, record_delimiter: '\r\n' });

async function readXlsx(path: string): Promise<Map<string, ExcelJS.Worksheet>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out = new Map<string, ExcelJS.Worksheet>();
  wb.eachSheet((ws) => out.set(ws.name, ws));
  return out;
}

describe('every export cell is safe to open in a spreadsheet', () => {
  it('hostile text in every column of every table: whole rows, no formula, no control character, numbers kept', async () => {
    const dir = tempDir('cell-safety-');
    const writers = [csvWriter(dir), xlsxWriter(dir, 'book.xlsx', new Date('2025-03-01T00:00:00Z'))];
    const expected = new Map<TableName, Cell[][]>();
    for (const t of TABLE_NAMES) {
      const width = TABLES[t].columns.length;
      const sinks = [];
      for (const w of writers) sinks.push(await w.openTable(TABLES[t]));
      // Row i holds hostile value i in column 0, i+1 in column 1, …: every value reaches every column.
      const rows: Cell[][] = HOSTILE.map((_, i) => Array.from({ length: width }, (__, c) => HOSTILE[(i + c) % HOSTILE.length][0]));
      rows.push(Array.from({ length: width }, (_, c) => NUMERIC[c % NUMERIC.length]));
      for (const r of rows) for (const s of sinks) await s.write(r);
      for (const s of sinks) await s.end();
      expected.set(t, [
        ...HOSTILE.map((_, i) => Array.from({ length: width }, (__, c) => HOSTILE[(i + c) % HOSTILE.length][1])),
        Array.from({ length: width }, (_, c) => NUMERIC[c % NUMERIC.length]),
      ]);
    }
    for (const w of writers) await w.close();

    const book = await readXlsx(join(dir, 'book.xlsx'));
    for (const t of TABLE_NAMES) {
      const width = TABLES[t].columns.length;
      const want = expected.get(t)!;
      const csv = readCsv(join(dir, `${t}.csv`));
      expect(csv[0]).toEqual(TABLES[t].columns.map(header));
      expect(csv.slice(1)).toEqual(want.map((r) => r.map(String))); // CSV is text: numbers as their digits
      const xlsx = sheetRows(book.get(TABLES[t].sheet)!, width);
      expect(xlsx.slice(1)).toEqual(want);
      // Counts are written as numbers in the workbook, not as text.
      const last = xlsx.at(-1)!;
      expect(last.filter((c) => typeof c === 'number').length).toBe(want.at(-1)!.filter((c) => typeof c === 'number').length);
      for (const [i, r] of [...csv, ...xlsx].entries()) r.forEach((c, j) => expectSafe(c, `${t} row ${i} column ${TABLES[t].columns[j].en}`));
    }
  }, 60_000);

  it('a whole export of claims with hostile departments, ids, names and rule ids: every cell of every table safe', async () => {
    const dir = tempDir('cell-safety-export-');
    const store = createSqliteStore({ path: join(dir, 'review.db') });
    try {
      // Straight into the store, past validation: the export must be safe whatever the store holds.
      await store.saveReviews(
        HOSTILE.map(([bad], i) =>
          makeReviewed(
            {
              claimId: `C-${String(i).padStart(2, '0')}${bad}`,
              patient: { insuredId: `${bad}INS-${i}`, gender: 'M', birthDate: '1958-06-12', name: `${bad}张三`, idNumber: `${bad}51010419800101123X` },
              provider: { hospitalId: `${bad}H510100001`, level: 3, department: bad, doctorId: bad },
            },
            { decision: 'review', hits: [makeHit({ ruleId: `catalogue.${bad}`, severity: 'warn' })] },
          ),
        ),
      );
      const { manifest } = await runExport(store, { query: { month: '2025-03' }, outDir: join(dir, 'out'), now: () => new Date('2025-04-02T00:00:00Z') });
      const book = await readXlsx(join(dir, 'out', workbookName({ month: '2025-03' })));
      for (const t of TABLE_NAMES) {
        const csv = readCsv(join(dir, 'out', `${t}.csv`));
        const xlsx = sheetRows(book.get(TABLES[t].sheet)!, TABLES[t].columns.length);
        expect(csv.length - 1).toBe(manifest.files.find((f) => f.format === 'csv' && f.rows[t] !== undefined)!.rows[t]);
        expect(xlsx.length).toBe(csv.length);
        for (const [i, r] of [...csv, ...xlsx].entries()) r.forEach((c, j) => expectSafe(c, `${t} row ${i} column ${TABLES[t].columns[j].en}`));
      }
      const cases = readCsv(join(dir, 'out', 'cases.csv'));
      expect(cases.length - 1).toBe(HOSTILE.length); // one row per claim: no row split by a CR or LF
      const col = (en: string) => TABLES.cases.columns.findIndex((c) => c.en === en);
      const depts = cases.slice(1).map((r) => r[col('department')]);
      // SQLite itself turns a lone surrogate into replacement characters on the way in.
      const lone = (d: string) => d.startsWith('lone');
      expect(depts.filter((d) => !lone(d)).sort()).toEqual(HOSTILE.map(([, want]) => want).filter((d) => !lone(d)).sort());
      expect(depts.filter(lone)).toEqual([expect.stringMatching(/^lone\ufffd+x$/)]);
      // A masked name beginning with "=" is guarded like any other text.
      const names = cases.slice(1).map((r) => r[col('patientNameMasked')]);
      expect(names.some((n) => /^'=\*+$/.test(n))).toBe(true);
      expect(names.every((n) => !n.startsWith('='))).toBe(true);
    } finally {
      await store.close();
    }
  }, 60_000);
});
