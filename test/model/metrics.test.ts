import { atThreshold, averagePrecision, rocAuc } from '../../src/model/metrics';
import { errorPercentiles, scoreOf, thresholdFor } from '../../src/model/percentile';

describe('ranking metrics', () => {
  it('ROC-AUC: perfect, reversed, and ties counted half', () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [false, false, true, true])).toBe(1);
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [false, false, true, true])).toBe(0);
    expect(rocAuc([0.5, 0.5], [false, true])).toBe(0.5);
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBe(0.75);
  });

  it('PR-AUC as average precision', () => {
    expect(averagePrecision([0.9, 0.8, 0.1], [true, true, false])).toBe(1);
    expect(averagePrecision([0.9, 0.8, 0.7], [false, true, false])).toBeCloseTo(0.5, 9);
  });

  it('precision and recall above a threshold', () => {
    expect(atThreshold([0.99, 0.97, 0.995, 0.1], [true, true, false, false], 0.98)).toEqual({ threshold: 0.98, flagged: 2, precision: 0.5, recall: 0.5 });
  });
});

describe('error → score percentile', () => {
  const p = errorPercentiles(Array.from({ length: 1000 }, (_, i) => i / 1000));
  it('is the percentile of the training errors, monotone, below 1 beyond the largest', () => {
    expect(scoreOf(p, 0)).toBe(0);
    expect(scoreOf(p, 0.5)).toBeCloseTo(0.5, 2);
    expect(scoreOf(p, 2)).toBeGreaterThan(scoreOf(p, 0.999));
    expect(scoreOf(p, 20)).toBeGreaterThan(scoreOf(p, 2));
    expect(scoreOf(p, 20)).toBeLessThan(1);
  });
  it('puts the threshold where the alert rate of training claims lies above it', () => {
    const t = thresholdFor(p, 0.02);
    const errors = Array.from({ length: 1000 }, (_, i) => i / 1000);
    expect(errors.filter((e) => scoreOf(p, e) > t).length).toBeGreaterThanOrEqual(19);
    expect(errors.filter((e) => scoreOf(p, e) > t).length).toBeLessThanOrEqual(21);
  });
});
