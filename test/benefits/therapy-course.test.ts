import type { Verdict } from '../../src/contract/verdict';
import { buildClaim as build, arrive } from '../helpers/shipped-rules';

// Billing-frequency rows across a member's visits (rules/history/billing-frequency.json, history.billed-too-often):
// outpatient 针灸/推拿 beyond a course (10 in any 21 days; rehabilitation principal diagnoses not judged), and the
// labs of 门诊慢特病 dialysis sessions beyond a monthly schedule with a recheck (2 in any 7 days, 3 in any 28).

const arriveAll = (claims: Record<string, any>[]) => arrive(...claims);
const tooOften = (v: Verdict) => v.hits.find((h) => h.ruleId === 'history.billed-too-often');
const ACU = '001215000010001';
const TUINA = '001216000010001';
const EXERCISE = '001218000010001';
const visit = (i: number, shiftDays: number, dx: string, codes: string[], visitType = 'outpatient') => build({
  base: 'outpatient', shiftDays,
  set: { claimId: `V-${i}`, visitType, diagnoses: [{ code: dx, principal: true }], ...(visitType === 'chronic' ? { 'enrollment.chronicDiseases': ['N18'] } : {}) },
  addItems: codes.map((code) => ({ code })),
});
// Weekday visits: Monday to Friday for four weeks (20 visits in 26 days).
const weekdays = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25];

describe('outpatient acupuncture and tuina beyond a course', () => {
  it('20 weekday visits for low back pain: visits 1–10 quiet, each later visit names its 针灸 and 推拿 lines and earlier visits', async () => {
    const claims = weekdays.map((d, i) => visit(i, d, 'M54.500', [ACU, TUINA]));
    const vs = await arriveAll(claims);
    expect(vs.slice(0, 10).map(tooOften)).toEqual(Array(10).fill(undefined));
    for (const [i, v] of vs.entries()) {
      if (i < 10) continue;
      const h = tooOften(v)!;
      expect(h.lineIds.sort()).toEqual(claims[i].items.filter((it: any) => it.code === ACU || it.code === TUINA).map((it: any) => it.lineId).sort());
      expect(h.message).toContain('针灸');
      expect(h.message).toContain('V-');
    }
  });

  it('a second course after a week\'s rest: 10 weekday visits, 9 days off, 10 more: quiet', async () => {
    const days = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 21, 22, 23, 24, 25, 28, 29, 30, 31, 32];
    const vs = await arriveAll(days.map((d, i) => visit(i, d, 'M54.500', [ACU, TUINA])));
    expect(vs.map(tooOften)).toEqual(Array(20).fill(undefined));
  });

  it('three sessions a week for four weeks (12) stays within a course a period', async () => {
    const days = [0, 2, 4, 7, 9, 11, 14, 16, 18, 21, 23, 25];
    const vs = await arriveAll(days.map((d, i) => visit(i, d, 'M17.000', [ACU, EXERCISE])));
    expect(vs.map(tooOften)).toEqual(Array(12).fill(undefined));
  });

  it('rehabilitation of stroke sequelae or after a knee replacement runs longer: daily sessions not judged', async () => {
    for (const dx of ['I69.300', 'Z96.600x001']) {
      const vs = await arriveAll(weekdays.map((d, i) => visit(i, d, dx, [ACU, TUINA])));
      expect([dx, vs.filter(tooOften).length]).toEqual([dx, 0]);
    }
  });
});

describe('门诊慢特病 dialysis labs at every session', () => {
  const HD = '003310010010001';
  const LABS = ['002502090010001', '002502030010001', '002502020010001']; // blood gas, electrolytes, renal panel
  const sessions = [0, 2, 4, 7, 9, 11, 14, 16, 18, 21, 23, 25];
  it('labs at every session: the third within 7 days names the session\'s three lab lines', async () => {
    const claims = sessions.map((d, i) => visit(i, d, 'N18.500', [HD, ...LABS], 'chronic'));
    const vs = await arriveAll(claims);
    expect(tooOften(vs[0])).toBeUndefined();
    expect(tooOften(vs[1])).toBeUndefined();
    const h = tooOften(vs[2])!;
    expect(h.lineIds.sort()).toEqual(claims[2].items.filter((it: any) => LABS.includes(it.code)).map((it: any) => it.lineId).sort());
    expect(vs.slice(2).every((v) => tooOften(v))).toBe(true);
  });

  it('labs weekly: within 2 in 7 days, the fourth in 28 days is beyond the monthly schedule (longerPeriod)', async () => {
    const weekly = [0, 7, 14, 21];
    const claims = weekly.map((d, i) => visit(i, d, 'N18.500', [HD, ...LABS], 'chronic'));
    const vs = await arriveAll(claims);
    expect(vs.slice(0, 3).map(tooOften)).toEqual([undefined, undefined, undefined]);
    const h = tooOften(vs[3])!;
    expect(h.lineIds.sort()).toEqual(claims[3].items.filter((it: any) => it.code === LABS[1] || it.code === LABS[2]).map((it: any) => it.lineId).sort());
    expect(h.message).toContain('28天内3次');
  });

  it('weekly labs of another chronic condition (a cancer on weekly chemotherapy) are not read against the dialysis schedule', async () => {
    const vs = await arriveAll([0, 7, 14, 21].map((d, i) => visit(i, d, 'C34.900', [LABS[1], LABS[2]], 'chronic')));
    expect(vs.filter(tooOften)).toHaveLength(0);
  });

  it('labs every sixth session (about fortnightly) are quiet', async () => {
    const vs = await arriveAll(sessions.map((d, i) => visit(i, d, 'N18.500', i % 6 === 5 ? [HD, ...LABS] : [HD], 'chronic')));
    expect(vs.filter(tooOften)).toHaveLength(0);
  });
});
