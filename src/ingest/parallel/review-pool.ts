import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { REVIEW_WORKER_LIMITS } from '../../review/worker-limits';
import { createWriteLock } from '../../store/sqlite/write-lock';
import { createBillLockMemory } from '../../features/reviews/bill-locks';
import { memberHash } from './member-key';
import type { MetricsReply, MetricsRequest, ReloadDone, ReloadRequest, Tally, WorkerInit, WorkRequest, WorkResult } from './messages';

/** The code of the error of a pool whose worker died: nothing it is asked will be reviewed (not the input's fault). */
export const WORKER_STOPPED = 'ERR_REVIEW_WORKER_STOPPED';

export interface PoolResult {
  /**
   * One verdict line per input line, in input order, each followed by \n (UTF-8), and after it the revised verdicts
   * of earlier claims its review made (事后发现), a line each.
   */
  output: Buffer;
  /** Each verdict's decision and claimId ('' when none), in input order. */
  decisions: string[];
  claimIds: string[];
  /** Per input line, how many revised verdicts follow its verdict line in output. */
  revisions: number[];
  tally: Tally;
}

export interface ReviewPool {
  size: number;
  /**
   * Batches the pool holds at most at once (dispatched to the workers and not yet answered); a review() past
   * it waits its turn, in call order. A caller that reads ahead should keep no more than this many pending.
   */
  maxInFlight: number;
  /** Reviews one batch of raw lines (UTF-8, no line ends) across the workers; verdicts come back in input order. */
  review(lines: Uint8Array[], lineNumbers: number[]): Promise<PoolResult>;
  /**
   * Reloads every worker's rules or model, each after the batches sent before it; rejects (naming a
   * worker's error) if one refused, that one keeping its last good set. For a long-running pool (Kafka).
   */
  reload(what: 'rules' | 'model', name?: string): Promise<void>;
  /** Batches in flight now and at most so far, held for a place now, and dispatched in all. */
  stats(): PoolStats;
  /**
   * Every worker's metrics, one list (the service sums them into /metrics, as it does its review thread's):
   * review() counts where it runs, so the Kafka door's claims are counted in these workers' registries.
   */
  metrics(): Promise<MetricsReply['value']>;
  close(): Promise<void>;
}

export interface PoolStats {
  inFlight: number;
  peakInFlight: number;
  waiting: number;
  dispatched: number;
}

export interface PoolOptions {
  /**
   * Batches in flight at most (default 4: each worker has one in review and three queued, enough to keep it
   * busy while this thread splits and writes). What the pool holds is bounded by it, whatever the input size.
   */
  maxInFlight?: number;
  /** Told the number of batches in flight each time it changes (tests observe the bound with it). */
  onInFlight?(inFlight: number): void;
}

const DEFAULT_MAX_IN_FLIGHT = 4;

/**
 * The file-intake workers' heaps, capped so that a long file does not grow them: a review worker holds ~70 MB
 * (rules, tables, model, one batch); uncapped, V8 let each heap grow to 250-450 MB between full collections,
 * more the longer the run. A young generation of 96 MB rather than the review thread's 192 MB: half the
 * memory, and under load measured no slower. A single line too large for this fails the run, naming the limit.
 * Measured again on 20,000 claims, 2 workers (machine shared, same minutes): CPU of the whole run 18.5–22.7 s
 * with these caps, 18.4–22.8 s with 192 MB young / 256 MB old, ~19.5 s uncapped: no difference beyond the
 * noise, though the larger young generation halves the scavenges (~40 per worker, not ~65). It costs
 * 60–300 MB of peak RSS (615–861 MB against 519–586), past the 600 MB bound (issue 21.2): the caps stay.
 */
export const FILE_WORKER_LIMITS = { ...REVIEW_WORKER_LIMITS, maxYoungGenerationSizeMb: 96, maxOldGenerationSizeMb: 160 } as const;

/**
 * Worker threads for file intake. Lines are split by member (a hash of insuredId), so a member's claims
 * are always judged by the same worker, in input order, against that member's ledger — the results and the
 * ledger are those of a single-threaded run. Each worker records its own lines; SQLite in WAL mode takes
 * the writes one at a time. This thread only cuts, routes and reassembles bytes: all text work is the workers'.
 * At most `maxInFlight` batches are with the workers at once: batches past it wait here, in call order (so
 * each member's claims still reach its worker in input order), and their bytes are not copied until sent.
 */
