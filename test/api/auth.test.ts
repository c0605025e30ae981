import express from 'express';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { hashApiKey } from '../../src/api/auth/api-key';
import { authenticator, KEY_CHECK_TTL_MS } from '../../src/api/auth/authenticate';
import { errorHandler } from '../../src/api/errors';
import { DEV_AUTH_PEPPER } from '../../src/config';
import { authedApp, makeKey, withKey } from '../helpers/auth';
import { silentLogger, testContext } from '../helpers/context';
import { makeClaim } from '../helpers/fixtures';
import { reviewedFrom } from '../features/cases/case-store-contract';

// Roles and access: keys, roles, province scope, anonymous routes, failed-auth rate limit, security headers.

const spec = (id: string, region: string, hospitalId: string) => ({
  id, region, hospitalId, level: 3 as const, department: '内科', doctorId: `D-${id}`, date: '2025-02-01', decision: 'review' as const, score: 0.5, hits: [['catalogue.gender', 100]] as [string, number][],
});

describe('authentication', () => {
  it('lets only health and metrics through without a key', async () => {
    const { app } = await authedApp();
    await request(app).get('/healthz').expect(200);
    await request(app).get('/readyz').expect(200);
    await request(app).get('/metrics').expect(200);
    for (const path of ['/api/v1/cases', '/api/v1/rules', '/api/v1/verdicts/x', '/api/v1/me', '/api/v1/rankings/institutions', '/api/v1/audit', '/api/v1/keys']) {
      const res = await request(app).get(path).expect(401);
      expect(res.body.error).toMatch(/API key/);
    }
    await request(app).post('/api/v1/reviews').send(makeClaim()).expect(401);
    await request(app).post('/api/v1/rules/reload').expect(401);
  });

  it('takes the key as a Bearer token or X-API-Key, refuses unknown, malformed and revoked keys', async () => {
    const { app, ctx, as } = await authedApp();
    const key = await makeKey(ctx.store, 'auditor', [], { name: 'audit-2' });
    expect((await request(app).get('/api/v1/me').set('Authorization', `Bearer ${key}`).expect(200)).body).toMatchObject({ name: 'audit-2', role: 'auditor', provinces: [] });
    await request(app).get('/api/v1/me').set('X-API-Key', key).expect(200);
    await request(app).get('/api/v1/me').set('Authorization', `Bearer ${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`).expect(401);
    await request(app).get('/api/v1/me').set('Authorization', 'Bearer nonsense').expect(401);
    await request(app).get('/api/v1/me').set('Authorization', `Basic ${key}`).expect(401);
    // Same key, other pepper: the hash differs, so a store copied to a service with another pepper opens nothing.
    expect(hashApiKey(key, DEV_AUTH_PEPPER)).not.toBe(hashApiKey(key, 'another-pepper-of-16+chars'));

    const id = key.split('_')[1];
    await request(app).delete(`/api/v1/keys/${id}`).set(as.auditor).expect(403);
    await request(app).delete(`/api/v1/keys/${id}`).set(as.admin).expect(200);
    await request(app).get('/api/v1/me').set('X-API-Key', key).expect(401);
    await request(app).delete(`/api/v1/keys/${id}`).set(as.admin).expect(404);
  });

  it('trusts a checked key for a few seconds: revoked in the store it fails after that, revoked through the API at once', async () => {
    const { ctx } = await authedApp();
    let now = 1_000_000;
    const { auth, forget } = authenticator(ctx.store, DEV_AUTH_PEPPER, () => now);
    const app = express();
    app.get('/x', auth('auditor'), (_req, res) => {
      res.json({ ok: true });
    });
    app.use(errorHandler(silentLogger));

    // Revoked by another instance (straight in the store): still trusted until the check expires.
    const elsewhere = await makeKey(ctx.store, 'auditor', [], { name: 'elsewhere' });
    await request(app).get('/x').set('X-API-Key', elsewhere).expect(200);
    await ctx.store.revokeApiKey(elsewhere.split('_')[1], new Date().toISOString());
    now += KEY_CHECK_TTL_MS - 1;
    await request(app).get('/x').set('X-API-Key', elsewhere).expect(200);
    now += 1;
    await request(app).get('/x').set('X-API-Key', elsewhere).expect(401);

    // Revoked here: forget() drops it, so the next request asks the store.
    const here = await makeKey(ctx.store, 'auditor', [], { name: 'here' });
    await request(app).get('/x').set('X-API-Key', here).expect(200);
    await ctx.store.revokeApiKey(here.split('_')[1], new Date().toISOString());
    forget(here.split('_')[1]);
    await request(app).get('/x').set('X-API-Key', here).expect(401);
    // A wrong secret on a cached key's id is not let through by the cache.
    await request(app).get('/x').set('X-API-Key', `${here.slice(0, -1)}${here.endsWith('A') ? 'B' : 'A'}`).expect(401);
  });

  it('rate-limits failed authentications per client (429), not successful ones', async () => {
    const { app, ctx } = await authedApp({ AUTH_FAIL_LIMIT: '3' });
    const good = await withKey(ctx.store, 'auditor');
    for (let i = 0; i < 5; i++) await request(app).get('/api/v1/me').set(good).expect(200);
    for (let i = 0; i < 3; i++) await request(app).get('/api/v1/me').set('X-API-Key', `bad-${i}`).expect(401);
    const limited = await request(app).get('/api/v1/me').set('X-API-Key', 'bad-again').expect(429);
    expect(limited.body.error).toMatch(/too many failed/);
    await request(app).get('/healthz').expect(200);
  });

  it('does not count requests in flight as failures (a busy client with many connections is not limited)', async () => {
    const { app, as } = await authedApp({ AUTH_FAIL_LIMIT: '3', REVIEW_BATCH_WINDOW_MS: '30' });
    const codes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => request(app).post('/api/v1/reviews').set(as.intake).send(makeClaim({ claimId: `INFLIGHT-${i}` })).then((r) => r.status)),
    );
    expect(codes).toEqual(codes.map(() => 200));
    for (let i = 0; i < 3; i++) await request(app).get('/api/v1/me').set('X-API-Key', `bad-${i}`).expect(401);
    const limited = await request(app).get('/api/v1/me').set(as.intake).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('sends security headers (helmet) with a CSP that allows only the service’s own scripts', async () => {
    const { app } = await authedApp();
    const res = await request(app).get('/healthz').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline.*script|script-src[^;]*unsafe/);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('roles', () => {
  it('intake submits claims and reads verdicts; it cannot read cases, rankings, audit or keys', async () => {
    const { app, as } = await authedApp();
    const claim = makeClaim();
    await request(app).post('/api/v1/reviews').set(as.intake).send(claim).expect(200);
    await request(app).post('/api/v1/reviews/batch').set(as.intake).send([makeClaim({ claimId: 'B-2' })]).expect(200);
    await request(app).get(`/api/v1/verdicts/${claim.claimId}`).set(as.intake).expect(200);
    await request(app).get('/api/v1/rules').set(as.intake).expect(200);
    for (const path of ['/api/v1/cases', `/api/v1/cases/${claim.claimId}`, '/api/v1/rankings/institutions', '/api/v1/trends/flags', '/api/v1/audit', '/api/v1/keys']) {
      const res = await request(app).get(path).set(as.intake).expect(403);
      expect(res.body.error).toMatch(/role intake may not/);
    }
    await request(app).post('/api/v1/rules/reload').set(as.intake).expect(403);
  });

  it('auditors read everything and the audit trail but do not submit claims or work cases; admins manage keys and reload rules', async () => {
    const { app, ctx, as } = await authedApp();
    await ctx.store.saveReviews([reviewedFrom(spec('S1', '510100', 'H1')), reviewedFrom(spec('J1', '220100', 'H9'))]);
    expect((await request(app).get('/api/v1/cases').set(as.auditor).expect(200)).body.items).toHaveLength(2);
    await request(app).get('/api/v1/verdicts/S1').set(as.auditor).expect(200);
    await request(app).get('/api/v1/audit').set(as.auditor).expect(200);
    await request(app).post('/api/v1/reviews').set(as.auditor).send(makeClaim()).expect(403);
    await request(app).post('/api/v1/cases/S1/assign').set(as.auditor).send({ assignee: 'x' }).expect(403);
    await request(app).post('/api/v1/rules/reload').set(as.auditor).expect(403);
    await request(app).post('/api/v1/rules/reload').set(as.admin).expect(200);
    await request(app).post('/api/v1/keys').set(as.auditor).send({ name: 'x', role: 'admin' }).expect(403);

    const created = await request(app).post('/api/v1/keys').set(as.admin).send({ name: '吉林稽核', role: 'investigator', provinces: ['22'] }).expect(201);
    expect(created.body.key).toMatch(/^yb_[0-9a-f]{12}_/);
    expect(created.body.record).toEqual({ id: expect.any(String), name: '吉林稽核', role: 'investigator', provinces: ['22'], createdAt: expect.any(String), createdBy: 'admin-all', revokedAt: null });
    const listed = (await request(app).get('/api/v1/keys').set(as.admin).expect(200)).body.keys;
    expect(listed.some((k: Record<string, unknown>) => 'hash' in k)).toBe(false);
    expect(JSON.stringify(listed)).not.toContain(created.body.key);
    await request(app).post('/api/v1/keys').set(as.admin).send({ name: 'x', role: 'investigator' }).expect(400);
    await request(app).post('/api/v1/keys').set(as.admin).send({ name: 'x', role: 'root' }).expect(400);
    const trail = (await request(app).get('/api/v1/audit').set(as.auditor).expect(200)).body.entries;
    expect(trail).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'key-create', actor: 'admin-all', to: created.body.record.id })]));
    const jilin = { 'X-API-Key': created.body.key };
    expect((await request(app).get('/api/v1/cases').set(jilin).expect(200)).body.items.map((i: { claimId: string }) => i.claimId)).toEqual(['J1']);
  });
});

