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
  // 1 − P(X ≤ x − 1), terms summed in log space so large means do not underflow e^−mean.
  let term = -mean; // log P(X = 0)
  let below = Math.exp(term);
  for (let k = 1; k < x; k++) {
    term += Math.log(mean / k);
    below += Math.exp(term);
  }
  return Math.max(0, 1 - below);
}

/**
 * P(Z ≥ z) for a standard normal Z, from the complementary error function (Numerical Recipes, erfcc: Chebyshev
 * fit, relative error below 1.2e−7 everywhere).
 */
export function normalUpperTail(z: number): number {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const erfc =
    t *
    Math.exp(
      -x * x - 1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return (x >= 0 ? erfc : 2 - erfc) / 2;
}
