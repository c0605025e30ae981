import { daysBetween } from '../../contract/dates';
import type { MemberClaim } from '../member-claim';
import type { HistoryKnowledge } from '../history-knowledge';

/**
 * One long stay settled month by month (长期住院中途结算: psychiatric, long-term ventilation, dementia and 医养 stays
 * paid by the bed-day are settled monthly; limits.json interimSettlement): the earlier segment at this hospital ended
 * 离院方式 其他 after a month-like length (`minNights` or more), and this segment was admitted there on its discharge
 * day or within `gapDays`, 入院途径 其他. The segments are one stay, not a discharge and a readmission. A short segment
 * coded the same way is not a monthly settlement and stays judged as any readmission. False when the limit is not set.
 */
export function interimContinuation(earlier: MemberClaim, later: MemberClaim, k: HistoryKnowledge): boolean {
  const cfg = k.limits.interimSettlement;
  if (!cfg || earlier.visitType !== 'inpatient' || later.visitType !== 'inpatient' || earlier.hospitalId !== later.hospitalId) return false;
  if (earlier.dischargeMode !== 'other' || later.admissionRoute !== 'other') return false;
  if (daysBetween(earlier.serviceDate, earlier.endDate) < cfg.minNights) return false;
  const gap = daysBetween(earlier.endDate, later.serviceDate);
  return gap >= 0 && gap <= cfg.gapDays;
}
