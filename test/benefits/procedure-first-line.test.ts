import { loadHistoryKnowledge } from '../../src/benefits/history-knowledge';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import { procedureNotIndicated } from '../../src/benefits/cross-claim/procedure-indication';
import type { LedgerLine, MemberClaim } from '../../src/benefits/member-claim';
import { RULES_DIR } from '../helpers/rules-dir';

// A row's firstLine (procedure-indications.json, haemorrhoidectomy of grade I haemorrhoids): an earlier outpatient visit
// for the condition at least minDays before, billing care (a drug, an anoscopy, a sitz bath), is the conservative care
// the guideline puts first, tried and failed; a registration alone is not.

const k = loadHistoryKnowledge(RULES_DIR);
const entry = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P1', claimId: 'S', insuranceType: 'employee', visitType: 'inpatient', serviceDate: '2025-03-04', endDate: '2025-03-10',
  hospitalId: 'H1', principalCategory: 'K64', mdc: null, totalFen: 500000, policyFen: 500000, fundClaimedFen: 0, itemsSignature: 'x',
  serviceCodes: [], lines: [], codes: ['K64.000', '49.4600'], ...over,
});
const operation: BenefitItem = {
  lineId: '1', code: '003302040010001', name: '痔切除术', category: 'service', date: '2025-03-05', quantity: 1, unitPrice: 900,
  amountFen: 90000, longPrescription: false, catalogue: { code: '003302040010001', subcategory: 'surgery' },
};
// The visit's care: a stool softener dispensed (lactulose), the conservative treatment the guideline puts first.
const care = (date: string): LedgerLine[] => [{ lineId: 'c1', code: 'XA06ADR502A004', date, kind: 'drug', amountFen: 3000, quantity: 1 }];
const visit = (date: string, codes = ['K64.000'], visitType = 'outpatient', lines: LedgerLine[] = care(date)) =>
  entry({ claimId: `V${date}`, visitType, serviceDate: date, endDate: date, codes, lines });

describe('haemorrhoidectomy of grade I haemorrhoids and the conservative care put first', () => {
  it('flags the operation with no outpatient care for haemorrhoids before, naming the operation line', () => {
    expect(procedureNotIndicated(entry({}), [operation], [], k)).toMatchObject({ procedure: '痔切除术', conditionCodes: 'K64.000', lineIds: ['1'] });
  });

  it('is cleared by an outpatient visit for haemorrhoids 14 days or more before, not by one 13 days before', () => {
    expect(procedureNotIndicated(entry({}), [operation], [visit('2025-02-18')], k)).toBeNull();
    expect(procedureNotIndicated(entry({}), [operation], [visit('2025-02-19')], k)).not.toBeNull();
  });

  it('a visit billing only its registration is no care tried; an anoscopy or a sitz bath is (review 30 item 13)', () => {
    const consult: LedgerLine = { lineId: 'g', code: '001101000010001', date: '2025-02-10', kind: 'consult', amountFen: 1000 };
    expect(procedureNotIndicated(entry({}), [operation], [visit('2025-02-10', ['K64.000'], 'outpatient', [consult])], k)).not.toBeNull();
    const anoscopy: LedgerLine = { lineId: 'a', code: '003302040050001', date: '2025-02-10', kind: 'service', amountFen: 2000 };
    expect(procedureNotIndicated(entry({}), [operation], [visit('2025-02-10', ['K64.000'], 'outpatient', [consult, anoscopy])], k)).toBeNull();
    const bath: LedgerLine = { lineId: 'b', code: '004100000060001', date: '2025-02-10', kind: 'service', amountFen: 2400 };
    expect(procedureNotIndicated(entry({}), [operation], [visit('2025-02-10', ['K64.000'], 'outpatient', [consult, bath])], k)).toBeNull();
  });

  it('grade II haemorrhoids are not judged: their care before may lie outside the record', () => {
    expect(procedureNotIndicated(entry({ codes: ['K64.100', '49.4600'] }), [operation], [], k)).toBeNull();
  });

  it('an earlier stay, a visit for another condition or another member does not stand for conservative care', () => {
    expect(procedureNotIndicated(entry({}), [operation], [visit('2025-01-10', ['K64.000'], 'inpatient')], k)).not.toBeNull();
    expect(procedureNotIndicated(entry({}), [operation], [visit('2025-01-10', ['K59.000'])], k)).not.toBeNull();
    expect(procedureNotIndicated(entry({}), [operation], [{ ...visit('2025-01-10'), insuredId: 'P2' }], k)).not.toBeNull();
  });
});
