import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';
import { isOperationCode, underAny } from '../contract/code-prefix';

// Antibacterial prophylaxis after clean operations (rules/knowledge/surgical-prophylaxis.json), checked at load; the
// per-claim check is surgical-prophylaxis-facts.ts.

const atcPrefix = z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix');
const prefixes = z.array(z.string().min(1));

const operationRow = z.strictObject({
  name: z.string().min(1),
  /** ICD-9-CM-3 prefixes of the clean (I类切口) operations of the row. */
  procedures: prefixes.min(1),
  /** Days after the operation day prophylaxis may still be billed (1: ≤ 24 h; 2: ≤ 48 h, implants and cardiac). */
  windowDays: z.number().int().min(0),
  /** ATC prefixes of `restricted` classes the row's operations name as a first choice (the quinolones of urological operations). */
  firstChoice: z.array(atcPrefix).optional(),
  /** Days beyond the window counted for parenteral lines only (an oral course after the row's operations is not read as prophylaxis). */
  parenteralOnly: z.boolean().optional(),
  source: z.string().min(1),
});

const file = z.strictObject({
  note: z.string().min(1),
  operations: z.array(operationRow).min(1),
  /** The systemic antibacterials (ATC J01) whose days are counted. */
  antibacterials: z.strictObject({ atc: z.array(atcPrefix).min(1), name: z.string().min(1) }),
  /** Classes that are not first- or second-generation cephalosporins (越级); `allergyAllowed`: the alternative when a drug allergy is coded. */
  restricted: z.array(z.strictObject({ atc: atcPrefix, name: z.string().min(1), allergyAllowed: z.boolean().optional() })),
  /** ICD-10 prefixes of a drug allergy (penicillin, other antibacterials). */
  allergyDiagnoses: prefixes,
  /** ICD-10 prefixes that make antibacterials treatment, not prophylaxis: infections, open wounds, immunocompromise. */
  notJudgedDiagnoses: prefixes,
  /** A culture or infection marker on the bill: a course guided by it, or an infection suspected. */
  infectionWorkUp: itemSelector,
  /** What prophylaxis should have been, for messages. */
  expected: z.string().min(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

export type SurgicalProphylaxis = z.infer<typeof file>;

/** Loads surgical-prophylaxis.json; a missing file is no check (null). */
export function loadSurgicalProphylaxis(path: string): SurgicalProphylaxis | null {
  return readJsonTable(path, file);
}

/**
 * Whether a day of the stay lies in the prophylaxis window of a coded clean operation (the operation day and the
 * row's `windowDays` after it): an antibacterial given then is the operation's prophylaxis. Not when another coded
 * operation is not in the table (bowel, biliary, vaginal: its own windows or treatment), as prophylaxisExcess reads it.
 */
export function inProphylaxisWindow(t: SurgicalProphylaxis, procedureCodes: readonly string[], procedureDays: readonly (number | null)[], day: number): boolean {
  if (procedureCodes.some((p) => isOperationCode(p) && !t.operations.some((r) => underAny(p, r.procedures)))) return false;
  return procedureCodes.some((p, i) => {
    const d = procedureDays[i];
    if (d === null || d === undefined || day < d) return false;
    const row = t.operations.find((r) => underAny(p, r.procedures));
    return row !== undefined && day - d <= row.windowDays;
  });
}
