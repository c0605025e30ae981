import type { Catalogue, CatalogueRow } from './catalogue';
import { rowByName } from './catalogue';
import type { Draft, ResolvedInpatient, ResolvedVisit } from './draft';
import { allowed, dailyQuantities, LineBook, supplyQuantity } from './items';
import type { LineContext } from './items';
import type { Enrollment, Hospital, Member } from './population';
import type { Rng } from './random';
import { judgeSupport, repeatedDaysNeeded, repeatedOwnDays, rowLists, type ComplicationJudge, type SupportLine } from '../grouping/complication-support';
import { INPATIENT_SCENARIOS, VISIT_SCENARIOS } from './scenarios';
import { startsWithAny } from '../contract/code-prefix';
import type { ConsistencyRow } from '../enrich/knowledge';

// Builds the drafts of inpatient stays and visits from scenarios.

/** The review's complication judge and the item-consistency table (rules/knowledge/item-consistency.json), by item code. */
export interface SupportPicker extends ComplicationJudge {
  consistency: ReadonlyMap<string, ConsistencyRow>;
}

/**
 * Whether the bill meets the item-consistency table's same-day requirement of a line of `row` on `day` (its
 * `sameDay` items within `nearDays`), unless the row's diagnoses are coded: the generator honours the table as it
 * honours the catalogue's restrictions. So a ward stay's respiratory failure gets non-invasive ventilation or
 * high-flow oxygen, not invasive ventilation (特级/重症 care, 分级护理指导原则 第五条, which ward stays do not bill).
 */
function sameDayMet(book: LineBook, consistency: ReadonlyMap<string, ConsistencyRow>, dx: readonly string[], row: CatalogueRow, day: number): boolean {
  const c = consistency.get(row.code);
  if (!c || !c.sameDay.length || startsWithAny(dx, c.diagnoses)) return true;
  return book.lines.some((l) => Math.abs(l.day - day) <= c.nearDays && c.sameDay.includes(l.row?.code ?? l.code));
}

/** Medical departments whose children a general hospital sees in 儿科 instead (surgery, eyes, ENT, skin keep theirs). */
const CHILDREN_IN_PAEDIATRICS = new Set(['respiratory', 'gastroenterology', 'general_medicine', 'infectious', 'neurology', 'cardiology', 'endocrinology', 'nephrology']);

/** The department a patient of this age is seen in: children under 14 go to 儿科 for medical care, as hospitals route them. */
const departmentAt = (department: string, age: number): string => (age < 14 && CHILDREN_IN_PAEDIATRICS.has(department) ? 'paediatrics' : department);


export function resolveScenarios(cat: Catalogue): { inpatient: ResolvedInpatient[]; visits: ResolvedVisit[] } {
  const rows = (names: string[]) => names.map((n) => rowByName(cat, n));
  return {
    inpatient: INPATIENT_SCENARIOS.map((s) => ({
      s,
      daily: rows(s.daily),
      course: rows(s.course),
      admission: rows(s.admission),
      operation: rows(s.operation),
      repeat: s.repeat.map((r) => ({ rows: rows(r.items), every: r.every })),
      perLesion: rows(s.perLesion),
      regimens: s.regimens.map(rows),
    })),
    visits: VISIT_SCENARIOS.map((s) => ({ s, drugs: rows(s.drugs), services: rows(s.services) })),
  };
}

export type StayMode = 'normal' | 'phantom' | 'low_standard' | 'short';

interface Fixed {
  bed3: CatalogueRow;
  bed2: CatalogueRow;
  nurse1: CatalogueRow;
  nurse2: CatalogueRow;
  nurse3: CatalogueRow;
  ward: CatalogueRow;
  cbc: CatalogueRow;
  consultOutpatient: CatalogueRow;
  consultSenior: CatalogueRow;
  consultCommunity: CatalogueRow;
}

const fixedCache = new WeakMap<Catalogue, Fixed>();
export function fixedRows(cat: Catalogue): Fixed {
  let f = fixedCache.get(cat);
  if (!f) {
    const r = (n: string) => rowByName(cat, n);
    f = {
      bed3: r('普通病房床位费(三人间)'),
      bed2: r('普通病房床位费(双人间)'),
      nurse1: r('Ⅰ级护理'),
      nurse2: r('Ⅱ级护理'),
      nurse3: r('Ⅲ级护理'),
      ward: r('住院诊查费'),
      cbc: r('血常规(五分类)'),
      consultOutpatient: r('普通门诊诊察费'),
      consultSenior: r('副主任医师门诊诊察费'),
      consultCommunity: r('一般诊疗费'),
    };
    fixedCache.set(cat, f);
  }
  return f;
}

function pickSome<T>(rng: Rng, xs: readonly T[], p: number, max: number): T[] {
  const out: T[] = [];
  for (const x of xs) if (out.length < max && rng.chance(p)) out.push(x);
  return out;
}

