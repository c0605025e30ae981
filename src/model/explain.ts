import type { Hit } from '../contract/verdict';
import { displayValue, type FeatureDef } from './features';

// Why the model finds a claim unusual: the features it could least rebuild, each with the claim's value and
// the peer-group median, e.g. "drug share 0.81 vs peer median 0.35". The hit carries the model version so a
// case can be re-explained later from models/<version>/.

export interface Contribution {
  feature: string;
  label: string;
  value: string;
  peerMedian: string;
  /** Robust z-score against the peer group (clipped). */
  z: number;
  /** Share of the claim's reconstruction error from this feature. */
  share: number;
}

export interface Explanation {
  modelVersion: string;
  score: number;
  threshold: number;
  error: number;
  peerGroup: string;
  peerCount: number;
  top: Contribution[];
}

export function explainRow(
  defs: readonly FeatureDef[],
  x: ArrayLike<number>,
  z: ArrayLike<number>,
  sq: ArrayLike<number>,
  median: readonly number[],
  topN = 3,
  /** Features whose fraud-direction deviation backs the alert (fraud-signal.ts): named first. */
  signals: readonly string[] = [],
): Contribution[] {
  let total = 0;
  for (let j = 0; j < sq.length; j++) total += sq[j];
  const all = defs.map((def, j) => ({
      feature: def.name,
      label: def.label,
      value: displayValue(def, x[j]),
      peerMedian: displayValue(def, median[j]),
      z: Math.round(z[j] * 100) / 100,
      share: total > 0 ? Math.round((sq[j] / total) * 1000) / 1000 : 0,
    }));
  // The network can rebuild a perfectly ordinary value badly because of the others; naming it ("drug share
  // 0.00 vs peer median 0.00") explains nothing, so features at least one robust SD from the peers go first.
  const apart = all.filter((c) => Math.abs(c.z) >= 1);
  const lead = signals.map((name) => all.find((c) => c.feature === name)!).filter(Boolean);
  const rest = (apart.length ? apart : all).filter((c) => !signals.includes(c.feature)).sort((a, b) => b.share - a.share);
  return [...lead, ...rest].slice(0, topN);
}

export function sentence(c: Contribution): string {
  return `${c.label} ${c.value} vs peer median ${c.peerMedian}`;
}

export function anomalyHit(e: Explanation): Hit {
  return {
    ruleId: 'anomaly.autoencoder',
    family: 'anomaly',
    severity: 'warn',
    message: `unusual against peers (${e.peerGroup}, score ${e.score.toFixed(3)}): ${e.top.map(sentence).join('; ')}`,
    lineIds: [],
    amount: null,
    evidence: { ...e },
  };
}
