import { chemoStayPrincipal } from '../../src/benefits/cross-claim/chemo-stay-principal';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { shippedRules } from '../helpers/shipped-rules';

const k = shippedRules.current().refs.history!;
const stay = (codes: string[]): MemberClaim => ({
  insuredId: 'P', claimId: 'S1', insuranceType: 'employee', visitType: 'inpatient', serviceDate: '2025-04-20', endDate: '2025-04-22',
  hospitalId: 'H11', principalCategory: 'C18', mdc: null, totalFen: 1, policyFen: 1, fundClaimedFen: 1, itemsSignature: 'S', serviceCodes: [], codes,
});
const line = (lineId: string, code: string, name: string, category: string): BenefitItem =>
  ({ lineId, code, name, category, date: '2025-04-21', quantity: 1, unitPrice: 100, amountFen: 10000, longPrescription: false, catalogue: null }) as BenefitItem;
const oxaliplatin = line('1', 'XL01XAA523B002010142122', '注射用奥沙利铂', 'drug');
const pathology = line('2', '002502200010001', '病理检查', 'service');

describe('a chemotherapy stay coded to the tumour (history.chemo-stay-coded-to-tumour)', () => {
  it('the stay coding Z51.1 itself beside the tumour principal is judged with no earlier claim; without it, or with pathology, it is not', () => {
    expect(chemoStayPrincipal(stay(['C18.900', 'Z51.100', '99.2500']), [oxaliplatin], [], k)).toMatchObject({ tumour: 'C18.900', lineIds: ['1'], claims: '' });
    expect(chemoStayPrincipal(stay(['C18.900', 'Z51.100', '99.2500']), [oxaliplatin], [], k)!.record).toContain('Z51.100');
    expect(chemoStayPrincipal(stay(['C18.900', '99.2500']), [oxaliplatin], [], k)).toBeNull();
    expect(chemoStayPrincipal(stay(['C18.900', 'Z51.100', '99.2500']), [oxaliplatin, pathology], [], k)).toBeNull();
    expect(chemoStayPrincipal(stay(['C18.900', 'Z51.100', '45.7300', '99.2500']), [oxaliplatin], [], k)).toBeNull();
  });

  it('a first stay staging the tumour by CT before its first cycle is not judged (a diagnostic stay); after earlier cycles the same CT is a restaging and it is', () => {
    const ct = line('3', '002301010030001', '腹部CT平扫', 'service');
    expect(chemoStayPrincipal(stay(['C18.900', 'Z51.100', '99.2500']), [oxaliplatin, ct], [], k)).toBeNull();
    const cycle = { ...stay(['Z51.100', 'C18.900', '99.2500']), claimId: 'S0', serviceDate: '2025-03-30', endDate: '2025-04-01', principalCategory: 'Z51' };
    expect(chemoStayPrincipal(stay(['C18.900', 'Z51.100', '99.2500']), [oxaliplatin, ct], [cycle], k)).not.toBeNull();
  });
});
