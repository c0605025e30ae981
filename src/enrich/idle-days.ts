import { addDays, daysBetween, longestRun, weekday } from '../contract/dates';
import { toYuan } from '../money/fen';
import { supplyPerDay, wholeDaysOfSupply } from '../benefits/days-of-supply';
import { isOperationCode, startsWithAny, underAny } from '../contract/code-prefix';
import { atcOf } from './knowledge';
import { lineMatches, type ItemFacts, type ItemSelector } from './item-fact-types';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { homeMonitoringOf, isHomeMedication, isOralDrug, isRoutine, needShown } from './stay-day-content';
import { onDaySurgeryList } from './day-surgery';
import { recoveryDaysOf } from './post-operative-recovery';
import { continuousTherapyDays, courseSupplyDays } from './course-cover-days';
import { rowCodeOf } from '../contract/catalogue-row';

// Days of a stay with a bed and no care (rules/knowledge/stay-content.json bedBlocking, daySurgery): 挂床住院 over
// the stay's inner days, and the idle days before a day-surgery operation (day-surgery.json) kept as an ordinary stay.

/**
 * The days strictly between the admission day and the discharge day are where a stay's care happens. A day of
 * them billed bed or nursing with no drug, test, treatment or consumable beside it, other than the member's routine
 * oral medication, is idle; many idle days in
 * a long stay, or a run of them (days held after the care ended), is 挂床 (a bed held without treatment in it).
 */
