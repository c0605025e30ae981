import { z } from 'zod';
import { underAny } from '../contract/code-prefix';
import { readJsonTable } from '../contract/json-table';

// 日间手术 (rules/knowledge/day-surgery.json): an operation on the national day-surgery lists done in a stay of at most
// 48 h is paid and judged as day surgery (日间手术按病种付费, or a DRG/DIP 日间手术 group), not as a low-rate case of the
// inpatient group's norm, whose length and cost are an ordinary stay's.

const prefixes = z.array(z.string().min(1)).min(1);

const file = z.strictObject({
  note: z.string(),
  /** Nights (discharge date − admission date) within which a stay is a day-surgery episode: 2, the most that can be within 48 h by dates. */
  maxNights: z.number().int().min(0),
  maxNightsSource: z.string().min(1),
  rows: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        /** ICD-9-CM-3 prefixes of the procedure. */
        procedures: prefixes,
        /**
         * The 日间手术病种 (ICD-10 prefixes of the principal diagnosis) when the list names the operation for some
         * conditions only (腹腔镜胆囊切除 for 胆囊结石/胆囊息肉, not for the gallstone pancreatitis whose stay it ends).
         */
        diagnoses: prefixes.optional(),
        source: z.string().min(1),
        sample: z.boolean().optional(),
      }),
    )
    .min(1),
});

export type DaySurgery = z.infer<typeof file>;

/** Loads day-surgery.json; a missing file names no day surgery (null). */
export function loadDaySurgery(path: string): DaySurgery | null {
  return readJsonTable(path, file);
}

/** Whether a coded procedure is on the day-surgery list, for the stay's principal diagnosis where its row names the 病种. */
export function onDaySurgeryList(code: string, t: DaySurgery | null | undefined, principal: string | undefined): boolean {
  return !!t && t.rows.some((r) => underAny(code, r.procedures) && (!r.diagnoses || (principal !== undefined && underAny(principal, r.diagnoses))));
}

/**
 * The principal procedure (the first coded) of a stay that is a day-surgery episode: on the list and discharged within
 * maxNights of admission; else null.
 */
export function daySurgeryProcedure(procedureCodes: readonly string[], nights: number, t: DaySurgery | null | undefined, principalDiagnosis: string | undefined): string | null {
  const principal = procedureCodes[0];
  return t && principal !== undefined && nights <= t.maxNights && onDaySurgeryList(principal, t, principalDiagnosis) ? principal : null;
}
