import { z } from 'zod';
import { toYuan } from '../money/fen';
import { startsWithAny } from '../contract/code-prefix';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';

// Drugs whose 限定支付范围 is met on a stay only by its critical state (rules/knowledge/critical-only-drugs.json):
// 人血白蛋白 限抢救、重症 — a shock code meets it on the days of resuscitation and critical care, not on the ward days
// after them. A restriction is read against the patient's state on the day the drug is given (目录凡例: 限定支付范围
// 是符合规定情况下方可支付), so lines dated after the last day of critical care or vasopressors are outside it.

const row = z.strictObject({
  name: z.string().min(1),
  drugs: itemSelector,
  /** ICD-10 prefixes of the critical state that meets the restriction (R57 休克). */
  criticalDiagnoses: z.array(z.string().min(1)).min(1),
  /** ICD-10 prefixes of the restriction's other readings (cirrhosis or cancer with effusions, burns, hepatic failure): not judged. */
  otherDiagnoses: z.array(z.string().min(1)),
  expected: z.string().min(1),
  source: z.string().min(1),
});

const table = z.strictObject({
  note: z.string(),
  /** Lines that make a day one of critical care: ICU bed, 特级护理/重症监护, ventilation, CRRT, vasopressors. */
  criticalCare: itemSelector,
  rows: z.array(row).min(1),
  sample: z.boolean().optional(),
});

export type CriticalOnlyDrugs = z.infer<typeof table>;

export function loadCriticalOnlyDrugs(path: string): CriticalOnlyDrugs | null {
  return readJsonTable(path, table);
}

export interface CriticalOnlyAfter {
  drugs: string;
  lastCriticalDate: string;
  dates: string;
  lineIds: string[];
  amount: number;
  expected: string;
  source: string;
}

/** On a stay whose only reading of a row's restriction is its critical state, the row's lines after the last critical-care day; else null. */
export function criticalOnlyAfter(
  c: { inpatient: boolean; items: readonly ItemFacts[]; diagnosisCodes: readonly string[] },
  t: CriticalOnlyDrugs | null | undefined,
): CriticalOnlyAfter | null {
  if (!t || !c.inpatient) return null;
  const critical = c.items.filter((it) => lineMatches(t.criticalCare, it));
  if (!critical.length) return null;
  const last = critical.reduce((a, b) => (b.dayIndex > a.dayIndex ? b : a));
  const after: ItemFacts[] = [];
  const used = new Set<(typeof t.rows)[number]>();
  for (const r of t.rows) {
    if (!startsWithAny(c.diagnosisCodes, r.criticalDiagnoses) || startsWithAny(c.diagnosisCodes, r.otherDiagnoses)) continue;
    for (const it of c.items) {
      if (it.category !== 'drug' || it.dayIndex <= last.dayIndex || !lineMatches(r.drugs, it)) continue;
      after.push(it);
      used.add(r);
    }
  }
  if (!after.length) return null;
  const rows = [...used];
  return {
    drugs: [...new Set(after.map((l) => l.name))].join('、'),
    lastCriticalDate: last.date,
    dates: [...new Set(after.map((l) => l.date))].sort().join('、'),
    lineIds: after.map((l) => l.lineId),
    amount: toYuan(after.reduce((s, l) => s + l.amountFen, 0)),
    expected: rows.map((r) => r.expected).join('；'),
    source: rows.map((r) => r.source).join('；'),
  };
}
