import { z } from 'zod';
import { startsWithAny } from '../contract/code-prefix';
import type { ItemFacts } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { rowCodeOf } from '../contract/catalogue-row';

// Tests a condition calls for more than once a day (rules/knowledge/serial-tests.json): blood gas in respiratory
// failure, electrolytes while a hyponatraemia is corrected, renal function in heat stroke. Such a repeat is the
// record's, so the duplicate and the daily-limit rules read one mark (repeatExplained) and cannot disagree.

const row = z.strictObject({
  name: z.string().min(1),
  /** Catalogue row codes of the test (each code counted on its own, as the catalogue limits it). */
  codes: z.array(z.string().min(1)).min(1),
  /** ICD-10 prefixes of the conditions that call for the serial test. */
  diagnoses: z.array(z.string().min(1)).default([]),
  /** ICD-9-CM-3 prefixes of procedures that call for it (ventilation started or adjusted). */
  procedures: z.array(z.string().min(1)).default([]),
  /**
   * Catalogue row codes of treatment lines that call for it on their own day whatever the coding (a vasopressor: the
   * day's circulation is held up by the drug, a shock being resuscitated); absent: none.
   */
  sameDayCodes: z.array(z.string().min(1)).default([]),
  /** Most a day for such a claim; absent: the catalogue row's own daily limit. */
  maxPerDay: z.number().int().min(1).optional(),
  /** Only on the claim's first N days (a rule-in/rule-out algorithm at presentation, not the later stable course); absent: any day. */
  firstDays: z.number().int().min(1).optional(),
  /**
   * Catalogue row codes of the sample draw each test takes (动脉穿刺(采血) for an arterial blood gas): a day's draws up
   * to its explained tests are those samples, not a duplicate; absent: none.
   */
  draws: z.array(z.string().min(1)).default([]),
  source: z.string().min(1),
});

const file = z.strictObject({ note: z.string(), rows: z.array(row) });

export type SerialTestRow = z.infer<typeof row>;
/** Rows by test code: a test may have rows of several conditions, each with its own daily most. */
export type SerialTests = ReadonlyMap<string, readonly SerialTestRow[]>;

/** Loads serial-tests.json; a missing file is no such allowance (an empty table). */
export function loadSerialTests(path: string): SerialTests {
  const byCode = new Map<string, SerialTestRow[]>();
  for (const r of readJsonTable(path, file)?.rows ?? []) for (const code of r.codes) byCode.set(code, [...(byCode.get(code) ?? []), r]);
  return byCode;
}

/**
 * Marks `repeatExplained` on lines of a serial test the claim's conditions call for, within the daily most of the
 * rows that apply (the largest: a hyponatraemia corrected six-hourly beside a burn's twice-daily panel).
 */
export function markSerialTests(items: readonly ItemFacts[], diagnosisCodes: readonly string[], procedureCodes: readonly string[], table: SerialTests): void {
  if (table.size === 0) return;
  const billedOn = new Set(items.map((it) => `${rowCodeOf(it)}|${it.date}`));
  const treatedThatDay = (r: SerialTestRow, date: string) => r.sameDayCodes.some((c) => billedOn.has(`${c}|${date}`));
  for (const it of items) {
    let most: number | undefined;
    for (const r of table.get(rowCodeOf(it)) ?? []) {
      if (!(startsWithAny(diagnosisCodes, r.diagnoses) || startsWithAny(procedureCodes, r.procedures) || treatedThatDay(r, it.date))) continue;
      if (r.firstDays !== undefined && it.dayIndex >= r.firstDays) continue;
      const m = r.maxPerDay ?? it.catalogue?.maxPerDay;
      if (m !== undefined && (most === undefined || m > most)) most = m;
    }
    if (most !== undefined && it.quantityOnDay <= most) it.repeatExplained = true;
  }
  markSampleDraws(items, table);
}

/**
 * Marks `repeatExplained` on the draw lines (a row's `draws`) of a day whose count the day's explained serial tests of
 * that row account for, within the draw row's daily limit: each arterial blood gas is its own puncture (中华医学会呼吸病学分会
 * 《动脉血气分析临床操作实践标准》2022: one sample a puncture), so the emergency room's and the ward's gases on one day
 * bill two punctures on two lines. Draws beyond the day's explained tests (a copied line, a test not repeated) keep their
 * duplicate.
 */
function markSampleDraws(items: readonly ItemFacts[], table: SerialTests): void {
  // draw code|date → test code → the day's explained count of that test
  const tests = new Map<string, Map<string, number>>();
  for (const it of items) {
    if (!it.repeatExplained) continue;
    const code = rowCodeOf(it);
    for (const r of table.get(code) ?? []) {
      for (const draw of r.draws) {
        const key = `${draw}|${it.date}`;
        const byTest = tests.get(key) ?? tests.set(key, new Map()).get(key)!;
        byTest.set(code, it.quantityOnDay);
      }
    }
  }
  if (tests.size === 0) return;
  for (const it of items) {
    const byTest = tests.get(`${rowCodeOf(it)}|${it.date}`);
    if (!byTest || it.repeatExplained) continue;
    const samples = [...byTest.values()].reduce((s, n) => s + n, 0);
    const most = Math.min(samples, it.catalogue?.maxPerDay ?? Infinity);
    if (it.quantityOnDay <= most) it.repeatExplained = true;
  }
}
