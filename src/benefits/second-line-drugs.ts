import { join } from 'node:path';
import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';

// rules/history/second-line-drugs.json: drugs the 医保药品目录 pays only after earlier treatment (二线用药: a GLP-1 RA
// after oral agents or insulin), with the earlier drugs and the tests that show the condition in a member's record, read
// by cross-claim/second-line-drug.ts. Checked at load.

export const SECOND_LINE_DRUGS_FILE = 'second-line-drugs.json';

const atc = z.array(z.string().regex(/^[A-Z]\d{2}[A-Z0-9]{0,4}$/, 'must be an ATC prefix')).min(1);

const rowSchema = z.strictObject({
  name: z.string().min(1),
  /** ATC prefixes of the second-line drugs, read from the national drug code. */
  drugs: atc,
  /** ATC prefixes of the earlier treatment the restriction names. */
  priorDrugs: atc,
  /** How the earlier treatment reads in a message. */
  priorLabel: z.string().min(1),
  /** Catalogue row codes of the tests that establish and follow the condition. */
  tests: z.array(z.string().min(1)).min(1),
  /**
   * ICD-10 prefixes of the condition (and its raised-glucose finding): a test shows the condition only on a claim
   * coding one; on a claim coding none it is a screen that did not find it, and such a screen before the first
   * purchase shows the record reaching back before the condition. Absent: a test anywhere shows it.
   */
  testDiagnoses: z.array(z.string().regex(/^[A-Z][0-9]{0,2}$/)).min(1).optional(),
  /**
   * ICD-10 prefixes of a screening reason (obesity, a diabetes screen, a health check): a test on a claim coding none
   * of testDiagnoses is a screen only where it codes one of these; a pre-op or emergency panel is not a screen.
   */
  screenDiagnoses: z.array(z.string().regex(/^[A-Z][0-9]{2}(\.[0-9]{1,3})?$/)).min(1).optional(),
  /** The condition the restriction pays for, as a message names it. */
  condition: z.string().min(1),
  /** Purchases of the drug within `windowDays` (this one included) before the record's silence is read. */
  minPurchases: z.number().int().min(1),
  windowDays: z.number().int().min(1),
  /**
   * Clinic visits prescribing the drug within the window (this one included) that, none of them testing the condition
   * or giving an earlier drug, show the prescriber's own course without it: the record's depth is then not needed.
   */
  visitsWithoutCare: z.number().int().min(2).optional(),
  source: z.string().min(1),
});

const fileSchema = z.strictObject({ note: z.string().min(1), rows: z.array(rowSchema).min(1) });

export type SecondLineDrugs = z.infer<typeof fileSchema>;
export type SecondLineDrugRow = SecondLineDrugs['rows'][number];

/** The table under the history folder; undefined when absent (the check is then off). */
export function loadSecondLineDrugs(historyDir: string): SecondLineDrugs | undefined {
  return readJsonTable(join(historyDir, SECOND_LINE_DRUGS_FILE), fileSchema) ?? undefined;
}
