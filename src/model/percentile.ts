// Reconstruction error → 0–1 score: the error's percentile among the training claims' errors. Kept as
// 1,001 quantiles (threshold.json), interpolated. Beyond the largest training error the score keeps rising
// towards 1 (never reaching it), so the most extreme claims still rank among themselves.

export interface ErrorPercentiles {
  /** Training claims behind the quantiles. */
  n: number;
  /** quantiles[i] = training error at p = i / (length − 1). */
  quantiles: number[];
}

export function errorPercentiles(errors: ArrayLike<number>, points = 1001): ErrorPercentiles {
  const sorted = Float64Array.from(errors).sort();
  const n = sorted.length;
  const quantiles: number[] = [];
  for (let i = 0; i < points; i++) {
    const pos = ((n - 1) * i) / (points - 1);
    const lo = Math.floor(pos);
    const hi = Math.min(n - 1, lo + 1);
    quantiles.push(n ? sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo) : 0);
  }
  return { n, quantiles };
}

export function scoreOf(p: ErrorPercentiles, error: number): number {
  const q = p.quantiles;
  const last = q.length - 1;
  const squeeze = p.n / (p.n + 1);
  if (!(error > q[0])) return 0;
  if (error >= q[last]) return 1 - q[last] / error / (p.n + 1);
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (q[mid] <= error) lo = mid;
    else hi = mid;
  }
  const frac = q[hi] > q[lo] ? (error - q[lo]) / (q[hi] - q[lo]) : 0;
  return ((lo + frac) / last) * squeeze;
}

/** Score above which a claim goes to review: `alertRate` of the ordinary training claims' (calibrated) errors lie above it. */
export function thresholdFor(p: ErrorPercentiles, alertRate: number): number {
  return (1 - alertRate) * (p.n / (p.n + 1));
}
