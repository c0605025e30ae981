import type { LoadedModel } from './anomaly-model';
import { kindOf } from './calibration';
import { atThreshold, averagePrecision, rocAuc } from './metrics';
import type { ClaimSet } from './read-claims';

// Evaluation on a labelled (generated) file: overall and per injected pattern. Per pattern, ROC-AUC is that
// pattern's claims against the clean ones, and recall is the share of them flagged at the threshold.
// A baseline without the network (mean squared peer z-score) is reported beside it, so the autoencoder
// has to earn its place.

/**
 * Patterns that show in a claim's own figures (DOMAIN.md: swapped items, outlier cost, phantom and
 * low-standard stays) — what a per-claim anomaly model can see. The rest (waiting period, split stays,
 * duplicates across claims, restricted items, upcoding…) are the rules' job; they are still reported.
 */
export const STATISTICAL_PATTERNS = ['swapped_items', 'outlier_cost_high', 'outlier_cost_low', 'phantom_stay', 'low_standard_admission'];

export interface PatternReport {
  n: number;
  rocAuc: number;
  recall: number;
}

/** Alert rate of the model per kind of peer group (drg, adrg, dx, visit, …) and the groups that alert most. */
export interface PeerGroupAlerts {
  byKind: Record<string, { claims: number; flagged: number; alertRate: number }>;
  /** Groups with at least 100 claims, highest alert rate first (at most 8). */
  highest: { group: string; claims: number; flagged: number; alertRate: number }[];
}

export interface Evaluation {
  modelVersion: string;
  claims: number;
  positives: number;
  skipped: number;
  threshold: number;
  alertRate: number;
  overall: { rocAuc: number; prAuc: number; precision: number; recall: number; flagged: number; flagRate: number };
  statistical: { patterns: string[]; rocAuc: number; prAuc: number; precision: number; recall: number };
  baseline: { name: string; rocAuc: number; prAuc: number; statisticalRocAuc: number };
  cleanFlagRate: number;
  perPattern: Record<string, PatternReport>;
  peerGroups: PeerGroupAlerts;
  /** The same on the clean claims only: what the calibration bounds (no group of ordinary claims above the alert rate). */
  cleanPeerGroups: PeerGroupAlerts;
  /**
   * Of the claims the model flags, the share no rule finding (warn or block) would send to review as well:
   * what the model alone adds to the queue (all claims, and clean ones). Null when rules were not run.
   */
  anomalyOnly: { flagged: number; modelOnly: number; share: number; cleanFlagged: number; cleanModelOnly: number; cleanShare: number } | null;
}

function peerGroupAlerts(groups: readonly string[], flagged: readonly boolean[]): PeerGroupAlerts {
  const byKind: PeerGroupAlerts['byKind'] = {};
  const byGroup = new Map<string, { claims: number; flagged: number }>();
  groups.forEach((g, i) => {
    const kind = kindOf(g);
    const k = (byKind[kind] ??= { claims: 0, flagged: 0, alertRate: 0 });
    k.claims++;
    const e = byGroup.get(g) ?? byGroup.set(g, { claims: 0, flagged: 0 }).get(g)!;
    e.claims++;
    if (flagged[i]) {
      k.flagged++;
      e.flagged++;
    }
  });
  for (const k of Object.values(byKind)) k.alertRate = r4(k.flagged / k.claims);
  const highest = [...byGroup.entries()]
    .filter(([, e]) => e.claims >= 100)
    .map(([group, e]) => ({ group, ...e, alertRate: r4(e.flagged / e.claims) }))
    .sort((a, b) => b.alertRate - a.alertRate || (a.group < b.group ? -1 : 1))
    .slice(0, 8);
  return { byKind, highest };
}

const r4 = (x: number) => (Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : x);

