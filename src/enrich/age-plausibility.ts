import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';

// Chronic care implausible below an age (rules/knowledge/age-plausibility.json): a child's outpatient or
// pharmacy claim for an adult's chronic medicines or diagnoses is a sign of someone else using the card
// (冒名就医). Checked at load so a typo fails loudly; the per-claim check is age-facts.ts.

const row = z.strictObject({
  name: z.string().min(1),
  /** Catalogue codes of the drugs (a generic in one dosage form). */
  codes: z.array(z.string().min(1)),
  /** ATC prefixes of the drugs. */
  atc: z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix')),
  /** ICD-10 医保版 prefixes of the diagnoses. */
  diagnoses: z.array(z.string().min(1)),
  /** Below this age in whole years the row's care is implausible. */
  minAge: z.number().int().min(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const file = z.strictObject({ note: z.string(), visitTypes: z.array(z.string().min(1)).min(1), rows: z.array(row) });

export type AgePlausibilityRow = z.infer<typeof row>;
export type AgePlausibility = { visitTypes: readonly string[]; rows: readonly AgePlausibilityRow[] };

/** The table; null (no check) when the file is absent. */
export function loadAgePlausibility(path: string): AgePlausibility | null {
  if (!existsSync(path)) return null;
  const parsed = file.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  parsed.data.rows.forEach((r, i) => {
    if (!r.codes.length && !r.atc.length && !r.diagnoses.length) throw new Error(`${path} row ${i}: names no drug or diagnosis`);
  });
  return { visitTypes: parsed.data.visitTypes, rows: parsed.data.rows };
}

