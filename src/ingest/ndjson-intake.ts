import type { Readable } from 'node:stream';
import type { Verdict } from '../contract/verdict';
import { review, type ReviewContext } from '../review/review';
import { ndjsonBatches } from './ndjson-batches';

export interface NdjsonIntakeOptions {
  source: string;
  batchSize?: number;
  /** Called with each batch's verdicts in input order; awaited, so a slow writer applies back-pressure. */
  onVerdicts: (verdicts: Verdict[]) => void | Promise<void>;
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
    const verdicts = await review(items, ctx, { source: opts.source });
    verdicts.forEach((v, i) => {
      v.line = lines[i];
      summary.claims += 1;
      summary.byDecision[v.decision] = (summary.byDecision[v.decision] ?? 0) + 1;
      for (const family of new Set(v.hits.map((h) => h.family))) {
        summary.byFamily[family] = (summary.byFamily[family] ?? 0) + 1;
      }
    });
    await opts.onVerdicts(verdicts);
  }

  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  summary.claimsPerSecond = summary.seconds > 0 ? Math.round(summary.claims / summary.seconds) : 0;
  return summary;
}
