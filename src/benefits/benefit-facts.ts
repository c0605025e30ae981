import type { Claim } from '../contract/claim';
import { daysBetween } from '../contract/dates';
import type { BenefitClaim } from './benefit-claim';
import { toYuan } from '../money/fen';
import { entitlement, type Entitlement } from './entitlement';
import type { MemberState } from './member-state';
import { atLevel, policyFor, type Policies } from './policy';
import { waitingPeriod, type WaitingPeriod } from './waiting-period';

/** What the benefit and eligibility rules read (fact `benefits`). */
export interface BenefitFacts {
  province: string;
  waitingPeriod: WaitingPeriod;
  /** Service date falls before the end of the waiting period. */
  inWaitingPeriod: boolean;
  daysSinceEnrolment: number | null;
  entitlement: Entitlement;
  /** Retired employee whose contribution years are below the province's minimum for retiree benefits. */
  retireeBelowMinimum: boolean;
  minContributionYears: number | null;
  contributionYears: number | null;
  /** What the retiree ratio bonus adds to this claim, yuan (the money at stake when it is not due). */
  retireeBonusAmount: number;
}

export function benefitFacts(claim: Claim, f: BenefitClaim, policies: Policies | null, state: MemberState): BenefitFacts | null {
  const province = policyFor(policies, f.region);
  if (!province) return null;
  const rule = province.schemes[f.insuranceType as 'employee' | 'resident'][f.visitType as 'inpatient'];
  const e = claim.enrollment;
  const wp = waitingPeriod(e, claim.patient.birthDate, province.waitingPeriod);
  const ent = entitlement(f, rule, state, e);
  const minYears =
    f.gender === 'M' ? province.retirement.minContributionYearsMale : province.retirement.minContributionYearsFemale;
  const contributionYears = e?.contributionYears ?? null;
  const retiredEmployee = f.retired && f.insuranceType === 'employee';
  const bonus = retiredEmployee ? rule.retireeRatioBonus : 0;
  const baseRatio = atLevel(rule.ratio, f.hospitalLevel);
  // The bonus's share of what the fund pays: paid × bonus / ratio-with-bonus.
  const bonusFen = ent.ratio > 0 ? Math.floor((Math.min(ent.claimed, ent.entitled) * 100 * Math.max(0, ent.ratio - baseRatio)) / ent.ratio) : 0;
  return {
    province: f.province,
    waitingPeriod: wp,
    inWaitingPeriod: wp.endsOn !== null && wp.days > 0 && f.serviceDate < wp.endsOn,
    daysSinceEnrolment: e?.enrolledOn ? daysBetween(e.enrolledOn, f.serviceDate) : null,
    entitlement: ent,
    retireeBelowMinimum: retiredEmployee && bonus > 0 && contributionYears !== null && contributionYears < minYears,
    minContributionYears: retiredEmployee ? minYears : null,
    contributionYears,
    retireeBonusAmount: toYuan(bonusFen),
  };
}