describe('province scope', () => {
  it('an investigator of one province can neither see nor change another province’s cases', async () => {
    const { app, ctx, as } = await authedApp();
    await ctx.store.saveReviews([reviewedFrom(spec('S1', '510100', 'H1')), reviewedFrom(spec('S2', '510700', 'H2')), reviewedFrom(spec('J1', '220100', 'H9'))]);
    const sichuan = as.investigator; // 51
    const list = (q = '') => request(app).get(`/api/v1/cases${q}`).set(sichuan).expect(200);
    expect((await list()).body.items.map((i: { claimId: string }) => i.claimId).sort()).toEqual(['S1', 'S2']);
    expect((await list('?province=22')).body.items).toEqual([]);
    expect((await list('?region=220100')).body.items).toEqual([]);
    expect((await list('?hospital=H9')).body.items).toEqual([]);

    await request(app).get('/api/v1/cases/J1').set(sichuan).expect(403);
    await request(app).get('/api/v1/cases/J1?reveal=identity').set(sichuan).expect(403);
    await request(app).get('/api/v1/cases/J1/audit').set(sichuan).expect(403);
    const expectedUpdatedAt = (await ctx.store.getCase('J1'))!.updatedAt;
    await request(app).post('/api/v1/cases/J1/assign').set(sichuan).send({ assignee: 'investigator-51', expectedUpdatedAt }).expect(403);
    await request(app).post('/api/v1/cases/J1/transition').set(sichuan).send({ action: 'start', expectedUpdatedAt }).expect(403);
    await request(app).post('/api/v1/cases/J1/notes').set(sichuan).send({ text: 'x' }).expect(403);
    await request(app).post('/api/v1/cases/J1/outcome').set(sichuan).send({ amountToRecover: 1, summary: 'x', expectedUpdatedAt }).expect(403);
    const j1 = await request(app).get('/api/v1/cases/J1').set(as.auditor).expect(200);
    expect(j1.body).toMatchObject({ status: 'new', assignee: null, history: [] });

    await request(app).post('/api/v1/cases/S1/assign').set(sichuan).send({ assignee: 'investigator-51', expectedUpdatedAt: (await ctx.store.getCase('S1'))!.updatedAt }).expect(200);
    await request(app).get('/api/v1/cases/S1?reveal=identity').set(sichuan).expect(200);

    const ranked = (await request(app).get('/api/v1/rankings/institutions').set(sichuan).expect(200)).body.items;
    expect(ranked.map((r: { hospitalId: string }) => r.hospitalId).sort()).toEqual(['H1', 'H2']);
    await request(app).get('/api/v1/rankings/institutions?province=22').set(sichuan).expect(403);
    expect((await request(app).get('/api/v1/trends/flags').set(sichuan).expect(200)).body.totals).toEqual([{ claims: 2, flagged: 2, amountFen: 20000, flagRate: 1 }]);
  });

  it('keys made with another pepper do not open the service', async () => {
    const { ctx, config } = testContext({ AUTH_PEPPER: 'a-production-pepper-1234' });
    const app = createApp({ ctx, config, logger: silentLogger });
    const devKey = await makeKey(ctx.store, 'admin'); // hashed with the development pepper
    await request(app).get('/api/v1/me').set('X-API-Key', devKey).expect(401);
    const key = await makeKey(ctx.store, 'admin', [], { pepper: 'a-production-pepper-1234' });
    await request(app).get('/api/v1/me').set('X-API-Key', key).expect(200);
  });
});
