import request from 'supertest';
import { authedApp, withKey } from '../helpers/auth';
import { reviewedFrom } from '../features/cases/case-store-contract';

// Issue 20 point 1: only the assignee works a case; an investigator takes a new case; a supervisor (province-
// scoped) or admin dispatches and reassigns with a reason; a stale page gets 409 with the case as it is now;
// dismissal needs a reason code and text; confirmation a violation type, a conclusion and an amount within the
// fund claimed unless a supervisor approved more (recorded). Every refusal: its status, code and message.

const SPEC = { region: '510100', hospitalId: 'H1', level: 3 as const, department: 'cardiology', doctorId: 'D1', date: '2025-01-05', decision: 'reject' as const, score: 0.9, hits: [['catalogue.gender', 100]] as [string, number][] };

async function setup() {
  const t = await authedApp();
  await t.ctx.store.saveReviews(['W1', 'W2', 'W3'].map((id) => reviewedFrom({ ...SPEC, id })));
  await t.ctx.store.saveReviews([reviewedFrom({ ...SPEC, id: 'J1', region: '220100' })]);
  const wang = await withKey(t.ctx.store, 'investigator', ['51'], { name: '王调查' });
  const li = await withKey(t.ctx.store, 'investigator', ['51'], { name: '李调查' });
  const boss = await withKey(t.ctx.store, 'supervisor', ['51'], { name: '张科长' });
  const jilinBoss = await withKey(t.ctx.store, 'supervisor', ['22'], { name: '吉林科长' });
  const app = t.app;
  const detail = async (id: string) => (await request(app).get(`/api/v1/cases/${id}`).set(t.as.auditor).expect(200)).body;
  const seen = async (id: string) => ({ expectedUpdatedAt: (await detail(id)).updatedAt as string });
  const post = (id: string, path: string, who: object, body: object) => request(app).post(`/api/v1/cases/${id}${path}`).set(who as Record<string, string>).send(body);
  /** Takes W-case to investigating under 王调查. */
  const investigating = async (id: string) => {
    await post(id, '/assign', wang, { assignee: '王调查', ...(await seen(id)) }).expect(200);
    await post(id, '/transition', wang, { action: 'start', ...(await seen(id)) }).expect(200);
  };
  return { ...t, wang, li, boss, jilinBoss, detail, seen, post, investigating };
}

/** A refusal as the API gives it: status, stable code, English message. */
async function refused(res: request.Test, status: number, code: string, message: RegExp) {
  const r = await res;
  expect({ status: r.status, code: r.body.code }).toEqual({ status, code });
  expect(r.body.error).toMatch(message);
  return r.body;
}