export function createReviewPool(size: number, init: WorkerInit, opts: PoolOptions = {}): ReviewPool {
  const maxInFlight = Math.max(1, Math.trunc(opts.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT));
  // The workers write to one store file: they queue on one lock rather than in SQLite's busy handler.
  // They judge members' claims apart, and take turns on identical bills of several members (bill-locks.ts).
  const workerData: WorkerInit = { writeLock: createWriteLock(), billLocks: createBillLockMemory(), ...init };
  const workers = Array.from({ length: size }, () => new Worker(workerFile(), { workerData, resourceLimits: FILE_WORKER_LIMITS }));
  const pending = new Map<string, { resolve(r: WorkResult): void; reject(err: Error): void }>();
  const reloads = new Map<string, (r: ReloadDone) => void>();
  const metricsAsked = new Map<string, (r: MetricsReply) => void>();
  let failure: Error | null = null;
  const fail = (err: Error) => {
    failure ??= err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  workers.forEach((w, i) => {
    w.on('message', (r: WorkResult | ReloadDone | MetricsReply) => {
      if ('reloaded' in r) reloads.get(`${i}:${r.reloaded}`)?.(r);
      else if ('metricsOf' in r) metricsAsked.get(`${i}:${r.metricsOf}`)?.(r);
      else pending.get(`${i}:${r.batch}`)?.resolve(r);
    });
    w.on('error', (err: Error & { code?: string }) => {
      const stopped = Object.assign(
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new Error(`review worker ${i} ran out of memory (heap limit ${FILE_WORKER_LIMITS.maxOldGenerationSizeMb} MB): is a line very large?`)
          : err,
        { code: WORKER_STOPPED },
      );
      // Its requests in flight will never be answered: fail them rather than leave their callers waiting.
      fail(stopped);
      for (const [key, settle] of reloads) if (key.startsWith(`${i}:`)) settle({ reloaded: Number(key.slice(key.indexOf(':') + 1)), error: stopped.message });
      for (const [key, settle] of metricsAsked) if (key.startsWith(`${i}:`)) settle({ metricsOf: Number(key.slice(key.indexOf(':') + 1)), value: [] });
    });
  });
  let nextBatch = 0;
  let nextReload = 0;
  let nextMetrics = 0;
  const stats: Omit<PoolStats, 'waiting'> = { inFlight: 0, peakInFlight: 0, dispatched: 0 };
  // Batches waiting for a place, oldest first: each is sent the moment one comes free.
  const waiting: (() => void)[] = [];
  const setInFlight = (n: number) => {
    stats.inFlight = n;
    stats.peakInFlight = Math.max(stats.peakInFlight, n);
    opts.onInFlight?.(n);
  };
  const release = () => {
    setInFlight(stats.inFlight - 1);
    // A waiter either takes the place (dispatches) or, after a failure, gives up and passes it on.
    while (waiting.length && stats.inFlight < maxInFlight) (waiting.shift() as () => void)();
  };

  /** Sends one batch to the workers now; resolves with every worker's part of it. */
  const dispatch = (lines: Uint8Array[], lineNumbers: number[], owner: number[]): Promise<(WorkResult | null)[]> => {
    const batch = nextBatch++;
    stats.dispatched += 1;
    setInFlight(stats.inFlight + 1);
    return Promise.all(
      workers.map((worker, i) => {
        const mine = lines.filter((_, pos) => owner[pos] === i);
        if (!mine.length) return Promise.resolve(null);
        const request: WorkRequest = { batch, data: packLines(mine), lineNumbers: lineNumbers.filter((_, pos) => owner[pos] === i) };
        return new Promise<WorkResult>((resolve, reject) => {
          pending.set(`${i}:${batch}`, {
            resolve: (r) => {
              pending.delete(`${i}:${batch}`);
              resolve(r);
            },
            reject,
          });
          worker.postMessage(request, [request.data.buffer as ArrayBuffer]);
        });
      }),
    ).finally(release);
  };

  return {
    size,
    maxInFlight,
    async review(lines, lineNumbers) {
      if (failure) throw failure;
      const owner = lines.map((line) => memberHash(line) % size);
      // Sent now if there is room and nobody is ahead; else when a place comes free. Dispatching from
      // release() itself, synchronously, keeps batches in call order.
      const sent =
        stats.inFlight < maxInFlight && !waiting.length
          ? dispatch(lines, lineNumbers, owner)
          : new Promise<(WorkResult | null)[]>((resolve, reject) => {
              waiting.push(() => {
                if (failure) reject(failure);
                else resolve(dispatch(lines, lineNumbers, owner));
              });
            });
      const results = await sent;
      results.forEach((r, i) => {
        if (r?.error) throw Object.assign(new Error(`review worker ${i}: ${r.error}`), r.code ? { code: r.code } : {});
      });
      return { ...interleave(owner, results), tally: sumTallies(results) };
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
    stats: () => ({ ...stats, waiting: waiting.length }),
    async metrics() {
      const id = nextMetrics++;
      const replies = await Promise.all(
        workers.map(
          (worker, i) =>
            new Promise<MetricsReply>((resolve) => {
              if (failure) return resolve({ metricsOf: id, value: [] }); // a stopped worker answers nothing
              metricsAsked.set(`${i}:${id}`, (r) => {
                metricsAsked.delete(`${i}:${id}`);
                resolve(r);
              });
              const request: MetricsRequest = { metrics: id };
              worker.postMessage(request);
            }),
        ),
      );
      return replies.flatMap((r) => r.value);
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

/** Compiled code runs the workers; from the TypeScript sources (jest), the build of them. */
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

/** The workers' verdict lines (and their decisions and claimIds) put back in input order. */
function interleave(owner: number[], results: (WorkResult | null)[]): Pick<PoolResult, 'output' | 'decisions' | 'claimIds' | 'revisions'> {
  const next = results.map(() => 0);
  const from = results.map(() => 0);
  const decisions: string[] = [];
  const claimIds: string[] = [];
  const revisions: number[] = [];
  const parts = owner.map((i) => {
    const r = results[i] as WorkResult;
    const k = next[i]++;
    decisions.push(r.decisions[k]);
    claimIds.push(r.claimIds[k]);
    revisions.push(r.revisions?.[k] ?? 0);
    const end = r.ends[k];
    const part = Buffer.from(r.data.buffer, r.data.byteOffset + from[i], end - from[i]);
    from[i] = end;
    return part;
  });
  return { output: Buffer.concat(parts), decisions, claimIds, revisions };
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
