import type Database from 'better-sqlite3';
import type { ExportStore } from '../export-store';

/** Export reads on SQLite (see ../export-store.ts). */
export function sqliteExports(_db: Database.Database): ExportStore {
  return {};
}
