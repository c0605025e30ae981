import { z } from 'zod';
import { underAny } from '../contract/code-prefix';
import { injuryRegion, isExternalCause } from '../contract/injury-code';
import { readJsonTable } from '../contract/json-table';

// A fall on the same level transfers the energy of a body falling from standing height: a fracture from it is by
// definition a fragility fracture (《原发性骨质疏松症诊疗指南（2022）》), which a younger adult's bones withstand. A
// long bone's shaft broken together with an injury of the chest, abdomen or brain in another body region is the
// pattern of a high-energy mechanism — traffic, a fall from height, a crush (rules/knowledge/injury-mechanisms.json):
// coded as a fall at home, the cause a third party answers for may be hidden (《社会保险法》第三十条).

const prefixes = z.array(z.string().regex(/^[A-Z][0-9]{1,2}(\.[0-9]{0,2})?$/, 'is not an ICD-10 prefix')).min(1);
const file = z.strictObject({
  note: z.string(),
  /** External causes of a fall on the same level (chapter 20 prefixes). */
  lowEnergyFalls: z.array(z.string().regex(/^W[0-9]{1,2}$/, 'is not a fall (W00–W19) prefix')).min(1),
  /** Oldest age judged: an older member's fall from standing height may break bones (osteoporosis). */
  maxAge: z.number().int().positive(),
  /** Diagnoses that make a low-energy fracture plausible at any age (osteoporosis, a pathological fracture). */
  fragility: prefixes,
  /** Fractures of a long bone's shaft. */
  shaftFractures: prefixes,
  /** Injuries of the brain, chest or abdominal organs. */
  organInjuries: prefixes,
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

export type InjuryMechanisms = z.infer<typeof file>;

/** The table; null (no check) when the file is absent. */
export function loadInjuryMechanisms(path: string): InjuryMechanisms | null {
  return readJsonTable(path, file);
}

export interface HighEnergyFallFacts {
  /** The claim's fall codes, its shaft fractures and its organ injuries. */
  fall: string;
  shaft: string;
  organ: string;
  ageYears: number;
  /** The fund's claim, yuan. */
  amount: number;
}


/**
 * A claim whose every external cause is a fall on the same level (`lowEnergyFalls`), of a member of at most `maxAge`
 * with nothing that makes bones fragile (`fragility`), coding a shaft fracture (`shaftFractures`) and an organ injury
 * (`organInjuries`) of another body region, billed to the fund. Null otherwise.
 */
export function highEnergyFall(diagnosisCodes: readonly string[], ageYears: number, t: InjuryMechanisms | null | undefined, fundClaimed: number): HighEnergyFallFacts | null {
  if (!t || ageYears > t.maxAge || fundClaimed <= 0) return null;
  const causes = diagnosisCodes.filter(isExternalCause);
  if (!causes.length || !causes.every((c) => underAny(c, t.lowEnergyFalls))) return null;
  if (diagnosisCodes.some((c) => underAny(c, t.fragility))) return null;
  const shaft = diagnosisCodes.filter((c) => underAny(c, t.shaftFractures));
  const organ = diagnosisCodes.filter((c) => underAny(c, t.organInjuries) && shaft.some((s) => injuryRegion(s) !== injuryRegion(c)));
  if (!shaft.length || !organ.length) return null;
  return { fall: causes.join('、'), shaft: shaft.join('、'), organ: organ.join('、'), ageYears, amount: fundClaimed };
}
