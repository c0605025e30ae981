import { longestRun } from '../contract/dates';
import type { ComplicationSupportRow } from './norms';

// Does the bill evidence a coded MCC/CC? One judgment for the review (src/enrich/grouping-facts.ts) and for the
// generator's clean stays (src/generate/stays.ts), so the two cannot drift apart.
//
// An item evidences the complication only when the rest of the record does not already explain it: a line that
// the principal's (or another non-split diagnosis') own work-up or treatment calls for is no evidence of the
// complication, however often it appears in the complication's row (BNP and echo on a coronary stay are the
// coronary work-up, not heart failure; antibiotics on a pneumonia stay are the pneumonia's, not sepsis).
// Monitoring items listed under `repeated` are the exception: billed on several days they follow the course of
// the complication, which a one-off work-up of the principal does not explain.

export interface SupportLine {
  lineId: string;
  /** The catalogue row code the line matched (a drug row covers its product codes). */
  rowCode: string;
  /** "category/subcategory" of the catalogue row, when it has one. */
  kind: string | null;
  /** The day the line was billed (any key; only distinct values are counted). */
  day: string | number;
  /** Units billed (hours of oxygen, tablets); read by `repeated` entries with `minQuantity` and by `maintenance`. */
  quantity?: number;
  /** Day of the stay, 0 = admission; read only by `maintenance` (lines of the discharge day are take-home). */
  dayIndex?: number;
}

/** A stay's nights, for `maintenance` entries (absent in the generator's drafts: not read), and whether it had an operation. */
export interface StayNights {
  nights?: number;
  operated?: boolean;
}

/** A repeated entry's own days: more on an operated stay when the operation's course rechecks the item (`afterOperation`). */
export const repeatedOwnDays = (r: ComplicationSupportRow['repeated'][number], operated: boolean): number =>
  operated && r.afterOperation !== undefined ? Math.max(r.days, r.afterOperation) : r.days;

/** The table and what explains a line, for callers that build bills (the generator). */
export interface ComplicationJudge {
  row(code: string): ComplicationSupportRow | undefined;
  /** Whether the other diagnoses already call for the line offered for the complication of `row`. */
  explained(row: ComplicationSupportRow, others: readonly string[], l: SupportLine): boolean;
  /** Days of a repeated monitoring item the other diagnoses' own courses account for (`daysExplainedByOthers`). */
  explainedDays(others: readonly string[], rowCode: string): number;
}

/** Days of a monitoring item a diagnosis' own course explains (`monitoring`): a baseline and one recheck. */
export const OWN_MONITORING_DAYS = 2;

/**
 * How many distinct days of a repeated monitoring item the other diagnoses' own courses already explain: their
 * rows' `monitoring` (a baseline and one recheck) or `repeated` (as many days as they ask). 0 when none does.
 */
export function daysExplainedByOthers(
  others: readonly string[],
  rowOf: (code: string) => ComplicationSupportRow | undefined,
  rowCode: string,
): number {
  let days = 0;
  for (const d of others) {
    const r = rowOf(d);
    if (!r) continue;
    if (r.monitoring.includes(rowCode)) days = Math.max(days, OWN_MONITORING_DAYS);
    for (const x of r.repeated) if (x.codes.includes(rowCode)) days = Math.max(days, x.days);
  }
  return days;
}

/**
 * Distinct days a repeated item needs to follow the complication's course: its own `days`, and at least one day
 * beyond those the other diagnoses' courses explain (`daysExplainedByOthers`). Both kept, not added: a row's `days`
 * already counts the admission baseline (AKI: baseline, the rise, one follow-up), which is also the first of the
 * other diagnosis' own days.
 */
export const repeatedDaysNeeded = (days: number, explainedByOthers: number): number => Math.max(days, explainedByOthers > 0 ? explainedByOthers + 1 : 0);

export interface SupportJudgment {
  supported: boolean;
  /** Lines that evidence the complication. */
  supportLineIds: string[];
  /**
   * Lines offered for the complication that do not show it (the evidence of a hit): items of its row the other
   * diagnoses already explain, monitoring not repeated as the row asks, and its ordinary work-up (`workUp`).
   */
  explainedLineIds: string[];
}

export const rowLists = (row: ComplicationSupportRow, l: SupportLine): boolean =>
  row.codes.includes(l.rowCode) || (l.kind !== null && row.subcategories.includes(l.kind));

const repeatedLists = (row: ComplicationSupportRow, l: SupportLine): boolean => row.repeated.some((r) => r.codes.includes(l.rowCode));

/**
 * Whether the complication table's own row for another diagnosis lists the line (the principal's work-up). A line
 * that is one of the complication's own specific items (`codes`) is explained only by another row's ordinary
 * work-up (`workUp`), not by that row's specific items: where two rows share specific items they describe grades of
 * one course (norepinephrine is what makes septic shock R57.2 on a sepsis A41 stay), and the shared item is the
 * evidence of the graver one.
 */
