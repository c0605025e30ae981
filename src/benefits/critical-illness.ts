import type { BenefitRule } from './policy';

// 大病保险 cap adjustments of seeds/004 (items 8–9), for resident-scheme members from 2025 (the policy table
// puts them under the resident scheme, dated from 2025-01-01):
// - +4,000 for each continuous year from the 5th on (连续参保 4 年以上的，自第 5 年起每连续参保 1 年);
// - +4,000 for each zero-claim year whose reward has accumulated and not yet been used
//   (当年零报销的，次年提高…4000 元; 前期积累的零报销激励额度): `zeroClaimRewardYears`, else zeroClaimLastYear as one;
// - together at most +20% of the original cap (累计提高总额不超过原最高支付限额的 20%);
// - −4,000 for each lapsed year, at most −20% of the original cap.
// The accumulated reward is cleared (参保人员发生大病报销并使用奖励额度后…清零) only once a 大病 payment has used
// the reward amount itself, i.e. gone beyond the cap without it; earlier 大病 payments in the year leave it
// whole. Clearing shows in the next year's zeroClaimRewardYears; this year's cap keeps the reward.

export interface CriticalIllnessCap {
  base: number;
  continuityBonus: number;
  zeroClaimRewardYears: number;
  zeroClaimBonus: number;
  lapsePenalty: number;
  cap: number;
  /** The cap without the zero-claim reward: 大病 payments beyond it use the reward. */
  capWithoutReward: number;
}

export interface CriticalIllnessEnrollment {
  continuousYears?: number;
  lapsedYears?: number;
  zeroClaimLastYear?: boolean;
  zeroClaimRewardYears?: number;
}

export function zeroClaimRewardYears(e: CriticalIllnessEnrollment | undefined): number {
  return e?.zeroClaimRewardYears ?? (e?.zeroClaimLastYear ? 1 : 0);
}

export function criticalIllnessCap(rule: BenefitRule, e: CriticalIllnessEnrollment | undefined): CriticalIllnessCap | null {
  const base = rule.criticalIllnessCap;
  if (base === undefined) return null;
  const adj = rule.criticalIllnessAdjustments;
  if (!adj) return { base, continuityBonus: 0, zeroClaimRewardYears: 0, zeroClaimBonus: 0, lapsePenalty: 0, cap: base, capWithoutReward: base };
  const years = e?.continuousYears ?? 0;
  const maxUp = base * adj.maxIncreaseShare;
  const continuityRaw = Math.max(0, years - (adj.continuousYearBonusFromYear - 1)) * adj.continuousYearBonus;
  const rewardYears = zeroClaimRewardYears(e);
  const continuityBonus = Math.min(continuityRaw, maxUp);
  const zeroClaimBonus = Math.min(rewardYears * adj.zeroClaimBonus, maxUp - continuityBonus);
  const lapsePenalty = Math.min((e?.lapsedYears ?? 0) * adj.lapsedYearPenalty, base * adj.maxDecreaseShare);
  const capWithoutReward = base + continuityBonus - lapsePenalty;
  return { base, continuityBonus, zeroClaimRewardYears: rewardYears, zeroClaimBonus, lapsePenalty, cap: capWithoutReward + zeroClaimBonus, capWithoutReward };
}
