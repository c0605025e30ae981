import type { Claim } from '../../src/contract/claim';
import { makeClaim } from './fixtures';

/**
 * A valid inpatient claim of `lines` item lines (the default claim's five lines, repeated with their own
 * lineIds): what a hospital's year-long stay or a careless export sends. 60,000 lines are ~9 MB of JSON.
 */
export function bigClaim(lines: number, claimId = `BIG-${lines}`, insuredId = 'INS-5101-BIG001'): Claim {
  const base = makeClaim().items;
  const items = Array.from({ length: lines }, (_, i) => ({ ...base[i % base.length], lineId: String(i + 1) }));
  const claim = makeClaim({ claimId, items });
  return { ...claim, patient: { ...claim.patient, insuredId } };
}
