import { toYuan } from '../money/fen';
import { isOperationCode, startsWithAny, underAny } from '../contract/code-prefix';
import type { ImagingRepeatRow, ImagingRepeats } from './imaging-repeats';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { atcOf } from './knowledge';
import { rowCodeOf } from '../contract/catalogue-row';

// A costly imaging study of one region repeated within a stay (rules/knowledge/imaging-repeats.json): a study is
// repeated when the condition changes (检查检验结果互认: 无病情变化不重复检查), so a repeat needs a reason on the bill —
// a deterioration coded or shown by the care (nursing raised, monitoring started, an osmotic or a new parenteral drug),
// an operation and its check, or a course its guideline times. Without one it is 过度检查, or one study (an
// abdomino-pelvic CT) billed as two (分解收费).

export interface ImagingRepeatFacts {
  lineIds: string[];
  /** 头颅CT平扫于住院第1、4、7日均有收费（第4、7日为复查）… for messages. */
  detail: string;
  lines: number;
  amount: number;
}

export interface ImagingRepeatInput {
  items: readonly ItemFacts[];
  inpatient: boolean;
  diagnosisCodes: readonly string[];
  procedureCodes: readonly string[];
  /** Day index (from admission) of each coded procedure, null when undated. */
  procedureDays: readonly (number | null)[];
  dischargeMode: string | null;
}

/** What the stay shows by day: nursing rank, monitoring, drugs, operations. */
interface StayDays {
  rank: Map<number, number>;
  monitored: Set<number>;
  escalation: number[];
  /** Day each parenteral treatment drug (by row code) is first billed. */
  firstParenteral: Map<string, number>;
  /** Day each drug (by row code, with its ATC) is first billed. */
  firstDrug: Map<string, { day: number; atc: string | null }>;
  operations: number[];
  undatedOperation: boolean;
}

function stayDays(c: ImagingRepeatInput, t: ImagingRepeats): StayDays {
  const ranks = new Map(t.nursingRanks.map((code, i) => [code, i + 1]));
  const s: StayDays = { rank: new Map(), monitored: new Set(), escalation: [], firstParenteral: new Map(), firstDrug: new Map(), operations: [], undatedOperation: false };
  for (const it of c.items) {
    const code = rowCodeOf(it);
    const r = ranks.get(code);
    if (r !== undefined) s.rank.set(it.dayIndex, Math.max(s.rank.get(it.dayIndex) ?? 0, r));
    if (lineMatches(t.monitoring, it)) s.monitored.add(it.dayIndex);
    if (it.catalogue?.subcategory === 'surgery') s.operations.push(it.dayIndex);
    if (it.category !== 'drug') continue;
    const atc = atcOf(code, it.catalogue);
    const seen = s.firstDrug.get(code);
    if (seen === undefined || it.dayIndex < seen.day) s.firstDrug.set(code, { day: it.dayIndex, atc });
    if ((atc !== null && underAny(atc, t.escalationDrugs.atc)) || t.escalationDrugs.nameMarks.some((m) => it.name.includes(m))) s.escalation.push(it.dayIndex);
    if (it.parenteral && !(atc !== null && underAny(atc, t.carrierAtc))) {
      const first = s.firstParenteral.get(code);
      if (first === undefined || it.dayIndex < first) s.firstParenteral.set(code, it.dayIndex);
    }
  }
  // Operations (ICD-9-CM-3 00–86) as coded: dated, or undated (then on any day).
  c.procedureCodes.forEach((p, i) => {
    if (!isOperationCode(p)) return;
    const d = c.procedureDays[i];
    if (d === null || d === undefined) s.undatedOperation = true;
    else s.operations.push(d);
  });
  return s;
}

/** Whether the bill shows a reason for a repeat on `day` of a study last done on `prev`. */
function explained(s: StayDays, prev: number, day: number, gap: number, r: ImagingRepeatRow, diagnosisCodes: readonly string[]): boolean {
  if (r.courses.some((k) => gap >= k.minGapDays && startsWithAny(diagnosisCodes, k.diagnoses))) return true;
  if (s.undatedOperation || s.operations.some((o) => o >= prev && o <= day)) return true;
  if (s.escalation.some((d) => d >= prev && d <= day)) return true;
  for (const first of s.firstParenteral.values()) if (first > prev && first <= day) return true;
  const decided = r.decidedDrugs;
  if (decided) for (const f of s.firstDrug.values()) if (f.day > prev && f.day <= day + decided.afterDays && f.atc !== null && underAny(f.atc, decided.atc)) return true;
  for (let d = prev + 1; d <= day; d++) {
    if ((s.rank.get(d) ?? 0) > (s.rank.get(d - 1) ?? Infinity)) return true;
    if (s.monitored.has(d) && !s.monitored.has(d - 1)) return true;
  }
  return false;
}

/** Repeats of a row's study on later days of the stay with no reason on the bill; null when none. */
export function imagingRepeatFacts(c: ImagingRepeatInput, t: ImagingRepeats | null | undefined): ImagingRepeatFacts | null {
  if (!t || !c.inpatient || t.byCode.size === 0) return null;
  if (c.dischargeMode !== null && t.notJudgedDischargeModes.includes(c.dischargeMode)) return null;
  if (startsWithAny(c.diagnosisCodes, t.changeDiagnoses)) return null;
  const byRow = new Map<ImagingRepeatRow, ItemFacts[]>();
  for (const it of c.items) {
    if (it.category !== 'service') continue;
    if (t.criticalCareCodes.includes(rowCodeOf(it))) return null;
    const r = t.byCode.get(rowCodeOf(it));
    if (r) (byRow.get(r) ?? byRow.set(r, []).get(r)!).push(it);
  }
  let s: StayDays | null = null;
  const lineIds: string[] = [];
  const parts: string[] = [];
  let fen = 0;
  for (const [r, lines] of byRow) {
    if (startsWithAny(c.diagnosisCodes, r.diagnoses)) continue;
    const days = [...new Set(lines.map((l) => l.dayIndex))].sort((a, b) => a - b);
    if (days.length < 2) continue;
    s ??= stayDays(c, t);
    const named: number[] = [];
    for (let i = 1; i < days.length; i++) {
      const gap = days[i] - days[i - 1];
      if (gap >= t.recognisedDays || explained(s, days[i - 1], days[i], gap, r, c.diagnosisCodes)) continue;
      named.push(days[i]);
    }
    if (!named.length) continue;
    // The first line of a named day is the repeat (a second line the same day is duplicate-charge's).
    const taken = new Set<number>();
    for (const l of lines) {
      if (!named.includes(l.dayIndex) || taken.has(l.dayIndex)) continue;
      taken.add(l.dayIndex);
      lineIds.push(l.lineId);
      fen += l.amountFen;
    }
    parts.push(`${r.name}于住院第${days.map((d) => d + 1).join('、')}日均有收费（第${named.map((d) => d + 1).join('、')}日为复查）`);
  }
  if (!lineIds.length) return null;
  return { lineIds, detail: parts.join('；'), lines: lineIds.length, amount: toYuan(fen) };
}
