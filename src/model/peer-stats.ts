import type { ClaimFacts } from '../enrich/facts';
import { courseNorm } from './course-context';
import { claimBasics, enrichedNorm, extractFeatures, FEATURES, type GroupNorm } from './features';

// Peer groups and robust normalisation. A claim is compared with claims like it, in its clinical context:
// a stay with the stays of its computed DRG and age band when the training data holds enough of them, else its
// DRG, ADRG, the medical / procedural / surgical part of its MDC, the MDC; a visit with the visits of its type
// for the same diagnosis category (dialysis with dialysis, antenatal care with antenatal care); then visit type ×
// hospital level, visit type, and finally everyone. Only the clinically comparable groups (DRG to MDC part,
// diagnosis category) may judge a claim's level, and its money only down to the ADRG (fraud-signal.ts): the coarse
// fallbacks mix purposes, an MDC part's ADRGs many-fold different weights.
// Visits are also conditioned by the knowledge tables: see features.ts, "explained" lines. Per group and feature
// we keep the median and a robust scale (IQR / 1.349, floored), and the group's median LOS and cost as the
// "group norm" where the enrichment has none.
// Saved as normalization.json beside the model.

export interface PeerGroupStats {
  count: number;
  median: number[];
  scale: number[];
  /** Median LOS (inpatients of the group; 0 when none) and median total cost, yuan. */
  norm: GroupNorm;
}

export interface PeerStats {
  features: string[];
  /** Fewest training claims a group needs to be used; fewer falls back along the chain. */
  minCount: number;
  /** |z| is clipped here so one absurd value cannot swamp the reconstruction error. */
  clip: number;
  /**
   * Features where only a value above the peers can be a fraud signal (HIGH_ONLY); below the peers their z is 0.
   * Absent in models trained before it existed (then every feature is two-sided).
   */
  highOnly?: string[];
  groups: Record<string, PeerGroupStats>;
}

/** Most specific first. Uses the grouping the service computed (not the reported DRG, which upcoding forges). */
export function peerChain(f: ClaimFacts): string[] {
  const chain: string[] = [];
  const g = f.grouping;
  if (f.inpatient && g && g.status === 'grouped') {
    chain.push(`drg:${g.drg}|${ageBand(f.ageYears)}`, `drg:${g.drg}`, `adrg:${g.adrg}`, `mdc:${g.mdc}|${adrgType(g.adrg)}`, `mdc:${g.mdc}`);
  }
  const dx = diagnosisCategory(f.principalDiagnosis);
  if (!f.inpatient && dx) chain.push(`dx:${f.visitType}|${dx}`);
  chain.push(`visit:${f.visitType}|L${f.hospitalLevel}`, `visit:${f.visitType}`, 'all');
  return chain;
}

/**
 * The kind of care an ADRG stands for, from its second letter (CHS-DRG 分组方案: A–J 外科手术, K–Q 非手术室操作,
 * R–Z 内科): a conservative stay is compared with conservative stays of its MDC, not with operations.
 */
export function adrgType(adrg: string): 'surgical' | 'procedure' | 'medical' {
  const c = adrg.charAt(1);
  return c <= 'J' ? 'surgical' : c <= 'Q' ? 'procedure' : 'medical';
}

/** ICD-10 category (3 characters, e.g. N18, Z34, E11) of a visit's principal diagnosis: what the visit is for. */
export function diagnosisCategory(code: string | null | undefined): string | null {
  const m = /^[A-Z]\d{2}/.exec((code ?? '').toUpperCase());
  return m ? m[0] : null;
}

/** Children, working-age adults and the elderly are treated differently within one DRG. */
export function ageBand(age: number): string {
  return age < 14 ? 'child' : age < 65 ? 'adult' : 'elderly';
}

export function peerGroupOf(stats: PeerStats, f: ClaimFacts): string {
  for (const key of peerChain(f)) if (stats.groups[key]) return key;
  return 'all';
}

/** The group's norm: the enrichment's norms table first, the training peers second (before a course stretches it). */
export function groupNorm(stats: Pick<PeerStats, 'groups'>, group: string, f: ClaimFacts): GroupNorm {
  const table = enrichedNorm(f);
  const peers = stats.groups[group]?.norm ?? { los: 1, cost: 1 };
  return { los: table.los ?? peers.los, cost: table.cost ?? peers.cost };
}

/** Group norm for the *_vs_norm features: groupNorm, stretched over a documented standard course's days (course-context.ts). */
export function normFor(stats: Pick<PeerStats, 'groups'>, group: string, f: ClaimFacts): GroupNorm {
  return courseNorm(f, groupNorm(stats, group, f));
}

