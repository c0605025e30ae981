import { join } from 'node:path';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import { loadHistoryKnowledge } from '../../src/benefits/history-knowledge';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { pharmacyDiagnosisUnrecorded } from '../../src/benefits/pharmacy-record';

// A pharmacy's restricted drug is read against the member's record at medical institutions: the condition the
// catalogue pays it for must appear there (or in the 门诊慢特病 approval), not only on the pharmacy's own bill.

// The shipped figures (limits.json pharmacyRecord: 2 earlier purchases within 180 days).
const limits = loadHistoryKnowledge(join(__dirname, '../../rules')).limits.pharmacyRecord;
const entry = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P1', claimId: 'C', insuranceType: 'employee', visitType: 'outpatient', serviceDate: '2026-03-01', endDate: '2026-03-01',
  hospitalId: 'H1', principalCategory: 'I10', mdc: null, totalFen: 1000, policyFen: 1000, fundClaimedFen: 0, itemsSignature: 'x',
  serviceCodes: [], lines: [], codes: ['I10.x00'], ...over,
});
const ppc: BenefitItem = {
  lineId: '1', code: 'XA05BAD508A001', name: '多烯磷脂酰胆碱胶囊', category: 'drug', date: '2026-06-01', quantity: 96, unitPrice: 1.2, amountFen: 11520,
  longPrescription: false, catalogue: { code: 'XA05BAD508A001', indications: ['K70', 'K71', 'K72', 'K73', 'K74', 'K75', 'K76', 'B18'] },
};
const amlodipine: BenefitItem = { ...ppc, lineId: '2', code: 'XC08CAA512A001', name: '苯磺酸氨氯地平片', amountFen: 224, catalogue: { code: 'XC08CAA512A001' } };
const purchase = entry({ claimId: 'Y', visitType: 'pharmacy', hospitalId: 'Y1', serviceDate: '2026-06-01', endDate: '2026-06-01', principalCategory: 'K76', codes: ['K76.001'] });
const bought = (claimId: string, date: string) =>
  entry({ ...purchase, claimId, serviceDate: date, endDate: date, lines: [{ lineId: '1', code: 'XA05BAD508A001', date, kind: 'drug', amountFen: 11520, drug: 'XA05BAD508A001' }] });
const refills = [bought('Y1', '2026-05-01'), bought('Y2', '2026-05-15')];

describe('pharmacyDiagnosisUnrecorded', () => {
  it('names the restricted drug whose condition no medical claim of the member codes, not the unrestricted one', () => {
    expect(pharmacyDiagnosisUnrecorded(purchase, [ppc, amlodipine], [entry({}), ...refills], null, limits)).toEqual({
      lineIds: ['1'], names: '多烯磷脂酰胆碱胶囊', amount: 115.2, conditions: 'K76', pharmacyCodes: 'K76.001', recordCodes: 'I10.x00', recordClaims: 1, earlierPurchases: 2,
    });
  });

  it('earlier pharmacy purchases coding the condition are no record of it; the first two purchases, or ones beyond 180 days, are not judged', () => {
    expect(pharmacyDiagnosisUnrecorded(purchase, [ppc], [entry({}), ...refills], null, limits)?.recordClaims).toBe(1);
    expect(pharmacyDiagnosisUnrecorded(purchase, [ppc], [entry({}), refills[0]], null, limits)).toBeNull();
    expect(pharmacyDiagnosisUnrecorded(purchase, [ppc], [entry({}), refills[0], bought('Y0', '2025-11-01')], null, limits)).toBeNull();
  });

  it('a clinic visit coding the condition (any diagnosis of it, not only the principal), or the approval, explains it', () => {
    expect(pharmacyDiagnosisUnrecorded(purchase, [ppc], [entry({ codes: ['I10.x00', 'K76.000'] }), ...refills], null, limits)).toBeNull();
    expect(pharmacyDiagnosisUnrecorded(purchase, [ppc], [entry({}), ...refills], ['B18'], limits)).toBeNull();
  });

  it('a visit dated after the purchase, no record at all, or a clinic claim is not judged', () => {
    expect(pharmacyDiagnosisUnrecorded(purchase, [ppc], [entry({ serviceDate: '2026-07-01', endDate: '2026-07-01' }), ...refills], null, limits)).toBeNull();
    expect(pharmacyDiagnosisUnrecorded(purchase, [ppc], refills, null, limits)).toBeNull();
    expect(pharmacyDiagnosisUnrecorded({ ...purchase, visitType: 'outpatient' }, [ppc], [entry({}), ...refills], null, limits)).toBeNull();
  });

  it('reads its count and window from the limits, and is off without them', () => {
    expect(limits).toEqual({ minEarlier: 2, windowDays: 180 });
    expect(pharmacyDiagnosisUnrecorded(purchase, [ppc], [entry({}), refills[0]], null, { minEarlier: 1, windowDays: 180 })?.earlierPurchases).toBe(1);
    expect(pharmacyDiagnosisUnrecorded(purchase, [ppc], [entry({}), ...refills], null, { minEarlier: 2, windowDays: 20 })).toBeNull();
    expect(pharmacyDiagnosisUnrecorded(purchase, [ppc], [entry({}), ...refills], null, undefined)).toBeNull();
  });
});
