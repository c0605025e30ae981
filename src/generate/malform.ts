import type { GeneratedClaim } from './finalize';
import type { Rng } from './random';

// Realistic malformations for the invalidRate option: what broken settlement feeds actually send.

type Breaker = (c: GeneratedClaim, rng: Rng) => string | undefined;

const BREAKERS: Breaker[] = [
  (c) => {
    if (c.visitType === 'inpatient') {
      const a = c.admissionDate!;
      c.admissionDate = c.dischargeDate;
      c.dischargeDate = a;
      return a === c.admissionDate ? undefined : 'admission and discharge dates swapped';
    }
    delete c.visitDate;
    return 'visitDate missing';
  },
  (c) => {
    if (c.items.length === 0) return undefined;
    c.items[0].amount = Math.round((c.items[0].amount + 1.23) * 100) / 100;
    return 'first line amount does not equal quantity × unitPrice';
  },
  (c) => {
    c.amounts.total = Math.round((c.amounts.total + 10) * 100) / 100;
    return 'total is not the sum of the lines';
  },
  (c) => {
    c.diagnoses[0].code = c.diagnoses[0].code.replace('.', '');
    return 'principal diagnosis code without the dot';
  },
  (c) => {
    delete c.diagnoses[0].principal;
    return 'no principal diagnosis';
  },
  (c) => {
    c.amounts.fundClaimed = Math.round((c.amounts.policy + 50) * 100) / 100;
    return 'fundClaimed above the policy amount';
  },
  (c) => {
    c.region = c.region.slice(0, 4);
    return 'region code of 4 digits';
  },
  (c) => {
    const iso = c.visitDate ?? c.admissionDate!;
    const bad = `${iso.slice(0, 8)}31`;
    if (c.visitDate) c.visitDate = bad;
    else c.admissionDate = bad;
    return iso.slice(5, 7) === '01' || iso.slice(5, 7) === '03' ? undefined : `service date ${bad} is not a calendar date`;
  },
  (c) => {
    if (c.items.length === 0) return undefined;
    c.items[c.items.length - 1].quantity = -c.items[c.items.length - 1].quantity;
    return 'negative quantity';
  },
  (c) => {
    (c.patient as Record<string, unknown>).gender = '1';
    return 'gender coded 1 instead of M';
  },
  (c) => {
    c.amounts.total = -c.amounts.total;
    return 'negative total';
  },
];

export function malform(rng: Rng, claim: GeneratedClaim): GeneratedClaim {
  for (let t = 0; t < 10; t++) {
    const copy = JSON.parse(JSON.stringify(claim)) as GeneratedClaim;
    const note = rng.pick(BREAKERS)(copy, rng);
    if (note) {
      copy.injected = { pattern: 'malformed', lineIds: [], note };
      return copy;
    }
  }
  delete claim.visitDate;
  delete claim.admissionDate;
  claim.injected = { pattern: 'malformed', lineIds: [], note: 'service date missing' };
  return claim;
}