/** `ruleFlagged[i]`: claim i has a rule finding of severity warn or block (optional: the anomaly-only share needs it). */
export async function evaluateModel(model: LoadedModel, set: ClaimSet, ruleFlagged?: readonly boolean[]): Promise<Evaluation> {
  const rows = await model.scoreRows(set.claims.map((c) => c.facts));
  const scores = rows.map((r) => r.score);
  const baseline = rows.map((r) => r.z.reduce((s, v) => s + v * v, 0) / r.z.length);
  const labels = set.labels.map((l) => l ?? null);
  const positive = labels.map((l) => l !== null);
  const t = model.threshold;
  const all = atThreshold(scores, positive, t);

  // Statistical subset: those patterns against the clean claims.
  const subIdx = labels.map((l, i) => (l === null || STATISTICAL_PATTERNS.includes(l) ? i : -1)).filter((i) => i >= 0);
  const pick = <T>(xs: readonly T[]) => subIdx.map((i) => xs[i]);
  const stat = atThreshold(pick(scores), pick(positive), t);

  const perPattern: Record<string, PatternReport> = {};
  const patterns = [...new Set(labels.filter((l): l is string => l !== null))].sort();
  for (const p of patterns) {
    const idx = labels.map((l, i) => (l === null || l === p ? i : -1)).filter((i) => i >= 0);
    const s = idx.map((i) => scores[i]);
    const pos = idx.map((i) => labels[i] === p);
    perPattern[p] = { n: pos.filter(Boolean).length, rocAuc: r4(rocAuc(s, pos)), recall: r4(atThreshold(s, pos, t).recall) };
  }
  const clean = labels.map((l, i) => (l === null ? i : -1)).filter((i) => i >= 0);
  const flaggedRows = scores.map((s) => s > t);
  let anomalyOnly: Evaluation['anomalyOnly'] = null;
  if (ruleFlagged) {
    const idx = flaggedRows.map((f, i) => (f ? i : -1)).filter((i) => i >= 0);
    const modelOnly = idx.filter((i) => !ruleFlagged[i]);
    const cleanIdx = idx.filter((i) => labels[i] === null);
    const cleanModelOnly = cleanIdx.filter((i) => !ruleFlagged[i]);
    anomalyOnly = {
      flagged: idx.length,
      modelOnly: modelOnly.length,
      share: r4(modelOnly.length / Math.max(1, idx.length)),
      cleanFlagged: cleanIdx.length,
      cleanModelOnly: cleanModelOnly.length,
      cleanShare: r4(cleanModelOnly.length / Math.max(1, cleanIdx.length)),
    };
  }
  return {
    modelVersion: model.version,
    claims: rows.length,
    positives: positive.filter(Boolean).length,
    skipped: set.skipped,
    threshold: r4(t),
    alertRate: model.alertRate,
    overall: {
      rocAuc: r4(rocAuc(scores, positive)),
      prAuc: r4(averagePrecision(scores, positive)),
      precision: r4(all.precision),
      recall: r4(all.recall),
      flagged: all.flagged,
      flagRate: r4(all.flagged / Math.max(1, rows.length)),
    },
    statistical: {
      patterns: STATISTICAL_PATTERNS,
      rocAuc: r4(rocAuc(pick(scores), pick(positive))),
      prAuc: r4(averagePrecision(pick(scores), pick(positive))),
      precision: r4(stat.precision),
      recall: r4(stat.recall),
    },
    baseline: {
      name: 'mean squared peer z-score (no network)',
      rocAuc: r4(rocAuc(baseline, positive)),
      prAuc: r4(averagePrecision(baseline, positive)),
      statisticalRocAuc: r4(rocAuc(pick(baseline), pick(positive))),
    },
    cleanFlagRate: r4(clean.filter((i) => scores[i] > t).length / Math.max(1, clean.length)),
    perPattern,
    peerGroups: peerGroupAlerts(rows.map((r) => r.group), flaggedRows),
    cleanPeerGroups: peerGroupAlerts(clean.map((i) => rows[i].group), clean.map((i) => flaggedRows[i])),
    anomalyOnly,
  };
}
