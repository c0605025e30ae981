import { loadEnrichRefs } from '../../src/enrich/load-refs';
import { generateClaims } from '../../src/generate';
import { parseClaims, type ClaimSet } from '../../src/model/read-claims';

export const refs = loadEnrichRefs('rules').refs;

/** A generated, labelled claim set, read the way `model train` / `model evaluate` read a file. */
export function generatedSet(count: number, seed: string, fraudRate: number): ClaimSet & { text: string } {
  let text = '';
  for (const c of generateClaims({ count, seed, fraudRate })) text += `${JSON.stringify(c)}\n`;
  return { ...parseClaims(text, refs), sha256: `test-${seed}`, text };
}
