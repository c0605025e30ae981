import { z } from 'zod';
import { startsWithAny } from '../contract/code-prefix';
import { readJsonTable } from '../contract/json-table';

// 术后住院恢复 (rules/knowledge/post-operative-recovery.json): the ward days the national clinical pathways give an
// operation after its day; bed, nursing and the ward round on them are the pathway's recovery, not 挂床.

const file = z.strictObject({
  note: z.string(),
  rows: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        /** ICD-9-CM-3 prefixes of the coded operation. */
        procedures: z.array(z.string().min(1)).min(1),
        /** Days after the operation day that are the pathway's recovery. */
        recoveryDays: z.number().int().min(1),
        source: z.string().min(1),
        sample: z.boolean().optional(),
      }),
    )
    .min(1),
});

export type PostOperativeRecovery = z.infer<typeof file>;

/** Loads post-operative-recovery.json; a missing file gives no recovery window (null). */
export function loadPostOperativeRecovery(path: string): PostOperativeRecovery | null {
  return readJsonTable(path, file);
}

/** The longest recovery window of the rows the coded procedures fall under; 0 when none does. */
export function recoveryDaysOf(procedureCodes: readonly string[], t: PostOperativeRecovery | null | undefined): number {
  let days = 0;
  for (const r of t?.rows ?? []) if (startsWithAny(procedureCodes, r.procedures)) days = Math.max(days, r.recoveryDays);
  return days;
}
