// Empirical-Bayes shrinkage for small volumes: a provider's rate is pulled towards its peers' rate by a prior
// worth `strength` claims, so one flagged claim out of one is not "100%, 14× the peers". Rankings and
// provider patterns use these same functions.
//
// Shares and rates (beta-binomial): with the peers' rate p as the prior mean and a prior worth m claims,
// the posterior mean of a provider with x of n claims is (x + m·p) / (n + m).
// Means (normal-normal, e.g. length of stay over its norm): (n·mean + k·μ) / (n + k), k = σ²/τ².
// The prior strength is estimated from the peer group (method of moments: how much the providers' rates
// vary beyond what their volumes alone explain) and kept within [MIN_PRIOR_STRENGTH, MAX_PRIOR_STRENGTH].

/**
 * A provider must have this many claims before its own rate weighs as much as its peers'. A floor, so a
 * group whose few providers happen to differ a lot still does not let a one-claim provider stand alone.
 */
export const MIN_PRIOR_STRENGTH = 10;
/** The prior never outweighs this many claims (a group whose providers look alike). */
export const MAX_PRIOR_STRENGTH = 1000;

const clampStrength = (m: number): number =>
  Number.isFinite(m) ? Math.min(MAX_PRIOR_STRENGTH, Math.max(MIN_PRIOR_STRENGTH, m)) : MAX_PRIOR_STRENGTH;

/** One provider's count of claims with the trait (x) out of its claims (n). */
export interface Proportion {
  x: number;
  n: number;
}

/**
 * Beta prior strength (α + β) for the rates of a peer group, by the method of moments: the spread of the
 * providers' rates beyond binomial noise is the prior's variance p(1−p)/(m+1).
 */
export function betaPriorStrength(units: readonly Proportion[]): number {
  const used = units.filter((u) => u.n > 0);
  const N = used.reduce((s, u) => s + u.n, 0);
  if (used.length < 2 || N === 0) return MAX_PRIOR_STRENGTH;
  const p = used.reduce((s, u) => s + u.x, 0) / N;
  if (p <= 0 || p >= 1) return MAX_PRIOR_STRENGTH;
  // Volume-weighted spread of the rates, minus the part binomial sampling alone gives.
  const spread = used.reduce((s, u) => s + u.n * (u.x / u.n - p) ** 2, 0) / N;
  const noise = (p * (1 - p) * used.length) / N;
  const between = spread - noise;
  if (between <= 0) return MAX_PRIOR_STRENGTH;
  return clampStrength((p * (1 - p)) / between - 1);
}

/** Posterior mean of a rate: x of n with a prior of mean `prior` worth `strength` claims. */
export function shrinkRate(x: number, n: number, prior: number, strength: number): number {
  return (x + strength * prior) / (n + strength);
}

/** One provider's values of a measure: how many, their sum and sum of squares. */
export interface MeanStats {
  n: number;
  sum: number;
  sumSq: number;
}

/**
 * Normal-normal prior strength k = σ²/τ² for the means of a peer group: σ² the pooled variance of single
 * values within providers, τ² the variance of the providers' true means (spread of their means beyond σ²/n).
 */
export function normalPriorStrength(units: readonly MeanStats[]): number {
  const used = units.filter((u) => u.n > 0);
  const N = used.reduce((s, u) => s + u.n, 0);
  if (used.length < 2 || N <= used.length) return MAX_PRIOR_STRENGTH;
  const within = used.reduce((s, u) => s + (u.sumSq - (u.sum * u.sum) / u.n), 0) / (N - used.length);
  const mu = used.reduce((s, u) => s + u.sum, 0) / N;
  const spread = used.reduce((s, u) => s + u.n * (u.sum / u.n - mu) ** 2, 0) / N;
  const between = spread - (within * used.length) / N;
  if (within <= 0) return MIN_PRIOR_STRENGTH;
  if (between <= 0) return MAX_PRIOR_STRENGTH;
  return clampStrength(within / between);
}

/** Posterior mean of a provider's mean: n values averaging `mean`, prior mean `prior` worth `strength` values. */
export function shrinkMean(mean: number, n: number, prior: number, strength: number): number {
  return (n * mean + strength * prior) / (n + strength);
}
