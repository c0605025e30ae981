import type { Claim } from '../contract/claim';
import { ageInYears, daysBetween } from '../contract/dates';
import type { BenefitClaim } from './benefit-claim';
import { toYuan } from '../money/fen';
import { entitlement, type Entitlement } from './entitlement';
import type { MemberState } from './member-state';
import { atLevel, policyFor, type ChronicDiseaseList, type InfertilityCarePolicy, type Policies, type Scheme, type VisitKind } from './policy';
import { waitingPeriod, type WaitingPeriod } from './waiting-period';
import { underAny } from '../contract/code-prefix';

/** 门诊慢特病 eligibility of a chronic-visit claim's principal diagnosis. */
export interface ChronicFacts {
  diagnosis: string;
  /** On the insured province's 门诊慢特病 list; null when the province lists none in force. */
  listed: boolean | null;
  /** Among the member's approved diseases; null when the claim does not carry them. */
  approved: boolean | null;
  /** The member's approved diseases, as the claim lists them (for the reader). */
  approvedDiseases: string[] | null;
}

/** What the benefit and eligibility rules read (fact `benefits`). */
export interface BenefitFacts {
  /** The insured province (参保地), whose benefit policy applies; the treating region's is `region`. */
  province: string;
  insuredRegion: string;
  /** 异地就医: treated outside the insured region. */
  treatedElsewhere: boolean;
  /** Policy table version and the dated entries in force on the service date that judged this claim. */
  policyVersion: string;
  policyInForce: string[];
  waitingPeriod: WaitingPeriod;
  /** Service date falls before the end of the waiting period. */
  inWaitingPeriod: boolean;
  /**
   * A claim whose service date is past the waiting period but some of whose lines are dated inside it (tests billed with
   * the stay, dated before admission): care in the waiting period settled as the stay's. Null when none.
   */
  waitingPeriodLines: { lineIds: string[]; dates: string; amount: number } | null;
  daysSinceEnrolment: number | null;
  entitlement: Entitlement;
  /** Retired employee whose contribution years are below the province's confirmed minimum for retiree benefits. */
  retireeBelowMinimum: boolean;
  /** The same below a minimum not yet confirmed as the province's own (an editable default): for reference only. */
  retireeBelowProvisionalMinimum: boolean;
  minContributionYears: number | null;
  contributionYears: number | null;
  /** Retired employee younger than any retirement by age allows (policies.json retirement.earliestAge*). */
  retireeBelowEarliestAge: boolean;
  /** The member's age on the service date, and that earliest age, for a retired employee (else null). */
  ageYears: number | null;
  earliestRetirementAge: number | null;
  /** What the retiree ratio bonus adds to this claim, yuan (the money at stake when it is not due). */
  retireeBonusAmount: number;
  chronic: ChronicFacts | null;
  /**
   * Infertility care (the principal diagnosis under the policy's infertility codes) on a date the insured province's
   * basic insurance did not yet pay for it; null otherwise, or when the table says nothing for the date.
   */
  infertilityCareExcluded: { diagnosis: string; source: string } | null;
}

function chronicFacts(claim: Claim, principal: string, list: ChronicDiseaseList | null): ChronicFacts | null {
  if (claim.visitType !== 'chronic') return null;
  const approvedDiseases = claim.enrollment?.chronicDiseases ?? null;
  return {
    diagnosis: principal,
    listed: list ? list.diseases.some((d) => underAny(principal, [d.code, ...(d.covers ?? [])])) : null,
    approved: approvedDiseases ? underAny(principal, approvedDiseases) || coveredByApproval(principal, list, approvedDiseases) : null,
    approvedDiseases,
  };
}

/** The principal is among the codes a list entry takes in (`covers`), and the member is approved for that entry's 病种. */
function coveredByApproval(principal: string, list: ChronicDiseaseList | null, approved: readonly string[]): boolean {
  return (list?.diseases ?? []).some((d) => d.covers !== undefined && underAny(principal, d.covers) && underAny(d.code, approved));
}

function infertilityCareExcluded(principal: string, policy: InfertilityCarePolicy | null): BenefitFacts['infertilityCareExcluded'] {
  if (!policy || policy.covered || !underAny(principal, policy.diagnoses)) return null;
  return { diagnosis: principal, source: policy.source ?? '' };
}

