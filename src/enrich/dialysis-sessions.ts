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

/** Loads dialysis-sessions.json; a missing file gives no session rows (checkDialysisSessions refuses that where a table reads them). */
export function loadDialysisSessions(path: string): readonly string[] {
  return readJsonTable(path, file)?.items ?? [];
}

/**
 * Fails the rule set's load when a table reads the sessions and there are none, naming every reader: the check would
 * be silently off. The one place this is refused: history/limits.json's checks (dialysisRecord,
 * dialysisAfterTransplant) and drug-schedules.json's weekly doses given at the session (weeklyDose.givenWith).
 */
export function checkDialysisSessions(
  limits: { dialysisRecord?: unknown; dialysisAfterTransplant?: unknown },
  schedules: Iterable<{ name: string; weeklyDose?: unknown }>,
  sessions: readonly string[],
): void {
  if (sessions.length) return;
  const checks = (['dialysisRecord', 'dialysisAfterTransplant'] as const).filter((name) => limits[name]);
  const doses = [...new Set([...schedules].filter((r) => r.weeklyDose).map((r) => r.name))];
  const readers = [
    ...(checks.length ? [`history/limits.json: ${checks.join(', ')}`] : []),
    ...(doses.length ? [`knowledge/drug-schedules.json: ${doses.join(', ')}: weeklyDose.givenWith`] : []),
  ];
  if (readers.length) throw new Error(`${readers.join('; ')}: knowledge/${DIALYSIS_SESSIONS_FILE} is missing (the dialysis sessions these checks read)`);
}
