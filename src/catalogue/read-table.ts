import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

// exceljs is required on first use: loading it costs ~0.3 s of CPU, which every CLI command (a review of a
// claims file included) paid at start, though only workbook imports and exports use it.
const loadExcel = (): typeof ExcelJS => require('exceljs') as typeof ExcelJS;

// A catalogue file as rows of cell texts, each with the row number a person sees in the spreadsheet.

export interface TableRow {
  /** 1-based, as shown by Excel (title rows and the header row count). */
  rowNumber: number;
  cells: string[];
}

/** UTF-8 when the bytes are valid UTF-8 (BOM dropped), else GB18030 (which covers GBK and GB2312). */
export function decodeCsv(bytes: Buffer): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030' };
  }
}

function readCsv(file: string): TableRow[] {
  return csvRows(decodeCsv(readFileSync(file)).text);
}

/** CSV text (already decoded) as rows: a table sent in a request body rather than a file. */
export function csvRows(text: string): TableRow[] {
  const records = parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  return records.map((cells, i) => ({ rowNumber: i + 1, cells: cells.map((c) => String(c ?? '').trim()) }));
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  // Rich text, formulas and hyperlinks: the text as displayed.
  return cell.text.trim();
}

async function readXlsx(file: string): Promise<TableRow[]> {
  const wb = new (loadExcel().Workbook)();
  await wb.xlsx.readFile(file);
  const sheet = wb.worksheets[0];
  if (!sheet) throw new Error(`${file}: the workbook has no sheet`);
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c)));
    rows.push({ rowNumber, cells });
  });
  return rows;
}

/** Reads .xlsx (first sheet) or .csv. */
export async function readTable(file: string): Promise<TableRow[]> {
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx') return readXlsx(file);
  if (ext === '.csv') return readCsv(file);
  throw new Error(`${file}: expected a .xlsx or .csv file`);
}
