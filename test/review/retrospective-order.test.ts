import { NO_MODEL } from '../../src/model/model';
import { reviewWithRevisions, type ReviewContext } from '../../src/features/reviews/review';
import { createMemoryStore, createSqliteStore, type Store } from '../../src/features/stores';
import type { Verdict } from '../../src/contract/verdict';
import { buildClaim, shippedRules } from '../helpers/shipped-rules';

// 事后发现 on the shipped rules: a clinic visit (or a 门诊慢特病 visit at the stay's own hospital) dated inside a stay is
// flagged whichever of the two settles first. Settled in real order (the visit while the patient is in bed, the stay at
// discharge), the stay's review finds it and the visit's stored verdict is revised; the other way round the visit's
// own review flags it. Every order, batched together or apart, on the memory and the SQLite store.

const patient = { insuredId: 'EX-P-0001', gender: 'M', birthDate: '1962-05-10', retired: true };
const stay = () => buildClaim({ base: 'inpatient', set: { claimId: 'ORD-STAY' } });
/** A visit on day 3 of the stay (4 to 9 March): at another hospital, or a 门诊慢特病 visit at the stay's. */
const visit = (sameHospital: boolean) =>
  buildClaim({ base: 'outpatient', shiftDays: -9, set: { claimId: 'ORD-VISIT', patient, ...(sameHospital ? { 'provider.hospitalId': 'H51010001', visitType: 'chronic' } : {}) } });

type Order = 'visit first' | 'stay first';
const cases: [string, Order, string, boolean, boolean][] = [];
for (const same of [false, true]) for (const order of ['visit first', 'stay first'] as Order[]) for (const together of [true, false]) cases.push([same ? 'a 门诊慢特病 visit at the same hospital' : 'a visit at another hospital', order, together ? 'in one batch' : 'one batch each', same, together]);

/** Reviews in order; the final verdict per claimId as a consumer keeping the last line per claimId reads it. */
async function run(store: Store, claims: Record<string, unknown>[], together: boolean) {
  const ctx: ReviewContext = { rules: shippedRules, model: { current: () => NO_MODEL }, store };
  const last = new Map<string, Verdict>();
  const lines: Verdict[] = [];
  for (const batch of together ? [claims] : claims.map((c) => [c])) {
    const { verdicts, revisions } = await reviewWithRevisions(batch, ctx, { source: 'test' });
    verdicts.forEach((v, i) => {
      lines.push(v, ...revisions.filter((r) => r.after === i).map((r) => r.verdict));
    });
  }
  for (const v of lines) last.set(v.claimId as string, v);
  return { last, lines };
}

describe.each([
  ['memory', () => createMemoryStore()],
  ['sqlite', () => createSqliteStore({ path: ':memory:' })],
])('a visit inside a stay ends up flagged whichever settles first (%s store)', (_name, make) => {
  it.each(cases)('%s, %s, %s', async (_where, order, _batching, same, together) => {
    const store = make();
    const claims = order === 'visit first' ? [visit(same), stay()] : [stay(), visit(same)];
    const { last, lines } = await run(store, claims, together);
    const rule = same ? 'history.outpatient-during-stay' : 'history.visit-during-stay';
    // The visit is the suspect side whichever order; the stay is flagged only as the claim that completes the pair.
    const flagged = order === 'visit first' ? ['ORD-VISIT', 'ORD-STAY'] : ['ORD-VISIT'];
    for (const id of flagged) {
      expect([id, last.get(id)?.decision]).toEqual([id, 'review']);
      expect([id, (await store.getVerdict(id))?.decision]).toEqual([id, 'review']);
    }
    const final = last.get('ORD-VISIT') as Verdict;
    expect(final.hits.map((h) => h.ruleId)).toContain(rule);
    if (order === 'visit first') {
      // The visit's own line passes; the revision follows the stay's line, names it, and is what is stored.
      expect(lines.map((v) => [v.claimId, v.revision ?? null])).toEqual([['ORD-VISIT', null], ['ORD-STAY', null], ['ORD-VISIT', 1]]);
      const hit = final.hits.find((h) => h.retrospective);
      expect(hit).toMatchObject({ ruleId: rule, severity: 'warn', retrospective: { byClaimId: 'ORD-STAY' }, evidence: { 发现单据: 'ORD-STAY' } });
      expect(hit?.message.startsWith('事后发现')).toBe(true);
      expect(hit?.lineIds).toEqual(visit(same).items.map((i: { lineId: string }) => i.lineId));
      expect((await store.getCase('ORD-VISIT'))?.verdict.revision).toBe(1);
    } else {
      // The visit completes the pair itself: no revision of the stay (it is not the suspect side).
      expect(lines.some((v) => v.revision)).toBe(false);
    }
    await store.close();
  });
});
