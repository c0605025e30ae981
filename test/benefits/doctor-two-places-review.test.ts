import { NO_MODEL } from '../../src/model/model';
import { reviewWithRevisions, type ReviewContext } from '../../src/features/reviews/review';
import { createMemoryStore, createSqliteStore, type Store } from '../../src/features/stores';
import type { Verdict } from '../../src/contract/verdict';
import { buildClaim, shippedRules } from '../helpers/shipped-rules';

// 冒名医生 through the pipeline (history.doctor-two-places): a surgeon's clinic in 济南 is stored first, a 成都 stay
// naming him operates the same day. The stay is flagged from the store's lookup by doctor and day (or from its own
// batch), and the clinic visit gets the finding too (事后发现). The stay stored first (it settles at discharge): the
// clinic visit is flagged from the lookup by doctor and operation day, and the stay gets the finding. 多点执业 two days
// later stays quiet either way. Memory and SQLite.

const RULE = 'history.doctor-two-places';
const DOCTOR = 'D370100004321';
const clinic = (shiftDays: number) =>
  buildClaim({
    base: 'outpatient',
    shiftDays,
    set: {
      claimId: `DT-OP-${shiftDays}`,
      region: '370100',
      patient: { insuredId: 'DT-P-1', gender: 'M', birthDate: '1960-01-01', retired: false },
      provider: { hospitalId: 'H37010099', level: 3, department: 'orthopaedics', doctorId: DOCTOR },
      'items[0].code': '001102000030001',
      'items[0].name': '主任医师门诊诊察费',
      'items[0].unitPrice': 30,
    },
  });
const stay = buildClaim({
  base: 'inpatient',
  set: {
    claimId: 'DT-IP-1',
    patient: { insuredId: 'DT-P-2', gender: 'M', birthDate: '1979-01-01', retired: false },
    provider: { hospitalId: 'H51010099', level: 2, department: 'orthopaedics', doctorId: DOCTOR },
    diagnoses: [{ code: 'S52.500x001', principal: true }],
    procedures: [{ code: '79.3200', date: '2025-03-05' }],
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
const fired = (v: Verdict | undefined) => (v?.hits ?? []).some((h) => h.ruleId === RULE);

describe.each([
  ['memory', () => createMemoryStore()],
  ['sqlite', () => createSqliteStore({ path: ':memory:' })],
])('one doctor operating in 成都 and holding a clinic in 济南 (%s store)', (_name, make) => {
  it.each([
    ['the clinic stored first', (c: Record<string, unknown>) => [[c], [stay]]],
    ['one batch', (c: Record<string, unknown>) => [[c, stay]]],
    ['one batch, the stay first', (c: Record<string, unknown>) => [[stay, c]]],
    ['the stay stored first', (c: Record<string, unknown>) => [[stay], [c]]],
  ])('%s: both claims are flagged', async (_order, arrange) => {
    const last = await run(make(), arrange(clinic(-10)));
    expect(fired(last.get('DT-IP-1'))).toBe(true);
    expect(last.get('DT-IP-1')!.hits.find((h) => h.ruleId === RULE)!.severity).toBe('warn');
    expect(fired(last.get('DT-OP--10'))).toBe(true);
  });

  it('the stay stored first: the clinic visit names the stay, both institutions and provinces; the stay gets the finding (事后发现)', async () => {
    const last = await run(make(), [[stay], [clinic(-10)]]);
    const own = last.get('DT-OP--10')!.hits.find((h) => h.ruleId === RULE)!;
    expect(own.retrospective).toBeUndefined();
    expect(own.message).toContain('本单据（H37010099，山东省）记载医师D370100004321出诊接诊，同日该医师又在四川省的H51010099为患者实施手术（两地单据DT-IP-1、DT-OP--10）');
    const found = last.get('DT-IP-1')!.hits.find((h) => h.ruleId === RULE)!;
    expect(found.retrospective?.byClaimId).toBe('DT-OP--10');
    expect(found.message).toContain('单据DT-OP--10（H37010099，山东省）结算后查明，本单据记载的医师D370100004321于2025-03-05在该处出诊接诊');
  });

  it.each([
    ['the clinic stored first', [[clinic(-10)], [stay], [clinic(-10)]]],
    ['the stay stored first', [[stay], [clinic(-10)], [clinic(-10)]]],
  ])('%s, the clinic visit re-reviewed: one finding of the pair on it, as it was', async (_order, batches) => {
    const last = await run(make(), batches);
    expect(last.get('DT-OP--10')!.hits.filter((h) => h.ruleId === RULE)).toHaveLength(1);
    expect(last.get('DT-IP-1')!.hits.filter((h) => h.ruleId === RULE)).toHaveLength(1);
  });

  it.each([
    ['the clinic stored first', [[clinic(-8)], [stay]]],
    ['the stay stored first', [[stay], [clinic(-8)]]],
  ])('quiet on 多点执业 two days after the operation (%s)', async (_order, batches) => {
    const last = await run(make(), batches);
    expect(fired(last.get('DT-IP-1'))).toBe(false);
    expect(fired(last.get('DT-OP--8'))).toBe(false);
  });
});
