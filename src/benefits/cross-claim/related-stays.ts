import { daysBetween } from '../../contract/dates';
import { plannedAdmission } from '../../contract/claim';
import type { BenefitItem } from '../benefit-claim';
import { STAY_OPENING_DAYS, type LedgerLine, type MemberClaim } from '../member-claim';
import { genericDrugKey, sameSubstance, type HistoryKnowledge } from '../history-knowledge';
import { startsWithAny, underAny } from '../../contract/code-prefix';
import { rowCodeOf } from '../../contract/catalogue-row';
import { atcOfDrugCode } from '../../contract/drug-code';

// How two stays of a member relate when one follows the other (member-state's readmission): the same condition, or a
// staged operation on a paired organ.

/**
 * Whether a readmission is for the same condition as the earlier stay (分解住院): the same ICD-10 category of
 * principal diagnosis, or categories the related-conditions table puts in one group. Sharing only an MDC (a
 * body system: a concussion and a stroke) is not the same condition. Returns how they are related, or null.
 */
export function relatedStay(earlier: MemberClaim, later: MemberClaim, k: HistoryKnowledge, others: readonly MemberClaim[] = []): string | null {
  // The next cycle of a planned course (chemotherapy, radiotherapy, dialysis) is a stay of its own; one that
  // comes back sooner than a cycle is the same cycle split in two.
  if (k.plannedCourses?.has(later.principalCategory) && daysBetween(earlier.serviceDate, later.serviceDate) >= (k.plannedCourseMinDays ?? 7)) return null;
  if (newCourseOrEpisode(earlier, later, k, others)) return null;
  if (earlier.principalCategory === later.principalCategory) return `同一疾病类目${later.principalCategory}`;
  const group = k.related?.get(later.principalCategory);
  if (group && k.related?.get(earlier.principalCategory) === group) return `同属${group}（${earlier.principalCategory}、${later.principalCategory}）`;
  const continued = k.continuations?.find((c) => c.earlier.includes(earlier.principalCategory) && c.later.includes(later.principalCategory));
  return continued ? `${continued.name}（${earlier.principalCategory}→${later.principalCategory}）` : null;
}

/**
 * A new event of the condition, not the earlier stay continued (分解住院 is a discharge before the discharge standard and
 * a readmission to continue the same treatment: 《医疗保障基金使用监督管理条例》第十五条). The later stay shows the
 * event's own content (a diagnosis the earlier stay did not carry, or close nursing on its first days) and its first
 * days (`items`, its lines, within STAY_OPENING_DAYS) a changed treatment:
 * - a parenteral drug (carrier fluids aside) the earlier stay gave neither on its first nor on its last days (the same
 *   course resumed, or restarted from its first day, is the stay continued), with a work-up of the principal diagnosis
 *   (a test or examination test-indications.json ties to it) or an emergency admission (入院途径 急诊);
 * - or, admitted through the emergency department, a drug the earlier stay ended on at a higher daily dose than on its
 *   last day in bed (a relapse after the drug was stopped), or by injection where it ended on another form (stepped up
 *   again after the step-down to tablets).
 * The route alone is not enough: a planned readmission can be routed through the emergency department. A planned
 * readmission whose new content is the operation the earlier stay did not do, nothing new coded, is no new event.
 */
