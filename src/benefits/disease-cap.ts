import type { MemberState } from './member-state';
import type { BenefitRule } from './policy';
import { underAny } from '../contract/code-prefix';

/** The annual fund cap a claim is judged by, and what the year's earlier claims have used of it. */
export interface AnnualCap {
  annualFundCap: number;
  usedFen: number;
  /** 门诊慢特病 with disease caps: the group's name, or OTHER_DISEASES for a diagnosis in no group; else null. */
  group: string | null;
}

export const OTHER_DISEASES = '其他门诊慢特病病种（共用限额）';

/**
 * The cap of the disease the claim treats (its principal diagnosis): a group's own cap met from the year's
 * claims under that group, or the rule's cap met from the claims in no group. Without disease caps, the rule's
 * cap met from every claim of the bucket. Group codes are ICD-10 categories or chapter letters, so an earlier
 * claim is placed by the category the ledger keeps.
 */
export function annualCap(rule: BenefitRule, principalDiagnosis: string, state: MemberState): AnnualCap {
  const groups = Object.values(rule.diseaseCaps ?? {});
  if (!groups.length) return { annualFundCap: rule.annualFundCap, usedFen: state.ytdFundFen, group: null };
  const mine = groups.find((g) => underAny(principalDiagnosis, g.codes));
  const inMine = mine ? (c: string) => underAny(c, mine.codes) : (c: string) => !groups.some((g) => underAny(c, g.codes));
  let usedFen = 0;
  for (const [category, fen] of Object.entries(state.ytdFundFenByCategory)) if (inMine(category)) usedFen += fen;
  return mine ? { annualFundCap: mine.annualFundCap, usedFen, group: mine.name } : { annualFundCap: rule.annualFundCap, usedFen, group: OTHER_DISEASES };
}
