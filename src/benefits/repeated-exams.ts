import { admissionRouteName, plannedAdmission } from '../contract/claim';
import { daysBetween } from '../contract/dates';
import { toYuan } from '../money/fen';
import type { BenefitItem } from './benefit-claim';
import type { HistoryKnowledge } from './history-knowledge';
import type { LedgerLine, MemberClaim } from './member-claim';
import { emergencyVisit, list, type Suspect } from './cross-claim/common';
import { startsWithAny, underAny } from '../contract/code-prefix';

// 检查检验结果互认 (《医疗机构检查检验结果互认管理办法》国卫医发〔2022〕6号): results that meet the conditions and serve the
// diagnosis are recognised and not repeated — above all within the one institution that produced them. The 办法
// tells 检查 (images and data from 超声、X线、核磁共振、电生理、核医学: 第二条) from 检验 (laboratory values) and lets a test be
// repeated when the condition changed, when the result changes fast in the course of the disease (the admission
// blood count, CRP, electrolytes of an acute illness), before an operation or transfusion, and in an emergency. An
// examination of a stable patient seen at the clinic days before a planned admission, done again on the admission
// day at the same hospital, is none of these: 重复检查、重复收费.

export interface RepeatedExams {
  /** The first outpatient visit whose examinations the stay repeats; every such visit; their dates. */
  visitClaimId: string;
  visits: string;
  dates: string;
  /** The stay repeating them (every such stay, when this claim is the visit) and its admission date. */
  stayClaimId: string;
  admissionDate: string;
  /** Days from the latest such visit to admission (0: the visit the patient was admitted from), and in words. */
  daysBeforeAdmission: number;
  timing: string;
  /** Names of the repeated examinations. */
  names: string;
  /** 入院途径 as the investigator reads it (a claim without the field is judged as a planned admission and says so). */
  route: string;
  /** This claim's lines concerned: the stay's repeating lines; on the visit, its examinations the stay repeats. */
  lineIds: string[];
  /** The stay's repeating lines' money (yuan); null on the visit, whose own money is not in doubt. */
  amount: number | null;
  /** The stays arrived before this visit that repeat its examinations (事后发现: their repeating lines); none on a stay. */
  suspects: Suspect[];
}

interface RepeatConfig {
  windowDays: number;
  serial: ReadonlySet<string>;
  /** limits.json repeatedExam.sameDay: the visit the patient was admitted from, that same day. */
  sameDay: { serial: ReadonlySet<string>; changedCondition: readonly string[]; addOn: string | null; bases: ReadonlySet<string>; emergency: (visit: MemberClaim) => boolean } | null;
}

const key = (code: string, row: string | undefined | null) => row ?? code;

/**
 * An examination whose result the 办法 recognises (images or data: 超声、X线、CT、MRI、电生理、核医学): catalogue subcategory
 * exam, less the clinical examinations the doctor performs at the chair before each procedure (clinicalExam: slit lamp,
 * ophthalmoscopy), which keep no result to reuse.
 */
const recognisedExam = (i: BenefitItem) => i.category === 'service' && i.catalogue?.subcategory === 'exam' && i.catalogue.clinicalExam !== true;

/**
 * The visits a stay is compared with: at its hospital, 1 to windowDays days before a planned admission, or on the
 * admission day itself whatever the route (the emergency or clinic visit the patient was admitted from, `sameDay`),
 * unless the stay's condition is one whose early repeat imaging is its care (intracranial haemorrhage, head injury:
 * `changedCondition`).
 */
function visitGapOk(stay: MemberClaim, visit: MemberClaim, gap: number, cfg: RepeatConfig): boolean {
  if (gap === 0) {
    // An operation on the admission day: the emergency operation's own imaging just before it (急诊、急救: the 办法's
    // exception), not the emergency department's result repeated.
    const operated = (stay.lines ?? []).some((l) => l.operation && l.date === stay.serviceDate);
    return cfg.sameDay !== null && cfg.sameDay.emergency(visit) && !operated && !underAny(stay.principalCategory, cfg.sameDay.changedCondition);
  }
  return plannedAdmission(stay.admissionRoute) && gap >= 1 && gap <= cfg.windowDays;
}

/** Whether an examination of a visit `gap` days before admission counts: the serial ones never, more on the day itself. */
function counted(code: string, gap: number, cfg: RepeatConfig): boolean {
  return !cfg.serial.has(code) && !(gap === 0 && cfg.sameDay!.serial.has(code));
}

