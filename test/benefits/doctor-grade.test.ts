import { NO_MODEL } from '../../src/model/model';
import { reviewWithRevisions, type ReviewContext } from '../../src/features/reviews/review';
import { createMemoryStore, createSqliteStore, type Store } from '../../src/features/stores';
import type { Verdict } from '../../src/contract/verdict';
import { buildClaim, shippedRules } from '../helpers/shipped-rules';

// 超标准收费 by grade (history.doctor-grade-fees): one doctor of a level-3 clinic bills 普通门诊诊察费 on most patients and
// 主任医师门诊诊察费 on a few the same week. Whichever settles first, the senior-fee claims end flagged and the ordinary
// ones pass: a senior claim settled once the doctor's majority (普通) is read is flagged on its own review; one settled
// before is found by the claim whose arrival completes that majority (事后发现), once, and an ordinary claim carries no
// hit. A senior doctor billing the senior fee on most patients and 普通 on a few, a doctor with no clear majority, and
// two doctors of two grades in one department stay quiet; so does the reassessment of a patient the same doctor billed at
// 普通 for a session of the course (not a patient singled out for a higher grade). Memory and SQLite stores.

const RULE = 'history.doctor-grade-fees';
const visit = (n: number, day: number, fee: 'ordinary' | 'senior' | 'associate', doctorId = 'D0301', member = `DG-P-${n}`) =>
  buildClaim({
    base: 'outpatient',
    shiftDays: day,
    set: {
      claimId: `DG-${n}`,
      patient: { insuredId: member, gender: 'F', birthDate: '1970-01-01', retired: false },
      provider: { hospitalId: 'H51010301', level: 3, department: 'respiratory', doctorId },
      ...(fee === 'senior' ? { 'items[0].code': '001102000030001', 'items[0].name': '主任医师门诊诊察费', 'items[0].unitPrice': 30 } : {}),
      ...(fee === 'associate' ? { 'items[0].code': '001102000020001', 'items[0].name': '副主任医师门诊诊察费', 'items[0].unitPrice': 20 } : {}),
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
  const week = [
    visit(1, 0, 'ordinary'),
    visit(2, 1, 'senior'),
    visit(3, 2, 'ordinary'),
    visit(4, 3, 'ordinary'),
    visit(5, 4, 'senior'),
    visit(6, 5, 'ordinary'),
    visit(7, 6, 'ordinary'),
  ];
  const seniorFirst = (c: Record<string, unknown>[]) => [c[1], c[4], c[0], c[2], c[3], c[5], c[6]];

  it.each([
    ['in service order, one claim a batch', (c: Record<string, unknown>[]) => c.map((x) => [x])],
    ['in service order, one batch', (c: Record<string, unknown>[]) => [c]],
    ['senior claims first, one claim a batch', (c: Record<string, unknown>[]) => seniorFirst(c).map((x) => [x])],
    ['senior claims first, one batch', (c: Record<string, unknown>[]) => [seniorFirst(c)]],
  ])('%s: the senior-fee claims end flagged, the ordinary ones pass', async (_order, arrange) => {
    const store = make();
    const last = await run(store, arrange(week));
    for (const id of ['DG-2', 'DG-5']) {
      expect([id, last.get(id)?.decision]).toEqual([id, 'review']);
      expect([id, (await store.getVerdict(id))?.decision]).toEqual([id, 'review']);
      // Named once: by its own review, or by the claim that completes the majority after it.
      expect([id, ruleHits(last.get(id)).length]).toEqual([id, 1]);
      expect(ruleHits(last.get(id))[0].lineIds).toEqual(['1']);
    }
    for (const id of ['DG-1', 'DG-3', 'DG-4', 'DG-6', 'DG-7']) expect([id, ruleHits(last.get(id)).length, last.get(id)?.decision]).toEqual([id, 0, 'pass']);
  });

  it('finds the senior claims settled first as 事后发现 by the claim that completes the majority', async () => {
    // Arrivals 2, 5, 1, 3, 4: the fifth (DG-4) makes 3 of 5 普通.
    const last = await run(make(), seniorFirst(week).slice(0, 5).map((x) => [x]));
    for (const id of ['DG-2', 'DG-5']) {
      const hit = ruleHits(last.get(id))[0];
      expect(hit).toMatchObject({ severity: 'warn', retrospective: { byClaimId: 'DG-4' }, evidence: { 发现单据: 'DG-4' } });
      expect(hit.message.startsWith('事后发现')).toBe(true);
    }
    // Before the majority (four visits) nothing is judged.
    const early = await run(make(), seniorFirst(week).slice(0, 4).map((x) => [x]));
    for (const [id, v] of early) expect([id, ruleHits(v).length]).toEqual([id, 0]);
  });

  it('leaves a senior doctor staffing an ordinary session, a doctor with no clear majority, and two doctors of two grades, quiet', async () => {
    const last = await run(make(), [
      [visit(11, 0, 'senior'), visit(12, 1, 'ordinary'), visit(13, 2, 'senior'), visit(14, 3, 'senior'), visit(15, 4, 'ordinary'), visit(16, 5, 'senior')],
      [visit(21, 0, 'ordinary', 'D0303'), visit(22, 1, 'associate', 'D0303'), visit(23, 2, 'ordinary', 'D0303'), visit(24, 3, 'associate', 'D0303'), visit(25, 4, 'senior', 'D0303')],
      [visit(31, 0, 'senior', 'D0304'), visit(32, 1, 'senior', 'D0304')],
      [visit(33, 0, 'ordinary', 'D0305'), visit(34, 1, 'ordinary', 'D0305'), visit(35, 2, 'ordinary', 'D0305'), visit(36, 3, 'ordinary', 'D0305')],
    ]);
    for (const [id, v] of last) expect([id, ruleHits(v).length]).toEqual([id, 0]);
  });

  it.each([
    ['one claim a batch', (c: Record<string, unknown>[]) => c.map((x) => [x])],
    ['one batch', (c: Record<string, unknown>[]) => [c]],
  ])('%s: judges a patient billed only the higher grade, not the reassessment of a patient the doctor billed 普通 for a session', async (_order, arrange) => {
    const course = [
      ...[41, 42, 43, 44].map((n, i) => visit(n, i, 'ordinary', 'D0306')),
      visit(45, 4, 'ordinary', 'D0306', 'DG-P-COURSE'),
      visit(46, 5, 'associate', 'D0306', 'DG-P-COURSE'),
      visit(47, 6, 'associate', 'D0306'),
    ];
    const last = await run(make(), arrange(course));
    expect(ruleHits(last.get('DG-46')).length).toBe(0);
    expect(ruleHits(last.get('DG-47')).length).toBe(1);
  });
});
