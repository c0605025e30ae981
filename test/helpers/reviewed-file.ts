import { generateClaims } from '../../src/generate';
import type { Verdict } from '../../src/contract/verdict';
import { NO_MODEL } from '../../src/model/model';
import { review, type ReviewContext } from '../../src/features/reviews/review';
import { createMemoryStore } from '../../src/features/stores';
import { sharedRules } from './shared-rules';
import { RULES_DIR } from './rules-dir';

export interface Labelled {
  claim: { claimId: string; injected: { pattern: string } | null };
  verdict: Verdict;
}

/** A generated file reviewed through the real pipeline (shipped rules, memory store), in file order. */
export async function reviewGenerated(opts: { count: number; seed: string; fraudRate: number }, ctx?: ReviewContext): Promise<Labelled[]> {
  const claims = [...generateClaims(opts)];
  const c: ReviewContext = ctx ?? { rules: sharedRules(RULES_DIR), model: { current: () => NO_MODEL }, store: createMemoryStore() };
  const out: Labelled[] = [];
  for (let i = 0; i < claims.length; i += 500) {
    const batch = claims.slice(i, i + 500);
    const verdicts = await review(batch, c, { source: 'test' });
    verdicts.forEach((verdict, k) => out.push({ claim: batch[k] as Labelled['claim'], verdict }));
  }
  return out;
}

/** Recall of one rule on the claims labelled with one injected pattern. */
export function recall(rows: Labelled[], pattern: string, ruleId: string): { n: number; caught: number; recall: number } {
  const labelled = rows.filter((r) => r.claim.injected?.pattern === pattern);
  const caught = labelled.filter((r) => r.verdict.hits.some((h) => h.ruleId === ruleId)).length;
  return { n: labelled.length, caught, recall: labelled.length ? caught / labelled.length : 0 };
}