export function idleDays(c: StayContentInput): StayContentFacts['idleDays'] {
  const limits = c.knowledge!.stayContent?.bedBlocking;
  if (!limits || c.lengthOfStay < limits.minNights) return null;
  if (startsWithAny(c.diagnosisCodes, limits.notJudgedDiagnoses)) return null;
  const inner = c.lengthOfStay - 1;
  const careNursing = new Set(limits.careNursing);
  // The member's routine oral medication (a tablet of aspirin) is taken at home too: it does not make a day care. So is
  // any oral drug of a condition the clinic treats (outpatientTreatable): a cough syrup given day after day in a bed.
  const clinicForms = clinicConditionOnly(c);
  const takeHome = afterPostOperativeStay(c);
  const homeMedication = (it: ItemFacts) =>
    isHomeMedication(it, limits.homeMedicationAtc) || (clinicForms !== null && isOralDrug(it, clinicForms)) || takeHome(it);
  // In a rehabilitation ward paid by the bed-day the day's care is the training the patient is admitted for (国办发〔2017〕55号
  // 医疗康复 按床日付费; bed-day-settings.json): an oral drug — the NSAID of back pain, the anticoagulant after a hip
  // fracture — is taken at home as well, so a day of it with no training or other care is no care day. Such days are
  // read only by the ward's share below (public holidays, the course's rest, left out), not as a run of days held.
  const wardForms = rehabilitationWard(c) ? (c.knowledge!.stayContent!.outpatientTreatable?.oralForms ?? null) : null;
  const wardOral = (it: ItemFacts) => wardForms !== null && isOralDrug(it, wardForms);
  const homeMonitoring = homeMonitoringOf(c.items, limits.homeMonitoring);
  const calendar = calendarOf(limits.publicHolidays);
  const { holidays, offDay } = calendar;
  const courseRest = courseRestDays(c.items, limits.weekdayCourses, offDay);
  const therapyRest = therapyRestDays(c.items, limits.workdayTherapy, c.knowledge!.rehabilitationTherapy, offDay, inner, limits.minIdleShare);
  const freeCourse = freeCourseDays(c, limits.freeCourses);
  const recovery = recoveryDays(c);
  const acuteCourse = acuteEventDays(c, limits.acuteEvents);
  const restDay = (it: ItemFacts) => courseRest(it) || therapyRest(it) || recovery(it.dayIndex) || acuteCourse(it.dayIndex);
  const drip = plainDripOf(c, limits.plainDrip);
  const byDay = new Map<number, { routine: ItemFacts[]; care: boolean; bed: boolean; home: boolean; ward: boolean; drip: ItemFacts[]; fluid: boolean }>();
  for (const it of c.items) {
    if (it.dayIndex < 1 || it.date >= c.endDate || restDay(it)) continue;
    let d = byDay.get(it.dayIndex);
    if (!d) byDay.set(it.dayIndex, (d = { routine: [], care: false, bed: false, home: false, ward: false, drip: [], fluid: false }));
    const dripLine = drip(it);
    if (dripLine) {
      d.drip.push(it);
      if (dripLine === 'fluid') d.fluid = true;
    } else if (isRoutine(it) && !careNursing.has(it.code)) {
      d.routine.push(it);
      if (it.catalogue?.subcategory !== 'consult') d.bed = true;
    } else if (homeMonitoring(it)) d.routine.push(it);
    else if (homeMedication(it)) {
      d.routine.push(it);
      d.home = true;
    } else if (wardOral(it)) {
      d.routine.push(it);
      d.home = d.ward = true;
    } else d.care = true;
  }
  // A drip of carrier fluid alone is as hollow as the routine tablet; its fee without the fluid is care (or another
  // check's 虚记).
  for (const d of byDay.values()) {
    if (d.drip.length === 0) continue;
    if (d.fluid) {
      d.routine.push(...d.drip);
      d.home = true;
    } else d.care = true;
  }
  // An anti-infective course dispensed at once, and a device kept on between its changes (VSD), treat the days they cover.
  const supplied = courseSupplyDays(c, limits.courseSupply, homeMedication);
  const continuous = continuousTherapyDays(c, limits.continuousTherapy);
  for (const [day, d] of byDay) if (freeCourse(day) || supplied(day) || continuous(day)) d.care = true;
  const strict = [...byDay.entries()].filter(([, d]) => d.bed && !d.care && !d.home).sort((a, b) => a[0] - b[0]);
  const share = Math.round((strict.length / inner) * 100) / 100;
  let idle = strict;
  if (strict.length < limits.minIdleDays || (share < limits.minIdleShare && longestRun(strict.map(([day]) => day)) < limits.minIdleRun)) {
    // Days with the routine medication count only in runs: quiet days of oral drugs after an operation or a PCI are
    // recovery, several in a row with nothing else (a bed held, the tablet billed as a token) are not.
    const lax = [...byDay.entries()].filter(([, d]) => d.bed && !d.care).sort((a, b) => a[0] - b[0]);
    // A rehabilitation ward paid by the bed-day (bed-day-settings.json, a row with its therapy) holds the patient for the
    // day's training: a day with the routine tablet and no training or other care is no recovery day but a bed held
    // (挂床), however the training days break the run — when such days are most of the stay. Public holidays are the
    // course's rest (the therapists' too) and are not counted; a course resting at weekends trains on 5 days of 7.
    const held = rehabilitationWard(c) ? lax.filter(([, d]) => !d.routine.some((it) => holidays.has(it.date))) : [];
    const open = new Set(c.items.filter((it) => it.dayIndex >= 1 && it.date < c.endDate && !holidays.has(it.date)).map((it) => it.date)).size;
    idle = open > 0 && held.length / open >= limits.minIdleShare ? held : inRuns(lax.filter(([, d]) => !d.ward), limits.minHomeMedicationRun);
    if (idle.length < limits.minIdleDays) idle = holidayTail(strict, c, limits, calendar);
    if (idle.length === 0) return null;
  }
  const lines = idle.flatMap(([, d]) => d.routine);
  return {
    days: idle.length, inner, share: Math.round((idle.length / inner) * 100) / 100,
    dates: [...new Set(lines.map((l) => l.date))].sort().join('、'),
    lineIds: lines.map((l) => l.lineId),
    amount: toYuan(lines.reduce((s, l) => s + l.amountFen, 0)),
  };
}

/** The stay is in a ward of a bed-day setting that names its therapy (the rehabilitation row). */
function rehabilitationWard(c: StayContentInput): boolean {
  const d = c.department;
  return !!d && (c.knowledge?.bedDaySettings ?? []).some((r) => r.procedures != null && r.departments.includes(d));
}

/**
 * The idle days that end the stay (the last of them the day before discharge), when after the observation days they
 * all fall on public holidays and are at least `minHolidayTailRun`, the last day of care being a working day: the care
 * stopped as the holiday began, the bed was kept through it and the patient discharged after it (节假日挂床). Plain
 * weekends are not read (a course ending on a Friday is ordinary); observation days (holidayTailObservation) after a
 * test (its result awaited) and after an intravenous anti-infective course are not counted; a stay treated on no earlier weekend or holiday
 * is a working-day course at rest. Empty when there is no such tail.
 */
