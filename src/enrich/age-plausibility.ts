import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';

// Care implausible at the member's age (rules/knowledge/age-plausibility.json): a child's outpatient or
// pharmacy claim for an adult's chronic medicines or diagnoses, delivery on the card of a woman far past
// child-bearing age, a newborn's or young child's condition on an adult's card, an old person's condition or
// implant on a child's: signs of someone else using the card (冒名就医). Checked at load so a typo fails loudly;
// the per-claim check is age-facts.ts.

const row = z.strictObject({
  name: z.string().min(1),
  /** Catalogue codes of the drugs (a generic in one dosage form), services or consumables. */
  codes: z.array(z.string().min(1)),
  /** ATC prefixes of the drugs. */
  atc: z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix')),
  /** ICD-10 医保版 prefixes of the diagnoses. */
  diagnoses: z.array(z.string().min(1)),
  /** ICD-9-CM-3 prefixes of the coded procedures (74.1 剖宫产). */
  procedures: z.array(z.string().min(1)).default([]),
  /** provider.department codes (CONTRACTS.md: "paediatrics") whose patients the row's ages bound. */
  departments: z.array(z.string().min(1)).default([]),
  /** Below this age in whole years the row's care is implausible. */
  minAge: z.number().int().min(1).optional(),
  /** Above this age in whole years the row's care is implausible. */
  maxAge: z.number().int().min(0).optional(),
  /** ICD-10 prefixes of conditions that bring the row's care at a young age too (cystic fibrosis E84 behind cor pulmonale): a claim coding one is not judged by the row. */
  notWithDiagnoses: z.array(z.string().min(1)).default([]),
  /**
   * The row judges a claim only when it also codes one of `withDiagnoses` or `withProcedures` (ICD-10, ICD-9-CM-3
   * prefixes) or bills one of `withItems`: the care that makes the age implausible (a surgical extraction of an impacted
   * tooth, a course of physiotherapy), not the visit that looks into it. None set: every claim.
   */
  withDiagnoses: z.array(z.string().min(1)).default([]),
  withProcedures: z.array(z.string().min(1)).default([]),
  withItems: itemSelector.optional(),
  /** Visit types the row judges; default the file's. */
  visitTypes: z.array(z.string().min(1)).min(1).optional(),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const file = z.strictObject({ note: z.string(), visitTypes: z.array(z.string().min(1)).min(1), rows: z.array(row) });

export type AgePlausibilityRow = z.infer<typeof row> & { visitTypes: string[] };

/**
 * One visit type's rows, indexed once at load (the check runs on every claim): a line's row is the first, in
 * file order, naming its code or an ATC prefix of its drug; `at` is that order.
 */
export interface AgeRows {
  rows: readonly AgePlausibilityRow[];
  byCode: ReadonlyMap<string, { row: AgePlausibilityRow; at: number }>;
  atc: readonly { prefix: string; row: AgePlausibilityRow; at: number }[];
}

/** visitTypes: every visit type some row judges; byVisitType: the rows judging each. */
export type AgePlausibility = { visitTypes: readonly string[]; rows: readonly AgePlausibilityRow[]; byVisitType: ReadonlyMap<string, AgeRows> };

function indexRows(rows: readonly AgePlausibilityRow[]): AgeRows {
  const byCode = new Map<string, { row: AgePlausibilityRow; at: number }>();
  const atc: { prefix: string; row: AgePlausibilityRow; at: number }[] = [];
  rows.forEach((row, at) => {
    for (const code of row.codes) if (!byCode.has(code)) byCode.set(code, { row, at });
    for (const prefix of row.atc) atc.push({ prefix, row, at });
  });
  return { rows, byCode, atc };
}

/** The table; null (no check) when the file is absent. */
export function loadAgePlausibility(path: string): AgePlausibility | null {
  const table = readJsonTable(path, file);
  if (!table) return null;
  table.rows.forEach((r, i) => {
    if (!r.codes.length && !r.atc.length && !r.diagnoses.length && !r.procedures.length && !r.departments.length) throw new Error(`${path} row ${i}: names no item, drug, diagnosis, procedure or department`);
    if (r.minAge === undefined && r.maxAge === undefined) throw new Error(`${path} row ${i}: sets neither minAge nor maxAge`);
  });
  const rows = table.rows.map((r) => ({ ...r, visitTypes: r.visitTypes ?? table.visitTypes }));
  const visitTypes = [...new Set(rows.flatMap((r) => r.visitTypes))];
  const byVisitType = new Map(visitTypes.map((v) => [v, indexRows(rows.filter((r) => r.visitTypes.includes(v)))]));
  return { visitTypes, rows, byVisitType };
}

