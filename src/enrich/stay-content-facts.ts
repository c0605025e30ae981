import { weekday } from '../contract/dates';
import { toYuan } from '../money/fen';
import { implantUnsupported, type ImplantFacts } from './implant-facts';
import { operationUnsupported, procedureUnsupported, type OperationFacts, type ProcedureFacts } from './procedure-facts';
import { operationBeyondCoded, withSides, type OperationExcessFacts } from './operation-count';
import type { ItemFacts } from './item-fact-types';
import { prefixList, startsWithAny } from './code-prefix';
import { atcOf, isParenteral, rowCodeOf, type Knowledge } from './knowledge';
import type { PrincipalSupportRow, TherapyIndication } from './stay-knowledge';

// What a stay's days contain, against what a stay is for (tables: rules/knowledge/stay-content.json,
// therapy-indications.json): days with a bed but no care (挂床住院), a short stay with nothing that needs a bed
// (低标准入院), rehabilitation and physiotherapy no diagnosis on the claim calls for (虚构治疗项目), infusions
// billed on days with no parenteral drug (虚记数量), and a heavy principal diagnosis with none of its
// characteristic work-up (主要诊断高编, principal-support.json), and coded procedures nothing on the bill bills
// (手术操作高编, procedure-billing.json), and billed operations no coded procedure supports (串换手术项目).

export interface StayContentFacts {
  /** 挂床: days between admission and discharge billed bed or nursing and nothing else but the ward round. */
  idleDays: { days: number; inner: number; share: number; dates: string; lineIds: string[]; amount: number } | null;
  /** 低标准入院: a short stay with no procedure, no injection or infusion, no treatment service, no consumable. */
  lowIntensity: { nights: number; content: string; lineIds: string[] } | null;
  /** A stay whose principal diagnosis calls for admission for an urgent work-up (lowIntensity.admissionIndicated: a TIA): short and cheap by nature. */
  workUpAdmission: boolean;
  /**
   * Close care (stay-content.json closeCare: nursing at 一级 or above, 新生儿护理, intensive care, organ support) on
   * at least its minDays distinct days: the patient needed the ward. null when not billed on that many days.
   */
  closeCare: { days: number; names: string; lineIds: string[] } | null;
  /** Therapy lines (康复/理疗/针灸/推拿) with none of their indicating diagnoses on the claim (stays and visits). */
  therapyUnsupported: { lineIds: string[]; groups: string; sessions: number; expected: string; amount: number } | null;
  /** Active therapy (运动疗法, 针灸, 推拿) billed on the day of an operation under general or spinal anaesthesia. */
  therapyOnOperationDay: { lineIds: string[]; dates: string; names: string; amount: number } | null;
  /** Infusion groups billed on days with no parenteral drug, or more groups than that day's units of parenteral drugs. */
  infusionUnsupported: { lineIds: string[]; dates: string; groups: number; detail: string; amount: number } | null;
  /**
   * A heavy principal diagnosis whose characteristic items, drugs and procedures are all absent from the stay;
   * `items`: the row's characteristic service codes (the rule looks for them on the bill of the stay a transfer came from).
   */
  principalUnsupported: { name: string; expected: string; items: string[]; lineIds: string[] } | null;
  /** Implants the coded operations do not place (none coded, or fewer than billed). */
  implantUnsupported: ImplantFacts | null;
  /** Coded procedures with no line on the bill that bills them. */
  procedureUnsupported: ProcedureFacts | null;
  /** Billed operations none of whose procedures the record codes (串换 to a dearer operation, or not done). */
  operationUnsupported: OperationFacts | null;
  /** A 日间手术 procedure's stay with days before the operation that billed only bed, nursing and the ward round. */
  preOperativeIdle: { days: number; dates: string; operation: string; lineIds: string[]; amount: number } | null;
  /** Operation fees billed more times than the record codes operations for them (虚构二次手术, 重复收取手术费). */
  operationBeyondCoded: OperationExcessFacts | null;
}