export function newEvent(earlier: MemberClaim, later: MemberClaim, items: readonly BenefitItem[], k: HistoryKnowledge): boolean {
  const cfg = k.limits.newEvent;
  // An entry written before ledger lines existed does not say what the earlier stay ended on.
  if (!cfg || !earlier.lines) return false;
  const opening = items.filter((i) => i.date >= later.serviceDate && daysBetween(later.serviceDate, i.date) < STAY_OPENING_DAYS);
  const earlierCodes = new Set(earlier.codes ?? []);
  // A planned readmission (入院途径 门诊) re-coding the condition itself with a neighbouring code (J44.1 → J44.0,
  // J18 → J15) shows no new finding: 换相邻主诊断再入院 is how a split stay is coded. Its new content must be another
  // condition; an emergency admission's new subtype (a new infarct) still counts.
  const recoded = (c: string) => later.admissionRoute === 'outpatient' && sameCondition(c, earlier, later, k);
  // ICD-10 codes only (a letter first): a procedure of this stay is not a condition.
  const newDiagnosis = (later.codes ?? []).some((c) => /^[A-Z]/.test(c) && !earlierCodes.has(c) && !recoded(c));
  // A planned readmission to operate on what the earlier stay carried and did not operate on, nothing new coded: the
  // operation's close nursing and prophylactic antibiotic are its own, not a new event. A stay kept for work-up or
  // waiting and a second one for the operation is one treatment in two (先住院检查/保守、出院后再入院手术, 分解住院).
  if (!newDiagnosis && plannedAdmission(later.admissionRoute) && !earlier.lines.some((l) => l.operation) && items.some((i) => i.category === 'service' && i.catalogue?.subcategory === 'surgery')) return false;
  const closeNursing = opening.some((i) => cfg.closeNursing.includes(rowCodeOf(i)));
  if (!newDiagnosis && !closeNursing) return false;
  const emergency = later.admissionRoute === 'emergency';
  const workup = opening.some((i) => (i.catalogue?.subcategory === 'lab' || i.catalogue?.subcategory === 'exam') && (i.indicatedBy ?? []).some((d) => d.slice(0, 3) === later.principalCategory));
  const drugLines = earlier.lines.filter((l) => l.kind === 'drug');
  // Every drug the entry kept (its first days, its last days, a scheduled or course-limited drug): given before.
  const given = new Set(drugLines.map((l) => l.drug));
  // A procedure's contrast or local anaesthetic (an angiography's iodixanol where the earlier one used iohexol) is the
  // procedure's agent, not a changed treatment of the condition.
  const agent = (code: string) => underAny(atcOfDrugCode(code) ?? '', cfg.procedureAgents);
  const added = opening.some((i) => i.category === 'drug' && cfg.parenteralMarks.some((m) => i.name.includes(m)) && !cfg.carriers.includes(genericDrugKey(i.code, i.catalogue)) && !agent(i.code) && !given.has(genericDrugKey(i.code, i.catalogue)));
  if (added && (workup || emergency)) return true;
  // A step-down reads as a stay ended at its standard only when the hospital ordered the discharge (医嘱离院): a
  // patient pushed out or leaving against advice (非医嘱离院) went home on tablets short of it.
  const endedAtStandard = !earlier.dischargeMode || NOT_CUT_SHORT.has(earlier.dischargeMode);
  return emergency && (doseRaised(drugLines, earlier.endDate, opening, cfg.takeHomeDoses) || (endedAtStandard && injectedAgain(drugLines, opening, cfg.parenteralMarks)));
}

/**
 * A drug the earlier stay ended on in another form (by mouth: the switch from injection to tablets that precedes a
 * discharge at its standard) given by injection on a first day of the later stay: the treatment stepped up again (a
 * heart failure sent home on oral furosemide and back through the emergency department on IV furosemide), a relapse
 * as doseRaised's is. The same substance is the national drug code before its dosage form (sameSubstance).
 */
function injectedAgain(drugLines: readonly LedgerLine[], opening: readonly BenefitItem[], parenteralMarks: readonly string[]): boolean {
  const ending = drugLines.filter((l) => l.courseEnd);
  const endedOn = new Set(ending.map((l) => l.drug));
  return opening.some(
    (i) => i.category === 'drug' && parenteralMarks.some((m) => i.name.includes(m)) && !endedOn.has(genericDrugKey(i.code, i.catalogue)) && ending.some((l) => sameSubstance(l.code, i.code)),
  );
}

/** A code of the two stays' principal condition: its ICD-10 category, or a category of its related-conditions group. */
function sameCondition(code: string, earlier: MemberClaim, later: MemberClaim, k: HistoryKnowledge): boolean {
  const category = code.slice(0, 3);
  if (category === earlier.principalCategory || category === later.principalCategory) return true;
  const group = k.related?.get(category);
  return group !== undefined && (group === k.related?.get(earlier.principalCategory) || group === k.related?.get(later.principalCategory));
}

/**
 * A drug (one catalogue code: one strength and unit) of the earlier stay's last day in bed given on a first day of the
 * later stay in a larger daily quantity. A line of more than `takeHomeDoses` times the smallest quantity the entry kept
 * of the code is a take-home supply (出院带药), not a day's dose; the discharge day is read only when no earlier day is
 * kept.
 */
function doseRaised(drugLines: readonly LedgerLine[], endDate: string, opening: readonly BenefitItem[], takeHomeDoses: number): boolean {
  const smallest = new Map<string, number>();
  for (const l of drugLines) smallest.set(l.code, Math.min(smallest.get(l.code) ?? Infinity, l.quantity ?? 1));
  const tail = drugLines.filter((l) => l.courseEnd && (l.quantity ?? 1) <= takeHomeDoses * (smallest.get(l.code) as number));
  const lastInBed = tail.filter((l) => l.date < endDate).reduce<string | null>((m, l) => (m === null || l.date > m ? l.date : m), null);
  const ending = new Map<string, number>();
  for (const l of tail) if (l.date === (lastInBed ?? endDate)) ending.set(l.code, (ending.get(l.code) ?? 0) + (l.quantity ?? 1));
  const daily = new Map<string, number>();
  for (const i of opening) if (i.category === 'drug' && ending.has(i.code)) daily.set(`${i.code}|${i.date}`, (daily.get(`${i.code}|${i.date}`) ?? 0) + i.quantity);
  return [...daily].some(([key, q]) => q > (ending.get(key.split('|')[0]) as number));
}

