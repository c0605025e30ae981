import type Database from 'better-sqlite3';
import { startBackgroundCheckpoints, type CheckpointDone } from './background-checkpoints';
import { openDatabase } from './open-database';
import { underWriteLock } from './write-lock';

/**
 * Who checkpoints the WAL: `auto`, SQLite inside the commits (batch intakes: the CLI, review workers);
 * `background`, a worker thread of this connection (a long-running service, so no request waits for a
 * checkpoint); `external`, another connection of the same service does (the review thread's), so this one's
 * commits never checkpoint either.
 */
export type Checkpoints = 'auto' | 'background' | 'external';

export interface SqliteOptions {
  path: string;
  checkpoints?: Checkpoints;
  /** Shared write lock of the threads writing this file (write-lock.ts); none: SQLite's busy wait only. */
  writeLock?: SharedArrayBuffer | null;
  /** Background checkpoints: how often, and where a failed one is reported. */
  checkpointIntervalMs?: number;
  onCheckpointError?(message: string): void;
  /** After each background checkpoint that did not fail (tests wait on it rather than on a clock). */
  onCheckpoint?(done: CheckpointDone): void;
  /** A ceiling on the file's size in pages (PRAGMA max_page_count); writes past it fail as on a full disk. */
  maxPages?: number;
}

/** An open store file and the one way to write to it. */
export interface SqliteConnection {
  db: Database.Database;
  /**
   * A write transaction: under the shared lock, and BEGIN IMMEDIATE, which takes SQLite's write lock at the
   * start (waiting in the busy handler if another process holds it). A deferred transaction that reads before
   * it writes must upgrade its read snapshot, and SQLite refuses that at once (SQLITE_BUSY, no waiting) when
   * another connection committed in between: that is what a 3101 finding save hit beside the review thread.
   * Every SQLite write of every feature goes through this.
   */
  writeTransaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  close(): Promise<void>;
}

export function openSqlite(opts: SqliteOptions): SqliteConnection {
  const db = openDatabase(opts.path, { maxPages: opts.maxPages });
  const inMemory = opts.path === ':memory:' || opts.path === '';
  const mode = opts.checkpoints ?? 'auto';
  const checkpoints =
    mode === 'background' && !inMemory
      ? startBackgroundCheckpoints(db, opts.path, {
          intervalMs: opts.checkpointIntervalMs ?? 1000,
          onError: opts.onCheckpointError ?? (() => undefined),
          onCheckpoint: opts.onCheckpoint,
        })
      : null;
  // Its commits must not checkpoint either: that is the wait the background checkpoints take off requests.
  if (mode === 'external') db.pragma('wal_autocheckpoint = 0');
  const lock = opts.writeLock ?? null;
  return {
    db,
    writeTransaction(fn) {
      const tx = db.transaction(fn);
      return (...args) => underWriteLock(lock, () => tx.immediate(...args));
    },
    async close() {
      await checkpoints?.stop();
      if (db.open) db.close();
    },
  };
}
