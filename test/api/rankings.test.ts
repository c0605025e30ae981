import request from 'supertest';
import { rankProviders } from '../../src/features/rankings/rankings';
import { authedApp } from '../helpers/auth';
import { reviewedFrom } from '../features/cases/case-store-contract';

// Rankings for inspection planning and the trend of flags.

type Spec = Parameters<typeof reviewedFrom>[0];
const claim = (id: string, hospitalId: string, doctorId: string, decision: Spec['decision'], amount: number, ruleId = 'catalogue.gender', date = '2025-01-10'): Spec => ({
  id, region: '510100', hospitalId, level: 3, department: '内科', doctorId, date, decision, score: decision === 'pass' ? 0.1 : 0.8,
  hits: decision === 'pass' ? [] : [[ruleId, amount]],
});

describe('rankings', () => {
  it('ranks institutions by flagged amount, with flag rate against same-level same-region peers, confirmed rate, mean risk and top rules', async () => {
    const { app, ctx, as } = await authedApp();
    await ctx.store.saveReviews([
      // H1: 3 of 4 flagged; H2: 1 of 4; H3 (level 3, same region): 0 of 2; H4 level 2: no peers.
      reviewedFrom(claim('a1', 'H1', 'D1', 'reject', 300)),
      reviewedFrom(claim('a2', 'H1', 'D1', 'review', 200, 'history.split', '2025-02-03')),
      reviewedFrom(claim('a3', 'H1', 'D2', 'review', 100)),
      reviewedFrom(claim('a4', 'H1', 'D2', 'pass', 0)),
      reviewedFrom(claim('b1', 'H2', 'D3', 'review', 500)),
      reviewedFrom(claim('b2', 'H2', 'D3', 'pass', 0)),
      reviewedFrom(claim('b3', 'H2', 'D3', 'pass', 0)),
      reviewedFrom(claim('b4', 'H2', 'D3', 'pass', 0)),
      reviewedFrom(claim('c1', 'H3', 'D5', 'pass', 0)),
      reviewedFrom(claim('c2', 'H3', 'D5', 'pass', 0)),
      reviewedFrom({ ...claim('d1', 'H4', 'D6', 'review', 50), level: 2 }),
    ]);
    const w = as.investigator;
    const seen = async (id: string) => ({ expectedUpdatedAt: (await ctx.store.getCase(id))!.updatedAt });
    const closing = { confirm: { violationType: '重复收费', outcome: { amountToRecover: 1, summary: '重复收取' } }, dismiss: { reasonCode: '合理诊疗', reason: '病历支持' } };
    for (const [id, action] of [['a1', 'confirm'], ['a3', 'dismiss']] as const) {
      await request(app).post(`/api/v1/cases/${id}/assign`).set(w).send({ assignee: 'investigator-51', ...(await seen(id)) }).expect(200);
      await request(app).post(`/api/v1/cases/${id}/transition`).set(w).send({ action: 'start', ...(await seen(id)) }).expect(200);
      await request(app).post(`/api/v1/cases/${id}/transition`).set(w).send({ action, ...closing[action], ...(await seen(id)) }).expect(200);
    }
    const res = await request(app).get('/api/v1/rankings/institutions').set(as.auditor).expect(200);
    expect(res.body.items.map((r: { hospitalId: string }) => r.hospitalId)).toEqual(['H1', 'H2', 'H4', 'H3']);
    expect(res.body.items[0]).toEqual({
      hospitalId: 'H1', doctorId: null, region: '510100', hospitalLevel: 3, claims: 4, flagged: 3, flaggedAmountFen: 60000, flaggedAmount: 600,
      // Shrunk (patterns/shrink.ts): the group (H1 3/4, H2 1/4, H3 0/2) pools 4 of 10 and its rates spread by
      // 0.018 beyond binomial noise, a prior worth 0.24/0.018 − 1 = 12.33 claims: (3 + 12.33 × 0.4) / 16.33 =
      // 0.4857 against the peers' 1/6 is 2.91×, not the raw 4.5×. Across all four (5 of 11, prior 10.57
      // claims): (3 + 10.57 × 5/11) / 14.57 = 0.5356.
      flagRate: 0.75, shrunkFlagRate: 0.5356, peerFlagRate: 0.1667, peerRatio: 2.9143, rawPeerRatio: 4.5,
      confirmedRate: 0.5, confirmed: 1, dismissed: 1, meanRisk: 0.625, continuedAfterBlock: 0, patterns: [],
      topRules: [{ ruleId: 'catalogue.gender', flagged: 2, amountFen: 40000 }, { ruleId: 'history.split', flagged: 1, amountFen: 20000 }],
    });
    expect(res.body.items[2]).toMatchObject({ hospitalId: 'H4', peerFlagRate: null, peerRatio: null, confirmedRate: null });
    const byRatio = await request(app).get('/api/v1/rankings/institutions?sort=peerRatio&limit=2').set(as.auditor).expect(200);
    expect(byRatio.body.items.map((r: { hospitalId: string }) => r.hospitalId)).toEqual(['H1', 'H2']);
    const doctors = await request(app).get('/api/v1/rankings/doctors').set(as.auditor).expect(200);
    // D1 and D3 both have 500 yuan flagged: the tie goes by id.
    expect(doctors.body.items.slice(0, 2)).toMatchObject([{ hospitalId: 'H1', doctorId: 'D1', flaggedAmountFen: 50000 }, { hospitalId: 'H2', doctorId: 'D3', flaggedAmountFen: 50000 }]);
    expect(doctors.body.items.find((d: { doctorId: string }) => d.doctorId === 'D1')).toMatchObject({ flagged: 2, claims: 2, flagRate: 1 });
    await request(app).get('/api/v1/rankings/institutions?sort=name').set(as.auditor).expect(400);
    await request(app).get('/api/v1/rankings/institutions?from=2025-02-01').set(as.auditor).expect(200).expect((r) => {
      expect(r.body.items.map((i: { hospitalId: string }) => i.hospitalId)).toEqual(['H1']);
    });

    const trend = await request(app).get('/api/v1/trends/flags').set(as.auditor).expect(200);
    expect(trend.body.months).toEqual(['2025-01', '2025-02']);
    expect(trend.body.byFamily.catalogue).toEqual([4, 0]);
    expect(trend.body.byFamily.history).toEqual([0, 1]);
    expect(trend.body.totals[0]).toEqual({ claims: 10, flagged: 4, amountFen: 95000, flagRate: 0.4 });
  });

  it('ranks by each measure, ties broken by money then id', () => {
    const f = (hospitalId: string, claims: number, flagged: number, amount: number, risk: number) => ({
      hospitalId, doctorId: 'D', region: '510100', hospitalLevel: 3, claims, flagged, flaggedAmountFen: amount, riskSum: risk * claims, confirmed: 0, dismissed: 0,
    });
    const facts = [f('A', 10, 1, 900, 0.2), f('B', 10, 5, 100, 0.6), f('C', 10, 5, 200, 0.4)];
    const ids = (sort: Parameters<typeof rankProviders>[2]['sort']) => rankProviders(facts, [], { by: 'hospital', sort, limit: 10 }).map((r) => r.hospitalId);
    expect(ids('amount')).toEqual(['A', 'C', 'B']);
    expect(ids('flagRate')).toEqual(['C', 'B', 'A']);
    expect(ids('risk')).toEqual(['B', 'C', 'A']);
    expect(ids('confirmedRate')).toEqual(['A', 'C', 'B']);
  });
});
