import request from 'supertest';
import { authedApp, withKey } from '../helpers/auth';
import { makeHit, makeReviewed } from '../helpers/fixtures';
import { API_SPECS, reviewedFrom } from '../features/cases/case-store-contract';

// The case API: queue filters, pagination, one case with evidence and history, workflow, notes, outcome, the
// audit trail, identity masking. Cases: A1 A2 (510100, H1), A3 (510700, H2), B1 (220100, H3); P1 passes.

const CASES = API_SPECS;

async function setup() {
  const t = await authedApp();
  await t.ctx.store.saveReviews(CASES.map(reviewedFrom));
  const sichuan = t.as.investigator; // provinces 51
  const jilin = await withKey(t.ctx.store, 'investigator', ['22'], { name: 'jilin' });
  const all = t.as.auditor;
  const ids = async (q: string, as = all) => (await request(t.app).get(`/api/v1/cases?${q}`).set(as).expect(200)).body.items.map((i: { claimId: string }) => i.claimId);
  return { ...t, sichuan, jilin, ids };
}

// The queue's filter and refusal cases only read: they share one app and store; every other test makes its own.
let readOnly: ReturnType<typeof setup> | undefined;
const shared = () => (readOnly ??= setup());

describe('case API: queue', () => {
  it.each([
    ['region=510100', ['A2', 'A1']],
    ['province=22', ['B1']],
    ['hospital=H1', ['A2', 'A1']],
    ['doctor=D3', ['A3']],
    ['department=' + encodeURIComponent('内科'), ['A1', 'A3']],
    ['family=history', ['A2']],
    ['rule=catalogue.gender', ['B1', 'A1']],
    ['decision=reject', ['B1', 'A1']],
    ['status=new', ['A2', 'B1', 'A1', 'A3']],
    ['status=assigned', []],
    ['scoreMin=0.5&scoreMax=0.7', ['A2', 'B1']],
    ['from=2025-02-01&to=2025-02-28', ['A2', 'B1']],
    ['amountMin=100&amountMax=200', ['B1', 'A1']],
    ['sort=score&order=asc', ['A3', 'A2', 'B1', 'A1']],
    ['sort=serviceDate', ['A3', 'B1', 'A2', 'A1']],
    ['hospital=H1&family=catalogue', ['A1']],
  ])('GET /cases?%s', async (q, expected) => {
    const { ids } = await shared();
    expect(await ids(q)).toEqual(expected);
  });

  it('filters by assignee once a case is assigned', async () => {
    const { app, sichuan, ids, ctx } = await setup();
    await request(app).post('/api/v1/cases/A3/assign').set(sichuan).send({ assignee: 'investigator-51', expectedUpdatedAt: (await ctx.store.getCase('A3'))!.updatedAt }).expect(200);
    expect(await ids(`assignee=${encodeURIComponent('investigator-51')}`)).toEqual(['A3']);
    expect(await ids('status=assigned')).toEqual(['A3']);
  });

  it('pages with a stable cursor and masks identifiers in the list', async () => {
    const { app, as, ctx } = await setup();
    await ctx.store.saveReviews(
      Array.from({ length: 12 }, (_, i) => reviewedFrom({ ...CASES[0], id: `T${String(i).padStart(2, '0')}` })),
    );
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const res: request.Response = await request(app).get(`/api/v1/cases?limit=5${next ? `&cursor=${next}` : ''}`).set(as.auditor).expect(200);
      seen.push(...res.body.items.map((i: { claimId: string }) => i.claimId));
      for (const item of res.body.items) {
        expect(item.insuredId).toMatch(/^INS\*+\d\d$/);
        expect(item.patientName).toBe('张**');
      }
      next = res.body.next;
    } while (next);
    expect(seen).toHaveLength(16);
    expect(new Set(seen).size).toBe(16);
    const again = await request(app).get('/api/v1/cases?limit=100').set(as.auditor).expect(200);
    expect(seen).toEqual(again.body.items.map((i: { claimId: string }) => i.claimId));
  });

  it.each([
    ['scoreMin=abc', /scoreMin/],
    ['scoreMin=2', /scoreMin/],
    ['colour=red', /colour/],
    ['status=open', /status/],
    ['status[$ne]=new', /status\[\$ne\]/],
    ['hospital=H1&hospital=H2', /hospital/],
    ['from=2025-03-01&to=2025-01-01', /from is after to/],
    ['from=yesterday', /from/],
    ['limit=0', /limit/],
    ['limit=5000', /limit/],
    ['region=51', /region/],
    ['cursor=not-a-cursor', /cursor/],
    ['sort=claim_id;DROP TABLE cases', /sort/],
  ])('refuses a bad query %s with 400 and the reason', async (q, reason) => {
    const { app, as } = await shared();
    const res = await request(app).get(`/api/v1/cases?${q}`).set(as.auditor).expect(400);
    expect(res.body.error).toMatch(reason);
    expect(res.body.errors.length).toBeGreaterThan(0);
  });

  it('takes filter values literally (SQL text finds nothing) and refuses operator objects in bodies', async () => {
    const { app, as, sichuan, ids } = await setup();
    // Codes have a narrow pattern, so SQL text is refused before it reaches the store ...
    await request(app).get(`/api/v1/cases?hospital=${encodeURIComponent("H1' OR '1'='1")}`).set(as.auditor).expect(400);
    await request(app).get(`/api/v1/cases?rule=${encodeURIComponent("catalogue.x')--")}`).set(as.auditor).expect(400);
    // ... and free text is bound as a value: it matches nothing rather than everything.
    expect(await ids(`department=${encodeURIComponent("内科' OR '1'='1")}`)).toEqual([]);
    expect(await ids(`department=${encodeURIComponent('%')}`)).toEqual([]);
    expect(await ids(`assignee=${encodeURIComponent('x" OR 1=1 --')}`)).toEqual([]);
    const evil = await request(app).post('/api/v1/cases/A1/assign').set(sichuan).send({ assignee: { $ne: null }, expectedUpdatedAt: '2025-01-01T00:00:00.000Z' }).expect(400);
    expect(evil.body.errors[0].path).toBe('assignee');
    await request(app).post('/api/v1/cases/A1/transition').set(sichuan).send({ action: { $in: ['confirm'] } }).expect(400);
    await request(app).post('/api/v1/cases/A1/notes').set(sichuan).send({ text: 'x', $set: { status: 'confirmed' } }).expect(400);
    await request(app).get('/api/v1/audit?claimId[$gt]=').set(as.auditor).expect(400);
    expect((await request(app).get('/api/v1/cases/A1').set(as.auditor).expect(200)).body.status).toBe('new');
  });

  it('refuses bodies over the size limit', async () => {
    const { app, sichuan } = await setup();
    await request(app).post('/api/v1/cases/A1/notes').set(sichuan).send({ text: 'x'.repeat(70_000) }).expect(413);
  });
});

