import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { MetricObjectWithValues, MetricValue } from 'prom-client';
import type { Config } from '../../config';
import type { Verdict } from '../../contract/verdict';
import type { Logger } from '../../logger';
import type { JudgeControl } from '../../review/judge-control';
import type { Reviewer } from '../../features/reviews/review-queue';
import { REVIEW_WORKER_LIMITS } from '../../review/worker-limits';
import { RuleLoadError } from '../../rules/errors';
import { OutcomeError } from '../../contract/outcome';
import type { Call, Failure, FromThread, ReviewThreadInit, ToThread } from './review-thread-messages';
import { BadJson, type BodyAnswerer } from './body-answers';

/**
 * The service reviews HTTP claims, and answers 3101 messages, on a thread of its own. On one thread, a burst
 * of requests queued behind each other's whole cost: HTTP and JSON (~0.25 ms a claim) and review (~0.3 ms).
 * Split, the HTTP thread reads the next requests while the review thread judges and records the last batch,
 * using the second core.
 * Same guarantees as the queue on one thread: one queue, batches in arrival order, each claim recorded
 * before its answer. The thread owns the rules and model that judge (and has its own store connection): the
 * HTTP thread asks it for their versions and sends it the reloads (`judges`), so /readyz reports what judges.
 */
export interface ReviewThread {
  /** Reviews inputs already parsed (the sample data at start). */
  reviewer: Reviewer;
  /** Answers a review route's body, sent as its bytes (parsing, checks, review, 3101 findings, the JSON text: all on the thread). */
  answer: BodyAnswerer;
  /** The thread's rule set and model: versions, rule list, reloads (answered once done: later reviews see them). */
  judges: JudgeControl;
  /** The thread's metrics (claims reviewed, hits, batch sizes), to merge into /metrics. */
  metrics(): Promise<MetricObjectWithValues<MetricValue<string>>[]>;
  /** After the last review has been answered: the thread closes its store and ends. */
  close(): Promise<void>;
}

/** Compiled code runs the thread; from the TypeScript sources (jest), the build of them (test/global-setup.js). */
function workerFile(): string {
  const beside = join(__dirname, 'review-thread-worker.js');
  return existsSync(beside) ? beside : resolve(__dirname, '../../../dist/src/api/review-thread/review-thread-worker.js');
}

/** `writeLock`: the lock the service's own store connection writes under; the thread's connection shares it. */
export async function startReviewThread(config: Config, logger: Logger, writeLock: SharedArrayBuffer, lane = 'review', opts: Pick<ReviewThreadInit, 'nice' | 'gate'> = {}): Promise<ReviewThread> {
  let modelName = config.modelName; // a restarted thread loads the model the service was switched to
  const pending = new Map<number, { resolve(v: never): void; reject(err: Error): void }>();
  let nextId = 0;
  let closing = false;
  let worker: Worker;
  let ready: Promise<void>;

  const start = () => {
    const init: ReviewThreadInit = { config: { ...config, modelName }, writeLock, lane, ...opts };
    worker = new Worker(workerFile(), { workerData: init, resourceLimits: REVIEW_WORKER_LIMITS });
    let started = false;
    ready = new Promise<void>((resolveReady, rejectReady) => {
      worker.once('error', rejectReady);
      worker.on('message', (msg: FromThread) => {
        if (msg.type === 'ready') {
          started = true;
          logger.info({ lane, rulesetVersion: msg.rulesetVersion, modelVersion: msg.modelVersion }, 'review thread ready');
          resolveReady();
        } else if (msg.type === 'answer') {
          const p = pending.get(msg.id);
          pending.delete(msg.id);
          p?.resolve(msg.value as never);
        } else if (msg.type === 'failed') {
          const p = pending.get(msg.id);
          pending.delete(msg.id);
          p?.reject(asError(msg));
        }
      });
    });
    ready.catch(() => {}); // answered to whoever waits on it; never an unhandled rejection
    worker.on('error', (err) => logger.error({ err }, 'review thread failed'));
    worker.once('exit', (code) => {
      // Whatever it was working on is lost with it: those requests fail (re-sending is safe, reviews are
      // idempotent by claimId) and a new thread takes the next ones.
      for (const p of pending.values()) p.reject(new Error(`review thread stopped (exit code ${code})`));
      pending.clear();
      // One that never got ready would fail again the same way: its error stands (the requests get 500s).
      if (!closing && started) {
        logger.error({ lane, code }, 'review thread stopped; starting another');
        start();
      }
    });
  };
  start();
  await ready!;

  const call = <T>(c: Call, transfer: ArrayBuffer[] = []): Promise<T> =>
    ready.then(
      () =>
        new Promise<T>((resolveCall, reject) => {
          const id = nextId++;
          pending.set(id, { resolve: resolveCall as (v: never) => void, reject });
          worker.postMessage({ type: 'call', id, ...c } satisfies ToThread, transfer);
        }),
    );

  return {
    reviewer: (inputs, source) => call<Verdict[]>({ op: 'review', inputs, source }),
    answer: (route, bytes) => {
      const sent = bytes && ownBuffer(bytes);
      return call({ op: 'body', route, bytes: sent }, sent ? [sent.buffer as ArrayBuffer] : []);
    },
    judges: {
      versions: () => call({ op: 'versions' }),
      rules: () => call({ op: 'rules' }),
      reloadRules: () => call({ op: 'reload-rules' }),
      async reloadModel(name) {
        const answer = await call<Awaited<ReturnType<NonNullable<JudgeControl['reloadModel']>>>>({ op: 'reload-model', name });
        modelName = name ?? config.modelName;
        return answer;
      },
    },
    metrics: () => call({ op: 'metrics' }),
    async close() {
      closing = true;
      await ready;
      const exited = new Promise<void>((resolveExit) => worker.once('exit', () => resolveExit()));
      worker.postMessage({ type: 'close' } satisfies ToThread);
      await exited;
    },
  };
}

/** The thread's failure as the error the HTTP thread's handlers know (same answer as had it failed here). */
function asError(f: Failure): Error {
  if (f.ruleLoad) return new RuleLoadError(f.ruleLoad.file, f.ruleLoad.ruleId, f.ruleLoad.detail);
  if (f.outcome) return new OutcomeError(f.outcome);
  if (f.badJson) return new BadJson(f.message);
  return Object.assign(new Error(f.message), f.code ? { code: f.code } : {});
}

/**
 * Bytes whose whole ArrayBuffer they are, so it can be transferred (moved, not copied). A small body sits in
 * Node's shared 8 KB buffer pool, which must not move: it is copied (a memcpy, still no clone of objects).
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && !(bytes.buffer instanceof SharedArrayBuffer) ? bytes : new Uint8Array(bytes);
}
