import type { BenefitClaim } from './benefit-claim';
import { toYuan } from '../money/fen';
import { criticalIllnessCap, type CriticalIllnessCap, type CriticalIllnessEnrollment } from './critical-illness';
import { annualCap } from './disease-cap';
import type { MemberState } from './member-state';
import { atLevel, type BenefitRule } from './policy';

/** What the fund should pay on a claim, with every step shown (yuan). */
export interface Entitlement {
  policyScope: number;
  deductible: number;
  ratio: number;
  /** (policyScope − deductible) × ratio before any cap. */
  payable: number;
  annualCap: number;
  /** 门诊慢特病 with disease caps: the disease group whose cap applies; else null. */
  capGroup: string | null;
  capRemaining: number;
  basic: number;
  criticalIllness: number;
  criticalIllnessCap: CriticalIllnessCap | null;
  /** Of the zero-claim reward, what the year's 大病 payments up to and with this claim have used, yuan (>0: cleared next year). */
  zeroClaimRewardUsed: number;
  entitled: number;
  claimed: number;
  /** Claimed above `entitled` (the figures' entitlement). */
  excess: number;
  /** The province's figures are its published ones (policy.ts figuresSchema); else editable defaults. */
  figuresConfirmed: boolean;
  ceilingRatio: number;
  /** policyScope × ceilingRatio: what no basic scheme pays beyond. */
  ceiling: number;
  /** The excess that is a finding: over the figures' entitlement when they are confirmed, else over the ceiling. */
  judgedExcess: number;
  /** What the judged excess was measured against, for the reader (Chinese). */
  judgedBasis: string;
  /** Unconfirmed figures and a fund within the ceiling only: the excess over the figures (for reference, not a finding); above the ceiling judgedExcess is the finding and this is 0. */
  provisionalExcess: number;
  /** The deductible that excess counts: an inpatient's per admission; an annual (outpatient, pharmacy) one taken as met, 0. */
  provisionalDeductible: number;
  /** The entitlement that excess is measured against (with provisionalDeductible). */
  provisionalEntitled: number;
}

export interface PolicyFigures {
  confirmed: boolean;
  ceilingRatio: number;
}

/**
 * Entitlement from the policy, the claim and the member's year-to-date state:
 * policy scope (the smaller of what the claim declares and what the catalogue supports) less the
 * deductible still due (per admission for inpatients, the later-admission share where configured; per
 * year for outpatients), times the ratio (plus the retiree bonus, within maxRatio), within the annual cap
 * still open (for 门诊慢特病, the cap of the disease group the claim treats: disease-cap.ts); above the cap,
 * 大病保险 pays its ratio up to its adjusted cap.
 */
