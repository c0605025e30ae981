import { validateClaim } from '../../src/validate/validate-claim';
import { makeClaim, makeItem, makeOutpatientClaim, makeRecord, makeVerdict } from './fixtures';

// Other tests trust these fixtures to be valid claims; this keeps them honest as validation grows.
describe('fixtures', () => {
  it.each([
    ['inpatient', makeClaim()],
    ['outpatient', makeOutpatientClaim()],
    ['inpatient moved to another month and province', makeClaim({ claimId: 'X', region: '370100', admissionDate: '2024-11-28' })],
    ['outpatient on another day', makeOutpatientClaim({ visitDate: '2025-07-01' })],
    ['inpatient with its own items', makeClaim({ items: [makeItem({ quantity: 3, unitPrice: 33.33 }), makeItem({ lineId: '2', unitPrice: 0.01 })] })],
  ])('%s is a valid claim', (_name, claim) => {
    const r = validateClaim(claim);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('builds equal claims on every call, with an item over 100 yuan to exercise price rules', () => {
    expect(makeClaim()).toEqual(makeClaim());
    expect(makeClaim().items.some((i) => i.amount > 100)).toBe(true);
  });

  it('derives the record from the claim and verdict', () => {
    const claim = makeClaim({ region: '370100', admissionDate: '2024-12-30' });
    const record = makeRecord(claim, makeVerdict(claim, { decision: 'reject' }));
    expect(record).toMatchObject({ province: '37', month: '2024-12', serviceDate: '2024-12-30', decision: 'reject', families: ['catalogue'] });
    expect(record.totalFen).toBe(Math.round(claim.amounts.total * 100));
  });
});
