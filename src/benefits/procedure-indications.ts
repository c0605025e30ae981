import { z } from 'zod';
import { parseTable } from '../contract/json-table';

// rules/history/procedure-indications.json: procedures and the diagnoses that are by definition not their indication
// (dry AMD for an intravitreal injection, an incipient cataract for its extraction), read against the claim and the
// member's record (cross-claim/procedure-indication.ts). Checked at load so a typo fails loudly.

const codes = z.array(z.string().min(1));

// Strict objects: a misspelt optional key (operations, exceptAtc) would otherwise load as its empty default.
const tableSchema = z.strictObject({
  note: z.string(),
  /** Marks in a drug's generic name that say it is given by injection (the name carries the dosage form). */
  injectionMarks: codes.min(1),
  /** ATC prefixes of injected drugs that are the procedure's anaesthesia, not the drug it puts in. */
  exceptAtc: codes.default([]),
  rows: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        /** ICD-9-CM-3 prefixes of the procedure. */
        procedures: codes.min(1),
        /** Exact ICD-10 codes that are not an indication (their extension codes may name other forms). */
        notIndicated: codes.min(1),
        notIndicatedName: z.string().min(1),
        /** ICD-10 prefixes of the indications; a notIndicated code under one does not count. */
        indications: codes.min(1),
        /** ICD-9-CM-3 prefixes of operations in the same session that the procedure serves (not judged). */
        operations: codes.default([]),
        /**
         * Conservative care the guideline puts first: an earlier outpatient claim of the member coding one of `codes`
         * (ICD-10 prefixes) at least `minDays` before clears a notIndicated code — that care was tried and failed. The
         * visit must bill care given, not a registration alone: a drug line or one of `careCodes` (catalogue services:
         * an anoscopy, a sitz bath); one 挂号 at the hospital that operates would otherwise be enough.
         */
        firstLine: z
          .strictObject({ codes: codes.min(1), minDays: z.number().int().min(0), name: z.string().min(1), careCodes: z.array(z.string().min(1)).min(1) })
          .optional(),
        /**
         * Exact ICD-10 codes that name the condition without its stage (H25.900 老年性白内障，未特指): under an indication
         * prefix, yet they do not clear a notIndicated code that this claim, or one of the member's claims at most
         * `unspecifiedDays` before it (not after), coded — the visit that decided the procedure staged it, the operated
         * claim did not. A claim coding an unspecified code beside the stage names two lenses and stages neither.
         */
        unspecified: codes.default([]),
        unspecifiedDays: z.number().int().min(0).default(0),
        /** Which lines a hit names: the injected drugs, or the operation services and their day's consumables. */
        lines: z.enum(['injected', 'operation']),
        expected: z.string().min(1),
        reason: z.string().min(1),
        source: z.string().min(1),
        sample: z.boolean().optional(),
      }),
    )
    .min(1),
});

export type ProcedureIndications = z.infer<typeof tableSchema>;
export type ProcedureIndicationRow = ProcedureIndications['rows'][number];

export function parseProcedureIndications(json: unknown, file: string): ProcedureIndications {
  const parsed = parseTable(tableSchema, json, file);
  return parsed;
}