describe('case API: member history across provinces', () => {
  it("shows only the reader's provinces in the member history, and counts the rest", async () => {
    const { app, ctx, as, jilin } = await setup();
    const member = { insuredId: 'INS-X-000077', gender: 'F' as const, birthDate: '1970-01-01' };
    await ctx.store.saveReviews([
      makeReviewed({ claimId: 'X-SC', region: '510100', patient: member, admissionDate: '2025-01-02' }, { decision: 'review' }),
      makeReviewed({ claimId: 'X-SC2', region: '510700', patient: member, admissionDate: '2025-01-20' }),
      makeReviewed({ claimId: 'X-JL', region: '220100', patient: member, admissionDate: '2025-02-02' }, { decision: 'reject' }),
    ]);
    const sichuan = await request(app).get('/api/v1/cases/X-SC').set(as.investigator).expect(200);
    expect(sichuan.body.memberClaims.map((m: { claimId: string }) => m.claimId)).toEqual(['X-SC2']);
    expect(sichuan.body.memberClaimsInOtherProvinces).toBe(1);
    expect(JSON.stringify(sichuan.body)).not.toContain('X-JL');
    const jl = await request(app).get('/api/v1/cases/X-JL').set(jilin).expect(200);
    expect(jl.body.memberClaims).toEqual([]);
    expect(jl.body.memberClaimsInOtherProvinces).toBe(2);
    const everywhere = await request(app).get('/api/v1/cases/X-SC').set(as.auditor).expect(200);
    expect(everywhere.body.memberClaims.map((m: { claimId: string }) => m.claimId)).toEqual(['X-JL', 'X-SC2']);
    expect(everywhere.body.memberClaimsInOtherProvinces).toBe(0);
  });
});