function holidayTail<D extends { routine: ItemFacts[] }>(strict: [number, D][], c: StayContentInput, limits: Limits, { holidays, offDay }: Calendar): [number, D][] {
  const min = limits.minHolidayTailRun;
  if (!min || holidays.size === 0) return [];
  const idleAt = new Map(strict);
  const tail: [number, D][] = [];
  for (let day = c.lengthOfStay - 1; day >= 1 && idleAt.has(day); day--) tail.unshift([day, idleAt.get(day)!]);
  if (tail.length === 0) return [];
  const before = c.items.filter((it) => it.dayIndex === tail[0][0] - 1);
  // Care given on a holiday shows the ward treating through it: the course ended, the holiday did not stop it.
  if (before.length === 0 || before.some((it) => holidays.has(it.date))) return [];
  // A course given on working days only rests on every day off (workdayTherapy): the holiday ending it is that rest.
  // Only a stay treated on an earlier weekend or holiday shows the holiday, not the course's rhythm, stopped the care.
  if (!c.items.some((it) => it.dayIndex >= 1 && it.dayIndex < tail[0][0] && !idleAt.has(it.dayIndex) && !isRoutine(it) && offDay(it.date))) return [];
  // Observation before discharge (holidayTailObservation): a result awaited, or an intravenous anti-infective course
  // just stopped and the fever's return watched for.
  const watch = limits.holidayTailObservation;
  let observed = 0;
  if (watch && before.some((it) => it.catalogue?.subcategory === 'lab' || it.catalogue?.subcategory === 'exam')) observed = watch.afterTestDays;
  if (watch && before.some((it) => it.parenteral && underAny(atcOf(it.code, it.catalogue) ?? '', watch.ivAntiInfectiveAtc))) observed += watch.afterIvAntiInfectiveDays;
  tail.splice(0, observed);
  const onHolidays = tail.length > 0 && tail.every(([, d]) => d.routine.every((l) => holidays.has(l.date)));
  return onHolidays && tail.length >= min ? tail : [];
}

/**
 * Every diagnosis of the stay one the clinic treats (stay-content.json outpatientTreatable: the principal on its list, the
 * others on it or its explained symptoms), at an age it judges, with no procedure and nothing on the bill that shows
 * the admission was needed (`needShownBy`: electrolytes followed under rehydration): such a condition's oral drugs are
 * outpatient treatment (the list's sources), so a day holding nothing else is not inpatient care. The oral forms it
 * reads, or null. `maxNights` is not applied: it bounds a short stay judged as a whole, while 挂床 is read on long ones.
 */
function clinicConditionOnly(c: StayContentInput): { marks: readonly string[]; notOral: readonly string[] } | null {
  const t = c.knowledge!.stayContent!.outpatientTreatable;
  if (!t?.oralForms || c.ageYears < t.minAge || c.ageYears > t.maxAge || c.procedureCodes.length) return null;
  if (!underAny(c.principalDiagnosis, t.diagnoses)) return null;
  if (!c.diagnosisCodes.every((d) => underAny(d, t.diagnoses) || underAny(d, t.explainedSymptoms))) return null;
  return needShown(c.items, t.needShownBy) ? null : t.oralForms;
}

/** The days an anaesthesia is billed on (the operation days). */
function anaesthesiaDays(c: StayContentInput): number[] {
  const anaesthesia = new Set(c.knowledge!.theatre?.operationDay.anaesthesia ?? []);
  return [...new Set(c.items.filter((it) => anaesthesia.has(rowCodeOf(it))).map((it) => it.dayIndex))];
}

/**
 * The days after an operation under general or neuraxial anaesthesia that the operation's clinical pathway gives to
 * ward recovery (post-operative-recovery.json): quiet days there are the pathway, not a bed held.
 */
