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
  /** Most a day for such a claim; absent: the catalogue row's own daily limit. */
  maxPerDay: z.number().int().min(1).optional(),
  /** Only on the claim's first N days (a rule-in/rule-out algorithm at presentation, not the later stable course); absent: any day. */
  firstDays: z.number().int().min(1).optional(),
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
  for (const it of items) {
    let most: number | undefined;
    for (const r of table.get(rowCodeOf(it)) ?? []) {
      if (!(startsWithAny(diagnosisCodes, r.diagnoses) || startsWithAny(procedureCodes, r.procedures))) continue;
      if (r.firstDays !== undefined && it.dayIndex >= r.firstDays) continue;
      const m = r.maxPerDay ?? it.catalogue?.maxPerDay;
      if (m !== undefined && (most === undefined || m > most)) most = m;
    }
    if (most !== undefined && it.quantityOnDay <= most) it.repeatExplained = true;
  }
}
