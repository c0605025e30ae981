import { arrive, buildClaim, hitOf } from '../helpers/shipped-rules';

// Stable hypertension is assessed by blood pressure at each visit and by lipids, renal and liver function (and an ECG)
// once a year (《国家基层高血压防治管理指南（2020版）》 年度评估; billing-frequency.json, the hypertension follow-up rows):
// the panel at every monthly refill is 过度检查; quarterly is left to the reviewer, and a dose change's recheck is its own.

const PANEL = ['002502040010001', '002502020010001', '002502010010001'];
const AMLODIPINE = 'XC08CAA512A001010145149';
const visit = (claimId: string, shiftDays: number, drugs = [{ code: AMLODIPINE, quantity: 30 }]) =>
  buildClaim({
    base: 'outpatient',
    shiftDays,
    set: { claimId, items: [], 'provider.hospitalId': 'H51010031', 'provider.level': 1, 'provider.department': 'general', diagnoses: [{ code: 'I10.x00', principal: true }] },
    addItems: [{ code: '001102000040001' }, ...drugs, ...PANEL.map((code) => ({ code }))],
  } as never);
const tooOften = (v: Parameters<typeof hitOf>[0]) => hitOf(v, 'history.billed-too-often');

describe('follow-up tests of stable hypertension', () => {
  it('flags the panel repeated at the next monthly refill, naming the earlier claim', async () => {
    const [first, second] = await arrive(visit('H-1', -31), visit('H-2', 0));
    expect(tooOften(first)).toBeUndefined();
    expect(tooOften(second)?.lineIds.length).toBeGreaterThanOrEqual(PANEL.length);
    expect(tooOften(second)?.message).toContain('H-1');
  });

  it('leaves the panel repeated a quarter later', async () => {
    const [, later] = await arrive(visit('Q-1', -92), visit('Q-2', 0));
    expect(tooOften(later)).toBeUndefined();
  });
});