describe('case API: one case, workflow and audit trail', () => {
  it('shows the claim masked, every hit with evidence, the model explanation, the member history and the audit trail', async () => {
    const { app, ctx, as } = await setup();
    const anomaly = makeHit({
      ruleId: 'anomaly.autoencoder', family: 'anomaly', severity: 'warn', amount: null, message: '与同组相比异常',
      // Saved before the labels were Chinese: the case API relabels it by feature name.
      evidence: { modelVersion: 'ae-1', score: 0.99, threshold: 0.98, peerGroup: 'drg:FV25', peerCount: 40, top: [{ feature: 'drug_share', label: 'drug share', value: '0.81', peerMedian: '0.35', z: 3.2, share: 0.6 }] },
    });
    const member = { insuredId: 'INS-M-000099', gender: 'F' as const, birthDate: '1970-01-01', name: '李四', idNumber: '510104197001010022' };
    await ctx.store.saveReviews([
      makeReviewed({ claimId: 'M-1', patient: member, admissionDate: '2025-01-02' }),
      makeReviewed({ claimId: 'M-2', patient: member, admissionDate: '2025-02-02' }, { decision: 'review', riskScore: 0.99, hits: [makeHit({ lineIds: ['2'], evidence: { limit: 3, actual: 6 } }), anomaly] }),
    ]);
    const res = await request(app).get('/api/v1/cases/M-2').set(as.auditor).expect(200);
    expect(res.body.claim.patient).toMatchObject({ insuredId: 'INS*******99', name: '李*', idNumber: '510**********22' });
    expect(res.body.identityRevealed).toBe(false);
    expect(res.body.hits).toHaveLength(2);
    expect(res.body.hits[0]).toMatchObject({ lineIds: ['2'], evidence: { limit: 3, actual: 6 } });
    expect(res.body.explanation).toMatchObject({ peerGroup: 'drg:FV25', top: [expect.objectContaining({ feature: 'drug_share', label: '药品费占比', value: '0.81', peerMedian: '0.35' })] });
    expect(res.body.memberClaims).toEqual([expect.objectContaining({ claimId: 'M-1', insuredId: 'INS*******99', decision: 'pass' })]);
    expect(res.body.allowedActions).toEqual(['assign']);
    expect(res.body.history).toEqual([]);

    const full = await request(app).get('/api/v1/cases/M-2?reveal=identity').set(as.auditor).expect(200);
    expect(full.body.claim.patient).toMatchObject(member);
    expect(full.body.history).toEqual([
      expect.objectContaining({ action: 'view-identity', actor: 'auditor-all', role: 'auditor', claimId: 'M-2', detail: { keyId: expect.any(String), fields: ['insuredId', 'name', 'idNumber'] } }),
    ]);
    await request(app).get('/api/v1/cases/M-2?reveal=everything').set(as.auditor).expect(400);
    await request(app).get('/api/v1/cases/NOPE').set(as.auditor).expect(404);
  });

  it('moves a case new → assigned → investigating → confirmed, refuses illegal moves, reopens, and records it all', async () => {
    const { app, sichuan, as, ctx } = await setup();
    const boss = await withKey(ctx.store, 'supervisor', ['51'], { name: '李' });
    const seen = async () => ({ expectedUpdatedAt: (await ctx.store.getCase('A1'))!.updatedAt });
    const post = async (path: string, body: object, who = sichuan) => request(app).post(`/api/v1/cases/A1${path}`).set(who).send({ ...body, ...(path === '/notes' ? {} : await seen()) });
    const status = async (path: string, body: object, code: number, who = sichuan) => expect((await post(path, body, who)).status).toBe(code);

    const illegal = await post('/transition', { action: 'confirm' });
    expect(illegal.status).toBe(403); // nobody holds it yet: not this investigator's to work
    await status('/outcome', { amountToRecover: 10, summary: 'x' }, 403);

    expect((await post('/assign', { assignee: 'investigator-51' })).body).toMatchObject({ status: 'assigned', assignee: 'investigator-51' });
    await status('/assign', { assignee: '李', reason: '换人' }, 200, boss); // handed over by a supervisor, still assigned
    await status('/assign', { assignee: 'investigator-51', reason: '交回' }, 200, boss);
    const early = await post('/transition', { action: 'dismiss', reasonCode: '其他', reason: 'x' });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'illegal-transition', status: 'assigned', allowedActions: ['assign', 'start'] });
    await status('/transition', { action: 'start' }, 200);
    await status('/notes', { text: '调取病历，核对性别' }, 201);
    await status('/transition', { action: 'dismiss', outcome: { amountToRecover: 1, summary: 'x' } }, 400);
    await status('/transition', { action: 'confirm', reason: '病历与收费不符', violationType: '超限定支付范围', outcome: { amountToRecover: 100.5, summary: '超限定支付范围' } }, 200);
    await status('/transition', { action: 'confirm', violationType: '其他', outcome: { amountToRecover: 1, summary: 'x' } }, 409);
    await status('/assign', { assignee: '李', reason: 'x' }, 409, boss);
    await status('/outcome', { amountToRecover: 120, summary: '复核后追回' }, 200);
    await status('/transition', { action: 'reopen' }, 200);
    await status('/transition', { action: 'dismiss', reasonCode: '政策允许', reason: '符合当地门慢政策' }, 200);

    const detail = await request(app).get('/api/v1/cases/A1').set(as.auditor).expect(200);
    expect(detail.body).toMatchObject({
      status: 'dismissed', assignee: 'investigator-51', allowedActions: ['reopen'],
      outcome: { amountToRecoverFen: 12000, amountToRecover: 120, summary: '复核后追回', violationType: '超限定支付范围' },
      dismissal: { reasonCode: '政策允许', text: '符合当地门慢政策' },
    });
    expect(detail.body.notes).toEqual([expect.objectContaining({ actor: 'investigator-51', detail: expect.objectContaining({ text: '调取病历，核对性别' }) })]);
    const trail = (await request(app).get('/api/v1/cases/A1/audit').set(as.auditor).expect(200)).body.entries;
    expect(trail.map((e: { action: string; from: string | null; to: string | null }) => [e.action, e.from, e.to])).toEqual([
      ['assign', null, 'investigator-51'],
      ['status', 'new', 'assigned'],
      ['assign', 'investigator-51', '李'],
      ['assign', '李', 'investigator-51'],
      ['status', 'assigned', 'investigating'],
      ['note', null, null],
      ['status', 'investigating', 'confirmed'],
      ['outcome', null, '100.5'],
      ['outcome', '100.5', '120'],
      ['status', 'confirmed', 'investigating'],
      ['status', 'investigating', 'dismissed'],
    ]);
    for (const e of trail) {
      expect(e).toMatchObject({ role: e.actor === '李' ? 'supervisor' : 'investigator', claimId: 'A1', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    }
    expect(trail[2]).toMatchObject({ actor: '李', role: 'supervisor', detail: { reason: '换人' } });
    expect(trail[6].detail).toMatchObject({ action: 'confirm', reason: '病历与收费不符', violationType: '超限定支付范围' });

    // The whole trail, for auditors; it has no route that changes it.
    const audit = await request(app).get('/api/v1/audit?limit=3').set(as.auditor).expect(200);
    expect(audit.body.entries).toHaveLength(3);
    expect((await request(app).get(`/api/v1/audit?after=${audit.body.next}`).set(as.admin).expect(200)).body.entries[0].seq).toBeGreaterThan(audit.body.next);
    await request(app).get('/api/v1/audit').set(sichuan).expect(403);
    for (const method of ['put', 'patch', 'delete'] as const) {
      await request(app)[method]('/api/v1/audit').set(as.admin).send({}).expect(404);
      await request(app)[method]('/api/v1/cases/A1/audit').set(as.admin).send({}).expect(404);
    }
    expect((await request(app).get('/api/v1/cases/A1/audit').set(as.auditor)).body.entries).toHaveLength(11);
  });
});
