import { Histogram } from 'prom-client';
import type { Verdict } from '../../contract/verdict';
import { registry } from '../../metrics';
import { review, type ReviewContext, type ReviewOptions } from './review';

/**
 * Reviews a request's inputs; what the HTTP doors call instead of review() itself. `along`: the request's rows of
 * another feature, recorded in its batch's transaction (ReviewOptions.along, given this request's verdicts); only a
 * reviewer on the thread that records (a queue, or review() itself) can take it.
 */
export type Reviewer = (inputs: readonly unknown[], source: string, along?: ReviewOptions['along']) => Promise<Verdict[]>;

export interface ReviewQueueOptions {
  /** How long the first request of a batch waits for others (0: only those already parsed in this turn). */
  windowMs: number;
  /** Most claims one batch takes (a larger single request still runs, alone). */
  maxClaims: number;
}

// How well batching works under the live load: mostly 1 means requests arrive spaced out.
const batchClaims = new Histogram({
  name: 'review_batch_claims',
  help: 'Claims per micro-batch of HTTP reviews',
  buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 1000],
  registers: [registry],
});

interface Pending {
  inputs: readonly unknown[];
  source: string;
  along?: ReviewOptions['along'];
  resolve: (verdicts: Verdict[]) => void;
  reject: (err: unknown) => void;
}

/**
 * Micro-batching in front of review(): requests that arrive within the window, or while a batch is being
 * reviewed, are reviewed together in one call (one model batch, one store transaction), and each request gets
 * its own verdicts back. Batches run one at a time in arrival order, so a claim's member history includes
 * every claim of an earlier request. A batch that throws is retried request by request, so a failure is
 * answered only to the request that caused it.
 */
export function createReviewQueue(ctx: ReviewContext, opts: ReviewQueueOptions): Reviewer {
  const queue: Pending[] = [];
  let running = false;
  let scheduled = false;

  const schedule = () => {
    if (running || scheduled) return;
    scheduled = true;
    if (opts.windowMs > 0) setTimeout(drain, opts.windowMs);
    else setImmediate(drain);
  };

  // The longest run of requests from the front that share a source and fit in maxClaims (at least one).
  const take = (): Pending[] => {
    const source = queue[0].source;
    let claims = queue[0].inputs.length;
    let n = 1;
    while (n < queue.length && queue[n].source === source && claims + queue[n].inputs.length <= opts.maxClaims) {
      claims += queue[n].inputs.length;
      n += 1;
    }
    return queue.splice(0, n);
  };

  async function drain(): Promise<void> {
    scheduled = false;
    running = true;
    try {
      while (queue.length) await runBatch(take());
    } finally {
      running = false;
    }
  }

  async function runBatch(batch: Pending[]): Promise<void> {
    const source = batch[0].source;
    const inputs = batch.flatMap((p) => p.inputs);
    batchClaims.observe(inputs.length);
    let verdicts: Verdict[];
    try {
      verdicts = await review(inputs, ctx, { source, along: alongOf(batch) });
    } catch (err) {
      if (batch.length === 1) batch[0].reject(err);
      // Re-reviewing is idempotent by claimId, so whatever the failed batch stored is simply written again.
      else for (const p of batch) await review(p.inputs, ctx, { source, along: p.along }).then(p.resolve, p.reject);
      return;
    }
    let at = 0;
    for (const p of batch) {
      p.resolve(verdicts.slice(at, at + p.inputs.length));
      at += p.inputs.length;
    }
  }

  return (inputs, source, along) =>
    new Promise<Verdict[]>((resolve, reject) => {
      queue.push({ inputs, source, along, resolve, reject });
      schedule();
    });
}

/** The batch's requests' rows of other features, each given its own request's verdicts; none when no request has any. */
function alongOf(batch: readonly Pending[]): ReviewOptions['along'] {
  if (!batch.some((p) => p.along)) return undefined;
  return (verdicts) => {
    let at = 0;
    const pending: Promise<void>[] = [];
    for (const p of batch) {
      const written = p.along?.(verdicts.slice(at, at + p.inputs.length));
      if (written) pending.push(written);
      at += p.inputs.length;
    }
    // Synchronous writes (SQLite, memory) stay synchronous: the store refuses a promise inside its transaction.
    return pending.length ? Promise.all(pending).then(() => undefined) : undefined;
  };
}
