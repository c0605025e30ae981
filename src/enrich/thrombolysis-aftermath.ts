import { z } from 'zod';
import { readJsonTable } from './json-table';

// The table of what goes with an intravenous thrombolysis for stroke (rules/knowledge/thrombolysis-aftermath.json),
// checked at load; the facts are in thrombolysis-facts.ts.

const prefixes = z.array(z.string().min(1));
const atcPrefixes = z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix'));

const file = z.strictObject({
  note: z.string(),
  /** ICD-10 prefixes of the principal diagnosis judged (ischaemic stroke). */
  principal: prefixes.min(1),
  /** Injected fibrinolytics by ATC prefix; the earliest day one is billed is the lysis day. */
  lysisAtc: atcPrefixes.min(1),
  /** Days after the lysis day within which the monitoring must show (the lysis day counts too). */
  afterDays: z.number().int().min(0),
  /** Catalogue codes of post-lysis monitoring (ECG/BP/SpO2 monitoring, ICU bed, 重症监护, 特级护理). */
  aftermath: z.array(z.string().min(1)).min(1),
  /** ICD-9-CM-3 prefixes whose coding shows the aftermath (a thrombectomy: watched in the ICU after it). */
  aftermathProcedures: prefixes.default([]),
  /** Drugs withheld for 24 hours after the lysis (antiplatelets), by ATC prefix: billed on the lysis day, no lysis. */
  withholdAtc: atcPrefixes.default([]),
  /** ICD-9-CM-3 prefixes of emergency stenting, which needs an antiplatelet on the lysis day. */
  withholdUnlessProcedures: prefixes.default([]),
  /** Discharge modes not judged (death; transfer to another hospital for the aftermath). */
  notJudgedDischargeModes: z.array(z.string().min(1)).default([]),
  source: z.string().min(1),
});

export type ThrombolysisAftermath = z.infer<typeof file>;

export function loadThrombolysisAftermath(path: string): ThrombolysisAftermath | null {
  return readJsonTable(path, file);
}
