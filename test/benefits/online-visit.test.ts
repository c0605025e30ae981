import { join } from 'node:path';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import { DEFAULT_LIMITS } from '../../src/benefits/history-knowledge';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { onlineControlledDrug, onlineFirstVisit, onlineSameDayConsult } from '../../src/benefits/cross-claim/online-visit';
import { loadInternetHospitals } from '../../src/benefits/internet-hospitals';

// An online visit is known by the shipped register (H51010001-NET) or by the online 复诊 fee it bills
// (互联网复诊诊察费 001102000910001, rules/history/internet-hospitals.json onlineConsults) at any institution.

const internetHospitals = loadInternetHospitals(join(__dirname, '../../rules/history'));
const k = { limits: { ...DEFAULT_LIMITS, onlineFirstVisit: { recordDays: 180 } }, frequency: new Map(), internetHospitals };
const ONLINE_FEE = '001102000910001';
const IN_PERSON_FEE = '001102000010001';
const visit = (over: Partial<MemberClaim>, fee = ONLINE_FEE): MemberClaim => ({
  insuredId: 'P1', claimId: 'V', insuranceType: 'resident', visitType: 'outpatient', serviceDate: '2025-03-09', endDate: '2025-03-09',
  hospitalId: 'H22010001', principalCategory: 'I48', mdc: null, totalFen: 1000, policyFen: 1000, fundClaimedFen: 500, itemsSignature: 'x',
  serviceCodes: [fee], lines: [{ lineId: '1', code: fee, date: over.serviceDate ?? '2025-03-09', kind: 'consult', amountFen: 1000 }],
  consult: { row: fee, lineId: '1', amountFen: 1000 }, codes: ['I48.000'], ...over,
});
const fee: BenefitItem = {
  lineId: '1', code: ONLINE_FEE, name: '互联网复诊诊察费', category: 'service', date: '2025-03-09', quantity: 1, unitPrice: 10, amountFen: 1000,
  longPrescription: false, catalogue: { code: ONLINE_FEE, subcategory: 'consult' },
};
const pharmacy = visit({ claimId: 'Y', visitType: 'pharmacy', hospitalId: 'Y22010003', serviceDate: '2025-02-01', endDate: '2025-02-01', consult: null });

describe('online visits known by the online 复诊 fee', () => {
  // A claim of another condition far enough back (limits onlineFirstVisit.recordDays) for the record to show an absence.
  const old = visit({ claimId: 'C0', serviceDate: '2024-08-01', principalCategory: 'J06', codes: ['J06.900'] }, IN_PERSON_FEE);

  it('flags an online 复诊 fee with no in-person visit for the condition, saying how far the record goes', () => {
    expect(onlineFirstVisit(visit({}), [fee], [old], k)).toEqual({
      parentHospitalId: 'H22010001', condition: 'I48', knownBy: '收取互联网复诊诊察费', recordSince: '2024-08-01起（本系统记录以外的线下就诊无从核对）', lineIds: ['1'], amount: 10,
    });
  });

  it('is not judged on a record that does not reach recordDays back (go-live, a member from another region)', () => {
    expect(onlineFirstVisit(visit({}), [fee], [], k)).toBeNull();
    const cold = visit({ claimId: 'C', serviceDate: '2025-01-20', principalCategory: 'J06', codes: ['J06.900'] }, IN_PERSON_FEE);
    expect(onlineFirstVisit(visit({}), [fee], [cold, pharmacy], k)).toBeNull();
  });

  it('is quiet after an in-person visit for the condition, and on an in-person fee at an unlisted hospital', () => {
    const first = visit({ claimId: 'F', serviceDate: '2025-02-09' }, IN_PERSON_FEE);
    expect(onlineFirstVisit(visit({}), [fee], [old, first], k)).toBeNull();
    expect(onlineFirstVisit(visit({}, IN_PERSON_FEE), [{ ...fee, code: IN_PERSON_FEE, catalogue: { code: IN_PERSON_FEE, subcategory: 'consult' } }], [old], k)).toBeNull();
    // an earlier online fee is no in-person diagnosis
    expect(onlineFirstVisit(visit({}), [fee], [old, visit({ claimId: 'O', serviceDate: '2025-02-09' })], k)).not.toBeNull();
  });

  it('reaches the controlled-drug and same-day checks, and is off without the register', () => {
    const zolpidem: BenefitItem = { ...fee, lineId: '2', code: 'Z', name: '酒石酸唑吡坦片', category: 'drug', catalogue: { code: 'Z', specialControl: { class: '第二类精神药品' } } };
    expect(onlineControlledDrug(visit({}), [fee, zolpidem], [], k)?.drugs).toBe('酒石酸唑吡坦片（第二类精神药品）');
    const sameDay = visit({ claimId: 'S' }, IN_PERSON_FEE);
    expect(onlineSameDayConsult(visit({}), [fee], [sameDay], k)?.online).toBe('本单为互联网复诊');
    expect(onlineFirstVisit(visit({}), [fee], [], { limits: DEFAULT_LIMITS, frequency: new Map() })).toBeNull();
  });
});
