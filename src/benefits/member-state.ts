import { daysBetween } from '../enrich/dates';
import type { MemberClaim } from '../store/store';
import { isBefore } from './ledger-entry';

/** Year-to-date use and recent history of one member, as of one claim (entries before it in ledger order). */
export interface MemberState {
  /** Inpatient admissions earlier in the same calendar year. */
  admissionsBefore: number;
  /** Fund claimed earlier this year, fen, by visit type bucket (普通门诊 and 药店 share one). */
  ytdFundFen: number;
  /** Policy-scope cost earlier this year in the same bucket (what an annual deductible is met from), fen. */
  ytdPolicyFen: number;
  /** The earlier stay this admission follows within the readmission window, if any. */
  readmission: { claimId: string; daysSinceDischarge: number; sameCategory: boolean; sameMdc: boolean } | null;
  /** A stay of this member, seen before this one, that overlaps it (whichever started first). */
  overlappingStay: { claimId: string; from: string; to: string } | null;
  /** An outpatient visit the same day at another hospital, for the same condition or with a service in common. */
  sameDayElsewhere: { claimId: string; hospitalId: string; codes: string[]; sameCondition: boolean } | null;
  /** A claim seen before this one with the same hospital, dates and items under another claimId. */
  duplicateOf: string | null;
}

const OUTPATIENT_BUCKET = new Set(['outpatient', 'pharmacy']);
const bucket = (visitType: string) => (OUTPATIENT_BUCKET.has(visitType) ? 'outpatient' : visitType);

/**
 * A transfer hands the patient on (医嘱转院 on the earlier stay, admission by transfer on the next, at another
 * hospital, the same or the next day): one episode of care in two hospitals, not a split stay. A transfer
 * admission naming another hospital than the earlier stay's is not this transfer.
 */
export function isTransfer(earlier: MemberClaim, later: MemberClaim, gapDays: number): boolean {
  if (gapDays > 1 || earlier.hospitalId === later.hospitalId || later.admissionRoute !== 'transfer') return false;
  if (later.transferFromHospitalId) return later.transferFromHospitalId === earlier.hospitalId;
  return earlier.dischargeMode === 'transfer';
}

/**
 * Derives the member's state for `me` from the ledger entries of the same member that arrived before it
 * (`arrival`), in service-date order: a late claim is judged against everything earlier in service date
 * that the store has seen, and re-reviewing a claim sees exactly what it saw the first time.
 */
export function memberState(me: MemberClaim, entries: readonly MemberClaim[], readmissionWindowDays: number): MemberState {
  const myArrival = me.arrival ?? Number.POSITIVE_INFINITY;
  const year = me.serviceDate.slice(0, 4);
  const state: MemberState = {
    admissionsBefore: 0,
    ytdFundFen: 0,
    ytdPolicyFen: 0,
    readmission: null,
    overlappingStay: null,
    sameDayElsewhere: null,
    duplicateOf: null,
  };
  const inpatient = me.visitType === 'inpatient';
  for (const e of entries) {
    if (e.claimId === me.claimId || e.insuredId !== me.insuredId || (e.arrival ?? 0) >= myArrival) continue;
    // Two visits on one day at two hospitals: the one that arrives second completes the pair.
    if (!inpatient && e.visitType === 'outpatient' && me.visitType === 'outpatient' && e.serviceDate === me.serviceDate && e.hospitalId !== me.hospitalId) {
      const codes = e.serviceCodes.filter((c) => me.serviceCodes.includes(c));
      if (codes.length || e.principalCategory === me.principalCategory) {
        state.sameDayElsewhere ??= { claimId: e.claimId, hospitalId: e.hospitalId, codes, sameCondition: e.principalCategory === me.principalCategory };
      }
    }
    // Pairs found whatever the claimIds and service dates: the claim that arrives second names the first.
    if (e.hospitalId === me.hospitalId && e.serviceDate === me.serviceDate && e.endDate === me.endDate && e.itemsSignature === me.itemsSignature) {
      state.duplicateOf ??= e.claimId;
    }
    if (inpatient && e.visitType === 'inpatient' && e.serviceDate < me.endDate && me.serviceDate < e.endDate) {
      state.overlappingStay ??= { claimId: e.claimId, from: e.serviceDate, to: e.endDate };
    }
    // Cumulative figures and readmissions read the ledger in service-date order.
    if (!isBefore(e, me)) continue;
    const sameYear = e.serviceDate.slice(0, 4) === year;
    if (sameYear && e.visitType === 'inpatient') state.admissionsBefore += 1;
    if (sameYear && bucket(e.visitType) === bucket(me.visitType) && e.insuranceType === me.insuranceType) {
      state.ytdFundFen += e.fundClaimedFen;
      state.ytdPolicyFen += e.policyFen;
    }
    if (inpatient && e.visitType === 'inpatient' && e.endDate <= me.serviceDate) {
      const gap = daysBetween(e.endDate, me.serviceDate);
      const sameCategory = e.principalCategory === me.principalCategory;
      const sameMdc = e.mdc !== null && e.mdc === me.mdc;
      if (gap <= readmissionWindowDays && (sameCategory || sameMdc) && !isTransfer(e, me, gap)) {
        // Keep the closest earlier discharge.
        if (!state.readmission || gap < state.readmission.daysSinceDischarge) {
          state.readmission = { claimId: e.claimId, daysSinceDischarge: gap, sameCategory, sameMdc };
        }
      }
    }
  }
  return state;
}
