import { join } from 'node:path';
import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';

// rules/history/ruled-out-indications.json: drugs the 医保药品目录 pays for a diagnosis that a work-up establishes
// (growth hormone for 儿童原发性生长激素缺乏症), read against a record that coded a condition the guideline names as
// not that diagnosis (familial or constitutional short stature), by cross-claim/ruled-out-indication.ts. Checked at load.

export const RULED_OUT_INDICATIONS_FILE = 'ruled-out-indications.json';

const icd = z.array(z.string().regex(/^[A-Z][0-9]{2}(\.[0-9A-Za-z]{0,8})?$/, 'must be an ICD-10 code or prefix')).min(1);

const rowSchema = z.strictObject({
  name: z.string().min(1),
  /** ATC prefixes of the drugs, read from the national drug code. */
  drugs: z.array(z.string().regex(/^[A-Z]\d{2}[A-Z0-9]{0,4}$/, 'must be an ATC prefix')).min(1),
  /** ICD-10 prefixes of the diagnosis the restriction pays for. */
  indication: icd,
  /** ICD-10 codes or prefixes of the conditions that are not it (the guideline's normal variants). */
  ruledOutBy: icd,
  ruledOutName: z.string().min(1),
  /**
   * The work-up that establishes the indication after such a diagnosis: a stay coding the indication, or one of
   * these catalogue rows on any claim since. Either clears the drug.
   */
  workupServices: z.array(z.string().min(1)).min(1),
  /**
   * A clinic work-up: an earlier claim since such a diagnosis coding one of these (the deficiency found) at a hospital
   * of at least `workupMinLevel`, or billing a laboratory test beside it, clears the drug (tests done in a day clinic).
   */
  workupDiagnoses: icd.optional(),
  workupMinLevel: z.number().int().min(1).max(3).optional(),
  workupName: z.string().min(1),
  source: z.string().min(1),
});

const fileSchema = z.strictObject({ note: z.string().min(1), rows: z.array(rowSchema).min(1) });

export type RuledOutIndications = z.infer<typeof fileSchema>;
export type RuledOutIndicationRow = RuledOutIndications['rows'][number];

/** The table under the history folder; undefined when absent (the check is then off). */
export function loadRuledOutIndications(historyDir: string): RuledOutIndications | undefined {
  return readJsonTable(join(historyDir, RULED_OUT_INDICATIONS_FILE), fileSchema) ?? undefined;
}