function recoveryDays(c: StayContentInput): (day: number) => boolean {
  const days = recoveryDaysOf(c.procedureCodes, c.knowledge!.postOperativeRecovery);
  const opDays = days === 0 ? [] : anaesthesiaDays(c);
  if (opDays.length === 0) return () => false;
  return (day) => opDays.some((op) => day > op && day <= op + days);
}

/**
 * An oral drug (the analgesic tablet) on a day past the operation's post-operative stay — its pathway's recovery window
 * (post-operative-recovery.json), or for a 日间手术 operation with none the day-surgery stay (day-surgery.json
 * maxNights: discharged within 48 h) — is what the patient goes home with (出院带药): it makes no day care, as before
 * such an operation (preOperativeIdle). Days after the last operation only; a stay with an operation that has neither
 * is not read.
 */
function afterPostOperativeStay(c: StayContentInput): (it: ItemFacts) => boolean {
  const forms = c.knowledge!.stayContent?.outpatientTreatable?.oralForms;
  const daySurgery = c.knowledge!.daySurgery;
  const recovery = c.knowledge!.postOperativeRecovery;
  const listed = new Set(c.procedureCodes.filter((p) => onDaySurgeryList(p, daySurgery, c.principalDiagnosis)));
  // Every coded operation must have a window: a short one's (a cholecystectomy beside a hepatectomy with no row) is
  // not the stay's.
  if (!c.procedureCodes.filter(isOperationCode).every((p) => listed.has(p) || recoveryDaysOf([p], recovery) > 0)) return () => false;
  const days = Math.max(recoveryDaysOf(c.procedureCodes, recovery), listed.size ? daySurgery!.maxNights : 0);
  const opDays = days === 0 || !forms ? [] : anaesthesiaDays(c);
  if (opDays.length === 0) return () => false;
  const from = Math.max(...opDays) + days;
  return (it) => it.dayIndex > from && !it.parenteral && isOralDrug(it, forms!);
}

/**
 * The days of an acute event's pathway stay (stay-content.json bedBlocking.acuteEvents) that its drugs cover: the
 * principal diagnosis is the event and the bill shows its work-up, so a day before the pathway's 标准住院日 under a
 * drug the stay dispensed (its antiplatelets and statin, given daily or as one supply for the stay, to the line's
 * days of supply) is the event's monitored course, however quiet its bill — when its drugs cover every such day. A
 * window with a day no drug covers is judged as before: an acute phase without its daily secondary prevention is a
 * bed held. The longest window of the rows that apply. Not rows of post-operative-recovery.json: the window runs
 * from admission (the pathway's whole 标准住院日, the event before it), not from an operation day the bill shows, and
 * holds only under the drugs' daily cover, which a recovery window does not ask.
 */
export function acuteEventDays(c: StayContentInput, events: Limits['acuteEvents']): (day: number) => boolean {
  let days = 0;
  for (const e of events) {
    if (!underAny(c.principalDiagnosis, e.principalDiagnoses)) continue;
    const shownBy = new Set(e.shownBy);
    if (c.items.some((it) => shownBy.has(rowCodeOf(it)))) days = Math.max(days, e.stayDays);
  }
  if (days === 0) return () => false;
  const covered = new Set<number>();
  for (const it of c.items) {
    const perDay = it.category === 'drug' ? supplyPerDay(it.catalogue) : undefined;
    if (!perDay) continue;
    const last = it.dayIndex + Math.max(1, wholeDaysOfSupply(it.quantity, perDay)) - 1;
    for (let d = it.dayIndex; d <= last && d < days; d++) covered.add(d);
  }
  // The guideline's regimen is daily (dual antiplatelets for 21 days, a statin): a token tablet every other day is no
  // such course, so the allowance holds only when the drugs cover every inner day of the window.
  const end = Math.min(days, c.lengthOfStay);
  for (let d = 1; d < end; d++) if (!covered.has(d)) return () => false;
  return (day) => day < days;
}

type PlainDrip = NonNullable<NonNullable<StayContentInput['knowledge']>['stayContent']>['bedBlocking']['plainDrip'];

/**
 * Classifies a line as part of a plain carrier-fluid drip ('fluid' the bag, 'with' its fee, set or cannula), or
 * null. Null for every line when the stay has a diagnosis that calls for IV fluids or is kept nil by mouth (禁食:
 * there the fluid is the treatment); a day of an operation and the fasting days after it (more after one on the
 * digestive tract) carry no drip lines (their fluid is the operation's care).
 */
