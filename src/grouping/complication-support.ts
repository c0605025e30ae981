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
}

/** The table and what explains a line, for callers that build bills (the generator). */
export interface ComplicationJudge {
  row(code: string): ComplicationSupportRow | undefined;
  /** Whether the other diagnoses already call for the line offered for the complication of `row`. */
  explained(row: ComplicationSupportRow, others: readonly string[], l: SupportLine): boolean;
}

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
    if (specific ? r.workUp.includes(l.rowCode) || (l.kind !== null && r.workUp.includes(l.kind)) : rowLists(r, l) || repeatedLists(r, l)) return true;
  }
  return false;
}

/**
 * `explained(line)` says whether the claim's other diagnoses already call for the line (their rows in the same
 * table, and whatever knowledge tables the caller has). Lines are judged in claim order.
 */
export function judgeSupport(row: ComplicationSupportRow, lines: readonly SupportLine[], explained: (l: SupportLine) => boolean): SupportJudgment {
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
    const days = new Set(hits.map((l) => l.day));
    if (days.size >= r.days) supportLineIds.push(...hits.map((l) => l.lineId));
    else for (const l of hits) if (!explainedLineIds.includes(l.lineId)) explainedLineIds.push(l.lineId);
  }
  // In claim order, each line once (a repeated item may also be a work-up item).
  const named = new Set(explainedLineIds.filter((id) => !supportLineIds.includes(id)));
  explainedLineIds.length = 0;
  for (const l of lines) if (named.has(l.lineId)) explainedLineIds.push(l.lineId);
  return { supported: supportLineIds.length > 0, supportLineIds, explainedLineIds };
}

/** "编码 …；类别 …；多日复查 …" for messages. */
export function supportExpected(row: ComplicationSupportRow, nameOf: (code: string) => string): string {
  return [
    row.codes.length ? `项目 ${row.codes.map(nameOf).join('、')}` : '',
    row.subcategories.length ? `类别 ${row.subcategories.join('、')}` : '',
    ...row.repeated.map((r) => `${r.codes.map(nameOf).join('或')}（≥${r.days}天复查）`),
  ]
    .filter(Boolean)
    .join('；');
}
