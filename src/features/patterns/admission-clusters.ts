import table from './admission-clusters.json';
import type { PatternClaim, PatternPeriod } from './pattern-store';
import { betaPriorStrength, shrinkRate } from './shrink';
import { underAny } from '../../contract/code-prefix';
import { lowSeverityDrg } from '../../contract/drg-severity';
import { FAMILY_ALPHA, poissonUpperTail } from './significance';

// Admission clusters (集中诱导住院): a provider admitting many elderly members with vague or low-severity principal
// diagnoses within a few days of each other. One such stay looks ordinary; the cluster is the signal. Per provider
// the candidate admissions (elderly, low severity) of the period are its volume; its peak window is the run of
// `windowDays` days holding the most of them beyond the baseline, and the rate compared is the share of its
// volume admitted in that window, shrunk towards its peer group (shrink.ts) and held against the peers' share of
// theirs in the same calendar days, so a season every hospital of the region feels is not one hospital's cluster.
// The peak must also be beyond chance for the number of windows scanned (significance.ts).
// The excess (admissions beyond that share of its own volume) is counted against an even spread at least, so a
// week the peers happen to be quiet does not make an ordinary week a cluster.
// Settings and the diagnosis list: admission-clusters.json (SAMPLE values, sources there).

export interface ClusterSettings {
  windowDays: number;
  minAge: number;
  factor: number;
  minExcess: number;
  minCluster: number;
  /** ICD-10 医保版 prefixes of vague or low-severity admission diagnoses. */
  diagnoses: readonly string[];
  /** Codes under those prefixes whose admission has its own reason (a hypertensive emergency), upper case as the diagnosis is compared. */
  notDiagnoses: readonly string[];
}

export const CLUSTER_DEFAULTS: ClusterSettings = {
  windowDays: table.windowDays.value,
  minAge: table.minAge.value,
  factor: table.factor.value,
  minExcess: table.minExcess.value,
  minCluster: table.minCluster.value,
  diagnoses: table.diagnoses.rows.map((r) => r.prefix),
  notDiagnoses: table.notDiagnoses.rows.map((r) => r.code.toUpperCase()),
};

/** A peak window's figures for one provider, as the finding states them. */
export interface ClusterResult<U> {
  unit: U;
  /** Candidate admissions in the window (count) and in the period (volume). */
  count: number;
  volume: number;
  shrunk: number;
  /** The peers' share of their candidate admissions in the same window. */
  peerRate: number;
  strength: number;
  /** The peak window's count beyond chance: P(≥ count) against the baseline, before the windows' correction. */
  p: number;
  window: { from: string; to: string };
  admissions: PatternClaim[];
}

/** Admissions the peers' share is given in every window of the period before their own are counted (Jeffreys: ½). */
export const PEER_PRIOR_PER_WINDOW = 0.5;

const DAY_MS = 86_400_000;
const dayNo = (iso: string) => Math.round(Date.parse(iso) / DAY_MS);
const isoOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * Whether a claim is a candidate admission: an inpatient stay of a member of minAge or older whose principal
 * diagnosis is on the list, and — when grouped — in a medical DRG without MCC or CC; not ending in death or
 * transfer. A stay of real severity (an operation, a complication) is never one, however many arrive together.
 */
export function isClusterCandidate(c: PatternClaim, s: ClusterSettings): boolean {
  if (c.visitType !== 'inpatient' || c.ageYears === null || c.ageYears < s.minAge || !c.principalDiagnosis) return false;
  if (c.dischargeMode === 'death' || c.dischargeMode === 'transfer') return false;
  if (c.drg !== null && !lowSeverityDrg(c.drg)) return false;
  const dx = c.principalDiagnosis.toUpperCase();
  return underAny(dx, s.diagnoses) && !underAny(dx, s.notDiagnoses);
}


/** Number of sorted day numbers in [from, from + w − 1]. */
function countIn(days: readonly number[], from: number, w: number): number {
  return upper(days, from + w - 1) - upper(days, from - 1);
}
/** Index of the first value above x in a sorted array. */
function upper(days: readonly number[], x: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The providers of one peer group whose peak window stands out; `units` carry the period's claims. */
export function clusterFindings<U extends { claims: readonly PatternClaim[] }>(
  units: readonly U[],
  period: PatternPeriod,
  s: ClusterSettings,
): ClusterResult<U>[] {
  const cand = units.map((u) => u.claims.filter((c) => isClusterCandidate(c, s)).sort((a, b) => a.serviceDate.localeCompare(b.serviceDate) || a.claimId.localeCompare(b.claimId)));
  const days = cand.map((list) => list.map((c) => dayNo(c.serviceDate)));
  const all = days.flat().sort((a, b) => a - b);
  const N = all.length;
  const periodDays = dayNo(period.to) - dayNo(period.from) + 1;
  // Admissions spread evenly give each window this share: a quiet week among the peers is no baseline.
  const even = Math.min(1, s.windowDays / periodDays);
  const out: ClusterResult<U>[] = [];
  // The peers' share in a window is read with half an admission added to every window of the period (Jeffreys'
  // prior over the windows): "none" over few is not 0, one of one is not 100%, and peers with few or no such
  // admissions show no season to discount, their share tending to an even spread.
  const prior = PEER_PRIOR_PER_WINDOW / even;
  units.forEach((u, i) => {
    const n = days[i].length;
    const peersN = N - n;
    if (n < s.minCluster) return;
    let best: { from: number; x: number; X: number; peers: number; excess: number } | null = null;
    for (const from of new Set(days[i])) {
      const x = countIn(days[i], from, s.windowDays);
      const X = countIn(all, from, s.windowDays);
      const peers = (X - x + PEER_PRIOR_PER_WINDOW) / (peersN + prior);
      const excess = x - n * Math.max(peers, even);
      if (!best || excess > best.excess) best = { from, x, X, peers, excess };
    }
    if (!best || best.x < s.minCluster || best.excess < s.minExcess) return;
    // Beyond chance: the peak is the best of the windows scanned (one per admission day), so its count is tested
    // against the baseline at FAMILY_ALPHA shared over them (Bonferroni): a big hospital's busy week is no cluster.
    const p = poissonUpperTail(best.x, n * Math.max(best.peers, even));
    if (p > FAMILY_ALPHA / new Set(days[i]).size) return;
    const w = best.from;
    const strength = betaPriorStrength(days.map((d) => ({ x: countIn(d, w, s.windowDays), n: d.length })));
    const shrunk = shrinkRate(best.x, n, best.X / N, strength);
    if (shrunk < s.factor * best.peers) return;
    const to = w + s.windowDays - 1;
    out.push({
      unit: u,
      count: best.x,
      volume: n,
      shrunk,
      peerRate: best.peers,
      strength,
      p,
      window: { from: isoOf(w), to: isoOf(to) },
      admissions: cand[i].filter((c) => dayNo(c.serviceDate) >= w && dayNo(c.serviceDate) <= to),
    });
  });
  return out;
}
