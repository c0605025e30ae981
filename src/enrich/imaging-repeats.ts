import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';

// The table of costly imaging a stay repeats only for a reason (rules/knowledge/imaging-repeats.json); read by
// imaging-repeat-facts.ts.

const prefixes = z.array(z.string().min(1));

const course = z.strictObject({
  /** ICD-10 prefixes of the condition whose guideline times a repeat. */
  diagnoses: prefixes.min(1),
  /** Fewest days after the previous study the timed repeat falls (pancreatitis: 72 h). */
  minGapDays: z.number().int().min(1),
  source: z.string().min(1),
});

const row = z.strictObject({
  name: z.string().min(1),
  /** Catalogue rows of one method and region: a line repeats an earlier line of the same row (another row is another part or method). */
  codes: z.array(z.string().min(1)).min(1),
  /** Conditions of this region whose course or change calls for repeated imaging (haemorrhage, oedema, injury). */
  diagnoses: prefixes.default([]),
  courses: z.array(course).default([]),
  /**
   * Treatments decided on a repeat study (ATC prefixes): a drug of these first billed after the previous study, up to
   * `afterDays` days after the repeat, explains it (anticoagulation started once a repeat scan excludes haemorrhagic
   * transformation after a cardioembolic stroke).
   */
  decidedDrugs: z.strictObject({ atc: prefixes.min(1), afterDays: z.number().int().min(0), source: z.string().min(1) }).optional(),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const file = z.strictObject({
  note: z.string(),
  /** A repeat this many days or more after the previous study is not judged (its result no longer recognised). */
  recognisedDays: z.number().int().min(2),
  /** Conditions of any region that change a stay's course: sepsis, shock, complications, injury (a polytrauma's 24-h repeat). */
  changeDiagnoses: prefixes.default([]),
  /** A stay billing any of these (critical care) is not judged. */
  criticalCareCodes: z.array(z.string().min(1)).default([]),
  notJudgedDischargeModes: z.array(z.string().min(1)).default([]),
  /** Nursing grades, lowest first: a day billing a higher grade than the day before is a raised grade. */
  nursingRanks: z.array(z.string().min(1)).min(2),
  /** Bedside monitoring: started on a day with none the day before. */
  monitoring: itemSelector,
  /** Drugs of deterioration (mannitol, hypertonic saline, thrombolysis), by ATC prefix or name, from the previous study to the repeat. */
  escalationDrugs: z.strictObject({ atc: prefixes.default([]), nameMarks: z.array(z.string().min(2)).default([]) }),
  /** Parenteral drugs that are carriers, not a new treatment (plain fluids): ATC prefixes. */
  carrierAtc: prefixes.default([]),
  rows: z.array(row),
});

export type ImagingRepeatRow = z.infer<typeof row>;
export type ImagingRepeats = z.infer<typeof file> & { byCode: ReadonlyMap<string, ImagingRepeatRow> };

/** Loads imaging-repeats.json; a missing file is no check (null). A code in two rows fails the load. */
export function loadImagingRepeats(path: string): ImagingRepeats | null {
  const t = readJsonTable(path, file);
  if (!t) return null;
  const byCode = new Map<string, ImagingRepeatRow>();
  t.rows.forEach((r, i) => {
    for (const code of r.codes) {
      if (byCode.has(code)) throw new Error(`${path} row ${i}: code ${code} is already in another row`);
      byCode.set(code, r);
    }
  });
  return { ...t, byCode };
}
