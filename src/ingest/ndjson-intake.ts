import type { Readable } from 'node:stream';
import type { Verdict } from '../contract/verdict';
import { reviewWithRevisions, type ReviewContext } from '../features/reviews/review';
import { ndjsonBatches } from './ndjson-batches';
import { ndjsonRawBatches } from './ndjson-raw';
import type { ReviewPool } from './parallel/review-pool';

export interface NdjsonIntakeOptions {
  source: string;
  batchSize?: number;
  /**
   * Called with each batch's verdicts in input order, each followed by the revised verdicts of earlier claims its
   * review made (事后发现, carrying `revision`, no `line`); awaited, so a slow writer applies back-pressure.
   */
  onVerdicts: (verdicts: Verdict[]) => void | Promise<void>;
}

export interface ParallelIntakeOptions {
  batchSize?: number;
  /** Called with each batch's verdict lines (UTF-8, each ended by \n) in input order. */
  onVerdicts: (ndjson: Buffer) => void | Promise<void>;
}

export interface IntakeSummary {
  claims: number;
  byDecision: Record<string, number>;
  byFamily: Record<string, number>;
  seconds: number;
  claimsPerSecond: number;
}

/**
 * File and stdin intake: NDJSON lines in, verdicts out in the same order. Blank lines are skipped;
 * any other line, JSON or not, gets exactly one verdict carrying its line number.
 */
export async function reviewNdjson(input: Readable, ctx: ReviewContext, opts: NdjsonIntakeOptions): Promise<IntakeSummary> {
  const batchSize = opts.batchSize ?? 500;
  const started = process.hrtime.bigint();
  const summary: IntakeSummary = { claims: 0, byDecision: {}, byFamily: {}, seconds: 0, claimsPerSecond: 0 };
  for await (const { items, lines } of ndjsonBatches(input, batchSize)) {
    const { verdicts, revisions } = await reviewWithRevisions(items, ctx, { source: opts.source });
    const out: Verdict[] = [];
    verdicts.forEach((v, i) => {
      v.line = lines[i];
      summary.claims += 1;
      summary.byDecision[v.decision] = (summary.byDecision[v.decision] ?? 0) + 1;
      for (const family of new Set(v.hits.map((h) => h.family))) {
        summary.byFamily[family] = (summary.byFamily[family] ?? 0) + 1;
      }
      out.push(v, ...revisions.filter((r) => r.after === i).map((r) => r.verdict));
    });
    await opts.onVerdicts(out);
  }

  return finish(summary, started);
}

function finish(summary: IntakeSummary, started: bigint): IntakeSummary {
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  summary.claimsPerSecond = summary.seconds > 0 ? Math.round(summary.claims / summary.seconds) : 0;
  return summary;
}

/**
 * The same intake on a pool of review workers, its memory bounded whatever the input's size: at most
 * `pool.maxInFlight` batches are read ahead of the writer. Reading stops while that many are with the
 * workers, and resumes as the oldest one's verdicts are written, strictly in input order (a slow stdout
 * holds the whole line back, see writeAll).
 */
export async function reviewNdjsonParallel(input: Readable, pool: ReviewPool, opts: ParallelIntakeOptions): Promise<IntakeSummary> {
  const started = process.hrtime.bigint();
  const summary: IntakeSummary = { claims: 0, byDecision: {}, byFamily: {}, seconds: 0, claimsPerSecond: 0 };
  const inFlight: { claims: number; result: ReturnType<ReviewPool['review']> }[] = [];
  const drain = async () => {
    const { claims, result } = inFlight.shift() as (typeof inFlight)[number];
    const r = await result;
    summary.claims += claims;
    for (const [d, n] of Object.entries(r.tally.byDecision)) summary.byDecision[d] = (summary.byDecision[d] ?? 0) + n;
    for (const [f, n] of Object.entries(r.tally.byFamily)) summary.byFamily[f] = (summary.byFamily[f] ?? 0) + n;
    await opts.onVerdicts(r.output);
  };
  for await (const { lines, numbers } of ndjsonRawBatches(input, opts.batchSize ?? 500)) {
    inFlight.push({ claims: lines.length, result: pool.review(lines, numbers) });
    if (inFlight.length >= pool.maxInFlight) await drain();
  }
  while (inFlight.length) await drain();
  return finish(summary, started);
}
