import { daysBetween } from '../../contract/dates';
import { toYuan } from '../../money/fen';
import type { MemberClaim } from '../member-claim';

export interface NearDuplicateStay {
  /** The earlier-seen stay this one repeats, and its dates. */
  claimId: string;
  from: string;
  to: string;
  /** Days between the two admissions (the shift of every date). */
  shiftDays: number;
  /** The other stay's total, yuan, and this one's. */
  otherTotal: number;
  total: number;
}

/**
 * The same stay settled again with its dates moved (重复结算): a stay at the same hospital, of the same length and
 * principal diagnosis category, whose total is within `maxTotalDiffShare` of this one's, and which meets or
 * overlaps this one (one admitted on or before the other's discharge day). Two real stays that touch are a
 * readmission or a transfer, and their bills differ; the same bill to within a rounding, a day later, is one stay
 * paid twice. Stays a day or more apart are judged as readmissions. An identical copy (same dates) is duplicateOf's.
 */
export function nearDuplicateStay(me: MemberClaim, prior: readonly MemberClaim[], maxTotalDiffShare: number): NearDuplicateStay | null {
  if (me.visitType !== 'inpatient' || me.totalFen <= 0) return null;
  const los = daysBetween(me.serviceDate, me.endDate);
  for (const e of prior) {
    if (e.visitType !== 'inpatient' || e.hospitalId !== me.hospitalId || e.principalCategory !== me.principalCategory) continue;
    if (e.serviceDate === me.serviceDate || daysBetween(e.serviceDate, e.endDate) !== los) continue;
    if (!(e.serviceDate <= me.endDate && me.serviceDate <= e.endDate)) continue;
    if (Math.abs(e.totalFen - me.totalFen) > me.totalFen * maxTotalDiffShare) continue;
    return { claimId: e.claimId, from: e.serviceDate, to: e.endDate, shiftDays: Math.abs(daysBetween(e.serviceDate, me.serviceDate)), otherTotal: toYuan(e.totalFen), total: toYuan(me.totalFen) };
  }
  return null;
}