export interface StayContentInput {
  items: readonly ItemFacts[];
  inpatient: boolean;
  endDate: string;
  lengthOfStay: number;
  principalDiagnosis: string;
  ageYears: number;
  diagnosisCodes: readonly string[];
  procedureCodes: readonly string[];
  /** Date of each coded procedure (same order as procedureCodes); null when the record gives none. */
  procedureDates?: readonly (string | null)[];
  dischargeMode: string | null;
  admissionRoute: string | null;
  knowledge: Knowledge | null | undefined;
}

const NONE: StayContentFacts = { therapyOnOperationDay: null, idleDays: null, lowIntensity: null, workUpAdmission: false, closeCare: null, therapyUnsupported: null, infusionUnsupported: null, principalUnsupported: null, implantUnsupported: null, procedureUnsupported: null, operationUnsupported: null, operationBeyondCoded: null, preOperativeIdle: null };

/** Bed, nursing and the ward round (住院诊查费): what a day costs when nothing is done. */
const ROUTINE = new Set(['bed', 'nursing', 'consult']);
/** A consultation billed per visit (院内会诊) is care; the per-day ward round is not. */
const isRoutine = (it: ItemFacts) => {
  const sub = it.catalogue?.subcategory as string | undefined;
  return it.category === 'service' && sub !== undefined && ROUTINE.has(sub) && (sub !== 'consult' || it.catalogue?.unit === '日');
};
/** Content that needs a bed: treatment and surgery services (lines the catalogue does not know count as content). */
const BED_SERVICES = new Set(['treatment', 'surgery']);

/**
 * Implants and operation consumables against the coded operations, a repair of a hernia the diagnoses call bilateral
 * counted as both sides (withSides: each coded procedure is one operation, so that procedure counts twice).
 */
function implantsAgainstSides(c: StayContentInput, inpatient: boolean): ReturnType<typeof implantUnsupported> {
  const k = c.knowledge!;
  const procs = withSides(c.procedureCodes.map((code, i) => ({ code, date: c.procedureDates?.[i] ?? null })), c.diagnosisCodes, k.procedureBilling);
  const twice = procs.flatMap((p) => (p.bothSides ? [p, p] : [p]));
  return implantUnsupported(c.items, twice.map((p) => p.code), k.implants, twice.map((p) => p.date), inpatient);
}

export function stayContentFacts(c: StayContentInput): StayContentFacts {
  if (!c.knowledge) return NONE;
  // Rehabilitation and physiotherapy sessions at a clinic visit are judged like a stay's (康复理疗 for a cold).
  // So are implants and operation consumables billed at a visit with no operation (a lens with no cataract surgery).
  if (!c.inpatient) {
    return {
      ...NONE,
      therapyUnsupported: c.knowledge.therapy.size ? therapyUnsupported(c) : null,
      implantUnsupported: implantsAgainstSides(c, false),
      operationUnsupported: operationUnsupported(c.items, c.procedureCodes, c.knowledge.procedureBilling, false),
    };
  }
  return {
    idleDays: idleDays(c),
    lowIntensity: lowIntensity(c),
    workUpAdmission: workUpAdmission(c),
    closeCare: closeCare(c),
    therapyUnsupported: therapyUnsupported(c),
    therapyOnOperationDay: therapyOnOperationDay(c),
    infusionUnsupported: infusionUnsupported(c),
    principalUnsupported: principalUnsupported(c),
    implantUnsupported: implantsAgainstSides(c, true),
    procedureUnsupported: procedureUnsupported(c.items, c.procedureCodes, c.knowledge.procedureBilling),
    operationUnsupported: operationUnsupported(c.items, c.procedureCodes, c.knowledge.procedureBilling),
    preOperativeIdle: preOperativeIdle(c),
    operationBeyondCoded: operationBeyondCoded(c.items, withSides(c.procedureCodes.map((code, i) => ({ code, date: c.procedureDates?.[i] ?? null })), c.diagnosisCodes, c.knowledge.procedureBilling), c.knowledge.procedureBilling),
  };
}

