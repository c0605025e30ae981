import { daysBetween } from '../contract/dates';
import { toYuan } from '../money/fen';
import { isOperationCode, startsWithAny, underAny } from '../contract/code-prefix';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { atcOf } from './knowledge';
import type { SurgicalProphylaxis } from './surgical-prophylaxis';

// Antibacterials after a clean operation (抗菌药物超时长、越级预防用药): a clean wound with no infection gets a single
// dose before the incision, ≤ 24 h in all (48 h for implants and cardiac operations), of a first- or second-generation
// cephalosporin (《抗菌药物临床应用指导原则（2015年版）》). Days beyond that window, or a broader class, are 过度诊疗
// unless the record shows treatment: an infection coded, a culture or infection marker billed, an immunocompromised patient.
// The clean-contaminated endourological operations (TURP, ureteroscopy, PCNL) have their own row: 24–48 h, a quinolone
// among the first choices, and only the intravenous doses counted beyond the window.

export interface ProphylaxisExcess {
  /** The clean operations coded (row names). */
  operations: string;
  /** The operation day (the latest dated clean operation, else surgery line). */
  operationDate: string;
  /** Days after the operation day prophylaxis may run. */
  windowDays: number;
  /** Antibacterial lines dated after the window, and their dates. */
  beyondLineIds: string[];
  beyondDates: string;
  /** Lines of a restricted class (第三代头孢、酶抑制剂复方、碳青霉烯、喹诺酮…) and the classes. */
  restrictedLineIds: string[];
  restricted: string;
  /** The drugs named, for the message. */
  drugs: string;
  /** What is beyond, in words: the days past the window, the restricted classes (either may be absent). */
  detail: string;
  lineIds: string[];
  amount: number;
  expected: string;
}

export interface ProphylaxisInput {
  inpatient: boolean;
  items: readonly ItemFacts[];
  diagnosisCodes: readonly string[];
  procedureCodes: readonly string[];
  /** Date of each coded procedure (same order as procedureCodes); null when the record gives none. */
  procedureDates?: readonly (string | null)[];
}

/**
 * An ICD-9-CM-3 operation (chapters 00–86), not an examination or therapy coded beside it. Not theatre-items.ts
 * `theatreProcedure`: that one also counts the procedures done under anaesthesia (96.04 intubation, MECT, CT of a
 * child), which here would read as an operation missing from the clean list and silence the check on a clean
 * operation coded with its intubation; and it needs the theatre table, which this check does not depend on.
 */
const isOperation = isOperationCode;

/** Antibacterials beyond the prophylaxis window or of a restricted class after clean operations only; else null. */
export function prophylaxisExcess(c: ProphylaxisInput, t: SurgicalProphylaxis | null | undefined): ProphylaxisExcess | null {
  if (!t || !c.inpatient) return null;
  const operations = c.procedureCodes.map((code, i) => ({ code, date: c.procedureDates?.[i] ?? null })).filter((p) => isOperation(p.code));
  if (!operations.length) return null;
  const rows = operations.map((p) => t.operations.find((r) => underAny(p.code, r.procedures)));
  // One operation not in the table (bowel, biliary, vaginal) and the stay has its own windows or treatment.
  if (rows.some((r) => r === undefined)) return null;
  if (startsWithAny(c.diagnosisCodes, t.notJudgedDiagnoses)) return null;
  if (c.items.some((it) => lineMatches(t.infectionWorkUp, it))) return null;

  const dated = operations.flatMap((p) => (p.date ? [p.date] : []));
  const surgery = c.items.filter((it) => it.catalogue?.subcategory === 'surgery').map((it) => it.date);
  const days = dated.length ? dated : surgery;
  if (!days.length) return null;
  const operationDate = days.reduce((a, b) => (b > a ? b : a));
  const windowDays = Math.max(...rows.map((r) => r!.windowDays));

  const allergy = startsWithAny(c.diagnosisCodes, t.allergyDiagnoses);
  // A class one of the stay's operations names as its first choice is not 越级 there (a quinolone for endourology).
  const firstChoice = rows.flatMap((r) => r!.firstChoice ?? []);
  // Rows whose window judges the intravenous prophylaxis only: an oral course after them is not counted beyond it.
  const parenteralOnly = rows.every((r) => r!.parenteralOnly);
  const beyond: ItemFacts[] = [];
  const restricted: ItemFacts[] = [];
  const classes = new Set<string>();
  for (const it of c.items) {
    if (it.category !== 'drug') continue;
    const atc = atcOf(it.code, it.catalogue);
    if (atc === null || !underAny(atc, t.antibacterials.atc)) continue;
    if (it.date > operationDate && daysBetween(operationDate, it.date) > windowDays && (it.parenteral || !parenteralOnly)) beyond.push(it);
    const cls = t.restricted.find((r) => atc.startsWith(r.atc) && !(allergy && r.allergyAllowed) && !firstChoice.some((f) => r.atc.startsWith(f)));
    if (cls) {
      restricted.push(it);
      classes.add(cls.name);
    }
  }
  if (!beyond.length && !restricted.length) return null;
  const named = [...new Set([...beyond, ...restricted])];
  const beyondDates = [...new Set(beyond.map((l) => l.date))].sort().join('、');
  const detail = [
    beyond.length ? `手术日后第${windowDays + 1}日以后仍用药（${beyondDates}）` : '',
    classes.size ? `越级使用${[...classes].join('、')}` : '',
  ].filter(Boolean).join('；');
  return {
    operations: [...new Set(rows.map((r) => r!.name))].join('、'),
    operationDate,
    windowDays,
    beyondLineIds: beyond.map((l) => l.lineId),
    beyondDates,
    restrictedLineIds: restricted.map((l) => l.lineId),
    restricted: [...classes].join('、'),
    drugs: [...new Set(named.map((l) => l.name))].join('、'),
    detail,
    lineIds: named.map((l) => l.lineId),
    amount: toYuan(named.reduce((s, l) => s + l.amountFen, 0)),
    expected: t.expected,
  };
}
