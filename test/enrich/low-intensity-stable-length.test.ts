import type { RuleExample } from '../../src/rules/examples';
import { enrichExample } from '../helpers/enrich-example';

// 低标准入院 past the stable course's nights (stay-content.json lowIntensity.stableCourse.anyLengthWhenStable): a
// self-caring patient (Ⅲ级护理 throughout) of stable chronic conditions kept longer on the same content.

const lowIntensity = (e: RuleExample) => enrichExample(e).facts.stay.lowIntensity;
const stay = (nights: number, nursing: string, extra: RuleExample['addItems'] = []): RuleExample => {
  const days = [...Array(nights).keys()];
  return {
    set: { 'provider.department': 'endocrinology', items: [], dischargeDate: `2025-03-${String(4 + nights).padStart(2, '0')}`, diagnoses: [{ code: 'E11.900', principal: true }, { code: 'I10.x00x002' }] },
    addItems: [
      ...days.flatMap((day) => ['001105000010001', nursing, '001103000010001'].map((code) => ({ code, day }))),
      ...['002501010010001', '002502010010001', '002502040010001', '003107010010001'].map((code) => ({ code, day: 0 })),
      ...days.flatMap((day) => [{ code: 'XA10BAE503A001010168547', quantity: 3, day }, { code: 'XC08CAA512A001', day }]),
      ...extra,
    ],
  };
};
const THIRD = '001201000040001';

describe('a stable course longer than its nights', () => {
  it('is the finding at Ⅲ级护理 throughout', () => {
    expect(lowIntensity(stay(10, THIRD))?.nights).toBe(10);
  });

  it('is quiet at Ⅱ级护理, with a test repeated after the work-up, or with a 中药注射剂 drip', () => {
    expect(lowIntensity(stay(10, '001201000030001'))).toBeNull();
    expect(lowIntensity(stay(10, THIRD, [{ code: '002502040010001', day: 5 }]))).toBeNull();
    // 丹参注射液 in saline with its infusion fee and set, every day.
    const drip = (day: number): NonNullable<RuleExample['addItems']> => [
      ...['001204000010001', 'C14010150100001020350000001', 'XB05BBL511B002010178601'].map((code) => ({ code, day })),
      { code: 'ZA12BAD505B002010154575', quantity: 4, day },
    ];
    expect(lowIntensity(stay(10, THIRD, [...Array(10).keys()].flatMap(drip)))).toBeNull();
    // Within the course's nights the same drip is the outpatient infusion room's (stableInfusions).
    expect(lowIntensity(stay(6, THIRD, [...Array(6).keys()].flatMap(drip)))).not.toBeNull();
  });
});
