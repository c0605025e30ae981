import { z } from 'zod';
import { prorateFen, toYuan } from '../money/fen';
import { startsWithAny, underAny } from '../contract/code-prefix';
import type { ItemFacts } from './item-fact-types';
import { rowCodeOf } from '../contract/catalogue-row';
import { atcOfDrugCode } from '../contract/drug-code';
import { readJsonTable } from '../contract/json-table';
import { rowsByCode } from './json-table';

// Routine labs and consultations billed every day of a stable stay (rules/knowledge/daily-repeats.json): a test
// is repeated when the condition changes, a consultation answers one question; the same one on every day for
// days running, with no critical care and no diagnosis that is monitored daily, is 过度检查 / 虚记诊疗.

const prefixes = z.array(z.string().min(1));

const row = z.strictObject({
  name: z.string().min(1),
  codes: z.array(z.string().min(1)).min(1),
  /** Whether the first days of the stay and the days after an operation are an allowance (admission work-up, post-operative check). */
  allowance: z.boolean().default(true),
  /** Overrides the file's minRunDays for this row. */
  minRunDays: z.number().int().min(2).optional(),
  /** Diagnoses (ICD-10 prefixes) whose treatment is monitored by this item daily: the row does not judge such a stay. */
  diagnoses: prefixes.default([]),
  /**
   * Drugs whose course is monitored by this item daily (mannitol's sodium, potassium and renal shifts): a line dated
   * on a day one of them is billed, or within `afterDays` after such a day, is explained. `parenteral`: only
   * injection and infusion lines count (an oral loop diuretic is not titrated daily).
   */
  drugs: z.strictObject({
    atc: prefixes.default([]),
    nameMarks: z.array(z.string().min(2)).default([]),
    parenteral: z.boolean().default(false),
    afterDays: z.number().int().min(0).default(0),
    source: z.string().min(1),
  }).optional(),
  /**
   * Units a stay may bill per problem on its record (each distinct diagnosis coded: a consultation answers a question
   * about one problem, and one follow-up of it): the units beyond are named, the latest first (stayRepeatFacts).
   */
  perProblem: z.number().int().min(1).optional(),
  /** The diagnoses that are problems for perProblem (ICD-10 prefixes: diseases and injuries, not symptoms or Z codes); absent: all. */
  problems: prefixes.optional(),
  /** perProblem's allowance is at least one unit per this many nights (a long stay meets new questions). */
  perNights: z.number().int().positive().optional(),
  /** An undifferentiated principal diagnosis (a symptom: abdominal pain, fever) adds `units` for its work-up. */
  workUp: z.strictObject({ principal: prefixes.min(1), units: z.number().int().min(1) }).optional(),
  source: z.string().min(1),
});

const file = z.strictObject({
  note: z.string(),
  minRunDays: z.number().int().min(2),
  firstDays: z.number().int().min(0),
  afterProcedureDays: z.number().int().min(0),
  criticalCareCodes: z.array(z.string().min(1)).default([]),
  notJudgedDischargeModes: z.array(z.string().min(1)).default([]),
  rows: z.array(row),
});

export type DailyRepeatRow = z.infer<typeof row>;

export interface DailyRepeats {
  minRunDays: number;
  firstDays: number;
  afterProcedureDays: number;
  criticalCareCodes: ReadonlySet<string>;
  notJudgedDischargeModes: ReadonlySet<string>;
  rows: readonly DailyRepeatRow[];
  byCode: ReadonlyMap<string, DailyRepeatRow>;
}

/** Loads daily-repeats.json; a missing file is no check (null). */
export function loadDailyRepeats(path: string): DailyRepeats | null {
  const t = readJsonTable(path, file);
  if (!t) return null;
  const byCode = rowsByCode(path, t.rows);
  return {
    minRunDays: t.minRunDays,
    firstDays: t.firstDays,
    afterProcedureDays: t.afterProcedureDays,
    criticalCareCodes: new Set(t.criticalCareCodes),
    notJudgedDischargeModes: new Set(t.notJudgedDischargeModes),
    rows: t.rows,
    byCode,
  };
}

export interface DailyRepeatFacts {
  /** The lines of daily runs beyond the allowances. */
  lineIds: string[];
  /** 血常规连续5日（第1–5日）… for messages. */
  detail: string;
  /** Distinct items repeated daily. */
  groups: number;
  /** Lines named. */
  lines: number;
  amount: number;
}

export interface DailyRepeatInput {
  items: readonly ItemFacts[];
  diagnosisCodes: readonly string[];
  dischargeMode: string | null;
  /** Day index (from admission) of each coded procedure with a date. */
  procedureDays: readonly number[];
  /** Nights of the stay and its principal diagnosis (stayRepeatFacts' allowance); absent: 0 and none. */
  lengthOfStay?: number;
  principalDiagnosis?: string;
}


/** Days a row's monitored drug is billed (its ATC group or a generic-name mark; parenteral lines only when asked). */
function drugDays(items: readonly ItemFacts[], d: NonNullable<DailyRepeatRow['drugs']>): number[] {
  const days: number[] = [];
  for (const it of items) {
    if (it.category !== 'drug' || (d.parenteral && !it.parenteral)) continue;
    const atc = atcOfDrugCode(rowCodeOf(it));
    if ((atc !== null && underAny(atc, d.atc)) || d.nameMarks.some((m) => it.name.includes(m))) days.push(it.dayIndex);
  }
  return days;
}

