import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';

// The service rows that are a dialysis session (rules/knowledge/dialysis-sessions.json): one list for the
// cross-claim dialysis checks and the drugs given at a session (drug-schedules.json weeklyDose.givenWith).

const file = z.strictObject({
  note: z.string(),
  /** Catalogue service row codes: 血液透析, 连续性血液净化. */
  items: z.array(z.string().min(1)).min(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

/** The table's name as another table refers to it (drug-schedules.json weeklyDose.givenWith). */
export const DIALYSIS_SESSIONS_FILE = 'dialysis-sessions.json';

/** Loads dialysis-sessions.json; a missing file gives no session rows (the checks reading them find none). */
export function loadDialysisSessions(path: string): readonly string[] {
  return readJsonTable(path, file)?.items ?? [];
}
