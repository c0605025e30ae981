import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { cellsHasher } from './cells-hash';
import { safeCells } from './safe-cell';
import { header, type Cell, type TableDef } from './sheets';
import type { RowSink, TableWriter, WrittenFile } from './table-writer';

// exceljs is required on first use: loading it costs ~0.3 s of CPU, which every CLI command (a review of a
// claims file included) paid at start, though only workbook imports and exports use it.
const loadExcel = (): typeof ExcelJS => require('exceljs') as typeof ExcelJS;

// The workbook, written with exceljs's streaming WorkbookWriter: each row is committed as it is written, so a
// sheet of a million rows is never held in memory. Inline strings (no shared-string table, which would grow
// with the data). Creator and created/modified dates are fixed, so the same data gives the same cell contents
// and document properties; the zip entries still carry the time they were written, so the bytes of two
// workbooks differ: reproducibility for XLSX is cell contents (see cellsSha256 in the manifest).
// Cells are plain strings and numbers made safe by safe-cell.ts (the same cells as the CSV): exceljs writes a
// formula only for a { formula } object, which a row never holds.

/** Excel's row limit is 1,048,576 including the header; a longer table continues on "<sheet> (2)". */
const MAX_DATA_ROWS = 1_048_575;
/** Yield to the event loop every so many rows so the zip deflater can drain what was committed. */
const YIELD_EVERY = 500;
/** Most bytes let wait between a sheet's rows and the zip before writing stops to let it catch up. */
const MAX_PENDING_BYTES = 8 * 1024 * 1024;
export const WORKBOOK_CREATOR = 'yibao-review 医保智能审核';

interface PendingStream {
  buffers?: { length?: number }[];
  bufSize?: number;
  pipes?: { writableLength?: number }[];
}

/**
 * Bytes a sheet has committed that the zip has not yet taken. exceljs offers no back-pressure, so this reads
 * its stream buffer (an internal, hence the defensive shape): if the fields are not there, it says 0 and the
 * periodic yield alone paces the writes.
 */
function pendingBytes(sheet: ExcelJS.Worksheet): number {
  const s = (sheet as unknown as { stream?: PendingStream }).stream;
  if (!s) return 0;
  const buffered = (s.buffers?.length ?? 0) * (s.bufSize ?? 0);
  const piped = (s.pipes ?? []).reduce((n, p) => n + (p.writableLength ?? 0), 0);
  return buffered + piped;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 2));

export function xlsxWriter(dir: string, fileName: string, fixedDate: Date): TableWriter {
  const workbook = new (loadExcel().stream.xlsx.WorkbookWriter)({
    filename: join(dir, fileName),
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = WORKBOOK_CREATOR;
  workbook.lastModifiedBy = WORKBOOK_CREATOR;
  workbook.created = fixedDate;
  workbook.modified = fixedDate;
  const rows: Record<string, number> = {};
  const hashes: Record<string, string> = {};

  return {
    async openTable(def: TableDef): Promise<RowSink> {
      const hash = cellsHasher();
      const headerCells: Cell[] = safeCells(def.columns.map(header));
      let part = 1;
      let inSheet = 0;
      let written = 0;
      const openSheet = () => {
        const name = part === 1 ? def.sheet : `${def.sheet} (${part})`;
        const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
        ws.columns = def.columns.map((c) => ({ width: c.width ?? Math.max(10, c.en.length + 2) }));
        const h = ws.addRow(headerCells);
        h.font = { bold: true };
        h.commit();
        return ws;
      };
      hash.add(headerCells);
      let sheet = openSheet();
      return {
        get rows() {
          return written;
        },
        async write(raw) {
          const cells = safeCells(raw);
          if (inSheet === MAX_DATA_ROWS) {
            sheet.commit();
            part++;
            inSheet = 0;
            sheet = openSheet();
          }
          hash.add(cells);
          sheet.addRow(cells).commit();
          inSheet++;
          written++;
          if (written % YIELD_EVERY === 0) {
            await tick();
            while (pendingBytes(sheet) > MAX_PENDING_BYTES) await pause();
          }
        },
        async end() {
          sheet.commit();
          rows[def.name] = written;
          hashes[def.name] = hash.hex();
        },
      };
    },
    async close() {
      await workbook.commit();
      return [{ name: fileName, format: 'xlsx', rows, cellsSha256: hashes }];
    },
  };
}