/**
 * The admission day's enhanced scan: a base examination (plain CT) billed beside the enhancement add-on that day is
 * the enhanced study, another examination than the plain scan of the visit.
 */
function enhanced(dayCodes: ReadonlySet<string>, code: string, cfg: RepeatConfig): boolean {
  return cfg.sameDay?.addOn != null && dayCodes.has(cfg.sameDay.addOn) && cfg.sameDay.bases.has(code);
}

/**
 * The examinations (ledger lines marked exam, counted) of the visits the stay is compared with (visitGapOk), each
 * with the latest visit billing it, whatever order the visits arrived in.
 */
function clinicExams(stay: MemberClaim, entries: readonly MemberClaim[], cfg: RepeatConfig): Map<string, { e: MemberClaim; gap: number }> {
  const visits = entries
    .filter((e) => e.visitType === 'outpatient' && e.hospitalId === stay.hospitalId)
    .map((e) => ({ e, gap: daysBetween(e.serviceDate, stay.serviceDate) }))
    .filter((v) => visitGapOk(stay, v.e, v.gap, cfg))
    .sort((x, y) => x.gap - y.gap || (x.e.claimId < y.e.claimId ? -1 : x.e.claimId > y.e.claimId ? 1 : 0));
  const out = new Map<string, { e: MemberClaim; gap: number }>();
  for (const v of visits) {
    for (const l of v.e.lines ?? []) {
      const code = key(l.code, l.row);
      if (l.exam && counted(code, v.gap, cfg) && !out.has(code)) out.set(code, v);
    }
  }
  return out;
}

/**
 * A planned stay (plannedAdmission: neither an emergency admission nor a transfer from another hospital, whose
 * patient's condition went on elsewhere) billing on its admission day an examination (recognisedExam: catalogue
 * subcategory exam, less the doctor's clinical examinations at the chair) that an outpatient visit at the same hospital billed 1 to windowDays days before (limits.json
 * repeatedExam; the examinations it lists as serial, such as fetal monitoring, are not counted), or any stay
 * billing again an examination of the emergency visit it was admitted from that same day (`sameDay`: the emergency
 * department's CT serves the ward; serial ECGs, an enhanced scan after the plain one and the early repeat imaging of
 * an intracranial haemorrhage or head injury excepted). Laboratory tests
 * are not judged: their values change in acute illness and before an operation. Later days of the stay are its
 * follow-up. Whichever arrives second carries the hit: the stay names the visits; a visit arriving after its stay
 * names the stay (whose entry keeps its admission day's examinations), and the stay's repeating lines are a finding
 * about it (事后发现), unless a visit seen before the stay already made the pair when the stay was judged.
 */
export function repeatedExams(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): RepeatedExams | null {
  const limits = k.limits.repeatedExam;
  if (!limits) return null;
  const same = limits.sameDay;
  const cfg: RepeatConfig = {
    windowDays: limits.windowDays,
    serial: new Set(limits.notCounted),
    sameDay: same ? { serial: new Set(same.notCounted), changedCondition: same.changedCondition, addOn: same.enhancement?.addOn ?? null, bases: new Set(same.enhancement?.bases ?? []), emergency: (v) => emergencyVisit(v, k.examRecognition) } : null,
  };
  if (me.visitType === 'outpatient') return laterStays(me, items, prior, cfg);
  if (me.visitType !== 'inpatient') return null;
  const examsBefore = clinicExams(me, prior, cfg);
  for (const code of preOperativeObstetric(me, limits.beforeObstetricProcedure)) examsBefore.delete(code);
  if (!examsBefore.size) return null;
  const admissionDay = new Set(items.filter((i) => i.date === me.serviceDate).map((i) => key(i.code, i.catalogue?.code)));
  const repeated = items.filter((i) => {
    const code = key(i.code, i.catalogue?.code);
    return i.date === me.serviceDate && recognisedExam(i) && examsBefore.has(code) && !enhanced(admissionDay, code, cfg);
  });
  if (!repeated.length) return null;
  const from = [...new Set(repeated.map((i) => examsBefore.get(key(i.code, i.catalogue?.code))!.e))].sort((a, b) => (a.serviceDate < b.serviceDate ? -1 : 1));
  return {
    visitClaimId: from[0].claimId,
    visits: from.map((e) => e.claimId).join('、'),
    dates: from.map((e) => e.serviceDate).join('、'),
    stayClaimId: me.claimId,
    admissionDate: me.serviceDate,
    daysBeforeAdmission: daysBetween(from[from.length - 1].serviceDate, me.serviceDate),
    timing: timing(daysBetween(from[from.length - 1].serviceDate, me.serviceDate)),
    names: [...new Set(repeated.map((i) => i.name))].join('、'),
    route: routeName(me),
    lineIds: repeated.map((i) => i.lineId),
    amount: toYuan(repeated.reduce((s, i) => s + i.amountFen, 0)),
    suspects: [],
  };
}

