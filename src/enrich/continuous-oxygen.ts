import { z } from 'zod';
import { daysBetween } from '../contract/dates';
import { toYuan } from '../money/fen';
import { startsWithAny } from '../contract/code-prefix';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';
import { rowCodeOf } from '../contract/catalogue-row';

// Oxygen billed round the clock day after day (rules/knowledge/continuous-oxygen.json). 吸氧 is priced by the hour
// actually given, and oxygen is prescribed to a target saturation: continuous oxygen for days is given for
// hypoxaemia, which the record then shows — a diagnosis that brings it, or the blood gas or oximetry it is
// titrated by. A stay billing 24 h a day for many days with neither bills hours the record does not bear out.

const table = z.strictObject({
  note: z.string(),
  /** The oxygen service codes (by the hour). */
  codes: z.array(z.string().min(1)).min(1),
  /** A day counts when it bills at least this many hours. */
  minHoursPerDay: z.number().positive(),
  /** Judged when at least this many days count. */
  minDays: z.number().int().positive(),
  /** Days of a coded procedure with its date or of a surgery line, and this many after, do not count. */
  afterOperationDays: z.number().int().min(0),
  /** ICD-10 prefixes of conditions that bring hypoxaemia (respiratory failure, heart failure, COPD …). */
  indications: z.array(z.string().min(1)),
  /** The monitoring continuous oxygen is titrated by (blood gas, SpO₂) and critical care that monitors it. */
  monitoring: itemSelector,
  /** What would show the need, for messages. */
  expected: z.string().min(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

export type ContinuousOxygen = z.infer<typeof table>;

/** Loads continuous-oxygen.json; a missing file is no check (null). */
export function loadContinuousOxygen(path: string): ContinuousOxygen | null {
  return readJsonTable(path, table);
}

export interface OxygenUnsupported {
  days: number;
  /** The table's hours a day that make a day count. */
  minHours: number;
  hours: number;
  dates: string;
  expected: string;
  lineIds: string[];
  amount: number;
}

export interface OxygenInput {
  inpatient: boolean;
  items: readonly ItemFacts[];
  diagnosisCodes: readonly string[];
  procedureDates?: readonly (string | null)[];
}

/** Round-the-clock oxygen on many days of a stay with no hypoxaemic condition coded and no monitoring billed; else null. */
export function oxygenUnsupported(c: OxygenInput, t: ContinuousOxygen | null | undefined): OxygenUnsupported | null {
  if (!t || !c.inpatient) return null;
  const codes = new Set(t.codes);
  const hoursByDay = new Map<string, ItemFacts[]>();
  const operationDays: string[] = (c.procedureDates ?? []).filter((d): d is string => !!d);
  for (const it of c.items) {
    if (lineMatches(t.monitoring, it)) return null;
    if (it.catalogue?.subcategory === 'surgery') operationDays.push(it.date);
    if (codes.has(rowCodeOf(it))) (hoursByDay.get(it.date) ?? hoursByDay.set(it.date, []).get(it.date)!).push(it);
  }
  if (hoursByDay.size < t.minDays) return null;
  if (startsWithAny(c.diagnosisCodes, t.indications)) return null;
  const afterOperation = (date: string) => operationDays.some((d) => d <= date && daysBetween(d, date) <= t.afterOperationDays);
  const days: string[] = [];
  const named: ItemFacts[] = [];
  let hours = 0;
  for (const [date, lines] of [...hoursByDay.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const q = lines.reduce((s, l) => s + l.quantity, 0);
    if (q < t.minHoursPerDay || afterOperation(date)) continue;
    days.push(date);
    named.push(...lines);
    hours += q;
  }
  if (days.length < t.minDays) return null;
  return {
    days: days.length, minHours: t.minHoursPerDay, hours, dates: `${days[0]}至${days[days.length - 1]}`, expected: t.expected,
    lineIds: named.map((l) => l.lineId), amount: toYuan(named.reduce((s, l) => s + l.amountFen, 0)),
  };
}
