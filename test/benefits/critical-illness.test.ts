import { criticalIllnessCap } from '../../src/benefits/critical-illness';
import type { BenefitRule } from '../../src/benefits/policy';

// seeds/004 items 8–9: +4,000 per continuous year from the 5th; +4,000 after a zero-claim year; together at
// most +20% of the original cap; −4,000 per lapsed year, at most −20%. (Accumulation and clearing of the
// zero-claim reward: test/benefits/seed-fidelity.test.ts.)
const rule = (cap: number): BenefitRule =>
  ({
    deductible: 0,
    ratio: 0.6,
    retireeRatioBonus: 0,
    annualFundCap: 100000,
    criticalIllnessCap: cap,
    criticalIllnessAdjustments: {
      continuousYearBonusFromYear: 5,
      continuousYearBonus: 4000,
      zeroClaimBonus: 4000,
      maxIncreaseShare: 0.2,
      lapsedYearPenalty: 4000,
      maxDecreaseShare: 0.2,
    },
  }) as BenefitRule;

describe('critical-illness cap adjustments', () => {
  it.each<[string, number, Record<string, unknown>, number]>([
    ['4 continuous years: no bonus yet', 300000, { continuousYears: 4 }, 300000],
    ['5th continuous year: +4,000', 300000, { continuousYears: 5 }, 304000],
    ['7 continuous years: +12,000', 300000, { continuousYears: 7 }, 312000],
    ['zero-claim last year: +4,000', 300000, { continuousYears: 2, zeroClaimLastYear: true }, 304000],
    ['both: 6 years and zero-claim → +12,000', 300000, { continuousYears: 6, zeroClaimLastYear: true }, 312000],
    ['upper bound: 30 years on a 100,000 cap → +20% = 120,000', 100000, { continuousYears: 30, zeroClaimLastYear: true }, 120000],
    ['one lapsed year: −4,000', 300000, { lapsedYears: 1 }, 296000],
    ['lower bound: 10 lapsed years on 100,000 → −20% = 80,000', 100000, { lapsedYears: 10 }, 80000],
  ])('%s', (_name, cap, e, expected) => {
    expect(criticalIllnessCap(rule(cap), e)?.cap).toBe(expected);
  });

  it('the zero-claim bonus fills only what the continuity bonus leaves under the 20% bound', () => {
    const r = criticalIllnessCap(rule(100000), { continuousYears: 9, zeroClaimLastYear: true });
    expect(r).toMatchObject({ continuityBonus: 20000, zeroClaimBonus: 0, cap: 120000 });
  });

  it('no adjustment table: the base cap', () => {
    expect(criticalIllnessCap({ ...rule(1000), criticalIllnessAdjustments: null }, { continuousYears: 9 })?.cap).toBe(1000);
  });
});
