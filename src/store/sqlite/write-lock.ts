import { storeWriteFailures, storeWritesFailingSince, THREAD_LABEL } from '../../metrics';

// SQLite takes one writer at a time; a second writer waits in SQLite's busy handler, which sleeps 1, 2, 5,
// 10, 15, 20, 25 … ms between tries, so a review worker often slept well past the end of the other's batch.
// Threads that share a store file (the file-intake workers, the service and its review thread) can instead
// queue on a lock in shared memory: the waiter wakes the moment it is released. SQLite's own locking stays in
// force behind it (other processes, the server), so the lock is only ever an optimisation. The lock is handed
// to each connection when it is opened (connection.ts); no module holds one.

/** Memory for one lock, to hand to every connection (in every thread) that should queue on it. */
export function createWriteLock(): SharedArrayBuffer {
  return new SharedArrayBuffer(4);
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
    noteWriteFailure(err);
    throw err;
  }
  storeWritesFailingSince.set({ thread: THREAD_LABEL }, 0);
  return out;
}

/**
 * A write that failed, counted on this thread: here, or in a thread writing for this one (the big review
 * lane's part writer, whose errors come back with SQLite's code). Anything but SQLite's own errors is ignored.
 */
export function noteWriteFailure(err: unknown): void {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    storeWriteFailures.inc({ code });
    storeWritesFailingSince.set({ thread: THREAD_LABEL }, Math.floor(Date.now() / 1000));
  }
}

/** Runs a write holding `lock` (waiting blocks the thread, as SQLite's busy wait does); no lock: runs it directly. */
export function underWriteLock<T>(lock: SharedArrayBuffer | null, write: () => T): T {
  return noted(() => locked(lock, write));
}

function locked<T>(lock: SharedArrayBuffer | null, write: () => T): T {
  if (!lock) return write();
  const c = new Int32Array(lock);
  // The timeout only bounds a wait on a missed wake-up; the loop checks again.
  while (Atomics.compareExchange(c, 0, 0, 1) !== 0) Atomics.wait(c, 0, 1, 100);
  try {
    return write();
  } finally {
    Atomics.store(c, 0, 0);
    Atomics.notify(c, 0, 1);
  }
}