export function plainDripOf(c: StayContentInput, t: PlainDrip): (it: ItemFacts) => 'fluid' | 'with' | null {
  if (!t || startsWithAny(c.diagnosisCodes, t.fluidDiagnoses) || (t.fasting && startsWithAny(c.diagnosisCodes, t.fasting.diagnoses))) return () => null;
  const fluids = new Set(t.fluids);
  const withItems = new Set(t.withItems);
  const opDays = c.items.filter((it) => it.category === 'service' && it.catalogue?.subcategory === 'surgery').map((it) => it.dayIndex);
  const after = t.fasting && startsWithAny(c.procedureCodes, t.fasting.operations) ? Math.max(t.afterOperationDays, t.fasting.afterOperationDays) : t.afterOperationDays;
  const fasting = (day: number) => opDays.some((op) => day >= op && day <= op + after);
  return (it) => {
    const code = rowCodeOf(it);
    if (!fluids.has(code) && !withItems.has(code)) return null;
    if (fasting(it.dayIndex)) return null;
    return fluids.has(code) ? 'fluid' : 'with';
  };
}

type Limits = NonNullable<NonNullable<StayContentInput['knowledge']>['stayContent']>['bedBlocking'];

/** A loaded calendar's public holidays, and whether a date is a day off: a holiday, or a Saturday or Sunday not made a working day (调休上班). */
export interface Calendar {
  holidays: ReadonlySet<string>;
  offDay: (iso: string) => boolean;
}

/** Each loaded calendar read once per table load, not per stay. */
const calendarMemo = new WeakMap<object, Calendar>();
const NO_CALENDAR = {};

export function calendarOf(cal: Limits['publicHolidays']): Calendar {
  const key = cal ?? NO_CALENDAR;
  let calendar = calendarMemo.get(key);
  if (!calendar) {
    const holidays = new Set(cal?.holidays ?? []);
    const workdays = new Set(cal?.workdays ?? []);
    calendar = { holidays, offDay: (iso) => holidays.has(iso) || (!workdays.has(iso) && (weekday(iso) === 0 || weekday(iso) === 6)) };
    calendarMemo.set(key, calendar);
  }
  return calendar;
}

/**
 * Days of a free course's regimen (stay-content.json bedBlocking.freeCourses): on a stay coding the course's
 * condition, the day of a monitoring test and the `withinDays` after it.
 */
function freeCourseDays(c: StayContentInput, courses: Limits['freeCourses']): (day: number) => boolean {
  const windows: [number, number][] = [];
  for (const course of courses) {
    if (!startsWithAny(c.diagnosisCodes, course.diagnoses)) continue;
    const monitoring = new Set(course.monitoring);
    for (const it of c.items) if (monitoring.has(rowCodeOf(it))) windows.push([it.dayIndex, it.dayIndex + course.withinDays]);
  }
  if (windows.length === 0) return () => false;
  return (day) => windows.some(([from, to]) => day >= from && day <= to);
}

/** Days off between the first and the last line of a weekday-only course (radiotherapy fractions). */
function courseRestDays(items: readonly ItemFacts[], codes: readonly string[], offDay: (iso: string) => boolean): (it: ItemFacts) => boolean {
  if (codes.length === 0) return () => false;
  const course = new Set(codes);
  let first = Infinity, last = -Infinity;
  for (const it of items) if (course.has(rowCodeOf(it))) (first = Math.min(first, it.dayIndex)), (last = Math.max(last, it.dayIndex));
  if (first > last) return () => false;
  return (it) => it.dayIndex > first && it.dayIndex < last && offDay(it.date);
}

/**
 * Days off between the first and the last session of a working-day therapy (rehabilitation), when the sessions fill
 * the working days between (minWorkdayShare): a course with idle workdays has no rest days (挂床 on workdays), and a
 * break of more than maxRestRun days without a session that makes up half the stay (minIdleShare) is not rest.
 */
