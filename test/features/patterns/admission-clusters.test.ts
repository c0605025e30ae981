import { addDays } from '../../../src/contract/dates';
import { CLUSTER_DEFAULTS, isClusterCandidate } from '../../../src/features/patterns/admission-clusters';
import { findPatterns } from '../../../src/features/patterns/find-patterns';
import type { PatternClaim, PatternFinding } from '../../../src/features/patterns/pattern-store';
import { FAMILY_ALPHA } from '../../../src/features/patterns/significance';

// Admission clusters (集中诱导住院) over hand-built claims: five level-1 hospitals of one region admit elderly
// members with vague diagnoses evenly through a quarter; a hospital that admits a dozen within five days is a
// finding, and the controls beside it are not: many such admissions spread over the quarter, a surge every
// hospital of the region shares, clustered admissions of real severity, a small hospital's one busy week,
// and a cluster of younger members.

const PERIOD = { from: '2025-01-01', to: '2025-03-31' };
const none = { isCostly: () => false };
const VAGUE = ['R42.x00', 'I67.800x002', 'M54.500', 'I10.x00', 'M47.800'];

let seq = 0;
function stay(hospitalId: string, admission: string, over: Partial<PatternClaim> = {}): PatternClaim {
  const id = `${hospitalId}-${String(++seq).padStart(4, '0')}`;
  return {
    claimId: id, hospitalId, doctorId: `${hospitalId}-D1`, region: '450100', province: '45', hospitalLevel: 1, department: '内科',
    visitType: 'inpatient', serviceDate: admission, endDate: addDays(admission, 7), totalFen: 320_000, ruleIds: [], drg: 'BR25',
    insuredId: `M-${id}`, dischargeMode: 'home', admissionRoute: 'outpatient', ageYears: 72, principalDiagnosis: VAGUE[seq % VAGUE.length],
    codes: [], diagnosisCodes: [], ...over,
  };
}

/** `n` admissions spread evenly over the quarter (90 days). */
const spread = (hospitalId: string, n: number, over: Partial<PatternClaim> = {}): PatternClaim[] =>
  Array.from({ length: n }, (_, i) => stay(hospitalId, addDays(PERIOD.from, Math.floor((i * 90) / n)), over));

/** `n` admissions within five days from `first`. */
const burst = (hospitalId: string, first: string, n: number, over: Partial<PatternClaim> = {}): PatternClaim[] =>
  Array.from({ length: n }, (_, i) => stay(hospitalId, addDays(first, i % 5), over));

const peers = (): PatternClaim[] => ['H-P1', 'H-P2', 'H-P3', 'H-P4', 'H-P5'].flatMap((h) => spread(h, 20));
const clusters = (claims: PatternClaim[]): PatternFinding[] => findPatterns(claims, { ...none, period: PERIOD }).filter((f) => f.metric === 'admission-cluster');
const institutions = (fs: PatternFinding[]) => fs.filter((f) => f.providerKind === 'institution').map((f) => f.hospitalId).sort();

