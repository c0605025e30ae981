import { z } from 'zod';
import { startsWithAny } from '../contract/code-prefix';
import { toYuan } from '../money/fen';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';

// A non-invasive test that decides on an invasive examination, billed inside an elective stay booked for that
// examination before it is done (rules/knowledge/invasive-gatekeepers.json): the decision was taken at the clinic,
// so the test is one the stay did not need, or the clinic's own test re-dated into the stay.

const row = z.strictObject({
  name: z.string().min(1),
  /** The deciding test's lines. */
  tests: itemSelector,
  /** The invasive examination: ICD-9-CM-3 prefixes of its coded procedure, or its service lines. */
  invasive: z.strictObject({ name: z.string().min(1), procedures: z.array(z.string().min(1)).default([]), items: itemSelector }),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const file = z.strictObject({ note: z.string(), rows: z.array(row) });

export type InvasiveGatekeepers = z.infer<typeof file>;

/** Loads invasive-gatekeepers.json; a missing file is no check (null). */
export function loadInvasiveGatekeepers(path: string): InvasiveGatekeepers | null {
  return readJsonTable(path, file);
}

export interface GatekeeperBeforeInvasive {
  /** "冠状动脉CTA（2026-03-01）早于冠状动脉造影（2026-03-02）". */
  detail: string;
  source: string;
  lineIds: string[];
  amount: number;
}

export interface GatekeeperInput {
  items: readonly ItemFacts[];
  inpatient: boolean;
  admissionRoute: string | null;
  /** The admission date: a test dated before it is the clinic's, merged by the settlement's pre-admission window, not judged. */
  serviceDate: string;
  procedureCodes: readonly string[];
  procedureDates?: readonly (string | null)[];
}

/** The deciding tests billed before the invasive examination of an elective (clinic-booked) stay; null when none. */
export function gatekeeperBeforeInvasive(input: GatekeeperInput, t: InvasiveGatekeepers | null | undefined): GatekeeperBeforeInvasive | null {
  if (!t || !input.inpatient || input.admissionRoute !== 'outpatient') return null;
  const lineIds: string[] = [];
  const details: string[] = [];
  const sources: string[] = [];
  let fen = 0;
  for (const r of t.rows) {
    // The first day the invasive examination is done: its coded procedure's date, or its service line's.
    const days = input.procedureCodes.flatMap((c, i) => (startsWithAny([c], r.invasive.procedures) && input.procedureDates?.[i] ? [input.procedureDates[i] as string] : []));
    for (const it of input.items) if (lineMatches(r.invasive.items, it)) days.push(it.date);
    if (days.length === 0) continue;
    const first = days.sort()[0];
    const tests = input.items.filter((it) => it.date >= input.serviceDate && it.date < first && lineMatches(r.tests, it));
    if (tests.length === 0) continue;
    lineIds.push(...tests.map((it) => it.lineId));
    fen += tests.reduce((s, it) => s + it.amountFen, 0);
    details.push(`${r.name}（${[...new Set(tests.map((it) => it.date))].join('、')}）早于${r.invasive.name}（${first}）`);
    sources.push(r.source);
  }
  return lineIds.length ? { detail: details.join('；'), source: sources.join('；'), lineIds, amount: toYuan(fen) } : null;
}
