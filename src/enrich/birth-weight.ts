import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';

// The care a low birth weight brings with it (rules/knowledge/birth-weight-care.json), checked at load; the per-claim
// check is birth-weight-facts.ts.

const careRow = z.strictObject({
  name: z.string().min(1),
  /** Catalogue codes of the care (services, consumables, drugs). */
  codes: z.array(z.string().min(1)),
  /** Words in a line's name that mark the care billed under a local code (暖箱). */
  nameMarks: z.array(z.string().min(1)),
  /** ATC prefixes of drugs that are the care (parenteral nutrition B05BA, caffeine N06BC). */
  atc: z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix')),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const file = z.strictObject({
  note: z.string().min(1),
  /** A reported birth weight below this many grams is low (WHO: < 2,500 g). */
  belowGrams: z.number().int().positive(),
  /** Judged on stays beginning within this many days of birth (CHS-DRG MDCP's ageDaysMax). */
  maxAgeDays: z.number().int().min(0),
  /** ICD-10 医保版 prefixes coding low birth weight. */
  diagnoses: z.array(z.string().min(1)).min(1),
  /** A stay of this many nights or more bears a low weight out by itself (time to gain weight). */
  minNightsSupport: z.number().int().positive(),
  care: z.array(careRow).min(1),
});

export type BirthWeightCare = z.infer<typeof file>;

/** The table; null (no check) when the file is absent. */
export function loadBirthWeightCare(path: string): BirthWeightCare | null {
  return readJsonTable(path, file);
}

