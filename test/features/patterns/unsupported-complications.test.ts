import { addDays } from '../../../src/contract/dates';
import { findPatterns } from '../../../src/features/patterns/find-patterns';
import type { PatternClaim } from '../../../src/features/patterns/pattern-store';

// 虚增诊断 as a provider pattern: a department whose stays carry a CC/MCC with nothing billed behind it (the per-claim
// grouping.complication-unsupported rules) on most stays, against peers of its level and region; a hospital whose
// sicker patients' complications carry their supporting items (no such hit) is not a finding.

const period = { from: '2025-01-01', to: '2025-06-30' };
let n = 0;
const stay = (hospitalId: string, i: number, ruleIds: string[] = []): PatternClaim => ({
  claimId: `U${String(++n).padStart(5, '0')}`, hospitalId, doctorId: null, region: '510100', province: '51', hospitalLevel: 3,
  department: null, visitType: 'inpatient', serviceDate: addDays('2025-01-05', i * 5), endDate: addDays('2025-01-05', i * 5 + 7),
  totalFen: 800_000, ruleIds, drg: 'ES31', insuredId: `${hospitalId}-${i}`, dischargeMode: null, admissionRoute: null, ageYears: 70,
  principalDiagnosis: 'J18.900', codes: [], diagnosisCodes: [],
});
const times = <T>(k: number, f: (i: number) => T): T[] => Array.from({ length: k }, (_, i) => f(i));
const UNSUPPORTED = ['grouping.complication-unsupported'];

describe('unsupported-complication share', () => {
  // Peers code an unsupported complication on one stay in twenty; the referral hospital codes many complications, all supported.
  const peers = ['H2', 'H3', 'H4', 'H5'].flatMap((h) => times(20, (i) => stay(h, i, i === 7 ? UNSUPPORTED : [])));
  const referral = times(20, (i) => stay('H-REF', i));
  const run = (coder: PatternClaim[]) =>
    findPatterns([...coder, ...referral, ...peers], { isCostly: () => false, period }).filter((f) => f.metric === 'unsupported-complication' && f.providerKind === 'institution');

  it('names the department coding an unsupported complication on most stays', () => {
    const found = run(times(20, (i) => stay('H-CODE', i, i % 10 < 8 ? UNSUPPORTED : [])));
    expect(found.map((f) => f.hospitalId)).toEqual(['H-CODE']);
    expect(found[0].count).toBe(16);
    expect(found[0].volume).toBe(20);
  });

  it('counts the unsplit-group rule too, and stays quiet on a peer-like rate', () => {
    expect(run(times(20, (i) => stay('H-CODE', i, i % 2 ? ['grouping.complication-unsupported-unsplit'] : []))).map((f) => f.hospitalId)).toEqual(['H-CODE']);
    expect(run(times(20, (i) => stay('H-CODE', i, i === 3 ? UNSUPPORTED : [])))).toEqual([]);
  });
});
