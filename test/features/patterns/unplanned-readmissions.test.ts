import { addDays } from '../../../src/contract/dates';
import { findPatterns } from '../../../src/features/patterns/find-patterns';
import type { PatternClaim } from '../../../src/features/patterns/pattern-store';
import { readmittedStays } from '../../../src/features/patterns/readmissions';
import { UNPLANNED_READMISSION_DAYS, isPlannedAdmission, unplannedReadmittedStays } from '../../../src/features/patterns/unplanned-readmissions';

// 出院后31天内非计划再住院率 (unplanned-readmissions.ts): a stay split just past the 15-day window is a readmission
// within 31 days; a planned chemotherapy cycle, a transfer in and a later admission are not.

const period = { from: '2025-01-01', to: '2025-06-30' };
let n = 0;
const stay = (hospitalId: string, insuredId: string, admission: string, o: Partial<PatternClaim> = {}): PatternClaim => ({
  claimId: `S${String(++n).padStart(5, '0')}`, hospitalId, doctorId: null, region: '510100', province: '51', hospitalLevel: 2,
  department: null, visitType: 'inpatient', serviceDate: admission, endDate: addDays(admission, 8), totalFen: 500_000, ruleIds: [],
  drg: 'BR25', insuredId, dischargeMode: null, admissionRoute: null, ageYears: 70, principalDiagnosis: 'I63.900', codes: [], diagnosisCodes: [], ...o,
});
const times = <T>(k: number, f: (i: number) => T): T[] => Array.from({ length: k }, (_, i) => f(i));

describe('unplanned readmissions within 31 days', () => {
  it('counts a readmission 16–31 days after discharge, not one on day 32', () => {
    const first = stay('H1', 'M-a', '2025-02-01');
    const late = stay('H1', 'M-b', '2025-02-01');
    const set = unplannedReadmittedStays([
      first, stay('H1', 'M-a', addDays(first.endDate!, 20), { principalDiagnosis: 'I69.300' }),
      late, stay('H1', 'M-b', addDays(late.endDate!, UNPLANNED_READMISSION_DAYS + 1)),
    ]);
    expect(set.has(first.claimId)).toBe(true);
    expect(set.has(late.claimId)).toBe(false);
  });

  it('leaves out planned admissions (Z51 chemotherapy cycle) and transfers in', () => {
    const chemo = stay('H1', 'M-c', '2025-02-01', { principalDiagnosis: 'Z51.102' });
    const moved = stay('H1', 'M-d', '2025-02-01');
    const set = unplannedReadmittedStays([
      chemo, stay('H1', 'M-c', addDays(chemo.endDate!, 21), { principalDiagnosis: 'Z51.102' }),
      moved, stay('H2', 'M-d', moved.endDate!, { admissionRoute: 'transfer' }),
    ]);
    expect(set.size).toBe(0);
  });

  // A level-2 hospital readmitting half its members 16–28 days later (分解住院 past the 15-day window) against four
  // peers whose members come once; a hospital of 21-day chemotherapy cycles is not a finding.
  const peers = (h: string) => times(20, (i) => stay(h, `${h}-${i}`, addDays('2025-01-05', i * 7)));
  const split = times(10, (i) => {
    const first = stay('H-SPLIT', `SP-${i}`, addDays('2025-01-05', i * 9));
    return [first, stay('H-SPLIT', `SP-${i}`, addDays(first.endDate!, 16 + (i % 13)), { principalDiagnosis: 'I69.300' })];
  }).flat();
  const chemo = times(6, (i) => times(4, (k) => stay('H-CHEMO', `CH-${i}`, addDays('2025-01-05', i * 3 + k * 29), { principalDiagnosis: 'Z51.102' }))).flat();
  const all = [...split, ...chemo, ...['H2', 'H3', 'H4', 'H5'].flatMap(peers)];
  const found = findPatterns(all, { isCostly: () => false, period }).filter((f) => f.metric === 'unplanned-readmission' && f.providerKind === 'institution');

  it('finds the hospital whose stays are split past 15 days (none of them within 15: the 15-day rate misses it)', () => {
    expect(found.map((f) => f.hospitalId)).toEqual(['H-SPLIT']);
    expect(found[0]).toMatchObject({ count: 10, volume: 20 });
    expect(findPatterns(all, { isCostly: () => false, period }).some((f) => f.metric === 'readmission')).toBe(false);
  });

  it('names the chemotherapy hospital only when its cycles are not planned care', () => {
    const unplannedChemo = all.map((c) => (c.hospitalId === 'H-CHEMO' ? { ...c, principalDiagnosis: 'C18.900' } : c));
    const f = findPatterns(unplannedChemo, { isCostly: () => false, period }).filter((x) => x.metric === 'unplanned-readmission');
    expect(f.map((x) => x.hospitalId).sort()).toEqual(['H-CHEMO', 'H-SPLIT']);
  });
});

describe('readmittedStays (readmissions.ts): one walk for the 15- and 31-day metrics', () => {
  it('counts the next admission within the window at any institution, passing over an excluded one for the next', () => {
    const first = stay('H1', 'M-r', '2025-03-01');
    const planned = stay('H1', 'M-r', addDays(first.endDate!, 5), { principalDiagnosis: 'Z51.102' });
    const other = stay('H2', 'M-r', addDays(planned.endDate!, 5));
    const claims = [first, planned, other];
    // Any admission: the planned one 5 days later readmits the first, and the other hospital's the planned one.
    expect([...readmittedStays(claims, 15)].sort()).toEqual([first.claimId, planned.claimId].sort());
    // The planned stay excluded: the first is still readmitted, by the admission at H2 18 days after it.
    expect([...readmittedStays(claims, 31, isPlannedAdmission)].sort()).toEqual([first.claimId, planned.claimId].sort());
    expect([...readmittedStays(claims, 15, isPlannedAdmission)]).toEqual([planned.claimId]);
  });
});
