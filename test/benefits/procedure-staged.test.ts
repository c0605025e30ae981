import { loadHistoryKnowledge } from '../../src/benefits/history-knowledge';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import { procedureNotIndicated } from '../../src/benefits/cross-claim/procedure-indication';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { RULES_DIR } from '../helpers/rules-dir';

// The cataract row's `unspecified` H25.900 (procedure-indications.json): it does not clear an incipient stage coded by
// the member's claims of the `unspecifiedDays` before the operation. A claim dated after the operation decided nothing
// (review 32 item 3), and a claim coding the unspecified cataract beside the incipient one names two eyes.

const k = loadHistoryKnowledge(RULES_DIR);
const entry = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P1', claimId: 'S', insuranceType: 'employee', visitType: 'inpatient', serviceDate: '2025-03-04', endDate: '2025-03-04',
  hospitalId: 'H1', principalCategory: 'H25', mdc: null, totalFen: 600000, policyFen: 600000, fundClaimedFen: 0, itemsSignature: 'x',
  serviceCodes: [], lines: [], codes: ['H25.900', '13.4100x001', '13.7100x001'], ...over,
});
const phaco: BenefitItem = {
  lineId: '1', code: '003304010010001', name: '白内障超声乳化摘除术', category: 'service', date: '2025-03-04', quantity: 1, unitPrice: 3000,
  amountFen: 300000, longPrescription: false, catalogue: { code: '003304010010001', subcategory: 'surgery' },
};
const visit = (date: string, codes: string[]) =>
  entry({ claimId: `V${date}`, visitType: 'outpatient', serviceDate: date, endDate: date, codes, lines: [] });

describe('an unspecified cataract on the operated claim and the stage the member\'s other claims coded', () => {
  it('a visit two weeks before that staged it incipient is not cleared by H25.900', () => {
    expect(procedureNotIndicated(entry({}), [phaco], [visit('2025-02-18', ['H25.000x007'])], k)).toMatchObject({ procedure: '白内障摘除术', lineIds: ['1'] });
  });

  it('a post-op visit dated after the operation coding the fellow eye\'s incipient cataract stages nothing', () => {
    expect(procedureNotIndicated(entry({}), [phaco], [visit('2025-03-11', ['H25.000x007'])], k)).toBeNull();
  });

  it('a visit coding the unspecified cataract beside the incipient one names two eyes and stages neither', () => {
    expect(procedureNotIndicated(entry({}), [phaco], [visit('2025-02-18', ['H25.000x007', 'H25.900'])], k)).toBeNull();
  });
});
