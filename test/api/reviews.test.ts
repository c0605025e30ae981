import request from 'supertest';
import { createApp } from '../../src/api/app';
import type { Verdict } from '../../src/contract/verdict';
import { testContext, silentLogger } from '../helpers/context';
import { makeClaim, makeOutpatientClaim } from '../helpers/fixtures';
import { ruleDef, rulesDir } from '../helpers/rules';
import { makeKey } from '../helpers/auth';
import { countCases } from '../helpers/cases';

async function setup(env: Record<string, string> = {}) {
  const { ctx, config } = testContext(env);
  const server = createApp({ ctx, config, logger: silentLogger });
  // Every request of these tests carries an admin key (auth itself is tested in test/api/auth.test.ts).
  const app = request.agent(server).set('Authorization', `Bearer ${await makeKey(ctx.store, 'admin')}`);
  return { ctx, app };
}

describe('HTTP review door', () => {
  it('POST /api/v1/reviews returns the verdict of one claim and records it', async () => {
    const { ctx, app } = await setup();
    const claim = makeClaim();
    const res = await app.post('/api/v1/reviews').send(claim).expect(200);
    const v = res.body as Verdict;
    expect(v.claimId).toBe(claim.claimId);
    expect(['pass', 'review', 'reject']).toContain(v.decision);
    expect(v.rulesetVersion).toBe(ctx.rules.current().version);
    expect(v.modelVersion).toBe(ctx.model.current().version);
    expect(v.grouping?.scheme).toBe('CHS-DRG 1.1');
    expect(typeof v.riskScore).toBe('number');
    expect(new Date(v.reviewedAt).toString()).not.toBe('Invalid Date');
    const stored = await ctx.store.getVerdict(claim.claimId);
    expect(stored?.decision).toBe(v.decision);
  });

  it('an invalid claim gets 400 with field paths, and the input is kept', async () => {
    const { ctx, app } = await setup();
    const claim: any = makeClaim();
    claim.items[0].quantity = -1;
    const res = await app.post('/api/v1/reviews').send(claim).expect(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'items[0].quantity' })]));
    expect(res.body.verdict.decision).toBe('invalid');
    expect(await ctx.store.countInvalid()).toBe(1);
    expect(await ctx.store.getVerdict(claim.claimId)).toBeUndefined();
    // Operators see the kept inputs on /metrics, from the store.
    expect((await app.get('/metrics').expect(200)).text).toMatch(/^invalid_inputs_stored 1$/m);
  });

  it('a body that is not JSON gets 400, not a crash', async () => {
    const { app } = await setup();
    await app.post('/api/v1/reviews').set('content-type', 'application/json').send('{"claimId": ').expect(400);
  });

  it('POST /api/v1/reviews/batch returns verdicts in input order, invalid ones included', async () => {
    const { ctx, app } = await setup();
    const a = makeClaim({ claimId: 'A-1' });
    const b = makeOutpatientClaim({ claimId: 'B-2' });
    const res = await app
      .post('/api/v1/reviews/batch')
      .send([a, { claimId: 'BAD-3', region: 'x' }, b])
      .expect(200);
    const verdicts = res.body.verdicts as Verdict[];
    expect(verdicts.map((v) => v.claimId)).toEqual(['A-1', 'BAD-3', 'B-2']);
    expect(verdicts[1].decision).toBe('invalid');
    expect(verdicts[1].errors?.length).toBeGreaterThan(0);
    expect(verdicts[2].grouping).toBeNull();
    expect(await ctx.store.countVerdicts()).toBe(2);
  });

  it('accepts {"claims": [...]} and refuses more than the batch limit', async () => {
    const { app } = await setup({ BATCH_MAX: '3' });
    await app.post('/api/v1/reviews/batch').send({ claims: [makeClaim()] }).expect(200);
    const res = await app
      .post('/api/v1/reviews/batch')
      .send(Array.from({ length: 4 }, (_, i) => makeClaim({ claimId: `C-${i}` })))
      .expect(400);
    expect(res.body.error).toMatch(/at most 3/);
    await app.post('/api/v1/reviews/batch').send({ nope: 1 }).expect(400);
  });

  it('a batch of 1,000 claims is accepted by default', async () => {
    const { ctx, app } = await setup();
    const claims = Array.from({ length: 1000 }, (_, i) => makeOutpatientClaim({ claimId: `OP-${i}` }));
    const res = await app.post('/api/v1/reviews/batch').send(claims).expect(200);
    expect(res.body.verdicts).toHaveLength(1000);
    expect(await ctx.store.countVerdicts()).toBe(1000);
  });

  it('concurrent single reviews are batched, each answered with its own verdict, in arrival order', async () => {
    // A long window, so every request below joins one batch.
    const { ctx, app } = await setup({ REVIEW_BATCH_WINDOW_MS: '30' });
    const claims = Array.from({ length: 8 }, (_, i) => makeOutpatientClaim({ claimId: `OP-C${i}`, patient: { ...makeOutpatientClaim().patient, insuredId: `M-C${i}` } }));
    const first = makeClaim({ claimId: 'IP-DUP-1' });
    const all = [first, ...claims, { ...first, claimId: 'IP-DUP-2' }];
    const responses = await Promise.all(all.map((c) => app.post('/api/v1/reviews').send(c).expect(200)));
    expect(responses.map((r) => r.body.claimId)).toEqual(all.map((c) => c.claimId));
    // The member's second claim was judged after the first, so it is the duplicate.
    expect(responses[9].body.hits).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'history.duplicate-claim' })]));
    expect(responses[0].body.hits.map((h: { ruleId: string }) => h.ruleId)).not.toContain('history.duplicate-claim');
    expect(await ctx.store.countVerdicts()).toBe(10);
    const metrics = await app.get('/metrics').expect(200);
    expect(metrics.text).toMatch(/review_batch_claims_count \d+/);
  });

  it('re-reviewing a claim updates rather than duplicates', async () => {
    const { ctx, app } = await setup();
    const claim = makeClaim();
    await app.post('/api/v1/reviews').send(claim).expect(200);
    await app.post('/api/v1/reviews').send(claim).expect(200);
    expect(await ctx.store.countVerdicts()).toBe(1);
  });

  it('a block rule rejects the claim and opens a case readable over HTTP', async () => {
    const dir = rulesDir({
      'catalogue/t.rules.json': {
        rules: [ruleDef({ id: 'catalogue.too-dear', severity: 'block', message: 'total {{totalFen}} fen over 1 fen', amount: 'params.yuan', params: { yuan: 12.5 } })],
      },
    });
    const { ctx, app } = await setup({ RULES_DIR: dir });
    const claim = makeClaim();
    const res = await app.post('/api/v1/reviews').send(claim).expect(200);
    expect(res.body.decision).toBe('reject');
    const ruleHits = res.body.hits.filter((h: { family: string }) => h.family !== 'anomaly');
    expect(ruleHits).toEqual([
      expect.objectContaining({ ruleId: 'catalogue.too-dear', family: 'catalogue', severity: 'block', amount: 12.5, lineIds: [] }),
    ]);
    expect(ruleHits[0].message).toMatch(/^total \d+ fen over 1 fen$/);
    const kase = await app.get(`/api/v1/cases/${claim.claimId}`).expect(200);
    expect(kase.body.claim.claimId).toBe(claim.claimId);
    expect(kase.body.verdict.decision).toBe('reject');
    expect(await countCases(ctx.store)).toBe(1);
    await app.get('/api/v1/cases/nope').expect(404);
  });

  it('serves health, readiness and Prometheus metrics', async () => {
    const { app } = await setup();
    await app.post('/api/v1/reviews').send(makeClaim()).expect(200);
    await app.get('/healthz').expect(200);
    const ready = await app.get('/readyz').expect(200);
    expect(ready.body.store).toBe(true);
    const metrics = await app.get('/metrics').expect(200);
    expect(metrics.text).toMatch(/claims_reviewed_total\{decision="(pass|review|reject)",source="http"\} \d+/);
    expect(metrics.text).toMatch(/review_latency_seconds_bucket/);
  });
});

