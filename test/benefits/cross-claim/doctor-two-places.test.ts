import { loadHistoryKnowledge } from '../../../src/benefits/history-knowledge';
import { doctorOperatedElsewhere, doctorTwoPlaces, nationalDoctorCode, visitDoctorKey } from '../../../src/benefits/cross-claim/doctor-two-places';
import { operationDays } from '../../../src/contract/code-prefix';
import type { MemberClaim } from '../../../src/benefits/member-claim';
import type { BenefitItem } from '../../../src/benefits/benefit-claim';
import { RULES_DIR } from '../../helpers/rules-dir';

// 冒名医生: a stay's operation day on which its doctor also holds a clinic in a far province (history.doctor-two-places).

const k = loadHistoryKnowledge(RULES_DIR);
const provinces = k.provinces!;

const entry = (over: Partial<MemberClaim>): MemberClaim => ({
  insuredId: 'M-1', claimId: 'X', insuranceType: 'employee', visitType: 'outpatient', serviceDate: '2025-07-05', endDate: '2025-07-05',
  hospitalId: 'H37010001', region: '370100', doctorId: 'D510100001234', principalCategory: 'M17', mdc: null, totalFen: 8000, policyFen: 8000, fundClaimedFen: 0,
  itemsSignature: 's', serviceCodes: ['001102000030001'], arrival: 1,
  lines: [{ lineId: '1', code: '001102000030001', date: '2025-07-05', kind: 'consult', amountFen: 3000 }, { lineId: '2', code: '002202020010001', date: '2025-07-05', kind: 'service', amountFen: 5000 }],
  ...over,
});
const stay = entry({ insuredId: 'M-2', claimId: 'S', visitType: 'inpatient', serviceDate: '2025-07-04', endDate: '2025-07-11', hospitalId: 'H51010005', region: '510100', arrival: 2, lines: [] });
const items = [
  { lineId: '1', date: '2025-07-04', amountFen: 4050 },
  { lineId: '4', date: '2025-07-05', amountFen: 4050 },
  { lineId: '5', date: '2025-07-05', amountFen: 150000 },
] as unknown as BenefitItem[];

describe('doctorTwoPlaces', () => {
  it('a 医保医师代码 (D, a province\'s region code, a sequence) names one person anywhere; an institution\'s 工号 does not', () => {
    expect(nationalDoctorCode('D510100001234', provinces)).toBe(true);
    expect(nationalDoctorCode('D000123', provinces)).toBe(false);
    expect(nationalDoctorCode('D0001', provinces)).toBe(false);
    // A 工号 that merely starts with a region code is not one: the national code is exactly D + 6 + 6 digits.
    expect(nationalDoctorCode('D51010001234', provinces)).toBe(false);
    expect(nationalDoctorCode('D5101000012345', provinces)).toBe(false);
    expect(nationalDoctorCode('D990100001234', provinces)).toBe(false);
    expect(nationalDoctorCode('N510100001234', provinces)).toBe(false);
  });

  it('quiet on a stay whose doctor id is an institution\'s 工号, the same 工号 billed far away being another person', () => {
    const local = { ...stay, doctorId: 'D000123' };
    expect(doctorTwoPlaces(local, items, ['2025-07-05'], [entry({ doctorId: 'D000123' })], k)).toBeNull();
  });

  it('operation days: ICD-9-CM-3 operations (00–86, isOperationCode) only, each day once', () => {
    expect(operationDays([{ code: '79.3200', date: '2025-07-05' }, { code: '78.6200', date: '2025-07-05' }, { code: '93.3900', date: '2025-07-06' }, { code: '99.2900', date: '2025-07-07' }])).toEqual(['2025-07-05']);
    // Chapter 00 holds operations too: 00.70 髋关节翻修 (review 30B item 8).
    expect(operationDays([{ code: '00.7000', date: '2025-07-08' }, { code: '87.4100', date: '2025-07-09' }])).toEqual(['2025-07-08']);
  });

  it('a clinic in 济南 on the 成都 operation day: the stay\'s lines of that day, the visit a suspect', () => {
    const found = doctorTwoPlaces(stay, items, ['2025-07-05'], [entry({})], k)!;
    expect(found).toMatchObject({ claimId: 'X', hospitalId: 'H37010001', doctorId: 'D510100001234', date: '2025-07-05', here: '四川省', there: '山东省', lineIds: ['4', '5'], amount: 1540.5 });
    expect(found.suspects).toEqual([{ claimId: 'X', lineIds: ['1', '2'], amount: 80 }]);
    expect([found.hereDid, found.thereDid]).toEqual(['为患者实施手术', '出诊接诊']);
  });

  it('the pair whatever its upload order: a visit arriving after the stay (same batch) finds it too', () => {
    expect(doctorTwoPlaces(stay, items, ['2025-07-05'], [entry({ arrival: 3 })], k)?.claimId).toBe('X');
  });

  it('quiet: another day (多点执业), a neighbouring or the same province, another doctor, the same institution, a visit with no consultation', () => {
    const quiet = (v: Partial<MemberClaim>, days = ['2025-07-05']) => doctorTwoPlaces(stay, items, days, [entry(v)], k);
    expect(quiet({}, ['2025-07-06'])).toBeNull();
    expect(quiet({ region: '500100', hospitalId: 'H50010001' })).toBeNull(); // 重庆 borders 四川
    expect(quiet({ region: '511300', hospitalId: 'H51130001' })).toBeNull(); // 南充
    expect(quiet({ doctorId: 'D510100009999' })).toBeNull();
    expect(quiet({ hospitalId: 'H51010005' })).toBeNull();
    expect(quiet({ lines: [{ lineId: '1', code: 'X', date: '2025-07-05', kind: 'drug', amountFen: 100 }] })).toBeNull();
    // an internet hospital's 复诊 (the register's institution): given from wherever the doctor is
    expect(quiet({ hospitalId: 'H44010001-NET', region: '440100' })).toBeNull();
    expect(doctorTwoPlaces(stay, items, ['2025-07-05'], [entry({ hospitalId: 'H44010002', region: '440100' })], k)).not.toBeNull();
  });
});

