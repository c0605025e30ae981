import { join } from 'node:path';
import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';

// rules/history/dentition.json: the teeth a mouth holds, the per-tooth items that use them up or need them, and the
// procedure codes of a full-mouth and of a primary-tooth extraction; read by cross-claim/teeth-already-extracted.ts.
// Checked at load.

export const DENTITION_FILE = 'dentition.json';

const source = z.string().min(1);
const itemCodes = z.strictObject({ codes: z.array(z.string().regex(/^[0-9A-Z]{6,}$/, 'must be a catalogue code')).min(1), source });
const procedureCodes = z.strictObject({ codes: z.array(z.string().regex(/^\d{2}\.\d/, 'must be an ICD-9-CM-3 prefix')).min(1), source });

const fileSchema = z.strictObject({
  note: z.string().min(1),
  teeth: z.strictObject({ count: z.number().int().positive(), source }),
  windowDays: z.strictObject({ days: z.number().int().positive(), source }),
  /** Items billed per tooth taken out: their units are teeth. */
  extractionItems: itemCodes,
  /** Other items that need a standing tooth. */
  perToothItems: itemCodes,
  fullMouthProcedures: procedureCodes,
  primaryToothProcedures: procedureCodes,
  /** Diagnoses of teeth a full-mouth extraction may leave unseen (retained roots, impacted teeth), found years later. */
  leftAfterClearance: z.strictObject({ diagnoses: z.array(z.string().regex(/^[A-Z]\d{2}/, 'must be an ICD-10 prefix')).min(1), source }),
  /** A root-canal course: its item, the procedure codes opening and continuing it, the tooth diagnoses, its window. */
  rootCanalCourse: z.strictObject({
    codes: itemCodes.shape.codes,
    opening: procedureCodes.shape.codes,
    continuing: procedureCodes.shape.codes,
    diagnoses: z.array(z.string().regex(/^[A-Z]\d{2}/, 'must be an ICD-10 prefix')).min(1),
    withinDays: z.number().int().positive(),
    /** The most canals one tooth has: canals billed over a course beyond this, times the teeth its visits show, are billed again. */
    canalsPerTooth: z.number().int().positive().optional(),
    /** Local anaesthesia items: a visit under anaesthesia opens a (vital) tooth; a later stage of the same tooth needs none. */
    anaesthesiaItems: z.array(z.string().regex(/^[0-9A-Z]{6,}$/, 'must be a catalogue code')).optional(),
    source,
  }),
});

export type Dentition = z.infer<typeof fileSchema>;

/** The table under the history folder; undefined when absent (the check is then off). */
export function loadDentition(historyDir: string): Dentition | undefined {
  return readJsonTable(join(historyDir, DENTITION_FILE), fileSchema) ?? undefined;
}
