import { generateClaims } from '../generate';
import type { EvalClaim } from './claim-edit';
import { clone } from './claim-edit';

// Clean base claims: the generator's clean path (fraud rate 0), nothing of its fraud code. Only each generated
// member's first claim is kept, so its fund amount was settled with the deductible unused: placed later in a
// member's history it claims no more than a settlement would pay.

export interface Institution {
  hospitalId: string;
  level: 1 | 2 | 3;
  region: string;
  pharmacy: boolean;
  /** A doctor (or pharmacist) seen there, for claims the evaluation moves to this institution. */
  doctorId: string;
}

export interface BasePool {
  claims: readonly EvalClaim[];
  /** Hospitals and pharmacies seen in each region. */
  institutions: Map<string, Institution[]>;
}

export function loadBasePool(rulesDir: string, seed: string, count = 6000): BasePool {
  const claims: EvalClaim[] = [];
  const seen = new Set<string>();
  const institutions = new Map<string, Institution[]>();
  const known = new Set<string>();
  for (const g of generateClaims({ count, seed, fraudRate: 0, rulesDir })) {
    const { injected: _label, ...claim } = g;
    const c = claim as unknown as EvalClaim;
    if (!known.has(c.provider.hospitalId)) {
      known.add(c.provider.hospitalId);
      const list = institutions.get(c.region) ?? [];
      list.push({ hospitalId: c.provider.hospitalId, level: c.provider.level, region: c.region, pharmacy: c.visitType === 'pharmacy', doctorId: c.provider.doctorId ?? '' });
      institutions.set(c.region, list);
    }
    if (seen.has(c.patient.insuredId)) continue;
    seen.add(c.patient.insuredId);
    claims.push(clone(c));
  }
  for (const list of institutions.values()) list.sort((a, b) => a.hospitalId.localeCompare(b.hospitalId));
  return { claims, institutions };
}