export function drawDiagnoses(rng: Rng, principal: string[], comorbid: string[], complications: string[], always: string[] = []): string[] {
  const p = rng.pick(principal);
  const out = [p, ...always.filter((c) => c !== p)];
  for (const c of pickSome(rng, comorbid, 0.25, 2)) if (!out.includes(c)) out.push(c);
  if (complications.length > 0 && rng.chance(0.22)) {
    const c = rng.pick(complications);
    if (!out.includes(c)) out.push(c);
  }
  return out;
}

/**
 * A complication coded on a clean stay was worked up or treated: when nothing on the bill evidences it as the
 * review judges it (rules/grouping/norms/complication-support.json: an item of its row that the other diagnoses do
 * not already call for, or its monitoring repeated on enough days), add what the patient may have had, as a short
 * course. Without this, clean stays would trip grouping.complication-unsupported.
 */
function treatComplications(rng: Rng, cat: Catalogue, book: LineBook, dx: string[], judge: SupportPicker, from: number, until: number, operated: boolean): void {
  const asSupport = (): SupportLine[] =>
    book.lines.map((l, i) => ({ lineId: String(i), rowCode: l.row?.code ?? l.code, kind: l.row?.subcategory !== undefined ? `${l.category}/${l.row.subcategory}` : null, day: l.day, quantity: l.quantity }));
  for (const code of dx.slice(1)) {
    const row = judge.row(code);
    if (!row) continue;
    const others = dx.filter((d) => d !== code);
    const explained = (l: SupportLine) => judge.explained(row, others, l);
    const explainedDays = (c: string) => judge.explainedDays(others, c);
    if (judgeSupport(row, asSupport(), explained, explainedDays, { operated }).supported) continue;
    const candidates = [
      ...row.codes.map((c) => cat.byCode.get(c)),
      ...cat.rows.filter((r) => row.subcategories.includes(`${r.category}/${r.subcategory}`)),
    ].filter((r): r is CatalogueRow => r !== undefined && sameDayMet(book, judge.consistency, dx, r, from) && !explained({ lineId: '', rowCode: r.code, kind: `${r.category}/${r.subcategory}`, day: 0 }) && rowLists(row, { lineId: '', rowCode: r.code, kind: `${r.category}/${r.subcategory}`, day: 0 }));
    const start = candidates.length ? rng.int(0, candidates.length - 1) : 0;
    let added = 0;
    for (let k = 0; k < candidates.length && !added; k++) {
      const item = candidates[(start + k) % candidates.length];
      const days = item.category === 'drug' ? Math.min(rng.int(2, 5), item.maxDays ?? Infinity, Math.max(1, until - from)) : 1;
      for (let i = 0; i < days; i++) if (book.add(item, from + i, Math.max(1, Math.round(item.usualPerDay)))) added++;
    }
    // Monitoring repeated over the course (BNP, electrolytes, creatinine on several days) when no item fits.
    for (let k = 0; k < row.repeated.length && !added; k++) {
      const r = row.repeated[k];
      const item = cat.byCode.get(r.codes[0]);
      const days = repeatedDaysNeeded(repeatedOwnDays(r, operated), Math.max(0, ...r.codes.map(explainedDays)));
      if (!item || until - from < days) continue;
      for (let i = 0; i < days; i++) if (book.add(item, from + i, r.minQuantity ?? 1)) added++;
    }
  }
}

