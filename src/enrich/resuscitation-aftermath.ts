import { z } from 'zod';
import { readJsonTable } from './json-table';

// The table of what follows a resuscitation (rules/knowledge/resuscitation-aftermath.json), checked at load; the
// facts are in resuscitation-facts.ts.

const atcPrefixes = z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix'));

const file = z.strictObject({
  note: z.string(),
  /** ICD-9-CM-3 prefixes of the resuscitation; the earliest one coded with a date is the arrest day. */
  arrestProcedures: z.array(z.string().min(1)).min(1),
  /** Days after the arrest day within which the aftermath must show. */
  afterDays: z.number().int().min(1),
  /** Catalogue codes of post-arrest care billed on those days (ICU bed, 重症监护, 特级护理, ventilation). */
  aftermath: z.array(z.string().min(1)).min(1),
  /** ICD-9-CM-3 prefixes of post-arrest treatment coded on the stay (targeted temperature, coronary intervention, a defibrillator). */
  aftermathProcedures: z.array(z.string().min(1)).default([]),
  /** Discharge modes not judged (death; transfer to another hospital for the aftermath). */
  notJudgedDischargeModes: z.array(z.string().min(1)).default([]),
  /** The resuscitation day's lines named: catalogue codes, and injected drugs by ATC prefix. */
  dayCodes: z.array(z.string().min(1)).min(1),
  dayAtc: atcPrefixes.default([]),
  source: z.string().min(1),
});

export type ResuscitationAftermath = z.infer<typeof file>;

export function loadResuscitationAftermath(path: string): ResuscitationAftermath | null {
  return readJsonTable(path, file);
}