/**
 * Smallest scale per feature kind: the smallest difference worth one robust SD. Generated peer groups are far
 * more uniform than real ones (an IQR of 0.02 in a share), and a floor that small made one added routine test
 * or a double dose 8 SDs away. So: 5 points of a share, ±15% of a money or count figure (log scale), ±20% of a
 * ratio, half a flag (a weekend admission is 2 SDs, not 4), 5 years of age.
 */
const MIN_SCALE: Record<string, number> = { share: 0.05, flag: 0.5, years: 5, yuan: 0.15, count: 0.15, ratio: 0.2, days: 0.5 };

/**
 * Features whose low side is no fraud signal: paying less from the fund, fewer unknown codes, less above the
 * price cap or catalogue support, fewer unsupported or 丙 lines, a smaller largest quantity. Below the peers they
 * say nothing, so their z is floored at 0 (an unusual but harmless claim, e.g. one below the deductible with a fund
 * share of 0, is not an outlier for it).
 */
export const HIGH_ONLY: readonly string[] = [
  'fund_share',
  'unknown_code_share',
  'policy_excess_share',
  'price_excess_share',
  'unsupported_share',
  'class_bing_share',
  'max_quantity_ratio',
];

function median(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return 0;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

function quantile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function robustScale(sorted: Float64Array, kindFloor: number): number {
  const iqr = (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / 1.349;
  let sd = 0;
  if (sorted.length > 1) {
    let m = 0;
    for (const v of sorted) m += v;
    m /= sorted.length;
    for (const v of sorted) sd += (v - m) ** 2;
    sd = Math.sqrt(sd / (sorted.length - 1));
  }
  // Half the SD backs up an IQR of 0 (a feature that is mostly one value, e.g. a rarely non-zero share).
  return Math.max(iqr, 0.5 * sd, kindFloor);
}

/** Indices of claims per group key (a claim belongs to every key on its chain). */
function membersByKey(facts: readonly ClaimFacts[]): Map<string, number[]> {
  const members = new Map<string, number[]>();
  facts.forEach((f, i) => {
    for (const key of peerChain(f)) (members.get(key) ?? members.set(key, []).get(key)!).push(i);
  });
  return members;
}

/**
 * Fits the peer statistics on training claims and returns them with each claim's feature vector (so the
 * trainer does not extract twice). Two passes: the group norms of LOS and cost first (the *_vs_norm
 * features need them), then the per-group feature medians and scales.
 */
export function fitPeerStats(
  facts: readonly ClaimFacts[],
  opts: { minCount?: number; clip?: number } = {},
): { stats: PeerStats; features: Float64Array[] } {
  const minCount = opts.minCount ?? 30;
  const clip = opts.clip ?? 8;
  const members = membersByKey(facts);
  const keys = [...members.keys()].filter((k) => k === 'all' || members.get(k)!.length >= minCount).sort();
  const basics = facts.map(claimBasics);
  const groups: Record<string, PeerGroupStats> = {};
  for (const key of keys) {
    const idx = members.get(key)!;
    const los = Float64Array.from(idx.filter((i) => basics[i].inpatient), (i) => basics[i].los).sort();
    const cost = Float64Array.from(idx, (i) => basics[i].total).sort();
    groups[key] = { count: idx.length, median: [], scale: [], norm: { los: median(los), cost: median(cost) } };
  }
  const partial: PeerStats = { features: FEATURES.map((d) => d.name), minCount, clip, highOnly: [...HIGH_ONLY], groups };
  const features = facts.map((f) => extractFeatures(f, normFor(partial, peerGroupOf(partial, f), f)));
  for (const key of keys) {
    const idx = members.get(key)!;
    const g = groups[key];
    FEATURES.forEach((def, j) => {
      const col = Float64Array.from(idx, (i) => features[i][j]).sort();
      g.median.push(median(col));
      g.scale.push(robustScale(col, MIN_SCALE[def.display]));
    });
  }
  return { stats: partial, features };
}

/** Robust z-scores of a feature vector against its peer group, clipped. */
export function normalize(stats: PeerStats, group: string, x: Float64Array, out: Float32Array, offset = 0): void {
  const g = stats.groups[group];
  const low = lowerBounds(stats);
  for (let j = 0; j < x.length; j++) {
    const z = (x[j] - g.median[j]) / g.scale[j];
    out[offset + j] = Math.max(low[j], Math.min(stats.clip, z));
  }
}

const lowerBoundsCache = new WeakMap<PeerStats, Float64Array>();

/** Per feature, the lowest z: −clip, or 0 for the HIGH_ONLY features the model was trained with. */
function lowerBounds(stats: PeerStats): Float64Array {
  let low = lowerBoundsCache.get(stats);
  if (!low) {
    const high = new Set(stats.highOnly ?? []);
    low = Float64Array.from(stats.features, (name) => (high.has(name) ? 0 : -stats.clip));
    lowerBoundsCache.set(stats, low);
  }
  return low;
}
