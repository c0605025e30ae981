import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PartWriter } from '../../store/sqlite/stored-parts';
import { noteWriteFailure } from '../../store/sqlite/write-lock';

// Issue 18.8: the big review lane runs at a lower CPU priority (review-lanes.ts), and a 60,000-line claim's
// texts are ~300 parts, each a short transaction under the store's one write lock. Written by the lane itself,
// each was a moment in which a thread the scheduler serves last held the lock the small lane's next commit
// waits for: on a busy machine, tens of milliseconds at a time. The lane hands them instead to a thread of its
// own at normal priority, which writes them and gives back the references; the lane still writes the rows that
// hold them, in one short transaction, after them.

/** What the writer thread is opened with. */
export interface PartWriterInit {
  path: string;
  writeLock: SharedArrayBuffer;
  /** The store's size cap (STORE_MAX_PAGES), as every connection to it has. */
  maxPages?: number;
}

export interface PartRequest {
  id: number;
  claimId: string;
  text: string;
}

export type PartAnswer = { id: number; ref: string } | { id: number; error: string; code?: string };

export interface PartWriterThread {
  write: PartWriter;
  close(): Promise<void>;
}

function workerFile(): string {
  const beside = join(__dirname, 'part-writer-worker.js');
  return existsSync(beside) ? beside : resolve(__dirname, '../../../dist/src/api/review-thread/part-writer-worker.js');
}

/**
 * Starts the writer thread: its priority is the caller's at this moment (a new thread inherits it on Linux),
 * so call it before lowering the caller's own. A failed write rejects with SQLite's code, counted here as this
 * thread's failed write (/readyz, /metrics); a writer that stopped fails what it held and every later write.
 */
export function startPartWriter(init: PartWriterInit): PartWriterThread {
  const worker = new Worker(workerFile(), { workerData: init });
  const pending = new Map<number, { resolve(ref: string): void; reject(err: Error): void }>();
  let stopped: Error | null = null;
  let nextId = 0;
  worker.on('message', (answer: PartAnswer) => {
    const p = pending.get(answer.id);
    pending.delete(answer.id);
    if ('ref' in answer) p?.resolve(answer.ref);
    else {
      const err = Object.assign(new Error(answer.error), answer.code ? { code: answer.code } : {});
      noteWriteFailure(err);
      p?.reject(err);
    }
  });
  const exited = new Promise<void>((resolveExit) =>
    worker.once('exit', (code) => {
      stopped = new Error(`part writer stopped (exit code ${code})`);
      for (const p of pending.values()) p.reject(stopped);
      pending.clear();
      resolveExit();
    }),
  );
  worker.on('error', () => undefined); // its exit fails what it held
  return {
    write: (claimId, text) =>
      new Promise<string>((resolveRef, reject) => {
        if (stopped) return reject(stopped);
        const id = nextId++;
        pending.set(id, { resolve: resolveRef, reject });
        worker.postMessage({ id, claimId, text } satisfies PartRequest);
      }),
    async close() {
      if (!stopped) worker.postMessage('close');
      await exited;
    },
  };
}
