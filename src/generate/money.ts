import { atLevel } from '../benefits/policy';
import type { CatalogueRow } from './catalogue';
import type { BenefitRule } from './policy';

// All money is integer fen inside the generator; yuan numbers appear only on output.

export const yuan = (fen: number): number => fen / 100;
export const fenOf = (yuanValue: number): number => Math.round(yuanValue * 100);

/** The part of a line's amount inside the policy scope: 丙类 and unknown codes none, 乙类 less its self-pay share. */
export function policyFen(amountFen: number, row: CatalogueRow | undefined): number {
  if (!row || row.class === '丙') return 0;
  if (row.class === '甲') return amountFen;
  return amountFen - Math.round(amountFen * row.selfPayShare);
}

export function ratioFor(rule: BenefitRule, level: 1 | 2 | 3, retired: boolean): number {
  const r = atLevel(rule.ratio, level) + (retired ? rule.retireeRatioBonus : 0);
  return Math.min(r, rule.maxRatio ?? 0.95);
}

/**
 * What the fund owes on one claim: (policy − deductible still due) × ratio, within the cap still open.
 * Returns the fund share and how much of the deductible this claim used up.
 */
export function fundFen(
  policy: number,
  rule: BenefitRule,
  level: 1 | 2 | 3,
  retired: boolean,
  deductibleDueFen: number,
  capLeftFen: number,
): { fund: number; deductibleUsed: number } {
  const deductibleUsed = Math.min(policy, Math.max(0, deductibleDueFen));
  const fund = Math.min(Math.floor((policy - deductibleUsed) * ratioFor(rule, level, retired)), Math.max(0, capLeftFen));
  return { fund, deductibleUsed };
}