export function entitlement(f: BenefitClaim, rule: BenefitRule, state: MemberState, enrollment: CriticalIllnessEnrollment | undefined, figures: PolicyFigures): Entitlement {
  const cap = annualCap(rule, f.principalDiagnosis, state);
  const policyScopeFen = Math.min(f.policyFen, f.expectedPolicyFen);
  const fullDeductibleFen = Math.round(atLevel(rule.deductible, f.hospitalLevel) * 100);
  let deductibleFen: number;
  if (f.inpatient) {
    const share = state.admissionsBefore > 0 ? (rule.laterAdmissionDeductibleShare ?? 1) : 1;
    deductibleFen = Math.round(fullDeductibleFen * share);
  } else {
    deductibleFen = Math.max(0, fullDeductibleFen - state.ytdPolicyFen);
  }
  deductibleFen = Math.min(deductibleFen, policyScopeFen);
  const bonus = f.retired && f.insuranceType === 'employee' ? rule.retireeRatioBonus : 0;
  // Ratios in whole basis points and integer arithmetic: 0.8 + 0.05 must be 0.85, not 0.8500000000000001.
  const ratioBp = Math.round(Math.min(atLevel(rule.ratio, f.hospitalLevel) + bonus, rule.maxRatio ?? 0.95) * 10000);
  const ratio = ratioBp / 10000;
  const payableFen = Math.floor(((policyScopeFen - deductibleFen) * ratioBp) / 10000);
  const annualCapFen = Math.round(cap.annualFundCap * 100);
  const basicUsedFen = Math.min(cap.usedFen, annualCapFen);
  const capRemainingFen = Math.max(0, annualCapFen - basicUsedFen);
  const basicFen = Math.min(payableFen, capRemainingFen);

  // 大病保险: above the basic cap. Its own year-to-date use is what the fund claimed beyond the basic cap.
  const ciUsedFen = Math.max(0, cap.usedFen - annualCapFen);
  // The cap keeps the zero-claim reward all year: an earlier 大病 payment does not clear it.
  const ci = f.inpatient ? criticalIllnessCap(rule, enrollment) : null;
  let ciFen = 0;
  if (ci && payableFen > basicFen) {
    const ciRemainingFen = Math.max(0, Math.round(ci.cap * 100) - ciUsedFen);
    const ciBp = Math.round((rule.criticalIllnessRatio ?? 0.6) * 10000);
    ciFen = Math.min(Math.floor(((payableFen - basicFen) * ciBp) / ratioBp), ciRemainingFen);
  }
  const rewardUsedFen = ci ? Math.max(0, ciUsedFen + ciFen - Math.round(ci.capWithoutReward * 100)) : 0;
  const entitledFen = basicFen + ciFen;
  const excessFen = Math.max(0, f.fundClaimedFen - entitledFen);
  const ceilingBp = Math.round(figures.ceilingRatio * 10000);
  const ceilingFen = Math.floor((policyScopeFen * ceilingBp) / 10000);
  const overCeilingFen = Math.max(0, f.fundClaimedFen - Math.max(entitledFen, ceilingFen));
  const judgedExcessFen = figures.confirmed ? excessFen : overCeilingFen;
  // An annual deductible is met from all the year's policy-scope costs, wherever and whenever settled (before this
  // service's history starts, 异地就医, before a 转移接续): the ledger's year-to-date is a floor and the deductible it
  // leaves a ceiling. The excess shown for reference is the one that holds whatever was spent unseen: deductible met.
  const provisionalDeductibleFen = f.inpatient ? deductibleFen : 0;
  const provisionalEntitledFen = f.inpatient ? entitledFen : Math.min(Math.floor((policyScopeFen * ratioBp) / 10000), capRemainingFen);
  const judgedBasis = figures.confirmed
    ? `应付${toYuan(entitledFen)}元（政策范围内${toYuan(policyScopeFen)}元，起付线${toYuan(deductibleFen)}元，支付比例${ratio}，年度最高支付限额${cap.annualFundCap}元、剩余${toYuan(capRemainingFen)}元）`
    : `政策范围内费用${toYuan(policyScopeFen)}元的${ceilingBp / 100}%（${toYuan(ceilingFen)}元，任何基本医保待遇均不超过此比例；本省待遇参数为系统默认值、未按本省文件核定，按默认参数应付${toYuan(entitledFen)}元）`;
  return {
    policyScope: toYuan(policyScopeFen),
    deductible: toYuan(deductibleFen),
    ratio,
    payable: toYuan(payableFen),
    annualCap: cap.annualFundCap,
    capGroup: cap.group,
    capRemaining: toYuan(capRemainingFen),
    basic: toYuan(basicFen),
    criticalIllness: toYuan(ciFen),
    criticalIllnessCap: ci,
    zeroClaimRewardUsed: toYuan(rewardUsedFen),
    entitled: toYuan(entitledFen),
    claimed: toYuan(f.fundClaimedFen),
    excess: toYuan(excessFen),
    figuresConfirmed: figures.confirmed,
    ceilingRatio: figures.ceilingRatio,
    ceiling: toYuan(ceilingFen),
    judgedExcess: toYuan(judgedExcessFen),
    judgedBasis,
    provisionalExcess: figures.confirmed || overCeilingFen > 0 ? 0 : toYuan(Math.max(0, f.fundClaimedFen - provisionalEntitledFen)),
    provisionalDeductible: toYuan(provisionalDeductibleFen),
    provisionalEntitled: toYuan(provisionalEntitledFen),
  };
}
