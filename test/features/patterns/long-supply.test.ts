import { addDays } from '../../../src/contract/dates';
import { findPatterns, PRESCRIPTION_DAYS } from '../../../src/features/patterns/find-patterns';
import type { PatternClaim } from '../../../src/features/patterns/pattern-store';

// 超量开药 as a doctor's pattern: clinic visits dispensing more than 7 days' use (《处方管理办法》第十九条; 长处方 lines are
// left out by the stores) on visit after visit, against peers' visits of the same principal diagnosis.

const period = { from: '2025-01-01', to: '2025-06-30' };
let n = 0;
const visit = (doctorId: string, i: number, supplyDays: number | undefined, principalDiagnosis = 'J20.900'): PatternClaim => ({
  claimId: `V${String(++n).padStart(5, '0')}`, hospitalId: `H-${doctorId}`, doctorId, region: '510100', province: '51', hospitalLevel: 1,
  department: 'general', visitType: 'outpatient', serviceDate: addDays('2025-01-06', i * 4), endDate: addDays('2025-01-06', i * 4), totalFen: 8_000,
  ruleIds: [], drg: null, insuredId: `${doctorId}-${i}`, dischargeMode: null, admissionRoute: null, ageYears: 40, principalDiagnosis,
  codes: [], diagnosisCodes: [principalDiagnosis], ...(supplyDays === undefined ? {} : { supplyDays }),
});
const times = <T>(k: number, f: (i: number) => T): T[] => Array.from({ length: k }, (_, i) => f(i));
// Peers give bronchitis 5-day courses (one in ten a week and more) and hypertension 30 days.
const peers = ['D2', 'D3', 'D4', 'D5'].flatMap((d) => [
  ...times(20, (i) => visit(d, i, i === 4 ? PRESCRIPTION_DAYS + 3 : 5)),
  ...times(10, (i) => visit(d, 40 + i, 30, 'I10.x00')),
]);
const run = (doctor: PatternClaim[]) =>
  findPatterns([...doctor, ...peers], { isCostly: () => false, period }).filter((f) => f.metric === 'long-supply' && f.providerKind === 'doctor');

describe('long-supply share', () => {
  it('names the doctor giving every bronchitis patient two weeks', () => {
    const found = run(times(20, (i) => visit('D1', i, 14)));
    expect(found.map((f) => f.doctorId)).toEqual(['D1']);
    expect(found[0].count).toBe(20);
  });

  it('counts a course of exactly 7 days as within the rule (以内), and a visit without known days as none', () => {
    expect(run(times(20, (i) => visit('D1', i, i % 2 ? PRESCRIPTION_DAYS : undefined)))).toEqual([]);
  });

  it('holds a doctor of chronic patients against the peers’ visits for the same condition', () => {
    expect(run(times(20, (i) => visit('D1', i, 30, 'I10.x00')))).toEqual([]);
  });
});
