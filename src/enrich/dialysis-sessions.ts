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

/** Loads dialysis-sessions.json; a missing file gives no session rows (checkDialysisSessions refuses that where a check reads them). */
export function loadDialysisSessions(path: string): readonly string[] {
  return readJsonTable(path, file)?.items ?? [];
}

/**
 * Fails the load when history/limits.json configures a check that reads the sessions and there are none: the check
 * would be silently off (as drug-schedules.json's weeklyDose.givenWith refuses a missing table).
 */
export function checkDialysisSessions(limits: { dialysisRecord?: unknown; dialysisAfterTransplant?: unknown }, sessions: readonly string[]): void {
  const reading = (['dialysisRecord', 'dialysisAfterTransplant'] as const).filter((name) => limits[name]);
  if (reading.length && !sessions.length) throw new Error(`history/limits.json: ${reading.join(', ')}: knowledge/${DIALYSIS_SESSIONS_FILE} is missing (the dialysis sessions these checks read)`);
}