// The other order: the stay stored first (it settles at discharge, after the operation), the clinic visit reviewed after it.
describe('doctorOperatedElsewhere', () => {
  const operated = { ...stay, operationDays: ['2025-07-05'], lines: [{ lineId: '7', code: '331501', date: '2025-07-05', kind: 'service' as const, amountFen: 120000, operation: true }, { lineId: '8', code: 'X', date: '2025-07-06', kind: 'drug' as const, amountFen: 900 }] };
  const visit = entry({});
  const visitItems = [{ lineId: '1', date: '2025-07-05', amountFen: 3000 }, { lineId: '2', date: '2025-07-05', amountFen: 5000 }] as unknown as BenefitItem[];

  it('a clinic in 济南 on a stored 成都 stay\'s operation day: the visit\'s lines, the stay a suspect with its lines of that day', () => {
    const found = doctorOperatedElsewhere(visit, visitItems, [operated], k)!;
    expect(found).toMatchObject({ claimId: 'S', hospitalId: 'H51010005', region: '510100', doctorId: 'D510100001234', date: '2025-07-05', here: '山东省', there: '四川省', hereDid: '出诊接诊', thereDid: '为患者实施手术', claims: 'S、X', lineIds: ['1', '2'], amount: 80 });
    expect(found.suspects).toEqual([{ claimId: 'S', lineIds: ['7'], amount: 1200 }]);
  });

  it('asks the store only for an in-person visit under a 医保医师代码', () => {
    expect(visitDoctorKey(visit, k)).toEqual({ doctorId: 'D510100001234', serviceDate: '2025-07-05', hospitalId: 'H37010001' });
    expect(visitDoctorKey(entry({ doctorId: 'D000123' }), k)).toBeNull();
    expect(visitDoctorKey(entry({ lines: [{ lineId: '1', code: 'X', date: '2025-07-05', kind: 'drug', amountFen: 100 }] }), k)).toBeNull();
    expect(visitDoctorKey(entry({ hospitalId: 'H44010001-NET', region: '440100' }), k)).toBeNull();
  });

  it('quiet: another operation day, a neighbouring or the same province, another doctor, the same institution, a stay with no operation day, a visit with no consultation', () => {
    const quiet = (s: Partial<MemberClaim>, v: Partial<MemberClaim> = {}) => doctorOperatedElsewhere(entry(v), visitItems, [{ ...operated, ...s }], k);
    expect(quiet({ operationDays: ['2025-07-06'] })).toBeNull();
    expect(quiet({ region: '410100', hospitalId: 'H41010001' })).toBeNull(); // 河南 borders 山东
    expect(quiet({ region: '370200', hospitalId: 'H37020001' })).toBeNull(); // 青岛
    expect(quiet({ doctorId: 'D510100009999' })).toBeNull();
    expect(quiet({ hospitalId: 'H37010001' })).toBeNull();
    expect(quiet({ operationDays: undefined })).toBeNull();
    expect(quiet({}, { lines: [{ lineId: '1', code: 'X', date: '2025-07-05', kind: 'drug', amountFen: 100 }] })).toBeNull();
    // A 工号 is one person at its institution only.
    expect(quiet({ doctorId: 'D000123' }, { doctorId: 'D000123' })).toBeNull();
    expect(quiet({})).not.toBeNull();
  });
});
