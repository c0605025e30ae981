import { daysBetween } from '../../contract/dates';
import type { MemberClaim } from '../member-claim';
import type { HistoryKnowledge } from '../history-knowledge';

// How two stays of a member relate when one follows the other (member-state's readmission): the same condition, or a
// staged operation on a paired organ.

/**
 * Whether a readmission is for the same condition as the earlier stay (分解住院): the same ICD-10 category of
 * principal diagnosis, or categories the related-conditions table puts in one group. Sharing only an MDC (a
 * body system: a concussion and a stroke) is not the same condition. Returns how they are related, or null.
 */
export function relatedStay(earlier: MemberClaim, later: MemberClaim, k: HistoryKnowledge): string | null {
  // The next cycle of a planned course (chemotherapy, radiotherapy, dialysis) is a stay of its own; one that
  // comes back sooner than a cycle is the same cycle split in two.
  if (k.plannedCourses?.has(later.principalCategory) && daysBetween(earlier.serviceDate, later.serviceDate) >= (k.plannedCourseMinDays ?? 7)) return null;
  if (newCourseOrEpisode(earlier, later, k)) return null;
  if (earlier.principalCategory === later.principalCategory) return `同一疾病类目${later.principalCategory}`;
  const group = k.related?.get(later.principalCategory);
  return group && k.related?.get(earlier.principalCategory) === group ? `同属${group}（${earlier.principalCategory}、${later.principalCategory}）` : null;
}

const NOT_CUT_SHORT = new Set(['ordered']);

/**
 * A new course or episode, not the same one split (分解住院 is a discharge before the treatment is done): the earlier
 * stay completed a course of its own (a rehabilitation course of its full length, ended by its assessment, 医嘱离院),
 * or the later stay's event ends the earlier episode (保胎 then the delivery).
 */
function newCourseOrEpisode(earlier: MemberClaim, later: MemberClaim, k: HistoryKnowledge): boolean {
  const codes = (e: MemberClaim) => new Set([...(e.lines ?? []).map((l) => l.code), ...e.serviceCodes]);
  for (const c of k.courseStays ?? []) {
    if (!c.categories.includes(earlier.principalCategory) || !c.categories.includes(later.principalCategory)) continue;
    if (earlier.dischargeMode && !NOT_CUT_SHORT.has(earlier.dischargeMode)) continue;
    if (daysBetween(earlier.serviceDate, earlier.endDate) < c.minNights) continue;
    if ((earlier.lines ?? []).some((l) => c.endItems.includes(l.code) && l.date <= earlier.endDate && daysBetween(l.date, earlier.endDate) <= c.withinDays)) return true;
  }
  for (const f of k.followingEpisodes ?? []) {
    if (!f.earlier.includes(earlier.principalCategory)) continue;
    const before = codes(earlier);
    const after = codes(later);
    if (f.eventItems.some((i) => after.has(i)) && !f.eventItems.some((i) => before.has(i))) return true;
  }
  return false;
}

/**
 * A staged operation on a paired organ (the second eye's cataract, the other knee or hip), not a split stay
 * (related-conditions.json stagedPairedOperations): both stays bill the operation of one row once, the later
 * admission is planned (入院途径 门诊), the earlier stay ended 医嘱离院 (or does not say), and no other stay of the
 * member bills that operation (a paired organ has two sides). Returns the operation's name, or null.
 * A first stay without the operation, or the operation on one claim only, is judged as any readmission.
 */
export function stagedPairedOperation(earlier: MemberClaim, later: MemberClaim, others: readonly MemberClaim[], k: HistoryKnowledge): string | null {
  if (!k.stagedOperations?.length || later.admissionRoute !== 'outpatient') return null;
  if (earlier.dischargeMode && !NOT_CUT_SHORT.has(earlier.dischargeMode)) return null;
  const count = (e: MemberClaim, items: readonly string[]) => (e.lines ?? []).filter((l) => items.includes(l.code)).length;
  for (const op of k.stagedOperations) {
    if (count(earlier, op.items) !== 1 || count(later, op.items) !== 1) continue;
    const third = others.some((e) => e.claimId !== earlier.claimId && e.claimId !== later.claimId && e.visitType === 'inpatient' && count(e, op.items) > 0);
    if (!third) return op.name;
  }
  return null;
}

/**
 * A patient's own departure, not the hospital's split (分解住院 is 定点医药机构分解住院: 《医疗保障基金使用监督管理条例》
 * 第十五条): the earlier stay ended 非医嘱离院 (the patient left against advice) and this stay is an emergency admission
 * (入院途径 急诊) at another hospital. The same hospital taking the patient back after a 非医嘱离院 (推出 then readmitted)
 * and a 医嘱离院 followed by an admission elsewhere (a 医联体 partner) stay judged as any readmission.
 */
export function leftForAnotherHospital(earlier: MemberClaim, later: MemberClaim): boolean {
  return earlier.dischargeMode === 'against_advice' && later.hospitalId !== earlier.hospitalId && later.admissionRoute === 'emergency';
}

/**
 * One stay settled in two parts at the year end (跨年度住院中途结算: a pooling region's annual settlement closes the
 * year's deductible and caps on its last day, limits.json yearEndSettlement): the earlier part discharged on the last
 * day of its year at this hospital (or on the next day: a settlement at the turn of the year is dated on either side of
 * it), this part admitted there on that day or the next. False when the limit is not set.
 */
export function yearEndContinuation(earlier: MemberClaim, later: MemberClaim, k: HistoryKnowledge): boolean {
  const cfg = k.limits.yearEndSettlement;
  if (!cfg || earlier.visitType !== 'inpatient' || earlier.hospitalId !== later.hospitalId) return false;
  const lastDayBefore = `${Number(earlier.endDate.slice(0, 4)) - 1}-${cfg.lastDay}`;
  if (earlier.endDate.slice(5) !== cfg.lastDay && daysBetween(lastDayBefore, earlier.endDate) !== 1) return false;
  const gap = daysBetween(earlier.endDate, later.serviceDate);
  return gap >= 0 && gap <= cfg.gapDays;
}