export function listedForOthers(
  complication: ComplicationSupportRow,
  others: readonly string[],
  rowOf: (code: string) => ComplicationSupportRow | undefined,
  l: SupportLine,
): boolean {
  const specific = rowLists(complication, l);
  for (const d of others) {
    const r = rowOf(d);
    if (!r) continue;
    if (specific ? r.workUp.includes(l.rowCode) || (l.kind !== null && r.workUp.includes(l.kind)) : rowLists(r, l) || repeatedLists(r, l) || r.monitoring.includes(l.rowCode)) return true;
  }
  return false;
}

/**
 * `explained(line)` says whether the claim's other diagnoses already call for the line (their rows in the same
 * table, and whatever knowledge tables the caller has). `explainedDays(code)` says how many distinct days of a
 * repeated monitoring item the other diagnoses' own courses account for (`daysExplainedByOthers`): the
 * complication's course shows only in the days beyond them (creatinine rechecked once on a heart-failure stay under
 * diuretics is the heart failure's monitoring; acute kidney injury needs its rise followed beyond that). Lines are
 * judged in claim order.
 */
export function judgeSupport(
  row: ComplicationSupportRow,
  lines: readonly SupportLine[],
  explained: (l: SupportLine) => boolean,
  explainedDays: (rowCode: string) => number = () => 0,
  stay?: StayNights,
): SupportJudgment {
  const supportLineIds: string[] = [];
  const explainedLineIds: string[] = [];
  for (const l of lines) {
    if (!rowLists(row, l)) {
      if (row.workUp.includes(l.rowCode) || (l.kind !== null && row.workUp.includes(l.kind))) explainedLineIds.push(l.lineId);
      continue;
    }
    if (explained(l)) explainedLineIds.push(l.lineId);
    else supportLineIds.push(l.lineId);
  }
  for (const r of row.repeated) {
    const hits = lines.filter((l) => r.codes.includes(l.rowCode));
    const counted = r.minQuantity === undefined ? hits.map((l) => l.day) : daysWithQuantity(hits, r.minQuantity);
    const days = r.consecutive ? longestRun(counted) : new Set(counted).size;
    const needed = repeatedDaysNeeded(repeatedOwnDays(r, stay?.operated === true), Math.max(0, ...r.codes.map(explainedDays)));
    const companion = r.withAny === undefined || lines.some((l) => r.withAny!.includes(l.rowCode));
    if (days >= needed && companion) supportLineIds.push(...hits.map((l) => l.lineId));
    else for (const l of hits) if (!explainedLineIds.includes(l.lineId)) explainedLineIds.push(l.lineId);
  }
  if (stay?.nights !== undefined) for (const m of row.maintenance) supportLineIds.push(...maintainedLines(m, lines, stay.nights));
  // In claim order, each line once (a repeated item may also be a work-up item).
  const named = new Set(explainedLineIds.filter((id) => !supportLineIds.includes(id)));
  explainedLineIds.length = 0;
  for (const l of lines) if (named.has(l.lineId)) explainedLineIds.push(l.lineId);
  return { supported: supportLineIds.length > 0, supportLineIds, explainedLineIds };
}

/**
 * The lines of a maintenance drug when the units billed in the ward (before the discharge day: a discharge-day line
 * is the take-home supply) last every night of the stay at `unitsPerDay`; none otherwise.
 */
function maintainedLines(m: ComplicationSupportRow['maintenance'][number], lines: readonly SupportLine[], nights: number): string[] {
  const ward = lines.filter((l) => m.codes.includes(l.rowCode) && (nights === 0 || l.dayIndex === undefined || l.dayIndex < nights));
  const units = ward.reduce((sum, l) => sum + (l.quantity ?? 0), 0);
  return ward.length > 0 && units / m.unitsPerDay >= Math.max(1, nights) ? ward.map((l) => l.lineId) : [];
}

/** The days whose lines add up to at least `min` units (two oxygen lines of one day count together). */
function daysWithQuantity(lines: readonly SupportLine[], min: number): (string | number)[] {
  const byDay = new Map<string | number, number>();
  for (const l of lines) byDay.set(l.day, (byDay.get(l.day) ?? 0) + (l.quantity ?? 0));
  return [...byDay].filter(([, q]) => q >= min).map(([d]) => d);
}

/** "编码 …；类别 …；多日复查 …" for messages. */
export function supportExpected(row: ComplicationSupportRow, nameOf: (code: string) => string): string {
  return [
    row.codes.length ? `项目 ${row.codes.map(nameOf).join('、')}` : '',
    row.subcategories.length ? `类别 ${row.subcategories.join('、')}` : '',
    ...row.repeated.map((r) => {
      const names = r.codes.map(nameOf).join('或');
      const perDay = r.minQuantity !== undefined ? `每日${names}${r.minQuantity}${r.unit ?? ''}及以上，` : '';
      const companion = r.withAny ? `，且住院期间有${r.withAny.map(nameOf).join('或')}` : '';
      return `${names}（${perDay}${r.consecutive ? `连续${r.days}天以上` : `≥${r.days}天${r.minQuantity !== undefined ? '' : '复查'}`}${companion}）`;
    }),
    ...row.maintenance.map((m) => `${m.codes.map(nameOf).join('或')}（出院日前的院内用量按每日${m.unitsPerDay}个计价单位够住院每晚的维持治疗）`),
  ]
    .filter(Boolean)
    .join('；');
}