describe('HTTP: retrospective findings (事后发现)', () => {
  it("a stay's review revises the visit that settled during it: the stay's answer is its own, GET shows the visit revised, /metrics counts it", async () => {
    const { buildClaim } = await import('../helpers/shipped-rules');
    const { ctx, app } = await setup();
    const patient = { insuredId: 'EX-P-0001', gender: 'M', birthDate: '1962-05-10', retired: true };
    const visit = buildClaim({ base: 'outpatient', shiftDays: -9, set: { claimId: 'HTTP-VISIT', patient } });
    const stay = buildClaim({ base: 'inpatient', set: { claimId: 'HTTP-STAY' } });
    expect((await app.post('/api/v1/reviews').send(visit).expect(200)).body.decision).toBe('pass');
    const own = (await app.post('/api/v1/reviews').send(stay).expect(200)).body as Verdict;
    expect([own.claimId, own.revision]).toEqual(['HTTP-STAY', undefined]);
    const record = (await app.get('/api/v1/verdicts/HTTP-VISIT').expect(200)).body;
    expect(record).toMatchObject({ claimId: 'HTTP-VISIT', decision: 'review', ruleIds: ['history.visit-during-stay'] });
    const kase = (await app.get('/api/v1/cases/HTTP-VISIT').expect(200)).body;
    expect(kase.verdict.revision).toBe(1);
    expect(kase.verdict.hits[0].retrospective.byClaimId).toBe('HTTP-STAY');
    expect((await app.get('/metrics').expect(200)).text).toMatch(/retrospective_findings_total\{rule="history.visit-during-stay"\} [1-9]/);
    await ctx.store.close();
  });
});
