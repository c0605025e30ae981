import type Database from 'better-sqlite3';
import { storeWriteFailures, storeWritesFailingSince, THREAD_LABEL } from '../../metrics';

// SQLite takes one writer at a time; a second writer waits in SQLite's busy handler, which sleeps 1, 2, 5,
// 10, 15, 20, 25 … ms between tries, so a review worker often slept well past the end of the other's batch.
// Threads that share a store file (the file-intake workers, the service and its review thread) can instead
// queue on a lock in shared memory: the waiter wakes the moment it is released. SQLite's own locking stays in
// force behind it (other processes, the server), so the lock is only ever an optimisation.

let cell: Int32Array | null = null;

/** Memory for one lock, to hand to every thread that should queue on it. */
export function createWriteLock(): SharedArrayBuffer {
  return new SharedArrayBuffer(4);
}

/** From now on this thread's store writes queue on that lock (waiting blocks the thread, as SQLite's busy wait does). */
export function shareWriteLock(lock: SharedArrayBuffer): void {
  cell = new Int32Array(lock);
}

/**
 * Every store write passes here, so here it is counted: a write SQLite refuses (SQLITE_FULL on a full disk,
 * SQLITE_IOERR, …) marks this thread's writes as failing (/readyz, /metrics), and the next one that commits
 * clears the mark. An error of the caller's own code (not SQLite's) is no sign of the store's health.
 */
function noted<T>(write: () => T): T {
  let out: T;
  try {
    out = write();
  } catch (err) {
    const code = (err as { code?: unknown })?.code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) {
      storeWriteFailures.inc({ code });
      storeWritesFailingSince.set({ thread: THREAD_LABEL }, Math.floor(Date.now() / 1000));
    }
    throw err;
  }
  storeWritesFailingSince.set({ thread: THREAD_LABEL }, 0);
  return out;
}

/** Runs a write transaction, holding the shared lock when this thread has one. */
export function underWriteLock<T>(write: () => T): T {
  return noted(() => locked(write));
}

function locked<T>(write: () => T): T {
  const c = cell;
  if (!c) return write();
  // The timeout only bounds a wait on a missed wake-up; the loop checks again.
  while (Atomics.compareExchange(c, 0, 0, 1) !== 0) Atomics.wait(c, 0, 1, 100);
  try {
    return write();
  } finally {
    Atomics.store(c, 0, 0);
    Atomics.notify(c, 0, 1);
  }
}

/**
 * A write transaction: under the shared lock, and BEGIN IMMEDIATE, which takes SQLite's write lock at the start
 * (waiting in the busy handler if another process holds it). A deferred transaction that reads before it
 * writes must upgrade its read snapshot, and SQLite refuses that at once (SQLITE_BUSY, no waiting) when
 * another connection committed in between: that is what a 3101 finding save hit beside the review thread.
 */
export function writeTransaction<A extends unknown[], R>(db: Database.Database, fn: (...args: A) => R): (...args: A) => R {
  const tx = db.transaction(fn);
  return (...args) => underWriteLock(() => tx.immediate(...args));
}
