import { join } from 'node:path';
import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';

// rules/history/injection-record.json: the injection services, what makes a drug line injectable, and the codes that
// say what an injection with nothing on the bill gave (cross-claim/injection-without-drug.ts). Checked at load.

const codes = z.array(z.string().min(1));
const services = z.strictObject({ codes: codes.min(1), nameMarks: z.array(z.string().min(2)).default([]) });

const tableSchema = z.strictObject({
  note: z.string(),
  /** Marks in a drug line's name that make it injectable beside a national code of dosage form B. */
  injectableMarks: codes.min(1),
  /** Subcutaneous and intradermal injection services: judged against the bill and the member's record. */
  subcutaneous: services,
  /** Intramuscular injection services: judged only on a vaccination or exposure visit. */
  intramuscular: services,
  /** ICD-10 prefixes of a vaccination or rabies-exposure visit: an injection there with nothing on the bill is the vaccine's. */
  vaccinationDiagnoses: codes.min(1),
  /** ICD-10 prefixes of conditions treated by allergen immunotherapy, its extract dispensed apart: the record reason is not judged. */
  immunotherapyDiagnoses: codes.default([]),
  sources: z.record(z.string(), z.string().min(1)),
});

export type InjectionRecord = z.infer<typeof tableSchema>;

/** The table from the history folder, checked against its schema; undefined where the file is absent (no check). */
export function loadInjectionRecord(historyDir: string): InjectionRecord | undefined {
  return readJsonTable(join(historyDir, 'injection-record.json'), tableSchema) ?? undefined;
}
