import { preAdmissionWorkup } from '../../src/benefits/cross-claim/pre-admission-workup';
import { DEFAULT_LIMITS, type HistoryKnowledge } from '../../src/benefits/history-knowledge';
import type { LedgerLine, MemberClaim } from '../../src/benefits/member-claim';
import { shippedRules } from '../helpers/shipped-rules';

const SCREEN = '002502120010001';
const PRE_OP = [['COAG'], ['ECG'], ['CXR', 'DR']]; // the pre-anaesthetic set: coagulation, ECG, chest X-ray (film or DR)
const k = { limits: { ...DEFAULT_LIMITS, preAdmissionTransfer: { screens: [SCREEN], preOperativeSet: PRE_OP, minPreOperativeDays: 1 } }, related: new Map() } as unknown as HistoryKnowledge;
const test = (lineId: string, code: string, date: string): LedgerLine => ({ lineId, code, date, kind: 'service', amountFen: 5000, test: true });
const claim = (claimId: string, visitType: string, serviceDate: string, endDate: string, lines: LedgerLine[]): MemberClaim => ({
  insuredId: 'P1', claimId, insuranceType: 'employee', visitType, serviceDate, endDate, hospitalId: 'H1', principalCategory: 'K80', mdc: null,
  totalFen: 10_000, policyFen: 10_000, fundClaimedFen: 8_000, itemsSignature: claimId, serviceCodes: [], lines,
});
const stay = (operationDate: string) => claim('S', 'inpatient', '2025-04-19', '2025-04-23', [{ lineId: '9', code: 'OP', date: operationDate, kind: 'service', amountFen: 100_000, operation: true }]);

describe('the pre-operative work-up moved to the clinic (术前检查挂门诊)', () => {
  const visit = claim('V', 'outpatient', '2025-04-16', '2025-04-16', [test('1', SCREEN, '2025-04-16'), test('2', 'LFT', '2025-04-16')]);

  it('is transferred when the clinic billed a pre-operative screen and the stay had a day in bed before its operation; the visit a suspect', () => {
    const f = preAdmissionWorkup(stay('2025-04-20'), [], [visit], k);
    expect(f).toMatchObject({ transferred: true, preOperativeDays: 1 });
    expect(f?.suspects).toEqual([{ claimId: 'V', lineIds: ['1', '2'], amount: 100 }]);
  });

  it('is a note only when the operation was on the admission day or the clinic billed no screen', () => {
    expect(preAdmissionWorkup(stay('2025-04-19'), [], [visit], k)?.transferred).toBe(false);
    const diagnostic = claim('V', 'outpatient', '2025-04-16', '2025-04-16', [test('2', 'LFT', '2025-04-16')]);
    expect(preAdmissionWorkup(stay('2025-04-20'), [], [diagnostic], k)?.transferred).toBe(false);
  });
  describe('on the admission day itself', () => {
    const sameDay = claim('V', 'outpatient', '2025-04-19', '2025-04-19', [test('1', SCREEN, '2025-04-19'), test('2', 'LFT', '2025-04-19')]);
    const k2 = { ...k, limits: { ...k.limits, preAdmissionTransfer: { screens: [SCREEN], preOperativeSet: PRE_OP, minPreOperativeDays: 2 } } } as HistoryKnowledge;

    it('is transferred when the visit billed a screen and the operation came the next day (住院第1天 work-up settled apart)', () => {
      const f = preAdmissionWorkup(stay('2025-04-20'), [], [sameDay], k2);
      expect(f).toMatchObject({ transferred: true, preOperativeDays: 1, daysBeforeAdmission: 0, beforeAdmission: '当日' });
    });

    it('is nothing when the operation was on the admission day, or the visit billed no screen (the encounter that led to the admission)', () => {
      expect(preAdmissionWorkup(stay('2025-04-19'), [], [sameDay], k2)).toBeNull();
      const diagnostic = claim('V', 'outpatient', '2025-04-19', '2025-04-19', [test('2', 'LFT', '2025-04-19')]);
      expect(preAdmissionWorkup(stay('2025-04-20'), [], [diagnostic], k2)).toBeNull();
    });

    it('the whole pre-anaesthetic set (coagulation, ECG, chest X-ray) counts as a screen; part of it does not', () => {
      const set = claim('V', 'outpatient', '2025-04-19', '2025-04-19', [...PRE_OP.map((c, i) => test(String(i + 1), c[0], '2025-04-19')), test('5', 'LFT', '2025-04-19')]);
      expect(preAdmissionWorkup(stay('2025-04-20'), [], [set], k2)).toMatchObject({ transferred: true, daysBeforeAdmission: 0 });
      const part = claim('V', 'outpatient', '2025-04-19', '2025-04-19', [test('1', 'COAG', '2025-04-19'), test('2', 'ECG', '2025-04-19'), test('5', 'LFT', '2025-04-19')]);
      expect(preAdmissionWorkup(stay('2025-04-20'), [], [part], k2)).toBeNull();
    });

    it('a DR chest in place of the film completes the set, by the shipped limits (every chest X-ray, DR or CT row)', () => {
      const shipped = { ...k, limits: { ...k.limits, preAdmissionTransfer: { ...shippedRules.current().refs.history!.limits.preAdmissionTransfer!, minPreOperativeDays: 1 } } } as HistoryKnowledge;
      const dr = claim('V', 'outpatient', '2025-04-19', '2025-04-19', [test('1', '002502060010001', '2025-04-19'), test('2', '003107010010001', '2025-04-19'), test('3', '002202040010001', '2025-04-19')]);
      expect(preAdmissionWorkup(stay('2025-04-20'), [], [dr], shipped)).toMatchObject({ transferred: true });
      const noChest = claim('V', 'outpatient', '2025-04-19', '2025-04-19', [test('1', '002502060010001', '2025-04-19'), test('2', '003107010010001', '2025-04-19')]);
      expect(preAdmissionWorkup(stay('2025-04-20'), [], [noChest], shipped)).toBeNull();
    });

    it('is nothing after an emergency admission: the A&E work-up screens for the operation it leads to', () => {
      expect(preAdmissionWorkup({ ...stay('2025-04-20'), admissionRoute: 'emergency' }, [], [sameDay], k2)).toBeNull();
      // a visit days before an emergency admission is still read
      expect(preAdmissionWorkup({ ...stay('2025-04-20'), admissionRoute: 'emergency' }, [], [visit], k)?.transferred).toBe(true);
    });
  });
});