describe('admission clusters (集中诱导住院)', () => {
  it('finds the hospital and the doctor admitting twelve elderly members with vague diagnoses within five days, the admissions and their dates as evidence', () => {
    const cluster = burst('H-CL', '2025-02-10', 12);
    const found = clusters([...peers(), ...spread('H-CL', 10), ...cluster]);
    expect(institutions(found)).toEqual(['H-CL']);
    const f = found.find((x) => x.providerKind === 'institution')!;
    expect(f).toMatchObject({ metric: 'admission-cluster', hospitalLevel: 1, region: '450100', volume: 22, peerGroup: { region: '450100', hospitalLevel: 1, department: null, providers: 6 } });
    expect(f.count).toBeGreaterThanOrEqual(12);
    expect(f.cluster!.from >= '2025-02-04' && f.cluster!.to <= '2025-02-20').toBe(true);
    expect(f.cluster!.windowDays).toBe(7);
    for (const c of cluster) expect(f.cluster!.admissions).toContainEqual({ claimId: c.claimId, date: c.serviceDate });
    expect(f.evidenceClaimIds).toEqual(f.cluster!.admissions.map((a) => a.claimId));
    expect(f.shrunkRate).toBeLessThan(f.rate);
    expect(f.ratio!).toBeGreaterThanOrEqual(3);
    expect(f.title).toContain('集中收治住院');
    // The doctor who admitted them, against the doctors of the same department at peer hospitals.
    expect(found.filter((x) => x.providerKind === 'doctor').map((x) => x.doctorId)).toEqual(['H-CL-D1']);
  });

  it('does not find a hospital admitting three times the peers\' elderly stays spread over the quarter; the clustering hospital beside it is found', () => {
    const found = clusters([...peers(), ...spread('H-BUSY', 60), ...spread('H-CL', 10), ...burst('H-CL', '2025-03-03', 12)]);
    expect(institutions(found)).toEqual(['H-CL']);
  });

  it('a surge every hospital of the region shares (peers rise too) is not a cluster; one hospital\'s own cluster in another week still is', () => {
    const surge = ['H-P1', 'H-P2', 'H-P3', 'H-P4', 'H-P5', 'H-S'].flatMap((h) => burst(h, '2025-01-20', 10));
    const found = clusters([...peers(), ...spread('H-S', 20), ...surge, ...spread('H-CL', 20), ...burst('H-CL', '2025-01-20', 10), ...burst('H-CL', '2025-03-10', 12)]);
    expect(institutions(found)).toEqual(['H-CL']);
    const f = found.find((x) => x.providerKind === 'institution')!;
    expect(f.cluster!.from >= '2025-03-04').toBe(true);
  });

  it('clustered admissions of real severity (MCC or CC, an operation, an unlisted diagnosis) are not a finding; the same cluster of light stays is', () => {
    const heavy = [
      ...burst('H-MCC', '2025-02-10', 12, { drg: 'BR21' }),
      ...burst('H-CC', '2025-02-10', 12, { drg: 'BR23' }),
      ...burst('H-OP', '2025-02-10', 12, { drg: 'IC25' }),
      ...burst('H-DX', '2025-02-10', 12, { principalDiagnosis: 'I63.900', drg: null }),
      ...burst('H-DIED', '2025-02-10', 12, { dischargeMode: 'death' }),
    ];
    const light = burst('H-CL', '2025-02-10', 12, { drg: null });
    const found = clusters([...peers(), ...['H-MCC', 'H-CC', 'H-OP', 'H-DX', 'H-DIED', 'H-CL'].flatMap((h) => spread(h, 10)), ...heavy, ...light]);
    expect(institutions(found)).toEqual(['H-CL']);
  });

  it('where the peers admit no such members at all, holds the window against an even spread: a cluster is found, the same admissions spread over the quarter are not', () => {
    // The peers' stays are all of an unlisted diagnosis: no peers' share to compare with.
    const quiet = ['H-P1', 'H-P2', 'H-P3', 'H-P4', 'H-P5'].flatMap((h) => spread(h, 20, { principalDiagnosis: 'K35.800' }));
    expect(institutions(clusters([...quiet, ...burst('H-CL', '2025-02-10', 8)]))).toEqual(['H-CL']);
    expect(institutions(clusters([...quiet, ...spread('H-SPREAD', 20)]))).toEqual([]);
    // Twelve in five days among 40 through the quarter: 12 of 40 in the window against 7/90 of 40 (3.1) spread evenly.
    expect(institutions(clusters([...quiet, ...spread('H-BIG', 28), ...burst('H-BIG', '2025-02-10', 12)]))).toEqual(['H-BIG']);
  });

  it('peers with one or two such admissions in the quarter are read against an even spread, not as a season: the cluster is found, whether their one falls in its week or not', () => {
    const quiet = ['H-P1', 'H-P2', 'H-P3', 'H-P4', 'H-P5'].flatMap((h) => spread(h, 20, { principalDiagnosis: 'K35.800' }));
    // One peer admission, outside the week: "half an admission" over one would have made the peers' share 50%.
    expect(institutions(clusters([...quiet, stay('H-P1', '2025-03-20'), ...spread('H-CL', 2), ...burst('H-CL', '2025-02-10', 10)]))).toEqual(['H-CL']);
    // One peer admission inside the week: one of one is no 100% season.
    expect(institutions(clusters([...quiet, stay('H-P1', '2025-02-11'), ...spread('H-CL', 2), ...burst('H-CL', '2025-02-10', 10)]))).toEqual(['H-CL']);
    // Two, in another week (as a peer's share of 25% would have asked 75% of its own in the week).
    const two = [stay('H-P1', '2025-01-15'), stay('H-P2', '2025-03-05')];
    expect(institutions(clusters([...quiet, ...two, ...spread('H-CL', 4), ...burst('H-CL', '2025-02-10', 11)]))).toEqual(['H-CL']);
    // The same admissions spread over the quarter are not.
    expect(institutions(clusters([...quiet, stay('H-P1', '2025-03-20'), ...spread('H-SPREAD', 12)]))).toEqual([]);
  });

  it('a big hospital\'s busy week (twice its usual intake) is not beyond chance among the windows it has; a cluster there is', () => {
    // Peers with few such admissions, none in the week: their share there is small, the test of chance decides.
    const few = ['H-P1', 'H-P2', 'H-P3', 'H-P4', 'H-P5'].flatMap((h) => spread(h, 4));
    const daily = spread('H-BIG', 90);
    expect(institutions(clusters([...few, ...daily, ...burst('H-BIG', '2025-01-10', 7)]))).toEqual([]);
    const f = clusters([...few, ...spread('H-BIG', 90), ...burst('H-BIG', '2025-01-10', 20)]).find((x) => x.providerKind === 'institution');
    expect(f?.hospitalId).toBe('H-BIG');
    expect(f!.pValue!).toBeLessThan(FAMILY_ALPHA / 90);
  });

  it('a small hospital\'s busy week is not a finding unless the excess is real; a cluster of members under 60 is not one', () => {
    const found = clusters([
      ...peers(),
      ...spread('H-TINY', 2), ...burst('H-TINY', '2025-02-10', 4),
      ...spread('H-YOUNG', 10), ...burst('H-YOUNG', '2025-02-10', 12, { ageYears: 45 }),
      ...spread('H-CL', 2), ...burst('H-CL', '2025-02-10', 8),
    ]);
    expect(institutions(found)).toEqual(['H-CL']);
  });

  it('takes its window and age from the options (defaults: 7 days, 60 years by 老年人权益保障法 第二条)', () => {
    expect(CLUSTER_DEFAULTS).toMatchObject({ windowDays: 7, minAge: 60 });
    expect(isClusterCandidate(stay('H', '2025-01-01', { ageYears: 60 }), CLUSTER_DEFAULTS)).toBe(true);
    expect(isClusterCandidate(stay('H', '2025-01-01', { ageYears: 59 }), CLUSTER_DEFAULTS)).toBe(false);
    // A cluster of members aged 55: not elderly by default, a finding with the age set at 50; the window's length is the option's.
    const claims = [...peers(), ...spread('H-CL', 10), ...burst('H-CL', '2025-02-10', 12, { ageYears: 55 })];
    expect(institutions(clusters(claims))).toEqual([]);
    const set = findPatterns(claims, { ...none, period: PERIOD, clusters: { minAge: 50, windowDays: 3 } }).filter((f) => f.metric === 'admission-cluster');
    expect(institutions(set)).toEqual(['H-CL']);
    const f = set.find((x) => x.providerKind === 'institution')!;
    expect(f.cluster).toMatchObject({ windowDays: 3, to: addDays(f.cluster!.from, 2) });
    expect(f.title).toContain('3日内收治50岁以上');
  });

  it('reads a hypertensive emergency or crisis as an admission with its own reason, plain hypertension as a vague one', () => {
    const dx = (principalDiagnosis: string) => isClusterCandidate(stay('H', '2025-01-01', { principalDiagnosis }), CLUSTER_DEFAULTS);
    expect(dx('I10.x00x002')).toBe(true);
    expect(dx('I10.x05')).toBe(true);
    expect(dx('I10.x10')).toBe(false);
    expect(dx('I10.x06')).toBe(false);
    expect(dx('I10.x02')).toBe(false);
  });
});
