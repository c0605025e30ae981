import { join } from 'node:path';
import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';

// rules/history/titration.json: drugs whose dose is raised at follow-up visits with their safety tests, so the supply
// on hand is re-counted at the target dose from a titration step on (cross-claim/drug-supply.ts). Checked at load.

export const TITRATION_FILE = 'titration.json';

const rowSchema = z.strictObject({
  name: z.string().min(1),
  /** Catalogue rows of the drug. */
  drugs: z.array(z.string().min(1)).min(1),
  /** Catalogue services: the drug's safety tests, billed on the claim of a titration step. */
  monitoring: z.array(z.string().min(1)).min(1),
  /** Units a day at the label's target dose. */
  perDay: z.number().positive(),
  source: z.string().min(1),
});

const fileSchema = z.strictObject({ note: z.string().min(1), rows: z.array(rowSchema) });

export type TitrationRow = z.infer<typeof rowSchema>;

/** The rows under the history folder; undefined when the file is absent (supply counted at the catalogue's daily quantity). */
export function loadTitration(historyDir: string): readonly TitrationRow[] | undefined {
  return readJsonTable(join(historyDir, TITRATION_FILE), fileSchema)?.rows;
}