/** Lines dated before the first day of benefits on a claim whose own service date is on or after it. */
export function linesInWaitingPeriod(f: BenefitClaim, wp: WaitingPeriod): BenefitFacts['waitingPeriodLines'] {
  const ends = wp.endsOn;
  if (ends === null || wp.days <= 0 || f.serviceDate < ends) return null;
  const lines = f.items.filter((it) => it.date < ends);
  if (!lines.length) return null;
  return {
    lineIds: lines.map((l) => l.lineId),
    dates: [...new Set(lines.map((l) => l.date))].sort().join('、'),
    amount: toYuan(lines.reduce((a, l) => a + l.amountFen, 0)),
  };
}

/**
 * The benefit facts of a claim under the insured region's policy (参保地政策; `insuredRegion`, else `region`)
 * as in force on the service date; null where no policy covers the province or none is in force for the
 * claim's scheme and visit type on that date.
 */
export function benefitFacts(claim: Claim, f: BenefitClaim, policies: Policies | null, state: MemberState): BenefitFacts | null {
  const insuredRegion = claim.insuredRegion ?? f.region;
  const province = policyFor(policies, insuredRegion, f.serviceDate);
  if (!province) return null;
  const rule = province.schemes[f.insuranceType as Scheme][f.visitType as VisitKind];
  if (!rule) return null;
  const e = claim.enrollment;
  const wp = waitingPeriod(e, claim.patient.birthDate, province.waitingPeriod, f.insuranceType);
  const ent = entitlement(f, rule, state, e, province.figures);
  const retirement = province.retirement;
  const minYears = !retirement ? null : f.gender === 'M' ? retirement.minContributionYearsMale : retirement.minContributionYearsFemale;
  const contributionYears = e?.contributionYears ?? null;
  const retiredEmployee = f.retired && f.insuranceType === 'employee';
  const bonus = retiredEmployee ? rule.retireeRatioBonus : 0;
  const belowMinimum = retiredEmployee && bonus > 0 && contributionYears !== null && minYears !== null && contributionYears < minYears;
  const earliestAge = !retiredEmployee || !retirement ? null : f.gender === 'M' ? retirement.earliestAgeMale : retirement.earliestAgeFemale;
  const age = retiredEmployee && claim.patient.birthDate ? ageInYears(claim.patient.birthDate, f.serviceDate) : null;
  const baseRatio = atLevel(rule.ratio, f.hospitalLevel);
  // The bonus's share of what the fund pays: paid × bonus / ratio-with-bonus.
  const bonusFen = ent.ratio > 0 ? Math.floor((Math.min(ent.claimed, ent.entitled) * 100 * Math.max(0, ent.ratio - baseRatio)) / ent.ratio) : 0;
  return {
    province: insuredRegion.slice(0, 2),
    insuredRegion,
    treatedElsewhere: insuredRegion !== f.region,
    policyVersion: province.version,
    policyInForce: province.inForce,
    waitingPeriod: wp,
    inWaitingPeriod: wp.endsOn !== null && wp.days > 0 && f.serviceDate < wp.endsOn,
    waitingPeriodLines: linesInWaitingPeriod(f, wp),
    daysSinceEnrolment: e?.enrolledOn ? daysBetween(e.enrolledOn, f.serviceDate) : null,
    entitlement: ent,
    retireeBelowMinimum: belowMinimum && retirement?.confirmed === true,
    retireeBelowProvisionalMinimum: belowMinimum && retirement?.confirmed !== true,
    minContributionYears: retiredEmployee ? minYears : null,
    contributionYears,
    retireeBelowEarliestAge: bonus > 0 && age !== null && earliestAge !== null && age < earliestAge,
    ageYears: age,
    earliestRetirementAge: earliestAge,
    retireeBonusAmount: toYuan(bonusFen),
    chronic: chronicFacts(claim, f.principalDiagnosis, province.chronicDiseases),
    infertilityCareExcluded: infertilityCareExcluded(f.principalDiagnosis, province.infertilityCare),
  };
}