export function inpatientDraft(
  rng: Rng,
  cat: Catalogue,
  member: Member,
  enrollment: Enrollment,
  hospital: Hospital,
  sc: ResolvedInpatient,
  admit: number,
  los: number,
  age: number,
  mode: StayMode = 'normal',
  diagnoses?: string[],
  support?: SupportPicker,
): Draft {
  const s = sc.s;
  const dx = diagnoses ?? drawDiagnoses(rng, s.principal, s.comorbid, s.complications, s.always);
  const discharge = admit + los;
  const billedDays = Math.max(1, los);
  const surgical = s.procedures.length > 0 && mode === 'normal';
  // A treatment coded as a procedure (chemotherapy) is given on its day but is no operation: no Ⅰ级护理 around it.
  const operative = surgical && sc.regimens.length === 0;
  const opDay = surgical ? Math.min(admit + (los >= 3 ? rng.int(0, 1) : 0), discharge) : admit;
  const ctx: LineContext = { gender: member.gender, age, level: hospital.level, inpatient: true, diagnoses: dx };
  const book = new LineBook(cat, hospital, ctx);
  const f = fixedRows(cat);
  const bed = rng.chance(0.85) ? f.bed3 : f.bed2;

  for (let i = 0; i < billedDays; i++) {
    const day = admit + i;
    book.add(bed, day, 1);
    if (mode === 'phantom' || mode === 'low_standard') book.add(f.nurse3, day, 1);
    else book.add(operative && (day === opDay || day === opDay + 1) ? f.nurse1 : f.nurse2, day, 1);
    if (mode !== 'phantom') book.add(f.ward, day, 1);
  }
  if (mode === 'phantom') {
    book.add(f.cbc, admit, 1);
  } else if (mode === 'low_standard') {
    book.add(f.cbc, admit, 1);
  } else {
    const admission = mode === 'short' ? sc.admission.slice(0, 3) : sc.admission;
    for (const row of admission) book.add(row, admit, 1);
    if (mode === 'normal' && billedDays > 5) book.add(f.cbc, admit + 3, 1);
    const dailyDays = mode === 'short' ? 1 : billedDays;
    for (const row of sc.daily) {
      const qs = dailyQuantities(row.usualPerDay, dailyDays, rng);
      let dates = 0;
      for (let i = 0; i < dailyDays && dates < (row.maxDays ?? Infinity); i++) if (book.add(row, admit + i, qs[i])) dates++;
    }
    if (mode === 'normal') {
      // Acute illness is followed by repeated tests (blood count and CRP every other day, electrolytes every third),
      // an operation by the next morning's blood count.
      for (const r of sc.repeat) for (let d = r.every; d < billedDays; d += r.every) for (const row of r.rows) book.add(row, admit + d, 1);
      if (operative && opDay + 1 < discharge) book.add(f.cbc, opDay + 1, 1);
      const courseStart = opDay;
      const together = s.courseDays ? rng.int(s.courseDays[0], s.courseDays[1]) : undefined;
      for (const row of sc.course) {
        const prophylaxis = s.prophylaxisDays !== undefined && row.code.startsWith('XJ01') ? s.prophylaxisDays : Infinity;
        const len = Math.min(together ?? rng.int(3, 7), row.maxDays ?? Infinity, prophylaxis, admit + billedDays - courseStart);
        const qs = dailyQuantities(row.usualPerDay, len, rng);
        for (let i = 0; i < len; i++) book.add(row, courseStart + i, Math.max(1, qs[i]));
      }
      for (const row of sc.operation) book.add(row, opDay, Math.max(1, Math.round(row.usualPerDay)));
      if (sc.perLesion.length > 0) {
        // Most coronary interventions treat one lesion, fewer two or three (sample shares).
        const [lo, hi] = s.lesions;
        const counts = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
        const lesions = rng.weighted(counts, (n) => [55, 30, 15][n - 1] ?? 5);
        for (const row of sc.perLesion) book.add(row, opDay, lesions);
      }
      if (sc.regimens.length > 0) for (const row of rng.pick(sc.regimens)) book.add(row, opDay, Math.max(1, Math.round(row.usualPerDay)));
      // The discharge day has no bed but the morning's tablets (or the take-home supply) are billed on it.
      if (discharge > admit && rng.chance(0.5)) {
        for (const row of sc.daily) {
          if (row.category !== 'drug' || /注射|输液/.test(row.name)) continue;
          const days = book.lines.filter((l) => l.code === row.code).length;
          if (days < (row.maxDays ?? Infinity)) book.add(row, discharge, Math.max(1, Math.round(row.usualPerDay)));
        }
      }
      if (support) treatComplications(rng, cat, book, dx, support, opDay, admit + billedDays, sc.operation.length > 0);
    }
  }
  return {
    member,
    enrollment,
    hospital,
    visitType: 'inpatient',
    department: departmentAt(s.department, age),
    start: admit,
    end: discharge,
    age,
    diagnoses: dx,
    procedures: mode === 'normal' ? s.procedures.map((code) => ({ code, day: opDay })) : [],
    lines: book.lines,
    inpatient: sc,
    injected: null,
  };
}

export function visitDraft(
  rng: Rng,
  cat: Catalogue,
  member: Member,
  enrollment: Enrollment,
  hospital: Hospital,
  sc: ResolvedVisit,
  day: number,
  age: number,
  diagnoses?: string[],
): Draft {
  const s = sc.s;
  const dx = diagnoses ?? drawDiagnoses(rng, s.principal, s.comorbid, []);
  const ctx: LineContext = { gender: member.gender, age, level: hospital.level, inpatient: false, diagnoses: dx };
  const book = new LineBook(cat, hospital, ctx);
  const f = fixedRows(cat);
  if (s.visitType === 'outpatient') {
    const consult = hospital.level === 1 ? f.consultCommunity : rng.chance(0.2) ? f.consultSenior : f.consultOutpatient;
    book.add(consult, day, 1);
  }
  if (s.visitType !== 'pharmacy') {
    sc.services.forEach((row, i) => {
      if (rng.chance(i === 0 ? 0.85 : 0.45)) book.add(row, day, 1);
    });
  }
  const drugs = sc.drugs.filter((r) => allowed(r, ctx));
  const n = Math.min(drugs.length, rng.int(1, 3));
  const start = drugs.length > 0 ? rng.int(0, drugs.length - 1) : 0;
  for (let i = 0; i < n; i++) {
    const row = drugs[(start + i) % drugs.length];
    const days = Math.min(rng.int(s.days[0], s.days[1]), row.maxDays ?? Infinity);
    book.add(row, day, supplyQuantity(row, days));
  }
  return {
    member,
    enrollment,
    hospital,
    visitType: s.visitType,
    department: departmentAt(s.department, age),
    start: day,
    end: day,
    age,
    diagnoses: dx,
    procedures: [],
    lines: book.lines,
    visit: sc,
    injected: null,
  };
}
