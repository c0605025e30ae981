import { linesInWaitingPeriod } from '../../src/benefits/benefit-facts';
import { waitingPeriod } from '../../src/benefits/waiting-period';
import type { WaitingPeriodPolicy } from '../../src/benefits/policy';

// seeds/004 (吉林, effective 2025): 固定待遇等待期 90 天; 每多断保 1 年增加变动待遇等待期 30 天 (a partial year
// counts as one: lapsedYears is already whole years); 每多缴纳1年可减少30天变动待遇等待期; 连续断缴4年以上的,
// 修复后…之和原则上不得少于180天 (以上 includes 4); exemptions in items 3–6.
const JILIN: WaitingPeriodPolicy = {
  fixedDays: 90,
  perExtraLapsedYearDays: 30,
  countFirstLapsedYear: false,
  backPaidYearReducesDays: 30,
  longLapseYears: 4,
  minTotalDaysAfterLongLapse: 180,
  exemptSpecial: ['newborn', 'student_transfer', 'veteran', 'scheme_switch'],
  newbornEnrolWithinDays: 90,
  schemeSwitchMinContinuousYears: 2,
  schemeSwitchReenrolWithinDays: 90,
  schemes: ['resident'],
};
const BORN = '1980-01-01';
const enrol = (e: Record<string, unknown>) => ({ enrolledOn: '2025-03-01', inConcentratedPeriod: false, continuousYears: 0, ...e });

describe('waiting period (seeds/004)', () => {
  it.each<[string, Record<string, unknown>, number, number]>([
    // name, enrollment, expected total days, expected variable days
    ['enrolled outside the concentrated period, never lapsed: fixed 90', { lapsedYears: 0 }, 90, 0],
    ['one lapsed year: fixed 90, the first lapsed year adds nothing (每多断保)', { lapsedYears: 1 }, 90, 0],
    ['two lapsed years: +30', { lapsedYears: 2 }, 120, 30],
    ['four lapsed years: +90', { lapsedYears: 4 }, 180, 90],
    ['two lapsed years, one back-paid: the variable 30 is repaired', { lapsedYears: 2, backPaidYears: 1 }, 90, 0],
    ['three lapsed years, one back-paid: 60 − 30', { lapsedYears: 3, backPaidYears: 1 }, 120, 30],
    ['back-pay never takes the total below the fixed 90', { lapsedYears: 2, backPaidYears: 5 }, 90, 0],
    ['five lapsed years: 90 + 120', { lapsedYears: 5 }, 210, 120],
    ['five lapsed years, all back-paid: floor of 180 (more than 4 lapsed years)', { lapsedYears: 5, backPaidYears: 5 }, 180, 90],
    ['eight lapsed years, six back-paid: 90 + 210 − 180 = 120 → floor 180', { lapsedYears: 8, backPaidYears: 6 }, 180, 90],
    ['exactly four lapsed years, all back-paid: floor of 180 (连续断缴4年以上: 以上 includes 4)', { lapsedYears: 4, backPaidYears: 4 }, 180, 90],
    ['three lapsed years, all back-paid: no floor', { lapsedYears: 3, backPaidYears: 3 }, 90, 0],
    ['lapsed but paid in the concentrated period: still not continuous', { lapsedYears: 2, inConcentratedPeriod: true }, 120, 30],
  ])('%s', (_name, e, days, variable) => {
    const wp = waitingPeriod(enrol(e), BORN, JILIN, 'resident');
    expect([wp.days, wp.variableDays, wp.fixedDays, wp.exemption]).toEqual([days, variable, 90, null]);
    expect(wp.endsOn).toBe(new Date(Date.parse('2025-03-01T00:00:00Z') + days * 86400000).toISOString().slice(0, 10));
  });

  it('counts every lapsed year where the policy says so', () => {
    expect(waitingPeriod(enrol({ lapsedYears: 2 }), BORN, { ...JILIN, countFirstLapsedYear: true }, 'resident').days).toBe(150);
  });

  it('continuous enrolment in the concentrated period has no waiting period', () => {
    expect(waitingPeriod(enrol({ inConcentratedPeriod: true, lapsedYears: 0, continuousYears: 5 }), BORN, JILIN, 'resident').days).toBe(0);
  });

  it.each<[string, Record<string, unknown>, string, number]>([
    ['newborn enrolled within 90 days of birth', { special: 'newborn', lapsedYears: 0, enrolledOn: '2025-03-01' }, '2025-01-15', 0],
    ['newborn enrolled after 90 days: the fixed period applies', { special: 'newborn', lapsedYears: 0, enrolledOn: '2025-06-01' }, '2025-01-15', 90],
    ['student entering a school in the province', { special: 'student_transfer', lapsedYears: 1 }, BORN, 0],
    ['veteran or other status change', { special: 'veteran', lapsedYears: 3 }, BORN, 0],
    ['scheme switch after 2+ continuous years', { special: 'scheme_switch', continuousYears: 2, lapsedYears: 0 }, BORN, 0],
    ['scheme switch with 1 continuous year: not exempt', { special: 'scheme_switch', continuousYears: 1, lapsedYears: 0 }, BORN, 90],
  ])('exemption: %s', (_name, e, born, days) => {
    expect(waitingPeriod(enrol(e), born, JILIN, 'resident').days).toBe(days);
  });

  it('unknown enrolment decides nothing', () => {
    expect(waitingPeriod(undefined, BORN, JILIN, 'resident')).toMatchObject({ days: 0, exemption: 'enrolment unknown', endsOn: null });
  });
});

describe('lines dated inside the waiting period on a claim past it (benefits.waiting-period-lines)', () => {
  const wp = { days: 90, fixedDays: 90, variableDays: 0, exemption: null, endsOn: '2025-12-02' };
  const item = (lineId: string, date: string, amountFen: number) => ({ lineId, date, amountFen, code: 'x', name: 'x', category: 'service', quantity: 1, unitPrice: amountFen / 100, longPrescription: false });
  const claim = (serviceDate: string, items: ReturnType<typeof item>[]) => ({ serviceDate, items }) as unknown as Parameters<typeof linesInWaitingPeriod>[0];
  it('names the lines dated before the first day of benefits, their dates and amount', () => {
    expect(linesInWaitingPeriod(claim('2025-12-03', [item('1', '2025-12-01', 2250), item('2', '2025-12-01', 8100), item('3', '2025-12-03', 4050)]), wp)).toEqual({ lineIds: ['1', '2'], dates: '2025-12-01', amount: 103.5 });
  });
  it('leaves a line dated on the first day of benefits, a claim inside the wait (its own rule) and a member with no wait', () => {
    expect(linesInWaitingPeriod(claim('2025-12-03', [item('1', '2025-12-02', 2250)]), wp)).toBeNull();
    expect(linesInWaitingPeriod(claim('2025-12-01', [item('1', '2025-11-30', 2250)]), wp)).toBeNull();
    expect(linesInWaitingPeriod(claim('2025-12-03', [item('1', '2025-12-01', 2250)]), { ...wp, days: 0, endsOn: null })).toBeNull();
  });
});
