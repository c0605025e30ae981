import { type RuleExample } from '../../src/rules/examples';
import { join } from 'node:path';
import { createMemoryStore, createSqliteStore } from '../../src/features/stores';
import { buildClaim as build, arriveIn, hitOf as hit } from '../helpers/shipped-rules';
import { tempDir } from '../helpers/temp-dir';

// Issue 19 (blind30 C04, T03, T06, T07): transfers up for a treatment and back down, declared zero-claim years,
// examinations repeated on admission — through the whole review on the shipped rules, the ledger in SQLite (the
// flags the checks read ride in the ledger lines) and in memory.

const sqlite = () => createSqliteStore({ path: join(tempDir('transfer-'), 'review.db') });


const patient = { insuredId: 'EX-P-0001', gender: 'M', birthDate: '1962-05-10', retired: true };
const AMI = [{ code: 'I21.001', principal: true }, { code: 'I10.x00' }];
const PCI = { code: '003101010020001', day: 0 };
const CBC = { code: '002501010010001', day: 0 };

/** A (H51010001) → B (H51010009) → A: the first stay 20–25 Feb, B 27 Feb – 4 Mar, back at A 4–9 Mar. */
function roundTrip(bTreats: boolean) {
  const a1 = build({ shiftDays: -10, set: { claimId: 'A1', diagnoses: AMI, admissionRoute: 'emergency', dischargeMode: 'transfer' } });
  const b = build({
    shiftDays: -5,
    set: { claimId: 'B', 'provider.hospitalId': 'H51010009', diagnoses: AMI, admissionRoute: 'transfer', transferFromHospitalId: 'H51010001', dischargeMode: 'transfer' },
    addItems: [bTreats ? PCI : CBC],
  });
  const a2 = build({ set: { claimId: 'A2', diagnoses: AMI, admissionRoute: 'transfer', transferFromHospitalId: 'H51010009' } });
  return [a1, b, a2];
}

describe('transfers: up for a treatment and back down (双向转诊) against ping-pong stays', () => {
  it.each([['sqlite', sqlite], ['memory', createMemoryStore]])('%s: the round trip for a PCI is one episode; without a treatment it is a split stay', async (_, store) => {
    const [, b, a2] = await arriveIn(store(), ...roundTrip(true));
    expect(hit(a2, 'history.split-hospitalisation')).toBeUndefined();
    // The stay back at A keeps the infarction as principal: its PCI is on B's bill.
    expect(hit(a2, 'grouping.principal-unsupported')).toBeUndefined();
    expect(hit(b, 'history.split-hospitalisation')).toBeUndefined();

    const [, , pingPong] = await arriveIn(store(), ...roundTrip(false));
    const h = hit(pingPong, 'history.split-hospitalisation');
    // Both hospitals are of one level: B's hand-back with nothing done is itself a same-level transfer for the same
    // care (lateralTransfer), so the nearest earlier stay the finding names is B's (A1's before the fortieth round).
    expect(h?.message).toContain('前次住院B');
    expect(hit(pingPong, 'grouping.principal-unsupported')).toBeDefined();
  });

  it('a step-down stay arriving before its sender is judged on its own bill (the sender is not yet in the ledger)', async () => {
    const [, b, a2] = roundTrip(true);
    const [down] = await arriveIn(createMemoryStore(), a2, b);
    expect(hit(down, 'grouping.principal-unsupported')).toBeDefined();
  });
});

describe('declared zero-claim year against the ledger (虚报零报销激励)', () => {
  const stay2024 = (fund: number) => build({ shiftDays: -200, set: { claimId: 'S-2024', diagnoses: [{ code: 'K40.900', principal: true }] }, setAfter: { 'amounts.fundClaimed': fund } });
  const declaring = build({ set: { claimId: 'S-2025', 'enrollment.zeroClaimLastYear': true, 'enrollment.zeroClaimRewardYears': 2 } });

  it('names the fund-paid claims of the declared year, read from SQLite', async () => {
    const [, v] = await arriveIn(sqlite(), stay2024(200), declaring);
    const h = hit(v, 'history.false-zero-claim')!;
    expect(h.severity).toBe('warn');
    expect(h.message).toContain('2024');
    expect(h.message).toContain('S-2024');
    expect(h.message).toContain('基金支付200元');
  });

  it('is quiet on a stay of the year paid out of pocket, and when the earlier year arrives after the declaration', async () => {
    const [, quiet] = await arriveIn(createMemoryStore(), stay2024(0), declaring);
    expect(hit(quiet, 'history.false-zero-claim')).toBeUndefined();
    // Out of settlement order the declaration is judged before the year's claims are in the ledger.
    const [late] = await arriveIn(createMemoryStore(), declaring, stay2024(200));
    expect(hit(late, 'history.false-zero-claim')).toBeUndefined();
  });
});

describe('examinations of an outpatient visit repeated on the admission day (检查结果互认)', () => {
  const visit = (shiftDays: number, items: RuleExample['addItems'], hospitalId = 'H51010001') =>
    build({ base: 'outpatient', shiftDays, set: { claimId: 'OP', patient, 'provider.hospitalId': hospitalId, diagnoses: [{ code: 'I63.900', principal: true }] }, addItems: items });
  const stay = (route: string) => build({ set: { claimId: 'IP', admissionRoute: route }, addItems: [{ code: '002502010010001', day: 0 }] });
  const CT = { code: '002301010010001', quantity: 1 };
  const LIVER = { code: '002502010010001', quantity: 1 };

  it('names the stay\'s repeated examination line and its money, not the repeated laboratory test', async () => {
    const s = stay('outpatient');
    const [, v] = await arriveIn(sqlite(), visit(-13, [CT, LIVER]), s);
    const h = hit(v, 'history.exam-repeated-after-outpatient')!;
    const ct = s.items.find((i: any) => i.code === CT.code);
    expect(h.lineIds).toEqual([ct.lineId]);
    expect(h.amount).toBe(ct.amount);
    expect(h.message).toContain('头颅CT平扫');
  });

  it('names the latest visit whose examination the stay repeats, whatever the visits\' arrival order', async () => {
    const older = { ...visit(-16, [CT]), claimId: 'OP-older' };
    const newer = { ...visit(-13, [CT]), claimId: 'OP-newer' };
    const [, , v] = await arriveIn(createMemoryStore(), older, newer, stay('outpatient'));
    const h = hit(v, 'history.exam-repeated-after-outpatient')!;
    expect(h.evidence).toMatchObject({ 门诊单据: 'OP-newer', 入院前天数: 2, 入院途径: '门诊' });
  });

  it('says in Chinese that a stay without 入院途径 was judged as a planned admission', async () => {
    const { admissionRoute: _omit, ...unrouted } = stay('outpatient');
    const [, v] = await arriveIn(createMemoryStore(), visit(-13, [CT]), unrouted);
    expect(hit(v, 'history.exam-repeated-after-outpatient')!.evidence).toMatchObject({ 入院途径: '未填写（按非急诊入院判断）' });
  });

  it('is quiet on an emergency admission, beyond the window, and at another hospital', async () => {
    for (const [v, s] of [[visit(-13, [CT]), stay('emergency')], [visit(-20, [CT]), stay('outpatient')], [visit(-13, [CT], 'H51010002'), stay('outpatient')]]) {
      const [, out] = await arriveIn(createMemoryStore(), v, s);
      expect(hit(out, 'history.exam-repeated-after-outpatient')).toBeUndefined();
    }
  });
});
