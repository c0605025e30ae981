import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { REVIEW_WORKER_LIMITS } from '../../review/worker-limits';
import { createWriteLock } from '../../store/sqlite/write-lock';
import { memberHash } from './member-key';
import type { ReloadDone, ReloadRequest, Tally, WorkerInit, WorkRequest, WorkResult } from './messages';

/** The code of the error of a pool whose worker died: nothing it is asked will be reviewed (not the input's fault). */
export const WORKER_STOPPED = 'ERR_REVIEW_WORKER_STOPPED';

export interface PoolResult {
  /** One verdict line per input line, in input order, each followed by \n (UTF-8). */
  output: Buffer;
  tally: Tally;
}

export interface ReviewPool {
  size: number;
  /** Reviews one batch of raw lines (UTF-8, no line ends) across the workers; verdicts come back in input order. */
  review(lines: Uint8Array[], lineNumbers: number[]): Promise<PoolResult>;
  /**
   * Reloads every worker's rules or model, each after the batches sent before it; rejects (naming a
   * worker's error) if one refused, that one keeping its last good set. For a long-running pool (Kafka).
   */
  reload(what: 'rules' | 'model', name?: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Worker threads for file intake. Lines are split by member (a hash of insuredId), so a member's claims
 * are always judged by the same worker, in input order, against that member's ledger — the results and the
 * ledger are those of a single-threaded run. Each worker records its own lines; SQLite in WAL mode takes
 * the writes one at a time. This thread only cuts, routes and reassembles bytes: all text work is the workers'.
 */
export function createReviewPool(size: number, init: WorkerInit): ReviewPool {
  // The workers write to one store file: they queue on one lock rather than in SQLite's busy handler.
  const workerData: WorkerInit = { writeLock: createWriteLock(), ...init };
  const workers = Array.from({ length: size }, () => new Worker(workerFile(), { workerData, resourceLimits: REVIEW_WORKER_LIMITS }));
  const pending = new Map<string, (r: WorkResult) => void>();
  const reloads = new Map<string, (r: ReloadDone) => void>();
  let failure: Error | null = null;
  workers.forEach((w, i) => {
    w.on('message', (r: WorkResult | ReloadDone) => ('reloaded' in r ? reloads.get(`${i}:${r.reloaded}`)?.(r) : pending.get(`${i}:${r.batch}`)?.(r)));
    w.on('error', (err) => {
      failure = Object.assign(err, { code: WORKER_STOPPED });
      // Its requests in flight will never be answered: fail them rather than leave their callers waiting.
      const none = { data: new Uint8Array(0), ends: new Int32Array(0), tally: { byDecision: {}, byFamily: {} } };
      for (const [key, settle] of pending) if (key.startsWith(`${i}:`)) settle({ batch: Number(key.slice(key.indexOf(':') + 1)), ...none, error: err.message, code: WORKER_STOPPED });
      for (const [key, settle] of reloads) if (key.startsWith(`${i}:`)) settle({ reloaded: Number(key.slice(key.indexOf(':') + 1)), error: err.message });
    });
  });
  let nextBatch = 0;
  let nextReload = 0;

  return {
    size,
    async review(lines, lineNumbers) {
      if (failure) throw failure;
      const batch = nextBatch++;
      const owner = lines.map((line) => memberHash(line) % size);
      const results = await Promise.all(
        workers.map((worker, i) => {
          const mine = lines.filter((_, pos) => owner[pos] === i);
          if (!mine.length) return Promise.resolve(null);
          const request: WorkRequest = { batch, data: packLines(mine), lineNumbers: lineNumbers.filter((_, pos) => owner[pos] === i) };
          return new Promise<WorkResult>((resolve) => {
            pending.set(`${i}:${batch}`, (r) => {
              pending.delete(`${i}:${batch}`);
              resolve(r);
            });
            worker.postMessage(request, [request.data.buffer as ArrayBuffer]);
          });
        }),
      );
      results.forEach((r, i) => {
        if (r?.error) throw Object.assign(new Error(`review worker ${i}: ${r.error}`), r.code ? { code: r.code } : {});
      });
      return { output: interleave(owner, results), tally: sumTallies(results) };
    },
    async reload(what, name) {
      if (failure) throw failure;
      const id = nextReload++;
      const done = await Promise.all(
        workers.map(
          (worker, i) =>
            new Promise<ReloadDone>((resolve) => {
              reloads.set(`${i}:${id}`, (r) => {
                reloads.delete(`${i}:${id}`);
                resolve(r);
              });
              const request: ReloadRequest = { reload: what, id, ...(name !== undefined && { name }) };
              worker.postMessage(request);
            }),
        ),
      );
      const refused = done.find((r) => r.error);
      if (refused) throw new Error(`review worker could not reload its ${what}: ${refused.error}`);
    },
    async close() {
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve) => {
              w.once('exit', () => resolve());
              w.postMessage('close');
            }),
        ),
      );
    },
  };
}

/** Compiled code runs the workers; from the TypeScript sources (jest, ts-register), the build of them. */
function workerFile(): string {
  const beside = join(__dirname, 'review-worker.js');
  return existsSync(beside) ? beside : resolve(__dirname, '../../../dist/src/ingest/parallel/review-worker.js');
}

/** Lines joined by \n (and ended by one) in a buffer of their own, so it can be transferred, not copied. */
function packLines(lines: Uint8Array[]): Uint8Array {
  let size = 0;
  for (const l of lines) size += l.length + 1;
  const out = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const l of lines) {
    out.set(l, at);
    at += l.length;
    out[at++] = 10;
  }
  return out;
}

/** The workers' verdict lines put back in input order. */
function interleave(owner: number[], results: (WorkResult | null)[]): Buffer {
  const next = results.map(() => 0);
  const from = results.map(() => 0);
  const parts = owner.map((i) => {
    const r = results[i] as WorkResult;
    const end = r.ends[next[i]++];
    const part = Buffer.from(r.data.buffer, r.data.byteOffset + from[i], end - from[i]);
    from[i] = end;
    return part;
  });
  return Buffer.concat(parts);
}

function sumTallies(results: (WorkResult | null)[]): Tally {
  const sum: Tally = { byDecision: {}, byFamily: {} };
  for (const r of results) {
    if (!r) continue;
    for (const [k, n] of Object.entries(r.tally.byDecision)) sum.byDecision[k] = (sum.byDecision[k] ?? 0) + n;
    for (const [k, n] of Object.entries(r.tally.byFamily)) sum.byFamily[k] = (sum.byFamily[k] ?? 0) + n;
  }
  return sum;
}
