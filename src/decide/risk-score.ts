import type { Hit } from '../contract/verdict';

/** What one finding adds to a claim's risk: a block is near-certain, a warn a strong suspicion, info nothing. */
const RULE_WEIGHT = { block: 0.9, warn: 0.6, info: 0 } as const;

/**
 * The verdict's riskScore (0–1, higher is more suspicious): rule findings and the model combined as independent
 * evidence, 1 − (1 − r₁)(1 − r₂)…(1 − m). The model's score (a percentile of its reconstruction error) counts in
 * full when the model named a fraud-direction deviation (its hit), at half otherwise: care unlike the training
 * claims is unusual, not suspicious, and alone it must not outrank a claim with a finding (0.6).
 */
export function riskScore(hits: readonly Hit[], modelScore: number, modelHit: boolean): number {
  let clean = 1 - (modelHit ? modelScore : modelScore / 2);
  for (const h of hits) if (h.family !== 'anomaly') clean *= 1 - RULE_WEIGHT[h.severity];
  return Math.round((1 - clean) * 1e6) / 1e6;
}
