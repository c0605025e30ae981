import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { enrichClaim, type EnrichRefs } from '../enrich/enrich';
import type { EnrichedClaim } from '../enrich/facts';
import { validateClaim } from '../validate/validate-claim';

// Training and evaluation input: NDJSON claims, validated and enriched exactly as the review pipeline does
// (so the model learns the facts it will later see). Lines that are not valid claims are counted and skipped.
// A generated file's `injected` label ({pattern} or null) is kept for evaluation.

export interface ClaimSet {
  claims: EnrichedClaim[];
  /** Injected pattern per claim, null when clean; undefined when the line carried no label. */
  labels: (string | null | undefined)[];
  skipped: number;
  sha256: string;
}

export function readClaimSet(file: string, refs: EnrichRefs): ClaimSet {
  const bytes = readFileSync(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ...parseClaims(bytes.toString('utf8'), refs), sha256 };
}

export function parseClaims(text: string, refs: EnrichRefs): Omit<ClaimSet, 'sha256'> {
  const claims: EnrichedClaim[] = [];
  const labels: (string | null | undefined)[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    const checked = validateClaim(raw);
    if (!checked.ok) {
      skipped++;
      continue;
    }
    claims.push(enrichClaim(checked.claim, refs));
    labels.push(labelOf(raw));
  }
  return { claims, labels, skipped };
}

function labelOf(raw: unknown): string | null | undefined {
  if (!raw || typeof raw !== 'object' || !('injected' in raw)) return undefined;
  const inj = (raw as { injected: unknown }).injected;
  if (inj === null) return null;
  const p = (inj as { pattern?: unknown } | undefined)?.pattern;
  return typeof p === 'string' ? p : null;
}
