import type { RuleExample } from '../../src/rules/examples';
import { enrichExample } from '../helpers/enrich-example';

// 低标准入院 of uncomplicated type 2 diabetes (stay-content.json lowIntensity.stableCourse.glucoseMonitoring): the
// finger-stick profile of a diabetic on oral drugs is the self-monitoring kept at home, not content that needs a bed.

const lowIntensity = (e: RuleExample) => enrichExample(e).facts.stay.lowIntensity;
const NIGHTS = 6;
const days = [...Array(NIGHTS).keys()];
const ward = days.flatMap((day) => ['001105000010001', '001201000030001', '001103000010001'].map((code) => ({ code, day })));
const work = ['002501010010001', '002502010010001', '002502040010001', '003107010010001'].map((code) => ({ code, day: 0 }));
const metformin = days.map((day) => ({ code: 'XA10BAE503A001010168547', quantity: 3, day }));
const glucose = days.flatMap((day) => [{ code: '001212000010001', quantity: 4, day }, { code: 'C14060150300001162280000001', quantity: 4, day }]);
const insulin = days.map((day) => ({ code: 'XA10AEG503B002010192693', quantity: 1, day }));
const stay = (codes: string[], extra: RuleExample['addItems'] = []): RuleExample => ({
  set: { 'provider.department': 'endocrinology', items: [], dischargeDate: `2025-03-${String(4 + NIGHTS).padStart(2, '0')}`, diagnoses: codes.map((code, i) => ({ code, principal: i === 0 })) },
  addItems: [...ward, ...work, ...metformin, ...glucose, ...extra],
});

describe('stable type 2 diabetes on oral drugs with a daily glucose profile', () => {
  it('reads the profile and its strips as home monitoring: the stay is the finding', () => {
    expect(lowIntensity(stay(['E11.900', 'E78.500']))?.content).toContain('床旁快速血糖及试纸12行');
  });

  it('is quiet with a complication coded, on insulin, or with no diabetes to monitor (the strips are then content of their own)', () => {
    expect(lowIntensity(stay(['E11.400', 'E78.500']))).toBeNull();
    expect(lowIntensity(stay(['E11.900', 'E78.500'], insulin))).toBeNull();
    expect(lowIntensity(stay(['I10.x00', 'E78.500']))).toBeNull();
  });
});

// Whatever is coded (homeMedicationOnly), a Ⅲ级 stay whose every drug is a tablet of the member's: the profile is self-monitoring too.
const selfCaring = (codes: string[], extra: RuleExample['addItems'] = []): RuleExample => {
  const e = stay(codes, extra);
  return { ...e, addItems: e.addItems!.map((it) => (it.code === '001201000030001' ? { ...it, code: '001201000040001' } : it)) };
};

describe('type 2 diabetes with a complication, on tablets, at Ⅲ级护理 throughout', () => {
  it('reads the profile as home monitoring: the member\'s outpatient regimen given in a bed', () => {
    expect(lowIntensity(selfCaring(['E11.200', 'I10.x00x002']))?.content).toContain('床旁快速血糖及试纸12行');
  });

  it('is quiet on insulin, or at Ⅱ级护理', () => {
    expect(lowIntensity(selfCaring(['E11.200', 'I10.x00x002'], insulin))).toBeNull();
    expect(lowIntensity(stay(['E11.200', 'I10.x00x002']))).toBeNull();
  });
});