/**
 * The pregnancy ultrasounds a stay may repeat on its admission day: a pregnancy with an obstetric or evacuation
 * procedure coded (caesarean, delivery, 清宫). The 办法 lets an examination be repeated before an operation and where
 * the result changes fast; fetal presentation, placental site, viability and retained tissue are such findings.
 */
function preOperativeObstetric(stay: MemberClaim, rule: { exams: string[]; diagnoses: string[]; procedures: string[] } | undefined): string[] {
  if (!rule) return [];
  const codes = stay.codes ?? [];
  const pregnancy = underAny(stay.principalCategory, rule.diagnoses) || startsWithAny(codes, rule.diagnoses);
  return pregnancy && startsWithAny(codes, rule.procedures) ? rule.exams : [];
}

const timing = (days: number) => (days === 0 ? '当日由该次就诊收入' : `${days}天后`);

const routeName = (stay: MemberClaim) => admissionRouteName(stay.admissionRoute) ?? '未填写（按非急诊入院判断）';

/** This visit's examinations billed again on the admission day of planned stays at its hospital, arrived before it. */
function laterStays(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], cfg: RepeatConfig): RepeatedExams | null {
  const mine = new Map<string, BenefitItem[]>();
  for (const i of items) {
    const code = key(i.code, i.catalogue?.code);
    if (recognisedExam(i)) (mine.get(code) ?? mine.set(code, []).get(code)!).push(i);
  }
  if (!mine.size) return null;
  const found: { stay: MemberClaim; gap: number; lines: LedgerLine[] }[] = [];
  for (const stay of prior) {
    if (stay.visitType !== 'inpatient' || stay.hospitalId !== me.hospitalId) continue;
    const gap = daysBetween(me.serviceDate, stay.serviceDate);
    if (!visitGapOk(stay, me, gap, cfg)) continue;
    // The pairs the stay made itself, with visits seen before it, were found on the stay.
    const seen = clinicExams(stay, prior.filter((e) => (e.arrival ?? 0) < (stay.arrival ?? 0)), cfg);
    const admissionDay = new Set((stay.lines ?? []).filter((l) => l.date === stay.serviceDate).map((l) => key(l.code, l.row)));
    const lines = (stay.lines ?? []).filter((l) => {
      const code = key(l.code, l.row);
      return l.exam && l.date === stay.serviceDate && mine.has(code) && counted(code, gap, cfg) && !seen.has(code) && !enhanced(admissionDay, code, cfg);
    });
    if (lines.length) found.push({ stay, gap, lines });
  }
  if (!found.length) return null;
  found.sort((a, b) => a.gap - b.gap || (a.stay.claimId < b.stay.claimId ? -1 : 1));
  const codes = new Set(found.flatMap((f) => f.lines.map((l) => key(l.code, l.row))));
  const own = [...mine].filter(([code]) => codes.has(code)).flatMap(([, lines]) => lines);
  return {
    visitClaimId: me.claimId,
    visits: me.claimId,
    dates: me.serviceDate,
    stayClaimId: list(found.map((f) => f.stay.claimId)),
    admissionDate: list(found.map((f) => f.stay.serviceDate)),
    daysBeforeAdmission: found[0].gap,
    timing: timing(found[0].gap),
    names: [...new Set(own.map((i) => i.name))].join('、'),
    route: routeName(found[0].stay),
    lineIds: own.map((i) => i.lineId),
    amount: null,
    suspects: found.map((f) => ({ claimId: f.stay.claimId, lineIds: f.lines.map((l) => l.lineId), amount: toYuan(f.lines.reduce((s, l) => s + l.amountFen, 0)) })),
  };
}
