import { join } from 'node:path';
import type { BenefitItem } from '../../src/benefits/benefit-claim';
import { loadHistoryKnowledge } from '../../src/benefits/history-knowledge';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { tooOften } from '../../src/benefits/cross-claim/billing-frequency';

// 根管治疗术 billed at most twice a tooth's course — its canals, and a canal found later (billing-frequency.json
// sites.billingsPerSite) — with the shipped rules.

const k = loadHistoryKnowledge(join(__dirname, '../../rules'));
const RC = '003105120010001';
const rc = (date: string, quantity: number): BenefitItem => ({ lineId: '2', code: RC, name: '根管治疗术', category: 'service', date, quantity, unitPrice: 96, amountFen: 9600 * quantity, longPrescription: false, catalogue: { code: RC } });
const visit = (claimId: string, serviceDate: string, codes: string[], canals = 0, hospitalId = 'CLINIC'): MemberClaim => ({
  insuredId: 'P1', claimId, insuranceType: 'employee', visitType: 'outpatient', serviceDate, endDate: serviceDate, hospitalId, principalCategory: 'K04',
  mdc: null, totalFen: 0, policyFen: 0, fundClaimedFen: 0, itemsSignature: claimId, serviceCodes: [], codes,
  lines: canals ? [{ lineId: '2', code: RC, date: serviceDate, kind: 'service', amountFen: 9600 * canals, quantity: canals }] : [],
});

describe('root canal billed at each visit of one tooth (billingsPerSite)', () => {
  it('names the filling billing the canals a third time, below the five-canal ceiling (1 + 2 + 2 canals for one tooth)', () => {
    const opening = visit('A', '2025-08-12', ['K04.500x001', '23.7000x001'], 1);
    const irrigation = visit('B', '2025-08-21', ['K04.500x001', '23.7100'], 2);
    const me = visit('C', '2025-09-01', ['K04.500x001', '23.7002'], 2);
    const hit = tooOften(me, [rc('2025-09-01', 2)], [opening, irrigation], k);
    expect(hit?.lineIds).toEqual(['2']);
    expect(hit?.items).toContain('每牙一个疗程至多2次就诊收费');
    expect(hit?.claims).toContain('A');
    // A canal found at the irrigation visit (3 + 1) is the second billing a course allows.
    expect(tooOften(irrigation, [rc('2025-08-21', 1)], [opening], k)).toBeNull();
  });

  it('is quiet on one billing a course, on two teeth each opened, and on billings at another institution', () => {
    const a = visit('A', '2025-08-12', ['K04.500x001', '23.7000x001']);
    const b = visit('B', '2025-08-15', ['K04.500x001', '23.7000x001']);
    const fillA = visit('C', '2025-08-26', ['K04.500x001', '23.7002'], 2);
    expect(tooOften(visit('C', '2025-08-26', ['K04.500x001', '23.7002'], 2), [rc('2025-08-26', 2)], [a], k)).toBeNull();
    expect(tooOften(visit('D', '2025-08-29', ['K04.500x001', '23.7002'], 2), [rc('2025-08-29', 2)], [a, b, fillA], k)).toBeNull();
    const fillB = visit('D', '2025-08-29', ['K04.500x001', '23.7002'], 2);
    expect(tooOften(visit('G', '2025-09-02', ['K04.500x001', '23.7100'], 1), [rc('2025-09-02', 1)], [a, b, fillA, fillB], k)).toBeNull();
    const elsewhere = [visit('E', '2025-08-12', ['K04.500x001', '23.7000x001'], 1, 'HOSP'), visit('E2', '2025-08-18', ['K04.500x001', '23.7100'], 1, 'HOSP')];
    expect(tooOften(visit('F', '2025-08-21', ['K04.500x001', '23.7002'], 2), [rc('2025-08-21', 2)], elsewhere, k)).toBeNull();
  });
});