function therapyRestDays(
  items: readonly ItemFacts[],
  t: Limits['workdayTherapy'],
  therapy: ItemSelector | null | undefined,
  offDay: (iso: string) => boolean,
  innerDays: number,
  stayShare: number,
): (it: ItemFacts) => boolean {
  if (!t || !therapy) return () => false;
  const dates = new Set<string>();
  for (const it of items) if (lineMatches(therapy, it)) dates.add(it.date);
  if (dates.size < 2) return () => false;
  const sorted = [...dates].sort();
  const first = sorted[0], last = sorted[sorted.length - 1];
  let workdays = 0;
  for (let d = first; d <= last; d = addDays(d, 1)) if (!offDay(d)) workdays++;
  const onWorkdays = sorted.filter((d) => !offDay(d)).length;
  if (workdays === 0 || onWorkdays < t.minWorkdayShare * workdays || daysBetween(first, last) < 2) return () => false;
  // A break longer than a week's rest (maxRestRun days without a session) that is half the stay or more (minIdleShare
  // of its inner days) is no pause inside a course but the stay itself: the patient home, the bed held. Its days are judged.
  const longBreak = new Set<string>();
  for (let i = 1; i < sorted.length; i++) {
    if (daysBetween(sorted[i - 1], sorted[i]) - 1 <= t.maxRestRun) continue;
    for (let d = addDays(sorted[i - 1], 1); d < sorted[i]; d = addDays(d, 1)) if (offDay(d)) longBreak.add(d);
  }
  const held = longBreak.size > 0 && longBreak.size >= stayShare * innerDays;
  return (it) => it.date > first && it.date < last && offDay(it.date) && !(held && longBreak.has(it.date));
}

/** The entries (ascending by day) that lie in runs of at least minRun consecutive days. */
function inRuns<T>(days: readonly [number, T][], minRun: number): [number, T][] {
  const out: [number, T][] = [];
  let run: [number, T][] = [];
  const flush = () => {
    if (run.length >= minRun) out.push(...run);
    run = [];
  };
  for (const e of days) {
    if (run.length && e[0] !== run[run.length - 1][0] + 1) flush();
    run.push(e);
  }
  flush();
  return out;
}

/**
 * 日间手术病种 kept as an ordinary stay: the days between admission and the first operation line (a surgery
 * charge) on which the bill holds bed, nursing and the ward round only. The admission day (work-up) is not counted.
 */
export function preOperativeIdle(c: StayContentInput): StayContentFacts['preOperativeIdle'] {
  const limits = c.knowledge!.stayContent?.daySurgery;
  if (!limits) return null;
  const coded = c.procedureCodes.filter((p) => onDaySurgeryList(p, c.knowledge!.daySurgery, c.principalDiagnosis));
  if (coded.length === 0) return null;
  const opDays = c.items.filter((it) => it.category === 'service' && it.catalogue?.subcategory === 'surgery').map((it) => it.dayIndex);
  if (opDays.length === 0) return null;
  const opDay = Math.min(...opDays);
  // Ⅰ级护理 and above before the operation is care of its own (a patient who needed watching). A tablet or capsule
  // is not: it is taken at home as well, and a day-surgery patient is admitted on the operation day.
  const careNursing = new Set(c.knowledge!.stayContent?.bedBlocking.careNursing ?? []);
  const oralForms = c.knowledge!.stayContent?.outpatientTreatable?.oralForms ?? null;
  const byDay = new Map<number, { routine: ItemFacts[]; care: boolean }>();
  for (let d = 1; d < opDay; d++) byDay.set(d, { routine: [], care: false });
  for (const it of c.items) {
    const d = byDay.get(it.dayIndex);
    if (!d) continue;
    if ((isRoutine(it) && !careNursing.has(rowCodeOf(it))) || (oralForms !== null && !it.parenteral && isOralDrug(it, oralForms))) d.routine.push(it);
    else d.care = true;
  }
  const idle = [...byDay.values()].filter((d) => !d.care && d.routine.length > 0);
  if (idle.length < limits.minIdleDays) return null;
  const lines = idle.flatMap((d) => d.routine);
  return {
    days: idle.length,
    dates: [...new Set(lines.map((l) => l.date))].sort().join('、'),
    operation: coded.join('、'),
    lineIds: lines.map((l) => l.lineId),
    amount: toYuan(lines.reduce((s, l) => s + l.amountFen, 0)),
  };
}
