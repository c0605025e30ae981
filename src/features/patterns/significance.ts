import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import gammainc from '@stdlib/math-base-special-gammainc';

// Whether a provider's excess over its peers is more than chance, and how many chances it had.
//
// A provider is compared on many measures at once (every costly item it bills, the upcoding, 低倍率 and
// readmission rates, the length of stay): with 30 items at a 5% level an ordinary hospital would carry a finding
// more often than not. So the tests of one provider are one family, and a finding needs its p-value at or below
// FAMILY_ALPHA ÷ (the provider's number of tests) (Bonferroni): the chance that an ordinary provider carries any
// finding of these measures stays at or below FAMILY_ALPHA. Only tests that could become a finding (volume and
// count minimums met) are counted, as Tarone (1990, Biometrics 46:515) counts only the tests able to reach
// significance.

/** SAMPLE: the chance an ordinary provider carries any finding of the share and length-of-stay measures, at most. */
export const FAMILY_ALPHA = 0.05;

/**
 * P(X ≥ x) for X ~ Poisson(mean): the chance of x or more claims with the trait when the peers' rate gives
 * `mean` on average. For a sum of claims with different rates (a Poisson-binomial) the Poisson with the same
 * mean has the larger upper tail, so the test errs towards no finding.
 */
export function poissonUpperTail(x: number, mean: number): number {
  if (x <= 0) return 1;
  if (mean <= 0) return 0;
  // P(X ≥ x) is the regularized lower incomplete gamma P(x, mean), computed directly: 1 − CDF cancels to 0 for a
  // far excess (a p-value of 0 in the findings), where this keeps its size (1e-60).
  return gammainc(mean, x);
}

/** P(Z ≥ z) for a standard normal Z (by symmetry, the lower tail at −z: no cancellation for large z). */
export function normalUpperTail(z: number): number {
  return normalCdf(-z, 0, 1);
}

/** Above this many steps (claims × count) the exact tail gives way to the Poisson's, which errs towards no finding. */
export const EXACT_TAIL_STEPS = 4_000_000;

/**
 * P(X ≥ x) for X the number of claims with the trait when each claim has it with its own rate (a Poisson-binomial:
 * the peers' rate in the claim's context). Exact: where the peers put an item on every stay of a context, those
 * stays add their count and no chance; the Poisson with the same mean gives each of them a variance of 1 and
 * hides an excess in the other contexts. Beyond EXACT_TAIL_STEPS, the Poisson tail.
 */
export function poissonBinomialUpperTail(x: number, rates: readonly number[]): number {
  if (x <= 0) return 1;
  if (x > rates.length) return 0;
  if (rates.length * x > EXACT_TAIL_STEPS) return poissonUpperTail(x, rates.reduce((a, b) => a + b, 0));
  // p[k]: the chance of k claims so far, k < x; p[x] gathers x or more.
  const p = new Float64Array(x + 1);
  p[0] = 1;
  for (const r of rates) {
    const q = Math.min(1, Math.max(0, r));
    p[x] += p[x - 1] * q;
    for (let k = x - 1; k > 0; k--) p[k] = p[k] * (1 - q) + p[k - 1] * q;
    p[0] *= 1 - q;
  }
  return Math.min(1, p[x]);
}