describe('case workflow: who works a case', () => {
  it('an investigator takes a new case for itself; not for someone else, and not once it is taken', async () => {
    const { post, wang, li, seen, detail } = await setup();
    await refused(post('W1', '/assign', wang, { assignee: '李调查', ...(await seen('W1')) }), 403, 'take-self-only', /assigns a case only to itself/);
    await post('W1', '/assign', wang, { assignee: '王调查', ...(await seen('W1')) }).expect(200);
    const body = await refused(post('W1', '/assign', li, { assignee: '李调查', ...(await seen('W1')) }), 409, 'take-new-only', /already assigned \(assignee 王调查\); only a supervisor reassigns/);
    expect(body.current).toMatchObject({ status: 'assigned', assignee: '王调查' });
    expect((await detail('W1')).assignee).toBe('王调查');
  });

  it('only the assignee starts, notes, confirms or dismisses; others get 403 not-assignee', async () => {
    const { post, wang, li, boss, seen, as } = await setup();
    await post('W1', '/assign', wang, { assignee: '王调查', ...(await seen('W1')) }).expect(200);
    await refused(post('W1', '/transition', li, { action: 'start', ...(await seen('W1')) }), 403, 'not-assignee', /only the assignee \(王调查\) works case W1; 李调查 may not start it/);
    await refused(post('W1', '/notes', li, { text: '我也看看' }), 403, 'not-assignee', /李调查 may not note it/);
    await refused(post('W1', '/transition', boss, { action: 'start', ...(await seen('W1')) }), 403, 'not-assignee', /张科长 may not start it/);
    await refused(post('W1', '/transition', as.admin, { action: 'start', ...(await seen('W1')) }), 403, 'not-assignee', /may not start it/);
    await refused(post('W1', '/assign', as.auditor, { assignee: '王调查', ...(await seen('W1')) }), 403, 'role-not-allowed', /role auditor may not do this/);
    await post('W1', '/transition', wang, { action: 'start', ...(await seen('W1')) }).expect(200);
    await post('W1', '/notes', boss, { text: '请尽快核实' }).expect(201); // a supervisor may note
    await refused(post('W1', '/outcome', li, { amountToRecover: 1, summary: 'x', ...(await seen('W1')) }), 403, 'not-assignee', /may not outcome it/);
  });

  it('a supervisor dispatches and reassigns within its provinces, with a reason; the assignee must be a live key of that province', async () => {
    const { post, wang, boss, jilinBoss, seen, ctx, app, as } = await setup();
    await refused(post('W1', '/assign', boss, { assignee: '不存在的人', ...(await seen('W1')) }), 422, 'unknown-assignee', /不存在的人 is not a live investigator or supervisor key of province 51/);
    await post('W1', '/assign', boss, { assignee: '王调查', ...(await seen('W1')) }).expect(200); // dispatch: no reason needed
    await refused(post('W1', '/assign', boss, { assignee: '李调查', ...(await seen('W1')) }), 400, 'reassign-reason-required', /reassigning case W1 from 王调查 needs a reason/);
    await post('W1', '/assign', boss, { assignee: '李调查', reason: '王调查休假', ...(await seen('W1')) }).expect(200);
    await refused(post('W1', '/assign', jilinBoss, { assignee: '李调查', reason: 'x', ...(await seen('W1')) }), 403, 'outside-provinces', /case W1 is outside your provinces/);
    await refused(post('J1', '/assign', boss, { assignee: '吉林科长', ...(await seen('J1')) }), 403, 'outside-provinces', /outside your provinces/);
    // An investigator of another province is no assignee here.
    await withKey(ctx.store, 'investigator', ['22'], { name: '吉林调查' });
    await refused(post('W2', '/assign', boss, { assignee: '吉林调查', ...(await seen('W2')) }), 422, 'unknown-assignee', /province 51/);
    const trail = (await request(app).get('/api/v1/cases/W1/audit').set(as.auditor).expect(200)).body.entries;
    expect(trail.filter((e: { action: string }) => e.action === 'assign').map((e: { actor: string; role: string; from: string | null; to: string; detail: { reason?: string } }) => [e.actor, e.role, e.from, e.to, e.detail.reason ?? null])).toEqual([
      ['张科长', 'supervisor', null, '王调查', null],
      ['张科长', 'supervisor', '王调查', '李调查', '王调查休假'],
    ]);
    // The investigator no longer works it.
    await refused(post('W1', '/transition', wang, { action: 'start', ...(await seen('W1')) }), 403, 'not-assignee', /only the assignee \(李调查\)/);
  });

  it('bulk assignment is a supervisor\'s: each case reported, cases outside its provinces refused one by one', async () => {
    const { app, boss, wang, detail } = await setup();
    await request(app).post('/api/v1/cases/assign').set(wang).send({ claimIds: ['W1'], assignee: '王调查' }).expect(403);
    const res = await request(app).post('/api/v1/cases/assign').set(boss).send({ claimIds: ['W1', 'W2', 'J1', 'NOPE'], assignee: '王调查' }).expect(200);
    expect(res.body.assigned).toBe(2);
    expect(res.body.results.map((r: { claimId: string; ok: boolean; code?: string }) => [r.claimId, r.ok, r.code ?? null])).toEqual([
      ['W1', true, null], ['W2', true, null], ['J1', false, 'outside-provinces'], ['NOPE', false, 'not-found'],
    ]);
    expect((await detail('W2')).status).toBe('assigned');
    await request(app).post('/api/v1/cases/assign').set(boss).send({ claimIds: Array.from({ length: 201 }, (_, i) => `X${i}`), assignee: '王调查' }).expect(400);
  });
});

