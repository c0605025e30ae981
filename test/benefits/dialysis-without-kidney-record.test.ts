import { dialysisWithoutKidneyRecord } from '../../src/benefits/cross-claim/dialysis-without-kidney-record';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { shippedRules } from '../helpers/shipped-rules';

const k = shippedRules.current().refs.history!;
const claim = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P', claimId: 'S9', insuranceType: 'resident', visitType: 'outpatient', serviceDate: '2025-05-10', endDate: '2025-05-10',
  hospitalId: 'H11', principalCategory: 'N18', mdc: null, totalFen: 1, policyFen: 1, fundClaimedFen: 1, itemsSignature: 'S', serviceCodes: ['003310010010001'],
  codes: ['N18.500'], ...over,
});
const session = { lineId: '1', code: '003310010010001', name: '血液透析', category: 'service', date: '2025-05-10', quantity: 1, unitPrice: 400, amountFen: 40000, longPrescription: false, catalogue: null } as BenefitItem;
const cold = claim({ claimId: 'V1', hospitalId: 'H02', serviceDate: '2025-03-01', endDate: '2025-03-01', principalCategory: 'J06', serviceCodes: [], codes: ['J06.900'] });
const earlierSession = claim({ claimId: 'S1', serviceDate: '2025-05-08', endDate: '2025-05-08' });

describe('dialysis with no kidney disease on the record (history.dialysis-without-kidney-record)', () => {
  it('judges a 普通门诊 session when the record, the centre’s own sessions aside, holds care but no kidney code', () => {
    expect(dialysisWithoutKidneyRecord(claim({}), [session], [cold, earlierSession], k)).toMatchObject({ lineIds: ['1'], amount: 400, otherClaims: 1 });
    // A CKD visit, an AKI stay, or sessions at another centre show the disease.
    expect(dialysisWithoutKidneyRecord(claim({}), [session], [cold, claim({ claimId: 'V2', hospitalId: 'H02', serviceCodes: [], codes: ['N18.400'] })], k)).toBeNull();
    expect(dialysisWithoutKidneyRecord(claim({}), [session], [cold, claim({ claimId: 'A1', hospitalId: 'H01', visitType: 'inpatient', serviceCodes: [], codes: ['N17.900', '39.9500'] })], k)).toBeNull();
    expect(dialysisWithoutKidneyRecord(claim({}), [session], [cold, claim({ claimId: 'S0', hospitalId: 'H12' })], k)).toBeNull();
    // Nothing but the centre's sessions, or a 门诊慢特病 settlement: not judged.
    expect(dialysisWithoutKidneyRecord(claim({}), [session], [earlierSession], k)).toBeNull();
    expect(dialysisWithoutKidneyRecord(claim({ visitType: 'chronic' }), [session], [cold], k)).toBeNull();
  });
});
