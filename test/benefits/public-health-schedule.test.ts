import { join } from 'node:path';
import { followUpVisit, loadPublicHealthServices } from '../../src/enrich/public-health-visit';
import { publicHealthSchedule, type FollowUpVisit } from '../../src/benefits/cross-claim/public-health-schedule';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { RULES_DIR } from '../helpers/rules-dir';

// 公卫随访 read as its schedule (catalogue.public-health-follow-up-schedule): the run of follow-up-shaped visits a quarter
// apart at one institution, on ledger entries alone; the rule's examples judge whole claims.

const CONSULT = '001102000040001';
const BP = '001211000010001';
const table = loadPublicHealthServices(join(RULES_DIR, 'knowledge', 'public-health-services.json'))!;
const fact = { service: '高血压、2型糖尿病患者健康管理（面对面随访）', names: '无创血压监测', diagnoses: 'I10.x00x002', lineIds: ['1', '2'], amount: 15, lead: true };
const visit = followUpVisit(fact, table) as FollowUpVisit;

const entry = (claimId: string, date: string, extra: MemberClaim['lines'] = [], over: Partial<MemberClaim> = {}): MemberClaim => ({
  insuredId: 'P1', claimId, insuranceType: 'resident', visitType: 'outpatient', serviceDate: date, endDate: date, hospitalId: 'H1',
  principalCategory: 'I10', mdc: null, totalFen: 1500, policyFen: 1500, fundClaimedFen: 900, itemsSignature: claimId, serviceCodes: [],
  codes: ['I10.x00x002'],
  lines: [{ lineId: `${claimId}1`, code: CONSULT, date, kind: 'consult', amountFen: 1000 }, { lineId: `${claimId}2`, code: BP, date, kind: 'service', amountFen: 500 }, ...(extra ?? [])],
  ...over,
});
const drug = (date: string) => [{ lineId: 'd', code: 'XC08CAA512A001010145149', date, kind: 'drug' as const, amountFen: 3000, drug: 'amlodipine' }];
const me = entry('Q4', '2025-10-01');

describe('公卫 follow-up schedule across visits', () => {
  it('the shipped table gives the follow-up a quarterly schedule and the 长处方 cover', () => {
    expect(visit).toMatchObject({ minDays: 60, maxDays: 120, supplyDays: 84, lineIds: ['1', '2'] });
    // The 65+ check has no schedule: not read across visits.
    expect(followUpVisit({ ...fact, service: table.services[0].name }, table)).toBeNull();
  });

  it('three earlier quarterly visits at the clinic: the run named oldest first, its earlier claims the suspects', () => {
    const prior = [entry('Q1', '2025-01-06'), entry('Q2', '2025-04-07'), entry('Q3', '2025-07-03')];
    const s = publicHealthSchedule(me, prior, visit)!;
    expect(s).toMatchObject({ visitCount: 4, claims: 'Q1、Q2、Q3', dates: '2025-01-06、2025-04-07、2025-07-03、2025-10-01', lineIds: ['1', '2'], amount: 15 });
    expect(s.suspects.map((x) => x.claimId)).toEqual(['Q1', 'Q2', 'Q3']);
    expect(s.suspects[0]).toEqual({ claimId: 'Q1', lineIds: ['Q11', 'Q12'], amount: 9 });
  });

  it('the window edges: 60 and 120 days read, 59 and 121 not', () => {
    expect(publicHealthSchedule(me, [entry('A', '2025-08-02')], visit)).not.toBeNull(); // 60 days
    expect(publicHealthSchedule(me, [entry('A', '2025-06-03')], visit)).not.toBeNull(); // 120 days
    expect(publicHealthSchedule(me, [entry('A', '2025-08-03')], visit)).toBeNull(); // 59
    expect(publicHealthSchedule(me, [entry('A', '2025-06-02')], visit)).toBeNull(); // 121
  });

  it('a monthly check before the quarter breaks the run (care\'s pace): the earlier quarterly visit is not reached', () => {
    expect(publicHealthSchedule(me, [entry('A', '2025-07-01'), entry('B', '2025-09-01')], visit)).toBeNull();
  });

  it('quiet: a drug supplied around the visits (the clinic, a pharmacy), up to 84 days before the first', () => {
    const prior = [entry('Q3', '2025-07-03')];
    expect(publicHealthSchedule(me, [...prior, entry('R', '2025-04-10', drug('2025-04-10'), { visitType: 'pharmacy', hospitalId: 'PH9', codes: [] })], visit)).toBeNull(); // 84 days before
    expect(publicHealthSchedule(me, [...prior, entry('R', '2025-04-09', drug('2025-04-09'), { visitType: 'pharmacy', hospitalId: 'PH9', codes: [] })], visit)).not.toBeNull(); // 85: the supply has run out
    expect(publicHealthSchedule(me, [...prior, entry('R', '2025-08-20', drug('2025-08-20'), { visitType: 'chronic' })], visit)).toBeNull();
  });

  it('quiet: the earlier visit at another institution, another condition coded, a drug on it, or 门诊慢特病; no follow-up visit now', () => {
    const q3 = (over: Partial<MemberClaim>, extra: MemberClaim['lines'] = []) => [entry('Q3', '2025-07-03', extra, over)];
    expect(publicHealthSchedule(me, q3({ hospitalId: 'H2' }), visit)).toBeNull();
    expect(publicHealthSchedule(me, q3({ codes: ['I10.x00x002', 'J06.900'] }), visit)).toBeNull();
    expect(publicHealthSchedule(me, q3({}, drug('2025-07-03')), visit)).toBeNull();
    expect(publicHealthSchedule(me, q3({ visitType: 'chronic' }), visit)).toBeNull();
    expect(publicHealthSchedule(me, q3({}), null)).toBeNull();
  });
});
