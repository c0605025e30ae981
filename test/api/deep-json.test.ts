import Database from 'better-sqlite3';
import { rollBackSchema } from '../helpers/roll-back-schema';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { migrate } from '../../src/store/sqlite/schema';
import { MAX_JSON_DEPTH } from '../../src/validate/json-depth';
import { authedApp } from '../helpers/auth';
import { silentLogger, testContext } from '../helpers/context';
import { make3101 } from '../helpers/fsi';
import { amountsFor, makeClaim, makeItem, makeReviewed } from '../helpers/fixtures';

// Issue 18, points 1 and 2: a claim nested past what any claim needs is refused at the door naming the path,
// and the case queue is listed from columns, so even a stored claim SQLite cannot read leaves it answering.

/** {"a": {"a": … 1 …}} with `levels` objects, as JSON text (no test-side stringify has to cope with it). */
const nestedText = (levels: number) => '{"a":'.repeat(levels - 1) + '{"a":1' + '}'.repeat(levels);
const nested = (levels: number): unknown => JSON.parse(nestedText(levels));
const DEEP = '"__DEEP__"';
/** A body's JSON text with the DEEP placeholder string replaced by `levels` nested objects. */
const withDeep = (body: unknown, levels: number) => JSON.stringify(body).replace(DEEP, nestedText(levels));
const JSON_TYPE = { 'content-type': 'application/json' };
// 黄体酮注射液 is 限女性 in the catalogue and the patient is a man: the real rules flag it, so it opens a case.
const flagged = (claimId: string, extra: Record<string, unknown> = {}) => {
  const c = makeClaim({ claimId });
  const items = [...c.items, makeItem({ lineId: '6', code: 'XG03DAH502B002010104733', name: '黄体酮注射液', category: 'drug', date: '2025-03-05', quantity: 1, unitPrice: 0.9 })];
  return { ...c, items, amounts: amountsFor(items), ...extra };
};
const deepPath = (prefix: string, levels: number) => prefix + '.a'.repeat(levels);

describe('JSON nesting depth at the HTTP doors', () => {
  it('refuses a valid claim with an extra field nested 1,000 levels (400 naming the path); the queue still answers', async () => {
    const { app, as } = await authedApp();
    const res = await request(app).post('/api/v1/reviews').set(as.intake).set(JSON_TYPE).send(withDeep(flagged('DEEP-1', { extra: '__DEEP__' }), 1000)).expect(400);
    // The claim is level 1, `extra` level 2: the first object past the limit sits MAX_JSON_DEPTH - 1 keys below it.
    expect(res.body.errors).toEqual([{ path: deepPath('extra', MAX_JSON_DEPTH - 1), message: `nested deeper than ${MAX_JSON_DEPTH} levels` }]);
    await request(app).post('/api/v1/reviews').set(as.intake).send(flagged('OK-1', { extra: nested(MAX_JSON_DEPTH - 1) })).expect(200);
    const list = await request(app).get('/api/v1/cases').set(as.admin).expect(200);
    expect(list.body.items.map((i: { claimId: string }) => i.claimId)).toEqual(['OK-1']);
  });

  it.each([
    ['/api/v1/reviews', flagged('DEEP-2', { extra: '__DEEP__' }), 'extra'],
    ['/api/v1/reviews/batch', { claims: [makeClaim({ claimId: 'B-1' }), flagged('DEEP-3', { extra: '__DEEP__' })] }, 'claims[1].extra'],
    ['/api/v1/reviews/batch', [flagged('DEEP-4', { extra: '__DEEP__' })], '[0].extra'],
  ])('%s: 5,000 levels is a 400 naming the path, not a 500', async (url, body, at) => {
    const { app, as, ctx } = await authedApp();
    const res = await request(app).post(url).set(as.intake).set(JSON_TYPE).send(withDeep(body, 5000)).expect(400);
    expect(res.body.errors[0].path.startsWith(at)).toBe(true);
    expect(res.body.errors[0].message).toBe(`nested deeper than ${MAX_JSON_DEPTH} levels`);
    await request(app).post('/api/v1/reviews').set(as.intake).send(makeClaim({ claimId: 'AFTER' })).expect(200);
    expect(await ctx.store.getVerdict('AFTER')).toBeDefined();
  });

  it.each(['/api/fsi/3101', '/api/fsi'])('%s: 5,000 levels is answered in the national envelope naming the path', async (url) => {
    const { app, as } = await authedApp();
    const msg = make3101() as { input: { data: Record<string, unknown> } };
    msg.input.data.extra = '__DEEP__';
    const res = await request(app).post(url).set(as.intake).set(JSON_TYPE).send(withDeep(msg, 5000)).expect(200);
    expect(res.body.infcode).toBe(-1);
    expect(res.body.err_msg).toMatch(new RegExp(`^input\\.data\\.extra(\\.a)+: nested deeper than ${MAX_JSON_DEPTH} levels$`));
    const ok = await request(app).post(url).set(as.intake).send(make3101()).expect(200);
    expect(ok.body.infcode).toBe(0);
  });

  it('any JSON body, not only claims', async () => {
    const { app, as } = await authedApp();
    const res = await request(app).post('/api/v1/cases/X/notes').set(as.investigator).set(JSON_TYPE).send(withDeep({ text: 'n', x: '__DEEP__' }, 5000)).expect(400);
    expect(res.body.errors[0].path).toMatch(/^x(\.a)+$/);
  });
});