/**
 * The days strictly between the admission day and the discharge day are where a stay's care happens. A day of
 * them billed bed or nursing with no drug, test, treatment or consumable beside it, other than the member's routine
 * oral medication, is idle; many idle days in
 * a long stay, or a run of them (days held after the care ended), is 挂床 (a bed held without treatment in it).
 */
function idleDays(c: StayContentInput): StayContentFacts['idleDays'] {
  const limits = c.knowledge!.stayContent?.bedBlocking;
  if (!limits || c.lengthOfStay < limits.minNights) return null;
  if (startsWithAny(c.diagnosisCodes, limits.notJudgedDiagnoses)) return null;
  const inner = c.lengthOfStay - 1;
  const careNursing = new Set(limits.careNursing);
  const marks = c.knowledge!.stayContent!.parenteralDrugNameMarks;
  // The member's routine oral medication (a tablet of aspirin) is taken at home too: it does not make a day care.
  const homeMedication = (it: ItemFacts) => {
    if (it.category !== 'drug' || limits.homeMedicationAtc.length === 0 || isParenteral(it, marks)) return false;
    const atc = atcOf(rowCodeOf(it), it.catalogue);
    return atc !== null && startsWithAny([atc], limits.homeMedicationAtc);
  };
  const monitoring = new Set(limits.homeMonitoring?.codes ?? []);
  const monitoredPerDay = new Map<number, number>();
  for (const it of c.items) if (it.category === 'service' && monitoring.has(rowCodeOf(it))) monitoredPerDay.set(it.dayIndex, (monitoredPerDay.get(it.dayIndex) ?? 0) + it.quantity);
  const homeMonitoring = (it: ItemFacts) => monitoring.has(rowCodeOf(it)) && (monitoredPerDay.get(it.dayIndex) ?? 0) <= limits.homeMonitoring!.maxPerDay;
  const restDay = courseRestDays(c.items, limits.weekdayCourses);
  const byDay = new Map<number, { routine: ItemFacts[]; care: boolean; bed: boolean; home: boolean }>();
  for (const it of c.items) {
    if (it.dayIndex < 1 || it.date >= c.endDate || restDay(it)) continue;
    let d = byDay.get(it.dayIndex);
    if (!d) byDay.set(it.dayIndex, (d = { routine: [], care: false, bed: false, home: false }));
    if (isRoutine(it) && !careNursing.has(it.code)) {
      d.routine.push(it);
      if (it.catalogue?.subcategory !== 'consult') d.bed = true;
    } else if (homeMonitoring(it)) d.routine.push(it);
    else if (homeMedication(it)) {
      d.routine.push(it);
      d.home = true;
    } else d.care = true;
  }
  const strict = [...byDay.entries()].filter(([, d]) => d.bed && !d.care && !d.home).sort((a, b) => a[0] - b[0]);
  const share = Math.round((strict.length / inner) * 100) / 100;
  let idle = strict;
  if (strict.length < limits.minIdleDays || (share < limits.minIdleShare && longestRun(strict.map(([day]) => day)) < limits.minIdleRun)) {
    // Days with the routine medication count only in runs: quiet days of oral drugs after an operation or a PCI are
    // recovery, several in a row with nothing else (a bed held, the tablet billed as a token) are not.
    const lax = [...byDay.entries()].filter(([, d]) => d.bed && !d.care).sort((a, b) => a[0] - b[0]);
    idle = inRuns(lax, limits.minHomeMedicationRun);
    if (idle.length < limits.minIdleDays) return null;
  }
  const lines = idle.flatMap(([, d]) => d.routine);
  return {
    days: idle.length, inner, share: Math.round((idle.length / inner) * 100) / 100,
    dates: [...new Set(lines.map((l) => l.date))].sort().join('、'),
    lineIds: lines.map((l) => l.lineId),
    amount: toYuan(lines.reduce((s, l) => s + l.amountFen, 0)),
  };
}

