/** Input checks and the optional code conversion, both done before any MDC is tested. */
import type { CodeMaps } from './scheme';
import type { GrouperInput, PathStep } from './types';

/** Returns the reason the record fails the checks, or null when it passes. */
export function checkFailure(input: GrouperInput): string | null {
  if (!input.gender) return 'gender is missing';
  // Only an explicit 0 fails; an absent weight does not (source behaviour).
  if (input.ageYears === 0 && input.ageDays !== undefined && input.ageDays <= 28 && input.birthWeightGrams === 0)
    return `newborn (age ${input.ageDays} days) has birth weight 0`;
  if (input.diagnoses.length === 0) return 'there is no diagnosis';
  return null;
}

function mapAll(codes: readonly string[], map: ReadonlyMap<string, string>, kind: string, path: PathStep[]): string[] | string {
  const out: string[] = new Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const to = map.get(codes[i]);
    if (to === undefined) return codes[i];
    if (to !== codes[i]) path.push({ step: 'code_map', detail: `${kind} ${codes[i]} converted to ${to}`, code: codes[i] });
    out[i] = to;
  }
  return out;
}

/**
 * Converts every code with the scheme's maps. A code missing from its map fails the record
 * ("code not convertible"); the failing code is returned in `failed`.
 */
export function applyCodeMaps(
  input: GrouperInput,
  maps: CodeMaps,
  path: PathStep[],
): { input: GrouperInput } | { failed: string; kind: 'diagnosis' | 'procedure' } {
  const diagnoses = mapAll(input.diagnoses, maps.diagnosis, 'diagnosis', path);
  if (typeof diagnoses === 'string') return { failed: diagnoses, kind: 'diagnosis' };
  const procedures = mapAll(input.procedures, maps.procedure, 'procedure', path);
  if (typeof procedures === 'string') return { failed: procedures, kind: 'procedure' };
  return { input: { ...input, diagnoses, procedures } };
}