describe('case workflow: stale pages', () => {
  it('a change made from an older page is 409 stale with the case as it is now, and nothing is written', async () => {
    const { post, wang, boss, seen, app, as } = await setup();
    const old = await seen('W1');
    await post('W1', '/assign', boss, { assignee: '王调查', ...old }).expect(200);
    const body = await refused(post('W1', '/assign', boss, { assignee: '李调查', reason: '调整', ...old }), 409, 'stale', /changed by someone else since your page was loaded/);
    expect(body.current).toEqual({ status: 'assigned', assignee: '王调查', updatedAt: expect.any(String), allowedActions: ['assign', 'start'] });
    const now = await seen('W1');
    await post('W1', '/transition', wang, { action: 'start', ...now }).expect(200);
    await refused(post('W1', '/transition', wang, { action: 'start', ...now }), 409, 'stale', /reload it/);
    await refused(post('W1', '/transition', wang, { action: 'start' }), 400, 'invalid', /expectedUpdatedAt/);
    const trail = (await request(app).get('/api/v1/cases/W1/audit').set(as.auditor).expect(200)).body.entries;
    expect(trail.map((e: { action: string; to: string }) => [e.action, e.to])).toEqual([['assign', '王调查'], ['status', 'assigned'], ['status', 'investigating']]);
  });
});

describe('case workflow: dismissal and confirmation', () => {
  it('a dismissal needs a reason code from the list and a text; the case page shows them', async () => {
    const { post, wang, seen, investigating, detail } = await setup();
    await investigating('W1');
    await refused(post('W1', '/transition', wang, { action: 'dismiss', ...(await seen('W1')) }), 400, 'dismissal-reason-required', /a dismissal needs a reason code and a text/);
    await refused(post('W1', '/transition', wang, { action: 'dismiss', reasonCode: '系统误报', ...(await seen('W1')) }), 400, 'dismissal-reason-required', /reason code and a text/);
    await refused(post('W1', '/transition', wang, { action: 'dismiss', reasonCode: '看着没问题', reason: 'x', ...(await seen('W1')) }), 400, 'invalid', /reasonCode/);
    await post('W1', '/transition', wang, { action: 'dismiss', reasonCode: '资料已补正', reason: '医院补交了检验报告', ...(await seen('W1')) }).expect(200);
    const d = await detail('W1');
    expect(d).toMatchObject({ status: 'dismissed', dismissal: { reasonCode: '资料已补正', text: '医院补交了检验报告' } });
    expect(d.history.at(-1).detail).toMatchObject({ action: 'dismiss', reasonCode: '资料已补正', reason: '医院补交了检验报告' });
    await post('W1', '/transition', wang, { action: 'reopen', ...(await seen('W1')) }).expect(200);
    expect((await detail('W1')).dismissal).toBeNull();
  });

  it('a confirmation needs the violation type, the amount and a conclusion; the case page shows the conclusion', async () => {
    const { post, wang, seen, investigating, detail } = await setup();
    await investigating('W1');
    const outcome = { amountToRecover: 50, summary: '串换收费，病历未见相应治疗记录' };
    await refused(post('W1', '/transition', wang, { action: 'confirm', outcome, ...(await seen('W1')) }), 400, 'violation-type-required', /needs the violation type/);
    await refused(post('W1', '/transition', wang, { action: 'confirm', violationType: '串换项目', ...(await seen('W1')) }), 400, 'conclusion-required', /needs the amount to recover and a conclusion/);
    await refused(post('W1', '/transition', wang, { action: 'confirm', violationType: '乱收费', outcome, ...(await seen('W1')) }), 400, 'invalid', /violationType/);
    await refused(post('W1', '/transition', wang, { action: 'dismiss', reasonCode: '其他', reason: 'x', outcome, ...(await seen('W1')) }), 400, 'outcome-only-with-confirm', /an outcome goes with confirm only/);
    await post('W1', '/transition', wang, { action: 'confirm', violationType: '串换项目', outcome, ...(await seen('W1')) }).expect(200);
    expect((await detail('W1')).outcome).toEqual({ amountToRecoverFen: 5000, amountToRecover: 50, summary: outcome.summary, violationType: '串换项目' });
    await refused(post('W1', '/transition', wang, { action: 'confirm', violationType: '串换项目', outcome, ...(await seen('W1')) }), 409, 'illegal-transition', /cannot confirm a case that is confirmed/);
  });

  it('the amount to recover stays within the fund claimed unless a supervisor approved more; the approval is recorded and used once', async () => {
    const { post, wang, li, boss, seen, investigating, detail, app, as } = await setup();
    await investigating('W1');
    const claimed: number = (await detail('W1')).fundClaimed;
    expect(claimed).toBeGreaterThan(0);
    const over = { amountToRecover: 999999, summary: '含罚款' };
    const body = await refused(post('W1', '/transition', wang, { action: 'confirm', violationType: '虚记/虚构服务', outcome: over, ...(await seen('W1')) }), 422, 'amount-over-claimed', /above the fund amount claimed .*a supervisor must approve it first/);
    expect(body).toMatchObject({ fundClaimed: claimed, amountToRecover: 999999, approved: null });
    await post('W1', '/transition', wang, { action: 'confirm', violationType: '虚记/虚构服务', outcome: { amountToRecover: claimed, summary: '全额追回' }, ...(await seen('W1')) }).expect(200); // equal is within
    await refused(post('W1', '/outcome', wang, { ...over, ...(await seen('W1')) }), 422, 'amount-over-claimed', /a supervisor must approve/);
    await refused(post('W1', '/approvals', wang, { amountToRecover: 999999, reason: 'x' }), 403, 'role-not-allowed', /needs supervisor or admin/);
    await refused(post('W1', '/approvals', li, { amountToRecover: 999999, reason: 'x' }), 403, 'role-not-allowed', /role investigator/);
    await post('W1', '/approvals', boss, { amountToRecover: 1000, reason: '含违约金，经科务会同意' }).expect(200);
    await refused(post('W1', '/outcome', wang, { ...over, ...(await seen('W1')) }), 422, 'amount-over-claimed', /above the fund amount claimed/);
    await post('W1', '/outcome', wang, { amountToRecover: 1000, summary: '追回并处违约金', ...(await seen('W1')) }).expect(200);
    // Used once: the next change above the fund claimed needs a new approval.
    await refused(post('W1', '/outcome', wang, { amountToRecover: 900, summary: 'x', ...(await seen('W1')) }), 422, 'amount-over-claimed', /approve/);
    const d = await detail('W1');
    expect(d.outcome).toMatchObject({ amountToRecover: 1000, violationType: '虚记/虚构服务', summary: '追回并处违约金' });
    const trail = (await request(app).get('/api/v1/cases/W1/audit').set(as.auditor).expect(200)).body.entries;
    const approval = trail.find((e: { action: string }) => e.action === 'approve-recovery');
    expect(approval).toMatchObject({ actor: '张科长', role: 'supervisor', from: String(claimed), to: '1000', detail: { reason: '含违约金，经科务会同意' } });
    expect(trail.at(-1)).toMatchObject({ action: 'outcome', actor: '王调查', to: '1000', detail: { approvedBy: '张科长', approvedMax: 1000 } });
  });
});

