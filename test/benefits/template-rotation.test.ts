import { createMemoryStore, createSqliteStore } from '../../src/features/stores';
import { review, type ReviewContext } from '../../src/features/reviews/review';
import { NO_MODEL } from '../../src/model/model';
import type { Store } from '../../src/features/stores';
import { arriveIn, buildClaim, hitOf, shippedRules } from '../helpers/shipped-rules';

// 集中刷卡 with rotating templates through the whole review on the shipped rules: one doctor's day of visits in three
// exact bills (two drugs each) is flagged once seven members are seen in them, each bill shared.

const RULE = 'history.template-rotation-many-members';
const IDENTICAL = 'history.identical-bills-many-members';
const A = 'XC08CAA512A001010145149';
const B = 'ZA12BAX510A001010101237';
// Three bills differing only in the drugs' quantities: a refill, a half refill, a mixed one.
const TEMPLATES = [
  [{ code: A, quantity: 28 }, { code: B, quantity: 84 }],
  [{ code: A, quantity: 14 }, { code: B, quantity: 42 }],
  [{ code: A, quantity: 28 }, { code: B, quantity: 42 }],
];
const visit = (n: number, items: { code: string; quantity: number }[], over: Record<string, unknown> = {}) =>
  buildClaim({
    base: 'outpatient',
    set: {
      claimId: `TR-${n}`,
      patient: { insuredId: `TR-P-${n}`, gender: n % 2 ? 'M' : 'F', birthDate: '1950-01-01' },
      provider: { hospitalId: 'H51013104', level: 1, department: 'general', doctorId: 'D5131401' },
      diagnoses: [{ code: 'I10.x00x002', principal: true }],
      ...over,
    },
    addItems: items,
  });
/** n visits rotating the templates in turn (3, 3, 3 … as n allows). */
const rotation = (n: number, over: Record<string, unknown> = {}) => Array.from({ length: n }, (_, i) => visit(i + 1, TEMPLATES[i % 3], over));
const ctx = (store: Store): ReviewContext => ({ rules: shippedRules, model: { current: () => NO_MODEL }, store });
const members = (vs: Awaited<ReturnType<typeof arriveIn>>) => vs.map((v) => hitOf(v, RULE)?.evidence?.参保人数 ?? null);

describe('rotating templates of one doctor’s day', () => {
  it('one at a time: flagged from the 7th member on, with the split of the bills, the whole bill and the earlier claims', async () => {
    const claims = rotation(9);
    const vs = await arriveIn(createMemoryStore(), ...claims);
    expect(members(vs)).toEqual([null, null, null, null, null, null, 7, 8, 9]);
    const h = hitOf(vs[6], RULE)!;
    expect(h.evidence).toMatchObject({ 接诊医师: 'D5131401', 相同单据种数: 3, 各单据参保人数: '3、2、2' });
    expect(h.lineIds).toEqual(claims[6].items.map((i: any) => i.lineId));
    expect(h.amount).toBe(claims[6].amounts.total);
    expect(h.message).toContain('TR-1');
    // No template reaches the single-bill count (5 members): that rule stays quiet.
    expect(vs.some((v) => hitOf(v, IDENTICAL))).toBe(false);
  });

  it('in one batch, and on SQLite across batches, the same claims are flagged', async () => {
    expect(members(await review(rotation(9), ctx(createMemoryStore()), { source: 'test' }))).toEqual([null, null, null, null, null, null, 7, 8, 9]);
    const sqlite = createSqliteStore({ path: ':memory:' });
    const claims = rotation(9);
    const first = await review(claims.slice(0, 4), ctx(sqlite), { source: 'test' });
    const second = await review(claims.slice(4), ctx(sqlite), { source: 'test' });
    expect(members([...first, ...second])).toEqual([null, null, null, null, null, null, 7, 8, 9]);
    await sqlite.close();
  });

  it('stays quiet on three pairs (a doctor dosing by age band), and on varied bills with one coincident pair', async () => {
    expect(members(await review(rotation(6), ctx(createMemoryStore()), { source: 'test' })).every((m) => m === null)).toBe(true);
    const varied = [28, 21, 14, 7, 56, 42, 35].map((q, i) => visit(i + 1, [{ code: A, quantity: q }, { code: B, quantity: 84 }]));
    varied.push(visit(8, TEMPLATES[0]));
    expect(members(await review(varied, ctx(createMemoryStore()), { source: 'test' })).every((m) => m === null)).toBe(true);
  });

  it('does not count bills of one drug (a chronic refill) nor other doctors’ or days’ bills', async () => {
    const oneDrug = Array.from({ length: 6 }, (_, i) => visit(20 + i, [{ code: A, quantity: 28 }]));
    const otherDoctor = rotation(3).map((c, i) => ({ ...c, claimId: `TR-O-${i}`, patient: { ...c.patient, insuredId: `TR-OP-${i}` }, provider: { ...c.provider, doctorId: 'D5131402' } }));
    const vs = await review([...rotation(5), ...oneDrug, ...otherDoctor], ctx(createMemoryStore()), { source: 'test' });
    expect(members(vs).every((m) => m === null)).toBe(true);
  });

  it('leaves a food poisoning (an outbreak category) alone', async () => {
    const vs = await review(rotation(9, { diagnoses: [{ code: 'A05.900', principal: true }] }), ctx(createMemoryStore()), { source: 'test' });
    expect(members(vs).every((m) => m === null)).toBe(true);
  });
});
