import { loadHistoryKnowledge } from '../../src/benefits/history-knowledge';
import { distantRoundTrip, MAX_AWAY_DAYS } from '../../src/benefits/cross-claim/distant-round-trip';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { RULES_DIR } from '../helpers/rules-dir';

// 借卡 across two far provinces one day apart (history.distant-next-day-round-trip): a run of care there bracketed by
// care here the day before its first visit and the day after its last.

const table = loadHistoryKnowledge(RULES_DIR).provinces!;
const visit = (claimId: string, date: string, region: string, over: Partial<MemberClaim> = {}): MemberClaim => ({
  insuredId: 'P', claimId, insuranceType: 'resident', visitType: 'outpatient', serviceDate: date, endDate: date,
  hospitalId: `H${region}01`, region, principalCategory: 'J06', mdc: null, totalFen: 1000, policyFen: 1000, fundClaimedFen: 0,
  itemsSignature: claimId, serviceCodes: ['S'], lines: [{ lineId: '1', code: 'S', date, kind: 'consult', amountFen: 1000 }], ...over,
});
// The two hops at two home hospitals (one card, two people): the same home hospital on both sides is a referral journey.
const here = (id: string, date: string) => visit(id, date, '370200', { hospitalId: `H370200${id}` }); // 青岛
const there = (id: string, date: string) => visit(id, date, '220100'); // 长春

describe('distantRoundTrip', () => {
  it('names both hops, the run there and its claims as suspects', () => {
    const r = distantRoundTrip(here('D', '2025-09-24'), [here('A', '2025-08-15'), there('B', '2025-08-16'), there('C', '2025-09-23')], table);
    expect(r).toMatchObject({ here: '山东省', there: '吉林省', outDates: '2025-08-15、2025-08-16', backDates: '2025-09-23、2025-09-24', daysThere: 38, claims: 'A、B、C、D' });
    expect(r?.suspects.map((s) => s.claimId)).toEqual(['B', 'C']);
    expect(r?.suspects[0]).toEqual({ claimId: 'B', lineIds: ['1'], amount: 10 });
  });

  it('is quiet on one hop only, a run longer than MAX_AWAY_DAYS, care here in between, or a pharmacy purchase as a hop', () => {
    expect(MAX_AWAY_DAYS).toBe(90);
    expect(distantRoundTrip(here('D', '2025-09-24'), [here('A', '2025-08-15'), there('B', '2025-08-20'), there('C', '2025-09-23')], table)).toBeNull();
    expect(distantRoundTrip(here('D', '2025-09-24'), [here('A', '2025-01-15'), there('B', '2025-01-16'), there('C', '2025-09-23')], table)).toBeNull();
    expect(distantRoundTrip(here('D', '2025-09-24'), [here('A', '2025-08-15'), there('B', '2025-08-16'), here('E', '2025-09-01'), there('C', '2025-09-23')], table)).toBeNull();
    expect(distantRoundTrip(here('D', '2025-09-24'), [{ ...here('A', '2025-08-15'), visitType: 'pharmacy' }, there('B', '2025-08-16'), there('C', '2025-09-23')], table)).toBeNull();
  });

  it('is quiet on a referral journey: a higher-level hospital there for a related condition, a transfer from home, one home hospital', () => {
    const related = loadHistoryKnowledge(RULES_DIR).related;
    const out = { ...here('A', '2025-08-15'), hospitalLevel: 2, principalCategory: 'I25' };
    const back = { ...here('D', '2025-09-24'), hospitalLevel: 2, principalCategory: 'J06' };
    const centre = (id: string, date: string, over: Partial<MemberClaim>) => ({ ...there(id, date), hospitalId: 'H22010099', hospitalLevel: 3, ...over });
    // 冠心病 referred up (I25 at home, I20 angina there: one related-conditions group), followed up at home.
    expect(distantRoundTrip(back, [out, centre('B', '2025-08-16', { principalCategory: 'I20' }), centre('C', '2025-09-23', { principalCategory: 'M54' })], table, related)).toBeNull();
    // The same condition there at the home visits' own level, or an unrelated condition at a higher level: still judged.
    expect(distantRoundTrip(back, [out, centre('B', '2025-08-16', { principalCategory: 'I20', hospitalLevel: 2 }), centre('C', '2025-09-23', { principalCategory: 'M54' })], table, related)).not.toBeNull();
    expect(distantRoundTrip(back, [out, centre('B', '2025-08-16', { principalCategory: 'S82' }), centre('C', '2025-09-23', { principalCategory: 'M54' })], table, related)).not.toBeNull();
    // A stay there naming the home hospital of the outbound hop as its sender (its admission day is no presence day:
    // the run begins at the clinic visit there).
    const seen = centre('B', '2025-08-16', { hospitalLevel: 2, principalCategory: 'S82' });
    const stay = centre('C', '2025-08-20', { visitType: 'inpatient', endDate: '2025-09-23', hospitalLevel: 2, principalCategory: 'M54', admissionRoute: 'transfer', transferFromHospitalId: out.hospitalId });
    expect(distantRoundTrip(back, [out, seen, stay], table, related)).toBeNull();
    expect(distantRoundTrip(back, [out, seen, { ...stay, transferFromHospitalId: 'H37020099' }], table, related)).not.toBeNull();
    // The referral and the follow-up at one home hospital, for the condition treated there (any level).
    const sameHospital = { ...back, hospitalId: out.hospitalId };
    expect(distantRoundTrip(sameHospital, [out, centre('B', '2025-08-16', { hospitalLevel: 2, principalCategory: 'I20' }), centre('C', '2025-09-23', { hospitalLevel: 2 })], table, related)).toBeNull();
    // One home hospital for conditions unrelated to the care there (a cold, then gastritis, around hypertension care
    // away): no referral and its follow-up, two people's care.
    const cold = { ...out, principalCategory: 'J06' };
    const gastritis = { ...sameHospital, principalCategory: 'K29' };
    expect(distantRoundTrip(gastritis, [cold, centre('B', '2025-08-16', { hospitalLevel: 2, principalCategory: 'I10' }), centre('C', '2025-09-23', { hospitalLevel: 2, principalCategory: 'I10' })], table, related)).not.toBeNull();
  });

  it('is quiet between neighbouring provinces', () => {
    const hebei = (id: string, date: string) => visit(id, date, '131000');
    expect(distantRoundTrip(visit('D', '2025-09-24', '110100'), [visit('A', '2025-08-15', '110100'), hebei('B', '2025-08-16'), hebei('C', '2025-09-23')], table)).toBeNull();
  });
});
