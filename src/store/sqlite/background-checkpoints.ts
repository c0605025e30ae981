import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

// A WAL checkpoint copies the committed pages into the database file and syncs it: tens of milliseconds
// that SQLite's auto-checkpoint spends inside whichever commit crosses the threshold, i.e. on the service's
// event loop, in the middle of a review request (paced HTTP bench: p99 41 ms with it, 16 ms without).
// Here a worker thread with its own connection checkpoints instead (PASSIVE: it never blocks the writer),
// and the writer's connection stops auto-checkpointing.

/**
 * The worker's whole program: checkpoint every interval, telling the parent how each went (an error, or the
 * WAL frames and how many of them are now in the database file); stop on message. Inline, so it runs from
 * src or dist.
 */
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
const checkpoint = () => {
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ walFrames: r.log, checkpointed: r.checkpointed });
  } catch (err) { parentPort.postMessage({ error: String(err && err.message || err) }); }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => { clearInterval(timer); checkpoint(); db.close(); parentPort.close(); });
`;

/** One checkpoint done: frames in the WAL, and how many of them are now in the database file. */
export interface CheckpointDone {
  walFrames: number;
  checkpointed: number;
}

export interface BackgroundCheckpointOptions {
  intervalMs: number;
  onError(message: string): void;
  /** After each checkpoint that did not fail (tests wait on it rather than on a clock). */
  onCheckpoint?(done: CheckpointDone): void;
}

export interface BackgroundCheckpoints {
  /** Stops the worker after a last checkpoint. */
  stop(): Promise<void>;
}

export function startBackgroundCheckpoints(db: Database.Database, path: string, opts: BackgroundCheckpointOptions): BackgroundCheckpoints {
  db.pragma('wal_autocheckpoint = 0');
  const { intervalMs, onError, onCheckpoint } = opts;
  const worker = new Worker(PROGRAM, { eval: true, workerData: { driver: require.resolve('better-sqlite3'), path, intervalMs } });
  worker.on('message', (m: { error: string } | CheckpointDone) => ('error' in m ? onError(m.error) : onCheckpoint?.(m)));
  worker.on('error', (err) => onError(err.message));
  // Never what keeps the process alive.
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async stop() {
      // Held again while stopping: an unref'd worker would let the process exit before its last checkpoint.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
