import { join } from 'node:path';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import { DEFAULT_LIMITS } from '../../src/benefits/history-knowledge';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { rootCanalRebilled } from '../../src/benefits/cross-claim/root-canal-rebilled';
import { loadDentition } from '../../src/benefits/dentition';

// A root-canal course billed at a second institution after another's filling, with the shipped rules/history/dentition.json.

const dentition = loadDentition(join(__dirname, '../../rules/history'));
const k = { limits: DEFAULT_LIMITS, frequency: new Map(), dentition };
const RC = '003105120010001';
const entry = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'P1', claimId: 'C', insuranceType: 'employee', visitType: 'outpatient', serviceDate: '2025-10-07', endDate: '2025-10-07',
  hospitalId: 'CLINIC', principalCategory: 'K04', mdc: null, totalFen: 0, policyFen: 0, fundClaimedFen: 0, itemsSignature: 'x',
  serviceCodes: [], lines: [], codes: ['K04.007', '23.7002'], ...over,
});
const rc: BenefitItem = { lineId: '2', code: RC, name: '根管治疗术', category: 'service', date: '2025-10-07', quantity: 2, unitPrice: 96, amountFen: 19200, longPrescription: false, catalogue: { code: RC } };
const visit = (claimId: string, serviceDate: string, codes: string[], hospitalId = 'HOSP', billed = false) =>
  entry({ claimId, serviceDate, endDate: serviceDate, hospitalId, codes, lines: billed ? [{ lineId: '2', code: RC, date: serviceDate, kind: 'service', amountFen: 24000, quantity: 2 }] : [] });
const course = [visit('A', '2025-08-31', ['K04.002', '23.7000x001']), visit('B', '2025-09-05', ['K04.002', '23.7100']), visit('D', '2025-09-21', ['K04.002', '23.7002'], 'HOSP', true)];

describe('rootCanalRebilled', () => {
  it("names the clinic's root canal billed after another institution's filling of a tooth of the same category", () => {
    expect(rootCanalRebilled(entry({}), [rc], course, k)).toEqual({ lineIds: ['2'], names: '根管治疗术', amount: 192, earlier: '2025-09-21 HOSP 单据D（K04.002）' });
  });

  it('is quiet when the clinic opened or prepared the tooth, a tooth was opened since, the diagnosis differs, the filling was billed at this clinic or long ago, or nothing was billed before', () => {
    expect(rootCanalRebilled(entry({ codes: ['K04.007', '23.7000x001'] }), [rc], course, k)).toBeNull();
    expect(rootCanalRebilled(entry({}), [rc], [...course, visit('E', '2025-09-30', ['K04.007', '23.7100'], 'CLINIC')], k)).toBeNull();
    expect(rootCanalRebilled(entry({}), [rc], [...course, visit('E', '2025-09-28', ['K04.007', '23.7000x001'], 'ELSEWHERE')], k)).toBeNull();
    expect(rootCanalRebilled(entry({ codes: ['S03.200', '23.7002'] }), [rc], course, k)).toBeNull();
    expect(rootCanalRebilled(entry({ hospitalId: 'HOSP' }), [rc], course.slice(2), k)).toBeNull();
    expect(rootCanalRebilled(entry({ serviceDate: '2025-11-07', endDate: '2025-11-07' }), [rc], course, k)).toBeNull();
    expect(rootCanalRebilled(entry({}), [rc], course.slice(0, 2), k)).toBeNull();
  });
});
