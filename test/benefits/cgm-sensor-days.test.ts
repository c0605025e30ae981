import type { Verdict } from '../../src/contract/verdict';
import { buildClaim as build, arrive } from '../helpers/shipped-rules';

// A billing-frequency row counted by its 计价单位 (日): 动态血糖监测 is priced by the day and billed as one
// sensor's block of days; the earlier blocks count by their days, so a new 14-day block before the last sensor's 14
// days have run bills days already recorded, while one sensor after another stays within.

const CGM = '003102010010001';
const tooOften = (v: Verdict) => v.hits.find((h) => h.ruleId === 'history.billed-too-often');
const visit = (i: number, shiftDays: number, days = 14, hospitalId = 'H51010001') => build({
  base: 'outpatient',
  shiftDays,
  set: {
    items: [], claimId: `CGM-${i}`, visitType: 'chronic', 'enrollment.chronicDiseases': ['E10'], 'provider.hospitalId': hospitalId,
    diagnoses: [{ code: 'E10.900', principal: true }],
  },
  addItems: [{ code: '001109000010001' }, { code: CGM, quantity: days }],
});

describe('CGM days against the sensor’s 14 days', () => {
  it('a 14-day block every 7 days, alternating hospitals: each after the first goes beyond and names the earlier claim', async () => {
    const vs = await arrive(visit(1, 0), visit(2, 7, 14, 'H51010002'), visit(3, 14));
    expect(tooOften(vs[0])).toBeUndefined();
    const h = tooOften(vs[1])!;
    expect(h.message).toContain('动态血糖监测');
    expect(h.message).toContain('CGM-1');
    expect(tooOften(vs[2])).toBeDefined();
  });

  it('one sensor after another (every 14 days), or two 7-day blocks a week apart: quiet', async () => {
    expect((await arrive(visit(1, 0), visit(2, 14), visit(3, 28))).map(tooOften)).toEqual([undefined, undefined, undefined]);
    expect((await arrive(visit(4, 0, 7), visit(5, 7, 7))).map(tooOften)).toEqual([undefined, undefined]);
  });
});
