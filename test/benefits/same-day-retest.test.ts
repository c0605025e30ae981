import { arrive, buildClaim, hitOf } from '../helpers/shipped-rules';

// 拆单重复收费 through the whole review on the shipped rules: a claim without a consultation, the same day at the same
// hospital as the member's visit, billing a test the visit already billed.

const RULE = 'history.same-day-retest';
const DAY = '2025-03-15';
const line = (lineId: string, code: string, name: string, unitPrice: number) => ({ lineId, code, name, category: 'service', date: DAY, quantity: 1, unitPrice, amount: unitPrice });
const CONSULT = line('1', '001102000010001', '普通门诊诊察费', 9);
const CBC = line('2', '002501010010001', '血常规(五分类)', 22.5);
const RENAL = line('3', '002502020010001', '肾功能(三项)', 27);
const ANTIBIOTIC = [{ code: 'XJ01CAA501A001010126436', quantity: 24 }];
const claim = (claimId: string, items: object[], provider: object = {}) =>
  buildClaim({ base: 'outpatient', set: { claimId, items, ...(Object.keys(provider).length ? { provider: { hospitalId: 'H51010002', level: 2, department: 'respiratory', doctorId: 'D0002', ...provider } } : {}) }, addItems: ANTIBIOTIC });

describe('same-day retest on a claim without a consultation', () => {
  it("names the day's visit and only the repeated test, with its money", async () => {
    const [visit, second] = await arrive(claim('V-1', [CONSULT, CBC, RENAL]), claim('V-2', [{ ...CBC, lineId: '1' }, { ...line('2', '002501020010001', '尿常规', 10.8) }]));
    expect(hitOf(visit, RULE)).toBeUndefined();
    const h = hitOf(second, RULE)!;
    expect(h.severity).toBe('warn');
    expect(h.lineIds).toEqual(['1']);
    expect(h.amount).toBe(22.5);
    expect(h.evidence).toMatchObject({ 当日就诊单据: 'V-1', 重复项目: '血常规(五分类)' });
  });

  it('is quiet on a second visit with its own consultation, a test the visit did not bill, an emergency visit, another hospital or another day', async () => {
    const quiet = async (second: Record<string, any>) => hitOf((await arrive(claim('V-1', [CONSULT, CBC]), second))[1], RULE);
    expect(await quiet(claim('V-2', [CONSULT, CBC], { department: 'dermatology', doctorId: 'D0009' }))).toBeUndefined();
    expect(await quiet(claim('V-2', [RENAL]))).toBeUndefined();
    expect(await quiet(claim('V-2', [CBC], { department: 'emergency' }))).toBeUndefined();
    expect(await quiet(claim('V-2', [CBC], { hospitalId: 'H51010003' }))).toBeUndefined();
    const nextDay = buildClaim({ base: 'outpatient', shiftDays: 1, set: { claimId: 'V-2', items: [{ ...CBC, date: '2025-03-16' }] } });
    expect(await quiet(nextDay)).toBeUndefined();
  });

  it('leaves a repeated bill to the duplicate rules (CrossClaimContext duplicate)', async () => {
    const retest = claim('V-2', [{ ...CBC, lineId: '1' }]);
    const [, , again] = await arrive(claim('V-1', [CONSULT, CBC]), retest, { ...retest, claimId: 'V-3' });
    expect(hitOf(again, RULE)).toBeUndefined();
    expect(again.hits.some((h) => h.ruleId.includes('duplicate'))).toBe(true);
  });
});

