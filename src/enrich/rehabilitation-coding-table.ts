import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';

// The table of rehabilitation-coding.ts (rules/knowledge/rehabilitation-coding.json), apart so that knowledge.ts loads it
// without importing the check.

const prefixes = z.array(z.string().min(1)).min(1);

const table = z.strictObject({
  note: z.string(),
  /** Rehabilitation therapy services (康复评定, 运动疗法, 针灸, 推拿 …), catalogue row codes. */
  therapy: prefixes,
  /** A stay is rehabilitation by content when therapy is billed on at least this share of its days and this many days. */
  minTherapyShare: z.number().gt(0).max(1),
  minTherapyDays: z.number().int().min(1),
  /** `provider.department` values of rehabilitation wards. */
  departments: prefixes,
  rows: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        /** Principal diagnoses (ICD-10 prefixes) of the acute event. */
        acute: prefixes,
        /** What a rehabilitation stay of the condition is coded as, for the reader. */
        expected: z.string().min(1),
        /** What shows the acute event being treated in this stay (new imaging, thrombolysis, an operation): then not judged. */
        acuteCare: z.strictObject({
          items: z.array(z.string().min(1)).default([]),
          atc: z.array(z.string().min(1)).default([]),
          procedures: z.array(z.string().min(1)).default([]),
        }),
        source: z.string().min(1),
      }),
    )
    .min(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

export type RehabilitationCoding = z.infer<typeof table>;

export function loadRehabilitationCoding(path: string): RehabilitationCoding | null {
  return readJsonTable(path, table);
}
