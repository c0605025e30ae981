import { openSqlite, type SqliteOptions } from '../store/sqlite/connection';
import type { PartWriter } from '../store/sqlite/stored-parts';
import { sqliteCaseStore } from './cases/sqlite-case-store';
import { sqliteExportStore } from './exports/sqlite-export-store';
import { sqliteFsiStore } from './fsi/sqlite-fsi-store';
import { sqliteInspectionStore } from './inspections/sqlite-inspection-store';
import { sqliteKeyStore } from './keys/sqlite-key-store';
import { sqlitePatternStore } from './patterns/sqlite-pattern-store';
import { sqliteRankingStore } from './rankings/sqlite-ranking-store';
import { sqliteReviewStore } from './reviews/sqlite-review-store';
import type { Store } from './store';

/** Every feature's SQLite adapter over one connection (loaded by stores.ts on first use). */
export function createSqliteStore(opts: SqliteOptions, writeParts?: PartWriter): Store {
  const conn = openSqlite(opts);
  return {
    ...sqliteCaseStore(conn),
    ...sqliteRankingStore(conn.db),
    ...sqliteKeyStore(conn),
    ...sqliteExportStore(conn.db),
    ...sqliteFsiStore(conn),
    ...sqlitePatternStore(conn),
    ...sqliteReviewStore(conn, writeParts),
    ...sqliteInspectionStore(conn),
  };
}
