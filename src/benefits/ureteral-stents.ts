import { join } from 'node:path';
import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';

// rules/history/ureteral-stents.json: the procedure codes that place (or may place), remove, or (a ureteroscopy) leave
// no ureteric stent, the names of a billed stent, and the window a removal's placement is looked for in; read by cross-claim/stent-removal-unplaced.ts.
// Checked at load.

export const URETERAL_STENTS_FILE = 'ureteral-stents.json';

const source = z.string().min(1);
const procedureCodes = z.strictObject({ codes: z.array(z.string().regex(/^\d{2}\.\d/, 'must be an ICD-9-CM-3 prefix')).min(1), source });

const fileSchema = z.strictObject({
  note: z.string().min(1),
  placement: procedureCodes,
  /** A claim billing a consumable whose name carries one of these placed a stent (its coder may have left it out). */
  placementItems: z.strictObject({ nameMarks: z.array(z.string().min(2)).min(1), source }),
  /** Operations that may leave a stent uncoded inside them: they end the look-back as a placement does. */
  mayPlace: procedureCodes,
  removal: procedureCodes,
  clearing: procedureCodes,
  windowDays: z.strictObject({ days: z.number().int().positive(), source }),
  /** On a stay, the lines of the removal: names carrying one of these. */
  stayLines: z.strictObject({ nameMarks: z.array(z.string().min(1)).min(1), source }),
});

export type UreteralStents = z.infer<typeof fileSchema>;

/** The table under the history folder; undefined when absent (the check is then off). */
export function loadUreteralStents(historyDir: string): UreteralStents | undefined {
  return readJsonTable(join(historyDir, URETERAL_STENTS_FILE), fileSchema) ?? undefined;
}
