import type Database from 'better-sqlite3';
import type { CaseWorkStore } from '../case-work-store';

/** Case work on SQLite (see ../case-work-store.ts). */
export function sqliteCaseWork(_db: Database.Database): CaseWorkStore {
  return {};
}
