import { z } from 'zod';
import { parseTable } from '../contract/json-table';

// rules/history/regimens.json: the antineoplastic drugs whose days make up a member's regimen over time, the combination
// regimens an oral drug is part of, and the drugs a coded adverse effect stops (cross-claim/regimen.ts). Checked at load
// so a typo fails loudly.

const codes = z.array(z.string().min(1));

const tableSchema = z.strictObject({
  note: z.string(),
  drugs: z.array(z.strictObject({ code: z.string().min(1), name: z.string().min(1), route: z.enum(['oral', 'parenteral']) })).min(1),
  /** Days before a purchase within which an intravenous drug given is the member's current regimen. */
  currentDays: z.number().int().positive(),
  currentDaysSource: z.string().min(1),
  rows: z
    .array(
      z
        .strictObject({
          name: z.string().min(1),
          drugs: codes.min(1),
          source: z.string().min(1),
          /** Fewest days between two administration days of the row's intravenous drugs when either claim gives another of its drugs. */
          minIntervalDays: z.number().int().min(2).optional(),
          minIntervalSource: z.string().min(1).optional(),
        })
        .refine((r) => (r.minIntervalDays === undefined) === (r.minIntervalSource === undefined), 'minIntervalDays and minIntervalSource go together'),
    )
    .min(1),
  rowsNote: z.string().optional(),
  stopOn: z
    .array(
      z.strictObject({
        drug: z.string().min(1),
        name: z.string().min(1),
        /** ICD-10 prefixes of the adverse effect that stops the drug. */
        diagnoses: codes.min(1),
        diagnosisName: z.string().min(1),
        source: z.string().min(1),
      }),
    )
    .default([]),
});

export type Regimens = z.infer<typeof tableSchema>;

export function parseRegimens(json: unknown, file: string): Regimens {
  const parsed = parseTable(tableSchema, json, file);
  const known = new Set(parsed.drugs.map((d) => d.code));
  for (const code of [...parsed.rows.flatMap((r) => r.drugs), ...parsed.stopOn.map((s) => s.drug)]) {
    if (!known.has(code)) throw new Error(`${file}: ${code} is not among drugs`);
  }
  return parsed;
}

/** A regimen's interval for one of its intravenous drugs: the longer interval when another of its drugs is on either claim. */
export interface RegimenInterval {
  name: string;
  companions: readonly string[];
  minIntervalDays: number;
}

/**
 * The regimen intervals by intravenous drug (rows with minIntervalDays): the drug schedules' reader judges a next
 * cycle by them (cross-claim/dose-schedule.ts), so the regimen and its cycle are kept in this one table.
 */
export function regimenIntervals(regimens: Regimens | undefined): Map<string, RegimenInterval[]> {
  const byDrug = new Map<string, RegimenInterval[]>();
  const parenteral = new Set((regimens?.drugs ?? []).filter((d) => d.route === 'parenteral').map((d) => d.code));
  for (const row of regimens?.rows ?? []) {
    if (row.minIntervalDays === undefined) continue;
    for (const drug of row.drugs.filter((d) => parenteral.has(d))) {
      const interval = { name: row.name, companions: row.drugs.filter((d) => d !== drug), minIntervalDays: row.minIntervalDays };
      byDrug.set(drug, [...(byDrug.get(drug) ?? []), interval]);
    }
  }
  return byDrug;
}
