import type { BenefitRule } from './policy';

// 大病保险 cap adjustments of seeds/004 (items 8–9), for resident-scheme members from 2025:
// +4,000 for each continuous year from the 5th on, +4,000 the year after a zero-claim year; together at
// most +20% of the original cap; the zero-claim bonus is cleared once a critical-illness payment has used it;
// −4,000 for each lapsed year, at most −20% of the original cap.

export interface CriticalIllnessCap {
  base: number;
  continuityBonus: number;
  zeroClaimBonus: number;
  lapsePenalty: number;
  cap: number;
}

export function criticalIllnessCap(
  rule: BenefitRule,
  e: { continuousYears?: number; lapsedYears?: number; zeroClaimLastYear?: boolean } | undefined,
  zeroClaimBonusUsed: boolean,
): CriticalIllnessCap | null {
  const base = rule.criticalIllnessCap;
  if (base === undefined) return null;
  const adj = rule.criticalIllnessAdjustments;
  if (!adj) return { base, continuityBonus: 0, zeroClaimBonus: 0, lapsePenalty: 0, cap: base };
  const years = e?.continuousYears ?? 0;
  const maxUp = base * adj.maxIncreaseShare;
  const continuityRaw = Math.max(0, years - (adj.continuousYearBonusFromYear - 1)) * adj.continuousYearBonus;
  const zeroRaw = e?.zeroClaimLastYear && !zeroClaimBonusUsed ? adj.zeroClaimBonus : 0;
  const continuityBonus = Math.min(continuityRaw, maxUp);
  const zeroClaimBonus = Math.min(zeroRaw, maxUp - continuityBonus);
  const lapsePenalty = Math.min((e?.lapsedYears ?? 0) * adj.lapsedYearPenalty, base * adj.maxDecreaseShare);
  return { base, continuityBonus, zeroClaimBonus, lapsePenalty, cap: base + continuityBonus + zeroClaimBonus - lapsePenalty };
}
