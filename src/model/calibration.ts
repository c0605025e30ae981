// Per-peer-group calibration of the reconstruction error, fitted on ordinary claims: the training claims labelled
// clean where the file carries labels (generated data), else all of them.
//
// Peer groups differ in how varied their ordinary claims are: stays (a DRG of many kinds of stays, emergency
// work-ups) reconstruct far worse than visits, and one global threshold sent stays to review at several times
// the alert rate (one DRG × age group at 20.9%). So each claim's error is divided by its group's scale before
// it is read as a percentile:
//  - per kind of group (the level of the peer chain: DRG × age band, DRG, ADRG, MDC, visit type × level, …), the
//    ratio of the kind's error quantile at 1 − alertRate to the global one: the tail of the kind is brought to the
//    global tail (stays falling back to a mixed MDC group vary far more than those with a DRG × age group);
//  - per group within its kind, the ratio of its CALIBRATION_QUANTILE (a quantile a 30-claim group estimates) to
//    the kind's, shrunk towards 1 with weight n / (n + SHRINKAGE), so a few odd claims cannot move it far.
// Both factors are at least 1: a group more uniform than the rest is not made more sensitive. Forcing every group
// up to the alert rate was tried: it filled the uniform visit groups' quota with claims whose error is small in
// absolute terms (a monthly refill, a plain cardiac work-up). So the alert rate is the most any group of
// ordinary claims is flagged at; overall the share is lower (reported by `model evaluate` and `evaluate`).

/** The within-kind quantile whose per-group value is matched to the kind's. */
export const CALIBRATION_QUANTILE = 0.9;
/** Calibration claims at which a group's own scale counts half. */
export const SHRINKAGE = 100;

export interface GroupCalibration {
  quantile: number;
  shrinkage: number;
  /** The alert rate whose quantile set the kinds' scales. */
  alertRate: number;
  /** Claims the calibration was fitted on (ordinary claims). */
  claims: number;
  /** Scale per kind of group (kindOf), ≥ 1. */
  kindScale: Record<string, number>;
  /** Error scale (≥ 1, kind included) per peer group; a group not listed uses its kind's scale. */
  scale: Record<string, number>;
}

/**
 * The level of the peer chain a group belongs to: "drg:ES35|child" → "drg×age", "mdc:MDCI|medical" → "mdc×type",
 * "dx:outpatient|N18" → "dx", "visit:chronic|L2" → "visit×level", else the prefix (drg, adrg, mdc, visit, all). A stay that falls back to its MDC is compared with a mixed group,
 * and its kind's scale says how much more its errors vary.
 */
export function kindOf(group: string): string {
  const [prefix] = group.split(':');
  if (group.includes('|')) return prefix === 'drg' ? 'drg×age' : prefix === 'mdc' ? 'mdc×type' : prefix === 'dx' ? 'dx' : `${prefix}×level`;
  return prefix;
}

function quantileOf(xs: readonly number[], p: number): number {
  const s = Float64Array.from(xs).sort();
  if (s.length === 0) return 0;
  const pos = (s.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.min(s.length - 1, lo + 1);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

const ratioAtLeast1 = (own: number, ref: number) => (own > 0 && ref > 0 ? Math.max(1, own / ref) : 1);
const round6 = (x: number) => Number(x.toPrecision(6));

/** Scales per kind and group from the errors of ordinary claims (`groups[i]` is the peer group claim i was scored in). */
export function fitCalibration(groups: readonly string[], errors: ArrayLike<number>, ordinary: readonly boolean[], alertRate: number): GroupCalibration {
  const all: number[] = [];
  const byKind = new Map<string, number[]>();
  const byGroup = new Map<string, number[]>();
  groups.forEach((g, i) => {
    if (!ordinary[i]) return;
    all.push(errors[i]);
    (byKind.get(kindOf(g)) ?? byKind.set(kindOf(g), []).get(kindOf(g))!).push(errors[i]);
    (byGroup.get(g) ?? byGroup.set(g, []).get(g)!).push(errors[i]);
  });
  const tail = quantileOf(all, 1 - alertRate);
  const kindScale: Record<string, number> = {};
  const kindQ: Record<string, number> = {};
  for (const [k, xs] of [...byKind.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    kindScale[k] = round6(ratioAtLeast1(quantileOf(xs, 1 - alertRate), tail));
    kindQ[k] = quantileOf(xs, CALIBRATION_QUANTILE);
  }
  const scale: Record<string, number> = {};
  for (const [g, xs] of [...byGroup.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const k = kindOf(g);
    const w = xs.length / (xs.length + SHRINKAGE);
    // Shrunk in log space: a group twice as varied and one half as varied move alike.
    const own = Math.exp(w * Math.log(ratioAtLeast1(quantileOf(xs, CALIBRATION_QUANTILE), kindQ[k])));
    if (own > 1) scale[g] = round6(kindScale[k] * own);
  }
  return { quantile: CALIBRATION_QUANTILE, shrinkage: SHRINKAGE, alertRate, claims: all.length, kindScale, scale };
}

/** The error as the percentiles read it: divided by the group's scale (1 for an uncalibrated model). */
export function calibratedError(cal: GroupCalibration | undefined, group: string, error: number): number {
  if (!cal) return error;
  const s = cal.scale[group] ?? cal.kindScale[kindOf(group)] ?? 1;
  return s > 0 ? error / s : error;
}
