import { findPatterns } from '../../../src/features/patterns/find-patterns';
import type { PatternClaim } from '../../../src/features/patterns/pattern-store';
import { betaPriorStrength, MAX_PRIOR_STRENGTH, MIN_PRIOR_STRENGTH, normalPriorStrength, shrinkMean, shrinkRate } from '../../../src/features/patterns/shrink';

// Empirical-Bayes shrinkage (shrink.ts), by hand, and the length-of-stay pattern it serves.

describe('shrinkage', () => {
  it('estimates the beta prior strength from how far the rates spread beyond binomial noise', () => {
    // Pool 4 of 10 (p = 0.4); volume-weighted spread 0.09, binomial noise 0.24 × 3 / 10 = 0.072:
    // between-provider variance 0.018, prior worth 0.24 / 0.018 − 1 = 12.33 claims.
    expect(betaPriorStrength([{ x: 3, n: 4 }, { x: 1, n: 4 }, { x: 0, n: 2 }])).toBeCloseTo(12.3333, 3);
    // Rates no more spread than noise: the providers look alike, the prior is as strong as allowed.
    expect(betaPriorStrength([{ x: 5, n: 50 }, { x: 5, n: 50 }])).toBe(MAX_PRIOR_STRENGTH);
    // Wildly spread rates never let the prior fall below the floor.
    expect(betaPriorStrength([{ x: 0, n: 100 }, { x: 100, n: 100 }, { x: 1, n: 1 }])).toBe(MIN_PRIOR_STRENGTH);
    expect(betaPriorStrength([{ x: 1, n: 1 }])).toBe(MAX_PRIOR_STRENGTH);
  });

  it('pulls one claim out of one most of the way to the prior, fifty claims less', () => {
    expect(shrinkRate(1, 1, 0.07, 10)).toBeCloseTo(1.7 / 11, 10);
    expect(shrinkRate(20, 50, 0.07, 10)).toBeCloseTo(20.7 / 60, 10);
    expect(shrinkMean(2, 4, 1, 8)).toBeCloseTo((8 + 8) / 12, 10);
  });

  it('estimates the normal prior strength as within-provider over between-provider variance', () => {
    // Provider A: 1, 3 (mean 2); B: 5, 7 (mean 6). Within variance (2 + 2) / (4 − 2) = 2; mean 4, spread of
    // the means 4, minus 2 × 2 / 4 = 1 from noise: between 3, k = 2 / 3, held at the floor.
    expect(normalPriorStrength([{ n: 2, sum: 4, sumSq: 10 }, { n: 2, sum: 12, sumSq: 74 }])).toBe(MIN_PRIOR_STRENGTH);
    // Identical providers: no between-provider variance.
    expect(normalPriorStrength([{ n: 2, sum: 4, sumSq: 10 }, { n: 2, sum: 4, sumSq: 10 }])).toBe(MAX_PRIOR_STRENGTH);
  });
});

const stay = (id: string, hospitalId: string, los: number): PatternClaim => ({
  claimId: id, hospitalId, doctorId: null, region: '510100', province: '51', hospitalLevel: 2, department: null, visitType: 'inpatient',
  serviceDate: '2025-03-01', endDate: new Date(Date.parse('2025-03-01') + los * 86_400_000).toISOString().slice(0, 10),
  totalFen: 100_000, ruleIds: [], drg: 'BR25', insuredId: `M-${id}`, dischargeMode: null, admissionRoute: null, ageYears: null, principalDiagnosis: null, codes: [], diagnosisCodes: [],
});

describe('length of stay against its norm', () => {
  const period = { from: '2025-03-01', to: '2025-03-31' };
  const none = { isCostly: () => false };
  // BR25's norm is 8 days; H-LONG keeps its 15 patients 16 days, four peers keep theirs 7 or 9.
  const claims = [
    ...Array.from({ length: 15 }, (_, i) => stay(`L${i}`, 'H-LONG', 16)),
    ...['HA', 'HB', 'HC', 'HD'].flatMap((h) => Array.from({ length: 15 }, (_, i) => stay(`${h}${i}`, h, i % 2 ? 7 : 9))),
    stay('ONE', 'H-ONE', 40),
  ];

  it('finds the institution whose stays run twice the norm, shrunk, not the one with a single long stay', () => {
    const found = findPatterns(claims, { ...none, period, normLos: () => 8 }).filter((f) => f.metric === 'los-ratio');
    expect(found.map((f) => f.hospitalId)).toEqual(['H-LONG']);
    expect(found[0]).toMatchObject({ rate: 2, count: 15, volume: 15, providerKind: 'institution' });
    expect(found[0].shrunkRate).toBeLessThanOrEqual(2);
    expect(found[0].evidenceClaimIds).toHaveLength(15);
  });

  it('uses the period\'s mean stay of the DRG as the norm when there is no norms table', () => {
    const found = findPatterns(claims, { ...none, period }).filter((f) => f.metric === 'los-ratio');
    expect(found.map((f) => f.hospitalId)).toEqual(['H-LONG']);
  });
});

describe('low-rate case share', () => {
  const period = { from: '2025-03-01', to: '2025-03-31' };
  const withRules = (c: PatternClaim, ruleIds: string[]): PatternClaim => ({ ...c, ruleIds });
  // H-LOW: all 16 stays 低倍率, half of them cheap per day too (grouping.low-rate), half only short
  // (grouping.low-rate-short-stay, info); four peers have none.
  const claims = [
    ...Array.from({ length: 16 }, (_, i) => withRules(stay(`W${i}`, 'H-LOW', 3), [i % 2 ? 'grouping.low-rate' : 'grouping.low-rate-short-stay'])),
    ...['HA', 'HB', 'HC', 'HD'].flatMap((h) => Array.from({ length: 16 }, (_, i) => stay(`${h}${i}`, h, 8))),
  ];

  it('counts a stay under the policy line whichever of the two low-rate rules named it', () => {
    const found = findPatterns(claims, { isCostly: () => false, period, normLos: () => 8 }).filter((f) => f.metric === 'low-rate');
    expect(found.map((f) => f.hospitalId)).toEqual(['H-LOW']);
    expect(found[0]).toMatchObject({ count: 16, volume: 16 });
  });
});