const NOT_CUT_SHORT = new Set(['ordered']);

/**
 * A new course or episode, not the same one split (分解住院 is a discharge before the treatment is done): the earlier
 * stay completed a course of its own (a rehabilitation course of its full length, ended by its assessment, 医嘱离院,
 * and the rest interval since its discharge kept), or the later stay's event ends the earlier episode (保胎 then the
 * delivery; ERCP stone extraction then the planned cholecystectomy; a PCNL's first stage then its second stage, coded as
 * the readmission it is) or is its next phase (an acute stroke, then its
 * rehabilitation at another institution, with no stay between them: `others`, the member's other stays).
 */
function newCourseOrEpisode(earlier: MemberClaim, later: MemberClaim, k: HistoryKnowledge, others: readonly MemberClaim[]): boolean {
  const codes = (e: MemberClaim) => new Set([...(e.lines ?? []).map((l) => l.code), ...e.serviceCodes]);
  for (const c of k.courseStays ?? []) {
    if (!c.categories.includes(earlier.principalCategory) || !c.categories.includes(later.principalCategory)) continue;
    if (earlier.dischargeMode && !NOT_CUT_SHORT.has(earlier.dischargeMode)) continue;
    if (daysBetween(earlier.serviceDate, earlier.endDate) < c.minNights) continue;
    // Back before the rest interval: the same course restarted with a new assessment, not the next one.
    if (c.minGapDays !== undefined && daysBetween(earlier.endDate, later.serviceDate) < c.minGapDays) continue;
    if ((earlier.lines ?? []).some((l) => c.endItems.includes(l.code) && l.date <= earlier.endDate && daysBetween(l.date, earlier.endDate) <= c.withinDays)) return true;
  }
  for (const f of k.followingEpisodes ?? []) {
    if (!f.earlier.includes(earlier.principalCategory)) continue;
    if (f.later && !f.later.includes(later.principalCategory)) continue;
    // 科内转康复科办理出院再入院 is a known split: at one hospital the next phase is a ward transfer within the stay.
    if (f.otherInstitution && earlier.hospitalId === later.hospitalId) continue;
    // The next phase follows the acute stay itself: once another stay came between (the rehabilitation begun
    // elsewhere), this one is judged against that phase, not exempted by the acute stay before it.
    if (f.later && others.some((e) => e !== earlier && e !== later && e.visitType === 'inpatient' && e.serviceDate >= earlier.endDate && e.endDate <= later.serviceDate)) continue;
    // A staged treatment's second stage follows only the first stage's stay (ERCP, then the cholecystectomy).
    if (f.earlierProcedures && !startsWithAny(earlier.codes ?? [], f.earlierProcedures)) continue;
    // A second stage coded as a readmission (PCNL II期 再次住院) repeats the first stage's operation row.
    if (f.laterProcedures && !startsWithAny(later.codes ?? [], f.laterProcedures)) continue;
    const before = codes(earlier);
    const after = codes(later);
    const repeatable = f.later !== undefined || f.laterProcedures !== undefined;
    if (f.eventItems.some((i) => after.has(i)) && (repeatable || !f.eventItems.some((i) => before.has(i)))) return true;
  }
  return false;
}

/**
 * A staged operation on a paired organ (the second eye's cataract, the other knee or hip), not a split stay
 * (related-conditions.json stagedPairedOperations): both stays bill the operation of one row once, the later
 * admission is planned (plannedAdmission: neither emergency nor transfer; a record that does not say is judged planned,
 * as the second side's elective operation is), the earlier stay ended 医嘱离院 (or does not say), and no other stay of the
 * member bills that operation (a paired organ has two sides). Returns the operation's name, or null.
 * A first stay without the operation, or the operation on one claim only, is judged as any readmission.
 */
export function stagedPairedOperation(earlier: MemberClaim, later: MemberClaim, others: readonly MemberClaim[], k: HistoryKnowledge): string | null {
  if (!k.stagedOperations?.length || !plannedAdmission(later.admissionRoute)) return null;
  if (earlier.dischargeMode && !NOT_CUT_SHORT.has(earlier.dischargeMode)) return null;
  const count = (e: MemberClaim, items: readonly string[]) => (e.lines ?? []).filter((l) => items.includes(l.code)).length;
  const dateOf = (e: MemberClaim, items: readonly string[]) => (e.lines ?? []).find((l) => items.includes(l.code))!.date;
  for (const op of k.stagedOperations) {
    if (count(earlier, op.items) !== 1 || count(later, op.items) !== 1) continue;
    // The second side operated before the first could be seen settled is no staging but one course cut in two.
    if (op.minDaysBetween && daysBetween(dateOf(earlier, op.items), dateOf(later, op.items)) < op.minDaysBetween) continue;
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
