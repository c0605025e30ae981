import type { RuleExample } from '../../src/rules/examples';
import { enrichExample } from '../helpers/enrich-example';

// 低标准入院 past the stable course's nights (stay-content.json lowIntensity.stableCourse.anyLengthWhenStable): a
// self-caring patient (Ⅲ级护理 throughout) of stable chronic conditions kept longer on the same content, or one whose
// every night is a 中药注射剂 drip (stableInfusions) at whatever grade short of close care.

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

  it('is quiet at Ⅱ级护理, or with a test repeated after the work-up', () => {
    expect(lowIntensity(stay(10, '001201000030001'))).toBeNull();
    expect(lowIntensity(stay(10, THIRD, [{ code: '002502040010001', day: 5 }]))).toBeNull();
  });
});

describe('a stable course of a daily 中药注射剂 drip (stableCourse.stableInfusions)', () => {
  const SECOND = '001201000030001';
  // 丹参注射液 in saline with its infusion fee and set.
  const drip = (day: number): NonNullable<RuleExample['addItems']> => [
    ...['001204000010001', 'C14010150100001020350000001', 'XB05BBL511B002010178601'].map((code) => ({ code, day })),
    { code: 'ZA12BAD505B002010154575', quantity: 4, day },
  ];
  const days = (n: number) => [...Array(n).keys()];

  it('is the finding at any length and under Ⅱ级护理 when every night bills the drip', () => {
    expect(lowIntensity(stay(6, THIRD, days(6).flatMap(drip)))).not.toBeNull();
    expect(lowIntensity(stay(10, THIRD, days(10).flatMap(drip)))?.nights).toBe(10);
    const f = lowIntensity(stay(12, SECOND, days(12).flatMap(drip)));
    expect(f?.nights).toBe(12);
    expect(f?.content).toContain('每日仅此输液');
  });

  it('is quiet past the course\'s nights when some nights bill no drip, or with Ⅰ级护理 kept past the admission grade', () => {
    expect(lowIntensity(stay(10, SECOND, days(6).flatMap(drip)))).toBeNull();
    const first = stay(10, SECOND, days(10).flatMap(drip));
    for (const it of first.addItems!) if (it.code === SECOND && (it.day ?? 0) < 5) it.code = '001201000020001';
    expect(lowIntensity(first)).toBeNull();
  });
});