describe('the case queue reads no stored claim', () => {
  it('lists a case whose stored claim nests 1,000 levels (past the doors, straight into the store)', async () => {
    const { ctx, config } = testContext();
    const app = createApp({ ctx, config, logger: silentLogger });
    const { withKey } = await import('../helpers/auth');
    const admin = await withKey(ctx.store, 'admin');
    const claim = { ...makeClaim({ claimId: 'STORED-DEEP' }), extra: nested(1000) } as ReturnType<typeof makeClaim>;
    await ctx.store.saveReviews([makeReviewed(claim, { decision: 'reject' })]);
    const list = await request(app).get('/api/v1/cases').set(admin).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ claimId: 'STORED-DEEP', insuredId: expect.stringMatching(/^INS\*+\d\d$/) })]);
    await request(app).get('/api/v1/cases?hospital=' + claim.provider.hospitalId).set(admin).expect(200);
  });

  it('no list page or queue filter parses a stored claim: every one answers over a claim SQLite cannot read', async () => {
    // "Lists read columns", shown: a query that ran any JSON function over the stored claim would fail on it
    // (malformed JSON) and the page would answer 500, as the case queue once did (issue 18, point 1).
    const { ctx, config, dir } = testContext();
    const app = createApp({ ctx, config, logger: silentLogger });
    const { withKey } = await import('../helpers/auth');
    const admin = await withKey(ctx.store, 'admin');
    const claim = { ...makeClaim({ claimId: 'OPAQUE-1', patient: { ...makeClaim().patient, name: '张三' } }), extra: nested(1000) } as ReturnType<typeof makeClaim>;
    await ctx.store.saveReviews([makeReviewed(claim, { decision: 'reject' })]);
    const db = new Database(join(dir, 'review.db'));
    // The stored claim is past SQLite's JSON depth limit: any JSON function over it fails the query.
    expect(db.prepare("SELECT json_valid(claim) AS ok FROM cases WHERE claim_id = 'OPAQUE-1'").get()).toEqual({ ok: 0 });
    expect(() => db.prepare("SELECT json_extract(claim, '$.patient.insuredId') FROM cases").all()).toThrow(/malformed JSON/);
    db.close();
    const p = claim.patient;
    const queries = [
      '', 'sort=score&order=asc', 'sort=serviceDate', 'sort=updatedAt&limit=1', 'claim=OPAQUE', `insuredId=${p.insuredId}`,
      `patientName=${encodeURIComponent(p.name!)}`, 'hospital=H5101', 'doctor=D5101', `department=${encodeURIComponent('神经')}`,
      'overdue=true', 'family=catalogue', 'rule=catalogue.price-over-limit', 'decision=reject', 'status=new', 'region=510100',
      'province=51', 'scoreMin=0.1&scoreMax=0.9', 'from=2025-01-01&to=2025-12-31', 'amountMin=0&amountMax=100000',
    ];
    for (const q of queries) {
      const res = await request(app).get(`/api/v1/cases?${q}`).set(admin);
      expect([q, res.status]).toEqual([q, 200]);
      if (q !== 'overdue=true') expect([q, res.body.items.map((i: { claimId: string }) => i.claimId)]).toEqual([q, ['OPAQUE-1']]);
    }
    const month = '2025-03'; // makeClaim's admission
    for (const url of [
      '/api/v1/rankings/institutions?from=2025-01-01', '/api/v1/rankings/doctors?sort=risk', '/api/v1/trends/flags',
      '/api/v1/patterns', `/api/v1/providers/claims?hospitalId=${claim.provider.hospitalId}`, '/api/v1/audit', '/api/v1/inspections',
      `/api/v1/exports/${month}/manifest`, '/api/v1/cases/OPAQUE-1', '/api/v1/cases/OPAQUE-1/member', '/api/v1/cases/OPAQUE-1/audit',
    ]) {
      const res = await request(app).get(url).set(admin);
      expect([url, res.status]).toEqual([url, 200]);
    }
  });

  it('an older store is brought forward: its cases get the patient columns, a claim SQLite cannot read gets none', async () => {
    const { ctx, dir } = testContext();
    await ctx.store.saveReviews([makeReviewed(makeClaim({ claimId: 'OLD' }), { decision: 'reject' })]);
    await ctx.store.close();
    const db = new Database(join(dir, 'review.db'));
    // Back to version 7, as an older build left it, with one claim past SQLite's JSON depth limit.
    rollBackSchema(db, 7);
    db.prepare("INSERT INTO cases SELECT 'POISON', status, decision, ?, verdict, created_at, updated_at, region, province, hospital_id, doctor_id, department, month, service_date, risk_score, amount_at_stake_fen, assignee, outcome FROM cases WHERE claim_id = 'OLD'")
      .run(JSON.stringify({ ...makeClaim({ claimId: 'POISON' }), extra: nested(1500) }));
    db.prepare("INSERT INTO verdicts SELECT 'POISON', decision, risk_score, families, rule_ids, ruleset_version, model_version, reviewed_at, region, province, hospital_id, hospital_level, department, doctor_id, insurance_type, visit_type, service_date, month, total_fen, fund_claimed_fen, amount_at_stake_fen, verdict FROM verdicts WHERE claim_id = 'OLD'").run();
    migrate(db);
    const rows = db.prepare('SELECT claim_id, insured_id, patient_name FROM cases ORDER BY claim_id').all();
    expect(rows).toEqual([
      { claim_id: 'OLD', insured_id: makeClaim().patient.insuredId, patient_name: makeClaim().patient.name ?? null },
      { claim_id: 'POISON', insured_id: null, patient_name: null },
    ]);
    db.close();
  });
});
