import { join } from 'node:path';
import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';

// rules/history/free-antivirals.json: who receives the free antiretroviral therapy (四免一关怀: HIV codes) and the
// drug class that treatment already holds (ATC J05AF), read by cross-claim/hbv-drug-on-art.ts. Checked at load.

export const FREE_ANTIVIRALS_FILE = 'free-antivirals.json';

const fileSchema = z.strictObject({
  note: z.string().min(1),
  /** ICD-10 prefixes of HIV disease and infection, on the claim or the member's record. */
  hiv: z.strictObject({ codes: z.array(z.string().regex(/^[A-Z]\d{2}/, 'must be an ICD-10 prefix')).min(1), source: z.string().min(1) }),
  /** ATC prefixes of the anti-HBV nucleosides, read from the national drug code. */
  hbvNucleosides: z.strictObject({ atc: z.array(z.string().regex(/^[A-Z]\d{2}/, 'must be an ATC prefix')).min(1), source: z.string().min(1) }),
});

export type FreeAntivirals = z.infer<typeof fileSchema>;

/** The table under the history folder; undefined when absent (the check is then off). */
export function loadFreeAntivirals(historyDir: string): FreeAntivirals | undefined {
  return readJsonTable(join(historyDir, FREE_ANTIVIRALS_FILE), fileSchema) ?? undefined;
}