/** Saturdays and Sundays between the first and the last line of a weekday-only course (radiotherapy fractions). */
function courseRestDays(items: readonly ItemFacts[], codes: readonly string[]): (it: ItemFacts) => boolean {
  if (codes.length === 0) return () => false;
  const course = new Set(codes);
  let first = Infinity, last = -Infinity;
  for (const it of items) if (course.has(rowCodeOf(it))) (first = Math.min(first, it.dayIndex)), (last = Math.max(last, it.dayIndex));
  if (first > last) return () => false;
  return (it) => it.dayIndex > first && it.dayIndex < last && (weekday(it.date) === 0 || weekday(it.date) === 6);
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

/** The longest run of consecutive days in an ascending list of day indexes. */
function longestRun(days: readonly number[]): number {
  let best = 0;
  let run = 0;
  days.forEach((d, i) => {
    run = i > 0 && d === days[i - 1] + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
}

/**
 * A short stay whose bill holds nothing that needs a bed: no coded procedure, no injection or infusion, no
 * treatment or surgery service, no consumable; only oral drugs, tests, bed, nursing and the ward round. A
 * stay that ended in death or a transfer is not judged (the patient was ill enough to need one).
 */
function lowIntensity(c: StayContentInput): StayContentFacts['lowIntensity'] {
  const content = c.knowledge!.stayContent;
  if (!content) return null;
  if (c.dischargeMode === 'death' || c.dischargeMode === 'transfer') return null;
  const byDiagnosis = outpatientTreatable(c, content);
  if (byDiagnosis) return byDiagnosis;
  const byProcedure = outpatientProcedure(c, content);
  if (byProcedure) return byProcedure;
  if (c.procedureCodes.length > 0 || c.lengthOfStay > content.lowIntensity.maxNights) return null;
  if (workUpAdmission(c)) return null;
  const marks = content.parenteralDrugNameMarks;
  let drugs = 0;
  let tests = 0;
  const routine: string[] = [];
  for (const it of c.items) {
    const entry = it.catalogue;
    if (!entry) return null;
    if (it.category === 'consumable') return null;
    if (it.category === 'drug') {
      if (isParenteral(it, marks)) return null;
      drugs++;
      continue;
    }
    const sub = entry.subcategory as string | undefined;
    if (sub === undefined || BED_SERVICES.has(sub)) return null;
    if (ROUTINE.has(sub)) routine.push(it.lineId);
    else tests++;
  }
  return { nights: c.lengthOfStay, content: `口服等非注射药品${drugs}行、检查检验${tests}行、床位护理诊查${routine.length}行；无手术操作、注射输液、治疗项目或耗材`, lineIds: routine };
}

function workUpAdmission(c: StayContentInput): boolean {
  const indicated = c.knowledge?.stayContent?.lowIntensity.admissionIndicated;
  return !!indicated?.length && startsWithAny([c.principalDiagnosis], indicated);
}

/**
 * Nursing at 一级 or above, 新生儿护理, intensive care or organ support billed on at least the table's minDays
 * distinct days (the first day's grade alone is the admission's allowance): what a patient who needed the ward is
 * given, whatever the stay cost against its group.
 */
function closeCare(c: StayContentInput): StayContentFacts['closeCare'] {
  const t = c.knowledge!.stayContent?.closeCare;
  if (!t) return null;
  const codes = new Set(t.codes);
  // A grade ordered on admission stands unjudged until the attending's first round (item-consistency.json firstDays):
  // it shows the patient needed the ward only once that round kept it on a later day.
  const confirmed = new Set<string>();
  for (const it of c.items) {
    const code = rowCodeOf(it);
    if (codes.has(code) && it.dayIndex >= (c.knowledge!.consistency.get(code)?.firstDays ?? 0)) confirmed.add(code);
  }
  const lines = c.items.filter((it) => confirmed.has(rowCodeOf(it)));
  const days = new Set(lines.map((it) => it.date)).size;
  if (days < t.minDays) return null;
  return { days, names: [...new Set(lines.map((it) => it.name))].join('、'), lineIds: lines.map((it) => it.lineId) };
}

const routineLineIds = (items: readonly ItemFacts[]) =>
  items.filter((it) => it.category === 'service' && ROUTINE.has(it.catalogue?.subcategory as string)).map((it) => it.lineId);

/**
 * A principal diagnosis normally treated in outpatient clinics (the table's outpatientTreatable list), with no
 * diagnosis off the list on the claim (no complication or comorbidity to justify the bed), in a short stay with no
 * procedure beyond the clinic chair's (`chairside`: an extraction or root canal under local anaesthesia): the
 * admission itself is the finding, whatever drugs or infusions it billed (an infusion does not need a bed).
 */
function outpatientTreatable(c: StayContentInput, content: NonNullable<Knowledge['stayContent']>): StayContentFacts['lowIntensity'] {
  const t = content.outpatientTreatable;
  if (!t || c.lengthOfStay > t.maxNights || c.ageYears < t.minAge) return null;
  // Every diagnosis on the list: another outpatient condition (a second tooth) is no reason for a bed either.
  if (!c.diagnosisCodes.length || !c.diagnosisCodes.every((d) => startsWithAny([d], t.diagnoses))) return null;
  const elderlyStable = c.ageYears > t.maxAge && stableNursingOnly(c.items, t.stableNursing);
  if (c.ageYears > t.maxAge && !elderlyStable) return null;
  // A procedure or operation is a reason for the bed unless the clinic chair does it (an extraction under local anaesthesia).
  const chair = t.chairside ?? { procedures: [], items: [] };
  if (!c.procedureCodes.every((p) => startsWithAny([p], chair.procedures))) return null;
  if (c.items.some((it) => it.catalogue?.subcategory === 'surgery' && !chair.items.includes(rowCodeOf(it)))) return null;
  if (needShown(c.items, t.needShownBy)) return null;
  return {
    nights: c.lengthOfStay,
    content: `主诊断属门诊可治疗的疾病（${prefixList(t.diagnoses)}），${c.diagnosisCodes.length === 1 ? '无其他诊断（并发症或合并症）' : '其他诊断亦属门诊可治疗的疾病，无并发症或合并症'}，${chairText(c, chair.items)}（口服、注射输液等治疗门诊即可完成）${elderlyStable ? `；患者${c.ageYears}岁，但全程Ⅲ级护理（病情稳定、生活自理），无高龄患者需住院观察的迹象` : ''}`,
    lineIds: routineLineIds(c.items),
  };
}

/**
 * A short stay whose every coded procedure is an outpatient procedure in itself (the table's outpatientProcedures:
 * a diagnostic endoscopy with biopsy, ESWL, a stent removal, a joint injection, one infusion of a bisphosphonate or
 * iron), billing nothing beside it but bed, nursing, the ward round, tests, oral drugs and the anaesthesia (judged
 * by the theatre rules), with no coded condition that needs the ward for it and no close care: the procedure did
 * not need the bed (将可在门诊完成的检查、治疗收治住院). A stay of a day-surgery length is day surgery.
 */
function outpatientProcedure(c: StayContentInput, content: NonNullable<Knowledge['stayContent']>): StayContentFacts['lowIntensity'] {
  const t = content.outpatientProcedures;
  if (!t || !c.procedureCodes.length || c.lengthOfStay < t.minNights || c.lengthOfStay > t.maxNights) return null;
  const rows = new Set<(typeof t.rows)[number]>();
  for (const p of c.procedureCodes) {
    const row = t.rows.find((r) => startsWithAny([p], r.procedures));
    if (!row) return null;
    rows.add(row);
  }
  if (c.diagnosisCodes.some((d) => startsWithAny([d], t.notWithDiagnoses))) return null;
  if (closeCare(c)) return null;
  const own = new Set([...rows].flatMap((r) => r.items).concat(t.withItems));
  const marks = [...rows].flatMap((r) => r.nameMarks);
  const atc = [...rows].flatMap((r) => r.atc).concat(t.withAtc, t.drip?.atc ?? []);
  const dripDays = new Set<string>();
  let done = 0;
  for (const it of c.items) {
    const entry = it.catalogue;
    if (own.has(rowCodeOf(it)) || (!entry && marks.some((m) => it.name.includes(m)))) {
      done++;
      continue;
    }
    if (!entry || it.category === 'consumable') return null;
    if (it.category === 'drug') {
      // The procedure's own drug may be infused (the iron or bisphosphonate); any other parenteral drug is treatment.
      const code = atcOf(it.code, entry) ?? '';
      if (isParenteral(it, content.parenteralDrugNameMarks) && !startsWithAny([code], atc)) return null;
      if (t.drip && startsWithAny([code], t.drip.atc) && dripDays.add(it.date).size > t.drip.days) return null;
      continue;
    }
    const sub = entry.subcategory as string | undefined;
    if (sub === undefined || BED_SERVICES.has(sub)) return null;
  }
  const names = [...rows].map((r) => r.name).join('、');
  return {
    nights: c.lengthOfStay,
    content: `手术操作（${c.procedureCodes.join('、')}）均为门诊可完成的检查治疗（${names}），收费${done}行；其余仅床位、护理、诊查、检查检验和口服药品，无出血、梗阻、感染、抗凝、严重心肺疾病、衰弱或并发症等需住院实施的情形编码`,
    lineIds: routineLineIds(c.items),
  };
}

/** What the stay did by way of procedures: none, or only what is done in the clinic chair (named). */
function chairText(c: StayContentInput, chairItems: readonly string[]): string {
  const names = [...new Set(c.items.filter((it) => chairItems.includes(rowCodeOf(it))).map((it) => it.name))];
  if (!c.procedureCodes.length && !names.length) return '无手术操作';
  const done = [c.procedureCodes.length ? `操作编码${c.procedureCodes.join('、')}` : '', names.join('、')].filter(Boolean).join('，');
  return `仅有门诊椅旁即可完成的操作（${done}），无需住院的手术`;
}

/** The bill shows the admission was needed: a listed work-up or treatment, or monitoring repeated on its days. */
function needShown(items: readonly ItemFacts[], need: { codes: readonly string[]; repeated: readonly { codes: readonly string[]; days: number }[] } | undefined): boolean {
  if (!need) return false;
  if (items.some((it) => need.codes.includes(rowCodeOf(it)))) return true;
  return need.repeated.some((r) => new Set(items.filter((it) => r.codes.includes(rowCodeOf(it))).map((it) => it.date)).size >= r.days);
}

/** Every nursing line of the stay is a grade of a stable, self-caring patient (and there is at least one). */
function stableNursingOnly(items: readonly ItemFacts[], stable: readonly string[]): boolean {
  if (!stable.length) return false;
  const nursing = items.filter((it) => it.catalogue?.subcategory === 'nursing');
  return nursing.length > 0 && nursing.every((it) => stable.includes(it.code));
}

/**
 * Infusion groups against the parenteral drugs of the same day: a day billing 静脉输液 with no drug given by
 * injection or infusion has nothing to infuse (every infusion line of that day is named); a day billing more
 * groups than it has units (bottles, bags, vials) of parenteral drugs, beyond a tolerance, names its additional-group lines.
 */
function infusionUnsupported(c: StayContentInput): StayContentFacts['infusionUnsupported'] {
  const content = c.knowledge!.stayContent;
  const codes = content?.infusion;
  if (!content || !codes) return null;
  const first = new Set(codes.first);
  const additional = new Set(codes.additional);
  // parenteral: the day's units (bottles, bags, vials) of drugs given by injection or infusion; a line of three
  // bottles of saline can make three groups.
  const days = new Map<string, { parenteral: number; first: ItemFacts[]; additional: ItemFacts[] }>();
  const day = (date: string) => days.get(date) ?? days.set(date, { parenteral: 0, first: [], additional: [] }).get(date)!;
  for (const it of c.items) {
    if (isParenteral(it, content.parenteralDrugNameMarks)) day(it.date).parenteral += Math.max(1, it.quantity);
    else if (first.has(it.code)) day(it.date).first.push(it);
    else if (additional.has(it.code)) day(it.date).additional.push(it);
  }
  const named: ItemFacts[] = [];
  const dates: string[] = [];
  const detail: string[] = [];
  let groups = 0;
  for (const [date, d] of [...days.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const firstQ = d.first.reduce((s, l) => s + l.quantity, 0);
    const addQ = d.additional.reduce((s, l) => s + l.quantity, 0);
    if (firstQ + addQ === 0) continue;
    if (d.parenteral === 0) {
      named.push(...d.first, ...d.additional);
      groups += firstQ + addQ;
      detail.push(`${date}输液${firstQ + addQ}组、注射/输液药品0`);
    } else if (addQ > 0 && firstQ + addQ > d.parenteral + codes.extraGroupsAllowed) {
      named.push(...d.additional);
      groups += firstQ + addQ - d.parenteral;
      detail.push(`${date}输液${firstQ + addQ}组、注射/输液药品仅${d.parenteral}瓶（支、袋）`);
    } else continue;
    dates.push(date);
  }
  if (!named.length) return null;
  return {
    lineIds: named.map((l) => l.lineId), dates: dates.join('、'), groups, detail: detail.join('；'),
    amount: toYuan(named.reduce((s, l) => s + l.amountFen, 0)),
  };
}

/**
 * A principal diagnosis of the table (stroke, myocardial infarction, heart failure, pneumonia …) whose stay
 * bills none of the items, drugs or procedures its diagnosis and treatment need: the disease was likely not
 * there, and the principal diagnosis was coded up to a heavier group. Every row the diagnosis falls under is a
 * requirement of its own: the category's (appendicitis: an appendectomy or antibiotics) and a graver form's
 * (appendicitis with peritonitis: a course of antibiotics, drainage or a culture), so coding the graver form of
 * the same disease is judged by what tells the forms apart. Stays too short for a work-up, and stays that ended
 * in death or a transfer, are not judged. Names the stay's bed and nursing lines (the stay billed under the
 * heavier group).
 */
function principalUnsupported(c: StayContentInput): StayContentFacts['principalUnsupported'] {
  const table = c.knowledge!.principalSupport;
  if (!table || c.lengthOfStay < table.minNights) return null;
  if (c.dischargeMode !== null && table.notJudgedDischargeModes.includes(c.dischargeMode)) return null;
  for (const row of table.rows) {
    if (!startsWithAny([c.principalDiagnosis], row.diagnoses)) continue;
    if (!rowSupported(c, row)) return { name: row.name, expected: row.expected, items: [...row.items], lineIds: routineLineIds(c.items) };
  }
  return null;
}

function rowSupported(c: StayContentInput, row: PrincipalSupportRow): boolean {
  if (c.admissionRoute !== null && row.admissionRoutes.includes(c.admissionRoute)) return true;
  if (c.procedureCodes.some((p) => row.procedures.some((q) => p.startsWith(q)))) return true;
  for (const r of row.repeated) {
    const lines = c.items.filter((it) => r.codes.includes(rowCodeOf(it)));
    if (new Set(lines.map((it) => it.date)).size >= r.days || lines.some((it) => it.quantity >= r.days)) return true;
  }
  const courseDays = row.courses.map(() => new Set<string>());
  for (const it of c.items) {
    if (row.items.includes(rowCodeOf(it))) return true;
    if (it.category !== 'drug') continue;
    const atc = atcOf(rowCodeOf(it), it.catalogue);
    if (!atc) continue;
    if (row.atc.some((a) => atc.startsWith(a))) return true;
    row.courses.forEach((course, i) => {
      if (course.atc.some((a) => atc.startsWith(a))) courseDays[i].add(it.date);
    });
  }
  return row.courses.some((course, i) => courseDays[i].size >= course.days);
}

/** Rehabilitation and physiotherapy lines with none of the diagnoses their table row names. */
function therapyUnsupported(c: StayContentInput): StayContentFacts['therapyUnsupported'] {
  const table = c.knowledge!.therapy;
  if (table.size === 0) return null;
  const judged = new Map<TherapyIndication, boolean>();
  const lines: ItemFacts[] = [];
  const rows = new Set<TherapyIndication>();
  for (const it of c.items) {
    const row = table.get(it.code);
    if (row === undefined) continue;
    let ok = judged.get(row);
    if (ok === undefined) judged.set(row, (ok = startsWithAny(c.diagnosisCodes, row.indications)));
    if (ok) continue;
    lines.push(it);
    rows.add(row);
  }
  if (!lines.length) return null;
  return {
    lineIds: lines.map((l) => l.lineId),
    groups: [...rows].map((r) => r.name).join('、'),
    sessions: lines.reduce((s, l) => s + l.quantity, 0),
    expected: [...rows].map((r) => `${r.name}：诊断 ${prefixList(r.indications)}`).join('；'),
    amount: toYuan(lines.reduce((s, l) => s + l.amountFen, 0)),
  };
}

/**
 * 运动疗法, 针灸 and 推拿 need the patient awake and taking part; on the day of an operation under general or spinal
 * anaesthesia the patient is in theatre, then recovering from the block or the anaesthetic (the bedside exercises
 * the ERAS consensus starts that day, 踝泵 and 股四头肌等长收缩, are nursing-led, not a billed session). The day
 * after is not judged: the same consensus has guided exercise and walking from day 1.
 */
function therapyOnOperationDay(c: StayContentInput): StayContentFacts['therapyOnOperationDay'] {
  const t = c.knowledge!.stayContent?.operationDayTherapy;
  const theatre = c.knowledge!.theatre;
  if (!t || !theatre) return null;
  const anaesthesia = new Set(theatre.operationDay.anaesthesia);
  const days = new Set(c.items.filter((it) => anaesthesia.has(it.code)).map((it) => it.date));
  if (days.size === 0) return null;
  const therapy = new Set(t.therapy);
  const lines = c.items.filter((it) => therapy.has(it.code) && days.has(it.date));
  if (!lines.length) return null;
  return {
    lineIds: lines.map((l) => l.lineId),
    dates: [...new Set(lines.map((l) => l.date))].sort().join('、'),
    names: [...new Set(lines.map((l) => l.name))].join('、'),
    amount: toYuan(lines.reduce((s, l) => s + l.amountFen, 0)),
  };
}

/**
 * 日间手术病种 kept as an ordinary stay: the days between admission and the first operation line (a surgery
 * charge) on which the bill holds bed, nursing and the ward round only. The admission day (work-up) is not counted.
 */
function preOperativeIdle(c: StayContentInput): StayContentFacts['preOperativeIdle'] {
  const limits = c.knowledge!.stayContent?.daySurgery;
  if (!limits) return null;
  const coded = c.procedureCodes.filter((p) => startsWithAny([p], limits.procedures));
  if (coded.length === 0) return null;
  const opDays = c.items.filter((it) => it.category === 'service' && it.catalogue?.subcategory === 'surgery').map((it) => it.dayIndex);
  if (opDays.length === 0) return null;
  const opDay = Math.min(...opDays);
  // Ⅰ级护理 and above before the operation is care of its own (a patient who needed watching).
  const careNursing = new Set(c.knowledge!.stayContent?.bedBlocking.careNursing ?? []);
  const byDay = new Map<number, { routine: ItemFacts[]; care: boolean }>();
  for (let d = 1; d < opDay; d++) byDay.set(d, { routine: [], care: false });
  for (const it of c.items) {
    const d = byDay.get(it.dayIndex);
    if (!d) continue;
    if (isRoutine(it) && !careNursing.has(rowCodeOf(it))) d.routine.push(it);
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