describe('case workflow: age, due dates and the overdue mark', () => {
  it('marks open cases past their status\'s due date in the queue and filters them', async () => {
    // Due after 0 days in new: every new case is overdue at once; assigned ones have 5 days.
    const t = await authedApp({ CASE_DUE_DAYS: 'new=0,assigned=5' });
    await t.ctx.store.saveReviews(['O1', 'O2'].map((id) => reviewedFrom({ ...SPEC, id })));
    const wang = await withKey(t.ctx.store, 'investigator', ['51'], { name: '王调查' });
    const seen = (await request(t.app).get('/api/v1/cases/O1').set(t.as.auditor).expect(200)).body.updatedAt;
    await request(t.app).post('/api/v1/cases/O1/assign').set(wang).send({ assignee: '王调查', expectedUpdatedAt: seen }).expect(200);
    const list = (await request(t.app).get('/api/v1/cases').set(t.as.auditor).expect(200)).body;
    const byId = Object.fromEntries(list.items.map((i: { claimId: string }) => [i.claimId, i]));
    expect(byId.O2).toMatchObject({ status: 'new', overdue: true, ageDays: 0, dueAt: expect.any(String) });
    expect(byId.O1).toMatchObject({ status: 'assigned', overdue: false, ageDays: 0 });
    expect(Date.parse(byId.O1.dueAt) - Date.parse(byId.O1.statusSince)).toBe(5 * 86_400_000);
    const overdue = (await request(t.app).get('/api/v1/cases?overdue=true').set(t.as.auditor).expect(200)).body;
    expect(overdue.items.map((i: { claimId: string }) => i.claimId)).toEqual(['O2']);
    expect(overdue.total).toBe(1);
    expect((await request(t.app).get('/api/v1/cases/O2').set(t.as.auditor).expect(200)).body).toMatchObject({ overdue: true, ageDays: 0 });
  });

  it('refuses a bad CASE_DUE_DAYS at start', async () => {
    await expect(authedApp({ CASE_DUE_DAYS: 'new=soon' })).rejects.toThrow(/CASE_DUE_DAYS/);
  });
});
