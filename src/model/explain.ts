import type { Hit } from '../contract/verdict';
import { displayValue, FEATURES, type FeatureDef } from './features';

// Why the model finds a claim unusual: the features it could least rebuild, each with the claim's value and
// the peer-group median, e.g. "药品费占比 0.81，同组中位数 0.35". The hit carries the model version so a
// case can be re-explained later from models/<version>/.

// A label is how an investigator reads a feature, not what it means: the labels of features.ts by name, so a
// model whose features.json was saved with older (English) labels still explains itself in Chinese.
const LABELS = new Map(FEATURES.map((f) => [f.name, f.label]));

export function featureLabel(def: Pick<FeatureDef, 'name' | 'label'>): string {
  return LABELS.get(def.name) ?? def.label;
}

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
      label: featureLabel(def),
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

// A flag's stored value stays yes/no (the console reads it); the sentence says it in words.
const FLAG_WORD: Record<string, string> = { yes: '是', no: '否' };

export function sentence(c: Contribution): string {
  return `${c.label} ${FLAG_WORD[c.value] ?? c.value}，同组中位数 ${FLAG_WORD[c.peerMedian] ?? c.peerMedian}`;
}

/**
 * A stored anomaly hit's evidence with today's labels (cases saved before the labels were Chinese): the top
 * features keyed by their stable machine name; anything else as it was.
 */
export function withCurrentLabels(evidence: Record<string, unknown>): Record<string, unknown> {
  const top = evidence.top;
  if (!Array.isArray(top)) return evidence;
  return {
    ...evidence,
    top: top.map((t) => (t && typeof t === 'object' && typeof t.feature === 'string' ? { ...t, label: featureLabel({ name: t.feature, label: t.label }) } : t)),
  };
}

export function anomalyHit(e: Explanation): Hit {
  return {
    ruleId: 'anomaly.autoencoder',
    family: 'anomaly',
    severity: 'warn',
    message: `与同组相比异常（同组 ${e.peerGroup}，异常分 ${e.score.toFixed(3)}）：${e.top.map(sentence).join('；')}`,
    lineIds: [],
    amount: null,
    evidence: { ...e },
  };
}
