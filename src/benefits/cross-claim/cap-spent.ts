import { toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import { isBefore } from '../ledger-entry';
import type { HistoryLimits } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';

// The 门诊统筹 annual fund cap shown spent by the member's own settlements, whatever the province's figures.

/** 普通门诊 and 药店 share one annual cap and deductible (member-state.ts bucket). */
const OUTPATIENT_CAP = new Set(['outpatient', 'pharmacy']);
/** Fen a settlement may differ from its ratio by (rounding, the rules' 1-yuan tolerance). */
const TOLERANCE_FEN = 100;

export interface CapSpent {
  /** The earlier claim the settlement cut to what was left of the cap. */
  claimId: string;
  date: string;
  /** Its policy-scope cost and fund, yuan, and the share of it paid. */
  policy: number;
  fund: number;
  /** The ratio the member's earlier settlements of the year paid (two or more agreeing). */
  ratio: number;
  lineIds: string[];
  amount: number;
}

/**
 * A claim asking 门诊统筹 money after an earlier claim of the year was settled below the ratio the member's claims
 * before it were paid at (two or more at the same ratio, same visit type and level, so the annual deductible was met),
 * yet above nothing and at most limits.json capCut maxShare of it: with the deductible met, only the annual cap cuts a settlement to a part, so the cap was reached
 * there and nothing is left
 * (《医疗保障基金使用监督管理条例》: 超出年度最高支付限额的费用基金不予支付). The figures are the settlements' own, so
 * this holds while the province's deductible, ratio and cap are defaults (benefits.over-entitlement-provisional).
 * Every line of the claim is named; a claim asking nothing more (the cut's remainder paid, then 0) is quiet, and so is a
 * cut after which a like settlement was paid at the ratio again (a per-visit or per-day limit, not the annual cap).
 */
export function capSpent(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], limits: HistoryLimits['capCut']): CapSpent | null {
  if (!limits || !OUTPATIENT_CAP.has(me.visitType) || me.fundClaimedFen <= TOLERANCE_FEN) return null;
  const year = me.serviceDate.slice(0, 4);
  const earlier = prior
    .filter((e) => e.claimId !== me.claimId && OUTPATIENT_CAP.has(e.visitType) && e.insuranceType === me.insuranceType && e.serviceDate.slice(0, 4) === year && isBefore(e, me) && e.policyFen > 0)
    .sort((a, b) => (isBefore(a, b) ? -1 : 1));
  for (let j = 2; j < earlier.length; j++) {
    const cut = earlier[j];
    const like = earlier.slice(0, j).filter((e) => e.visitType === cut.visitType && (e.hospitalLevel ?? null) === (cut.hospitalLevel ?? null) && e.fundClaimedFen > 0);
    const ratios = like.map((e) => e.fundClaimedFen / e.policyFen);
    const top = Math.max(...ratios);
    // The ratio two settlements agree on (within a point): one over-asking claim sets no ratio.
    if (ratios.filter((r) => top - r <= 0.01).length < 2) continue;
    // A part paid: the cap's remainder. A claim settled to nothing may be one the fund never settled (个人账户 only);
    // one somewhat under the ratio, another institution type's ratio (limits.json capCut).
    const full = Math.floor(cut.policyFen * top);
    if (cut.fundClaimedFen > 0 && cut.fundClaimedFen < full - TOLERANCE_FEN && cut.fundClaimedFen <= full * limits.maxShare) {
      // A spent annual cap pays nothing at the ratio afterwards; a per-visit or per-day limit (单次/单日限额) cuts one
      // large claim the same way and the next is paid in full: a later like settlement at the ratio undoes the reading.
      const paidAgain = earlier.slice(j + 1).some((e) => e.visitType === cut.visitType && (e.hospitalLevel ?? null) === (cut.hospitalLevel ?? null) && e.fundClaimedFen >= Math.floor(e.policyFen * top) - TOLERANCE_FEN);
      if (paidAgain) continue;
      return {
        claimId: cut.claimId,
        date: cut.serviceDate,
        policy: toYuan(cut.policyFen),
        fund: toYuan(cut.fundClaimedFen),
        ratio: Math.round(top * 100) / 100,
        lineIds: items.map((i) => i.lineId),
        amount: toYuan(me.fundClaimedFen),
      };
    }
  }
  return null;
}
