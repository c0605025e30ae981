import type { Cell, TableDef } from './sheets';

// What both formats offer run-export: tables opened one after another, rows written in order, each write
// awaited (that is where back-pressure is felt), and the files it made listed at the end.

export interface RowSink {
  write(cells: Cell[]): Promise<void>;
  /** Data rows written (the header not counted). */
  readonly rows: number;
  end(): Promise<void>;
}

export interface WrittenFile {
  /** File name inside the export folder. */
  name: string;
  format: 'xlsx' | 'csv';
  /** Table name → data rows (a CSV file holds one table, the workbook all of them). */
  rows: Record<string, number>;
  /** SHA-256 over the cells of each table as written (JSON of each row, in order): the same for the same data. */
  cellsSha256: Record<string, string>;
}

export interface TableWriter {
  openTable(def: TableDef): Promise<RowSink>;
  /** Finishes every file; returns what was written. */
  close(): Promise<WrittenFile[]>;
}