/** Runs of consecutive days in ascending distinct days. */
function runsOf(days: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const d of days) {
    const last = runs[runs.length - 1];
    if (last && d === last[last.length - 1] + 1) last.push(d);
    else runs.push([d]);
  }
  return runs;
}

export function dailyRepeatFacts(c: DailyRepeatInput, t: DailyRepeats | null | undefined): DailyRepeatFacts | null {
  if (!t || t.byCode.size === 0) return null;
  if (c.dischargeMode !== null && t.notJudgedDischargeModes.has(c.dischargeMode)) return null;
  const linesByRow = new Map<DailyRepeatRow, ItemFacts[]>();
  for (const it of c.items) {
    if (it.category !== 'service') continue;
    if (t.criticalCareCodes.has(it.code)) return null;
    const r = t.byCode.get(it.code);
    if (r) (linesByRow.get(r) ?? linesByRow.set(r, []).get(r)!).push(it);
  }
  if (linesByRow.size === 0) return null;
  const opDays = [...c.procedureDays];
  for (const it of c.items) if (it.catalogue?.subcategory === 'surgery') opDays.push(it.dayIndex);
  const allowed = (day: number) =>
    day < t.firstDays || opDays.some((o) => day >= o && day - o <= t.afterProcedureDays);

  const lineIds: string[] = [];
  const parts: string[] = [];
  let fen = 0;
  for (const [r, lines] of linesByRow) {
    if (startsWithAny(c.diagnosisCodes, r.diagnoses)) continue;
    const min = r.minRunDays ?? t.minRunDays;
    const treated = r.drugs ? drugDays(c.items, r.drugs) : [];
    const explained = (d: number) => treated.some((g) => d >= g && d - g <= r.drugs!.afterDays);
    const days = [...new Set(lines.map((l) => l.dayIndex))].filter((d) => !explained(d)).sort((a, b) => a - b);
    const named = new Set<number>();
    const spans: string[] = [];
    for (const run of runsOf(days)) {
      if (run.length < min) continue;
      const beyond = run.filter((d) => !r.allowance || !allowed(d));
      if (beyond.length === 0) continue;
      for (const d of beyond) named.add(d);
      spans.push(`连续${run.length}日（住院第${run[0] + 1}–${run[run.length - 1] + 1}日）`);
    }
    if (named.size === 0) continue;
    for (const l of lines) {
      if (!named.has(l.dayIndex)) continue;
      lineIds.push(l.lineId);
      fen += l.amountFen;
    }
    parts.push(`${r.name}${spans.join('、')}`);
  }
  if (lineIds.length === 0) return null;
  return { lineIds, detail: parts.join('；'), groups: parts.length, lines: lineIds.length, amount: toYuan(fen) };
}

export interface StayRepeatFacts {
  /** The lines billed after the record's problems had their allowance. */
  lineIds: string[];
  /** 院内会诊共6次（诊断2个，至多4次）… for messages. */
  detail: string;
  lines: number;
  amount: number;
}

/**
 * Rows with `perProblem` (院内会诊): more units in a stay than the problems on its record call for. Not judged where
 * the daily runs are not (critical care, the row's diagnoses, the discharge modes); the lines named are those billed
 * after the allowance was used up.
 */
export function stayRepeatFacts(c: DailyRepeatInput, t: DailyRepeats | null | undefined): StayRepeatFacts | null {
  if (!t || (c.dischargeMode !== null && t.notJudgedDischargeModes.has(c.dischargeMode))) return null;
  if (c.items.some((it) => it.category === 'service' && t.criticalCareCodes.has(it.code))) return null;
  const lineIds: string[] = [];
  const parts: string[] = [];
  let fen = 0;
  for (const r of t.rows) {
    if (r.perProblem === undefined || startsWithAny(c.diagnosisCodes, r.diagnoses)) continue;
    const problems = new Set(r.problems ? c.diagnosisCodes.filter((d) => startsWithAny([d], r.problems!)) : c.diagnosisCodes).size;
    const lines = c.items.filter((it) => it.category === 'service' && r.codes.includes(it.code)).sort((a, b) => a.dayIndex - b.dayIndex);
    const byNights = r.perNights ? Math.floor((c.lengthOfStay ?? 0) / r.perNights) : 0;
    const workUp = r.workUp && c.principalDiagnosis && startsWithAny([c.principalDiagnosis], r.workUp.principal) ? r.workUp.units : 0;
    const allowed = Math.max(r.perProblem * Math.max(1, problems), byNights) + workUp;
    const units = lines.reduce((n, l) => n + l.quantity, 0);
    if (units <= allowed) continue;
    // The units past the allowance, each its line's share of the line's amount (a line of two may be half beyond).
    let used = 0;
    for (const l of lines) {
      const before = used;
      used += l.quantity;
      if (used <= allowed) continue;
      lineIds.push(l.lineId);
      fen += prorateFen(l.amountFen, used - Math.max(before, allowed), l.quantity);
    }
    const why = [`疾病诊断${problems}个`, byNights ? `住院${c.lengthOfStay}晚` : '', workUp ? `主要诊断为待查症状另计${workUp}次` : ''].filter(Boolean).join('，');
    parts.push(`${r.name}共${units}次（${why}，至多${allowed}次）`);
  }
  if (lineIds.length === 0) return null;
  return { lineIds, detail: parts.join('；'), lines: lineIds.length, amount: toYuan(fen) };
}
