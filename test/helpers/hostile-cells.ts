import ExcelJS from 'exceljs';
import type { Cell } from '../../src/features/exports/sheets';

// Hostile text for spreadsheet cells (CSV/formula injection, issue 18 point 3) and what no cell of any file the
// service writes may look like: shared by the monthly exports' test and the inspection workbook's.

const LONE_HIGH = String.fromCharCode(0xd800);
/** Each hostile value and the text the cell must hold afterwards. */
export const HOSTILE: [string, string][] = [
  ['\n=7+7', "'\ufffd=7+7"],
  ['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
  ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
  ['+1+1', "'+1+1"],
  ['-1+1', "'-1+1"],
  ['-cmd', "'-cmd"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\t=1', "'\ufffd=1"],
  ['\r=1', "'\ufffd=1"],
  ['  =1+2', "'  =1+2"],
  ['\uff1d1+2', "'\uff1d1+2"], // full-width =
  ['a,b', 'a,b'],
  ['say "hi"', 'say "hi"'],
  ['line1\r\nline2', 'line1\ufffd\ufffdline2'],
  ['nul\u0000esc\u001bdel\u007fc1\u0085', 'nul\ufffdesc\ufffddel\ufffdc1\ufffd'],
  [`lone${LONE_HIGH}x`, 'lone\ufffdx'],
  ['神经内科', '神经内科'],
];
/** Cells that are numbers (or the decimal text of an amount or a rate) come out as they went in. */
export const NUMERIC: Cell[] = [42, -7, '-0.05', '1234.56', '-12.50%', '0'];

const FORMULA_START = /^[\s\u3000\ufffd]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;
const DECIMAL = /^-?\d+(\.\d+)?%?$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** What no text cell of any export may look like. */
export function expectSafe(cell: unknown, where: string): void {
  if (typeof cell === 'number') return;
  expect(typeof cell).toBe('string');
  const s = cell as string;
  if (DECIMAL.test(s)) return;
  if (FORMULA_START.test(s)) throw new Error(`${where}: cell begins like a formula: ${JSON.stringify(s)}`);
  if (CONTROL.test(s)) throw new Error(`${where}: control character in ${JSON.stringify(s)}`);
  if (/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))) throw new Error(`${where}: lone surrogate`);
}

/** Rows of cell values of a sheet, `width` columns each; throws if any cell is a formula. */
export function sheetRows(ws: ExcelJS.Worksheet, width: number): Cell[][] {
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: true }, (r) => {
    const row: Cell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = r.getCell(c);
      if (cell.type === ExcelJS.ValueType.Formula || cell.formula) throw new Error(`${ws.name}!${cell.address} is a formula`);
      const v = cell.value;
      row.push(v === null || v === undefined ? '' : (v as Cell));
    }
    rows.push(row);
  });
  return rows;
}
