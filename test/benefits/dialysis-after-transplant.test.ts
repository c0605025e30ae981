import { dialysisAfterTransplant } from '../../src/benefits/cross-claim/dialysis-after-transplant';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { shippedRules } from '../helpers/shipped-rules';

const k = shippedRules.current().refs.history!;
const claim = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P', claimId: 'S1', insuranceType: 'employee', visitType: 'chronic', serviceDate: '2025-06-10', endDate: '2025-06-10',
  hospitalId: 'H11', principalCategory: 'N18', mdc: null, totalFen: 1, policyFen: 1, fundClaimedFen: 1, itemsSignature: 'S', serviceCodes: [],
  codes: ['N18.500', 'Z49.101'], ...over,
});
const session: BenefitItem = { lineId: '1', code: '003310010010001', name: '血液透析', category: 'service', date: '2025-06-10', quantity: 1, unitPrice: 400, amountFen: 40000, longPrescription: false, catalogue: null } as BenefitItem;
const stay = (codes: string[]) => claim({ claimId: 'T1', visitType: 'inpatient', serviceDate: '2025-05-01', endDate: '2025-05-18', codes });

describe('dialysis after a kidney transplant (history.dialysis-after-transplant)', () => {
  it('a session after the transplant stay, no graft dysfunction (T86) on record, is judged; T86 anywhere since, or no stay, is not', () => {
    expect(dialysisAfterTransplant(claim({}), [session], [stay(['N18.500', '55.6901'])], k)).toMatchObject({ lineIds: ['1'], amount: 400, daysAfter: 23 });
    expect(dialysisAfterTransplant(claim({}), [session], [stay(['N18.500', 'T86.100x007', '55.6901'])], k)).toBeNull();
    expect(dialysisAfterTransplant(claim({ codes: ['T86.100x006', 'N18.500'] }), [session], [stay(['N18.500', '55.6901'])], k)).toBeNull();
    expect(dialysisAfterTransplant(claim({}), [session], [stay(['N18.500', '55.6901']), claim({ claimId: 'F1', serviceDate: '2025-06-01', endDate: '2025-06-01', codes: ['T86.107'] })], k)).toBeNull();
    expect(dialysisAfterTransplant(claim({}), [session], [stay(['N18.500', '55.6100'])], k)).toBeNull(); // an autotransplant
    expect(dialysisAfterTransplant(claim({}), [session], [], k)).toBeNull();
  });
});
