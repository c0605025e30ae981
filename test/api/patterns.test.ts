import { join, resolve } from 'node:path';
import request from 'supertest';
import { loadCatalogue } from '../../src/enrich/catalogue';
import { PATTERN_METRIC_LABEL } from '../../src/features/patterns/metric-labels';
import { patternRefs, runPatterns } from '../../src/features/patterns/pattern-service';
import { authedApp, withKey } from '../helpers/auth';
import { CLUSTER_PERIOD, PERIOD, patternClaims } from '../features/patterns/pattern-data';

// GET /api/v1/patterns: the latest run's provider findings, within the caller's provinces.

describe('GET /api/v1/patterns', () => {
  it('lists the latest findings, scoped to the caller\'s provinces and narrowed by provider, metric and kind', async () => {
    const { app, ctx, as } = await authedApp();
    const none = await request(app).get('/api/v1/patterns').set(as.auditor).expect(200);
    expect(none.body).toEqual({ run: null, scope: {}, items: [] });

    await ctx.store.saveReviews(patternClaims());
    const refs = patternRefs({ catalogue: loadCatalogue(join(resolve(__dirname, '../..'), 'rules/catalogue')), norms: null });
    const { run, findings } = await runPatterns(ctx.store, PERIOD, refs, { trigger: 'test' });
    expect(findings.length).toBeGreaterThan(0);

    const all = await request(app).get('/api/v1/patterns').set(as.investigator).expect(200);
    expect(all.body.run).toEqual(run);
    expect(all.body.scope).toEqual({ provinces: ['51'] });
    // Each finding with its metric's Chinese name, the console's label (one map: metric-labels.ts).
    expect(all.body.items).toEqual(findings.map((f) => ({ ...f, metricLabel: PATTERN_METRIC_LABEL[f.metric] })));
    expect(all.body.items.find((f: { metric: string }) => f.metric === 'upcoding').metricLabel).toBe('高套病组率');
    const mri = await request(app).get('/api/v1/patterns?kind=doctor&metric=costly-item').set(as.auditor).expect(200);
    expect(mri.body.items.map((f: { doctorId: string }) => f.doctorId)).toEqual(['D-MRI']);
    const h4 = await request(app).get('/api/v1/patterns?hospitalId=H4').set(as.auditor).expect(200);
    // H4 and its one doctor D41 both readmit and upcode (a readmission within 15 days is also one within 31).
    expect(h4.body.items.map((f: { providerKind: string; metric: string }) => `${f.providerKind}:${f.metric}`).sort()).toEqual([
      'doctor:readmission', 'doctor:unplanned-readmission', 'doctor:upcoding', 'institution:readmission', 'institution:unplanned-readmission', 'institution:upcoding',
    ]);

    // The rankings carry each provider's own findings.
    const doctors = await request(app).get('/api/v1/rankings/doctors?limit=500').set(as.auditor).expect(200);
    const row = (id: string) => doctors.body.items.find((r: { doctorId: string }) => r.doctorId === id);
    expect(row('D-MRI').patterns).toEqual([expect.objectContaining({ metric: 'costly-item', itemCode: '002401010010001' })]);
    expect(row('D-ONE').patterns).toEqual([]);
    const institutions = await request(app).get('/api/v1/rankings/institutions?limit=500').set(as.auditor).expect(200);
    const h4row = institutions.body.items.find((r: { hospitalId: string }) => r.hospitalId === 'H4');
    expect(h4row.patterns.map((p: { metric: string }) => p.metric).sort()).toEqual(['readmission', 'unplanned-readmission', 'upcoding']);

    const jilin = await withKey(ctx.store, 'investigator', ['22']);
    expect((await request(app).get('/api/v1/patterns').set(jilin).expect(200)).body.items).toEqual([]);
    const refused = await request(app).get('/api/v1/patterns?province=51').set(jilin).expect(403);
    expect(JSON.stringify(refused.body)).toContain('province 51 is outside your provinces');
    expect(refused.body.code).toBe('outside-provinces');
    const bad = await request(app).get('/api/v1/patterns?metric=vibes').set(as.auditor).expect(400);
    expect(JSON.stringify(bad.body)).toContain('metric');
    await request(app).get('/api/v1/patterns').expect(401);
    await ctx.store.close();
  });

  it('gives admission clusters (集中收治住院) by metric, with their window, and the rankings carry them', async () => {
    const { app, ctx, as } = await authedApp();
    await ctx.store.saveReviews(patternClaims());
    const refs = patternRefs({ catalogue: loadCatalogue(join(resolve(__dirname, '../..'), 'rules/catalogue')), norms: null });
    await runPatterns(ctx.store, CLUSTER_PERIOD, refs, { trigger: 'test' });
    const res = await request(app).get('/api/v1/patterns?metric=admission-cluster&kind=institution').set(as.auditor).expect(200);
    expect(res.body.items.map((f: { hospitalId: string }) => f.hospitalId)).toEqual(['HC-CLUSTER']);
    expect(res.body.items[0].cluster).toMatchObject({ from: '2025-02-10', to: '2025-02-16', windowDays: 7 });
    const institutions = await request(app).get('/api/v1/rankings/institutions?limit=500').set(as.auditor).expect(200);
    const row = institutions.body.items.find((r: { hospitalId: string }) => r.hospitalId === 'HC-CLUSTER');
    expect(row.patterns).toEqual([expect.objectContaining({ metric: 'admission-cluster', title: expect.stringContaining('集中收治住院') })]);
    await ctx.store.close();
  });
});
