import { NO_MODEL } from '../../src/model/model';
import { reviewWithRevisions, type ReviewContext } from '../../src/features/reviews/review';
import { createMemoryStore, createSqliteStore, type Store } from '../../src/features/stores';
import type { Verdict } from '../../src/contract/verdict';
import { buildClaim, shippedRules } from '../helpers/shipped-rules';

// 超标准收费 by grade (history.doctor-grade-fees): one doctor of a level-3 clinic bills 普通门诊诊察费 on most patients and
// 主任医师门诊诊察费 on a few the same week. Whichever settles first, the senior-fee claims end flagged and the ordinary
// ones pass: a senior claim after an ordinary one is flagged on its own review; one settled before is found by the first
// ordinary claim after it (事后发现), once, and that ordinary claim carries no hit. A senior doctor billing the senior fee
// on everyone, and two doctors of two grades in one department, stay quiet. Memory and SQLite stores.

const RULE = 'history.doctor-grade-fees';
const visit = (n: number, day: number, fee: 'ordinary' | 'senior', doctorId = 'D0301') =>
  buildClaim({
    base: 'outpatient',
    shiftDays: day,
    set: {
      claimId: `DG-${n}`,
      patient: { insuredId: `DG-P-${n}`, gender: 'F', birthDate: '1970-01-01', retired: false },
      provider: { hospitalId: 'H51010301', level: 3, department: 'respiratory', doctorId },
      ...(fee === 'senior' ? { 'items[0].code': '001102000030001', 'items[0].name': '主任医师门诊诊察费', 'items[0].unitPrice': 30 } : {}),
    },
  });

async function run(store: Store, batches: Record<string, unknown>[][]) {
  const ctx: ReviewContext = { rules: shippedRules, model: { current: () => NO_MODEL }, store };
  const last = new Map<string, Verdict>();
  for (const batch of batches) {
    const { verdicts, revisions } = await reviewWithRevisions(batch, ctx, { source: 'test' });
    for (const v of [...verdicts, ...revisions.map((r) => r.verdict)]) last.set(v.claimId as string, v);
  }
  return last;
}
const ruleHits = (v: Verdict | undefined) => (v?.hits ?? []).filter((h) => h.ruleId === RULE);

describe.each([
  ['memory', () => createMemoryStore()],
  ['sqlite', () => createSqliteStore({ path: ':memory:' })],
])('one doctor billing two grades (%s store)', (_name, make) => {
  const week = [visit(1, 0, 'ordinary'), visit(2, 1, 'senior'), visit(3, 2, 'ordinary'), visit(4, 3, 'ordinary'), visit(5, 4, 'senior')];

  it.each([
    ['in service order, one claim a batch', (c: Record<string, unknown>[]) => c.map((x) => [x])],
    ['in service order, one batch', (c: Record<string, unknown>[]) => [c]],
    ['senior claims first, one claim a batch', (c: Record<string, unknown>[]) => [c[1], c[4], c[0], c[2], c[3]].map((x) => [x])],
    ['senior claims first, one batch', (c: Record<string, unknown>[]) => [[c[1], c[4], c[0], c[2], c[3]]]],
  ])('%s: the senior-fee claims end flagged, the ordinary ones pass', async (_order, arrange) => {
    const store = make();
    const last = await run(store, arrange(week));
    for (const id of ['DG-2', 'DG-5']) {
      expect([id, last.get(id)?.decision]).toEqual([id, 'review']);
      expect([id, (await store.getVerdict(id))?.decision]).toEqual([id, 'review']);
      // Named once: by its own review, or by the first ordinary claim after it.
      expect([id, ruleHits(last.get(id)).length]).toEqual([id, 1]);
      expect(ruleHits(last.get(id))[0].lineIds).toEqual(['1']);
    }
    for (const id of ['DG-1', 'DG-3', 'DG-4']) expect([id, ruleHits(last.get(id)).length, last.get(id)?.decision]).toEqual([id, 0, 'pass']);
  });

  it('finds the senior claims settled first as 事后发现 by the first ordinary claim', async () => {
    const last = await run(make(), [[week[1]], [week[4]], [week[0]], [week[2]]]);
    const hit = ruleHits(last.get('DG-5'))[0];
    expect(hit).toMatchObject({ severity: 'warn', retrospective: { byClaimId: 'DG-1' }, evidence: { 发现单据: 'DG-1' } });
    expect(hit.message.startsWith('事后发现')).toBe(true);
  });

  it('leaves a senior doctor billing the senior fee on everyone, and two doctors of two grades, quiet', async () => {
    const last = await run(make(), [
      [visit(11, 0, 'senior'), visit(12, 1, 'senior'), visit(13, 2, 'senior')],
      [visit(14, 0, 'ordinary', 'D0302'), visit(15, 1, 'ordinary', 'D0302')],
    ]);
    for (const [id, v] of last) expect([id, ruleHits(v).length]).toEqual([id, 0]);
  });
});
