import { join, resolve } from 'node:path';
import { loadBedDaySettings } from '../../../src/enrich/bed-day-setting';
import { loadCatalogue } from '../../../src/enrich/catalogue';
import { checkPeriod, patternRefs, runPatterns, trailingPeriod } from '../../../src/features/patterns/pattern-service';
import { createSqliteStore, type Store } from '../../../src/features/stores';
import { CLUSTER_PERIOD, COSTLY, PERIOD, patternClaims } from './pattern-data';

// Provider patterns computed from a real store (SQLite) with the sample catalogue's prices (rules/catalogue).

const refs = patternRefs({ catalogue: loadCatalogue(join(resolve(__dirname, '../../..'), 'rules/catalogue')), norms: null });

describe('provider patterns over a period', () => {
  let store: Store;
  beforeAll(async () => {
    store = createSqliteStore({ path: ':memory:' });
    await store.saveReviews(patternClaims());
  });
  afterAll(async () => store.close());

  it('finds the doctor ordering the costly MRI at six times the peers, with its claims as evidence, and not the one-claim doctor', async () => {
    const { run, findings } = await runPatterns(store, PERIOD, refs, { trigger: 'test', now: () => new Date('2025-04-01T02:00:00Z') });
    expect(run).toMatchObject({ from: '2025-03-01', to: '2025-03-31', trigger: 'test', findings: findings.length, ranAt: '2025-04-01T02:00:00.000Z' });
    const mri = findings.find((f) => f.providerKind === 'doctor' && f.metric === 'costly-item' && f.doctorId === 'D-MRI');
    // Peers (510100, level 3, 神经内科): five doctors on 2 of 20 and D-ONE on 1 of 1: 11 of 101.
    expect(mri).toMatchObject({
      hospitalId: 'H1', itemCode: COSTLY, count: 12, volume: 20, rate: 0.6, peerRate: 0.1089,
      peerGroup: { region: '510100', hospitalLevel: 3, department: '神经内科', providers: 7 }, period: PERIOD,
    });
    expect(mri!.title).toContain('头颅MRI平扫');
    expect(mri!.shrunkRate).toBeLessThan(0.6);
    expect(mri!.ratio).toBeGreaterThan(2);
    expect(mri!.evidenceClaimIds).toHaveLength(12);
    expect(mri!.evidenceClaimIds.every((id) => id.startsWith('OP-D-MRI-'))).toBe(true);
    // 100% on one claim is not a finding, and nothing about D-ONE leads.
    expect(findings.filter((f) => f.doctorId === 'D-ONE')).toEqual([]);
    expect(findings.filter((f) => f.doctorId !== 'D-MRI' && f.providerKind === 'doctor' && f.metric === 'costly-item')).toEqual([]);
  });

  it('finds the institution whose stays are readmitted within 15 days (the 15th day included) and that upcodes', async () => {
    const { findings } = await runPatterns(store, PERIOD, refs, { trigger: 'test' });
    const h4 = findings.filter((f) => f.providerKind === 'institution' && f.hospitalId === 'H4');
    expect(h4.find((f) => f.metric === 'readmission')).toMatchObject({ count: 4, volume: 12, rate: 0.3333, peerRate: 0 });
    expect(h4.find((f) => f.metric === 'readmission')!.evidenceClaimIds.sort()).toEqual(['IP-H4-0', 'IP-H4-1', 'IP-H4-2', 'IP-H4-3']);
    expect(h4.find((f) => f.metric === 'upcoding')).toMatchObject({ count: 5, volume: 12 });
    expect(findings.some((f) => f.hospitalId === 'H5' || f.hospitalId === 'H6')).toBe(false);
  });

  it('records each run; the latest run\'s findings are the ones kept, scoped by province and provider', async () => {
    const first = await runPatterns(store, PERIOD, refs, { trigger: 'test' });
    const none = await runPatterns(store, { from: '2024-01-01', to: '2024-01-31' }, refs, { trigger: 'cli' });
    expect(none.run.id).toBe(first.run.id + 1);
    expect(await store.lastPatternRun()).toEqual(none.run);
    expect(await store.patternFindings({})).toEqual([]);
    await runPatterns(store, PERIOD, refs, { trigger: 'test' });
    expect((await store.patternFindings({})).length).toBe(first.findings.length);
    expect(await store.patternFindings({ provinces: ['22'] })).toEqual([]);
    expect((await store.patternFindings({ doctorId: 'D-MRI' })).map((f) => f.metric)).toEqual(['costly-item']);
  });

  it('finds the township hospital admitting twelve elderly members with vague diagnoses within five days, from the ages and diagnoses the store kept', async () => {
    const { findings } = await runPatterns(store, CLUSTER_PERIOD, refs, { trigger: 'test' });
    const clusters = findings.filter((f) => f.metric === 'admission-cluster');
    expect(clusters.map((f) => `${f.providerKind} ${f.hospitalId}`).sort()).toEqual(['doctor HC-CLUSTER', 'institution HC-CLUSTER']);
    const f = clusters.find((x) => x.providerKind === 'institution')!;
    expect(f).toMatchObject({ hospitalLevel: 1, volume: 18, peerGroup: { region: '510100', hospitalLevel: 1, providers: 5 }, cluster: { from: '2025-02-10', to: '2025-02-16', windowDays: 7 } });
    const cluster = Array.from({ length: 12 }, (_, i) => `IP-HC-CLUSTER-C${String(i).padStart(2, '0')}`);
    expect(f.evidenceClaimIds).toEqual(expect.arrayContaining(cluster));
    expect(f.cluster!.admissions).toContainEqual({ claimId: 'IP-HC-CLUSTER-C04', date: '2025-02-14' });
    // Over March alone the cluster is outside the period.
    const march = await runPatterns(store, PERIOD, refs, { trigger: 'test' });
    expect(march.findings.filter((x) => x.metric === 'admission-cluster')).toEqual([]);
  });

  it('checks a period and names the field; a scheduled period is the trailing days ending yesterday', () => {
    expect(() => checkPeriod({ from: '2025-02-30', to: '2025-03-31' })).toThrow(/^from: must be a date/);
    expect(() => checkPeriod({ from: '2025-03-01' })).toThrow(/^to: must be a date/);
    expect(() => checkPeriod({ from: '2025-04-01', to: '2025-03-31' })).toThrow(/^from: 2025-04-01 is after to 2025-03-31/);
    expect(trailingPeriod(new Date(2025, 3, 1, 2, 0), 90)).toEqual({ from: '2025-01-01', to: '2025-03-31' });
  });

  it('places a stay in its bed-day setting by its ward or principal diagnosis, from the knowledge table', () => {
    const root = resolve(__dirname, '../../..');
    const withSettings = patternRefs({
      catalogue: loadCatalogue(join(root, 'rules/catalogue')), norms: null,
      knowledge: { bedDaySettings: loadBedDaySettings(join(root, 'rules/knowledge/bed-day-settings.json')) },
    });
    type Claim = Parameters<NonNullable<typeof withSettings.bedDaySetting>>[0];
    const as = (o: Partial<Claim>) => ({ visitType: 'inpatient', department: 'rehabilitation', principalDiagnosis: 'I63.900', ...o }) as Claim;
    expect(withSettings.bedDaySetting!(as({}))).toBe('康复类住院（按床日付费）');
    expect(withSettings.bedDaySetting!(as({ department: 'neurology', principalDiagnosis: 'F20.000' }))).toBe('精神类住院（按床日付费）');
    expect(withSettings.bedDaySetting!(as({ department: 'neurology' }))).toBeNull();
    // An outpatient visit has no bed-day; without the table no stay is placed.
    expect(withSettings.bedDaySetting!(as({ visitType: 'outpatient' }))).toBeNull();
    expect(refs.bedDaySetting).toBeUndefined();
  });
});
