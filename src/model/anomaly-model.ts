import type { ClaimFacts, EnrichedClaim } from '../enrich/facts';
import type { ModelFiles } from './artifacts';
import { modelFromFiles } from './autoencoder';
import { denseForward } from './dense-forward';
import { initBackend, tf } from './backend';
import { calibratedError } from './calibration';
import { courseNorm } from './course-context';
import { anomalyHit, explainRow, type Explanation } from './explain';
import { extractFeatures, FEATURE_NAMES } from './features';
import { fraudSignals } from './fraud-signal';
import type { AnomalyModel, ModelScore } from './model';
import { groupNorm, normalize, peerGroupOf } from './peer-stats';
import { scoreOf, thresholdFor } from './percentile';
import { perVisitDateLabels, visitDays } from './visit-days';

// A trained model from its directory, behind the AnomalyModel interface the review pipeline calls.
// The network is built lazily on the first batch (after the backend is up), so loading stays synchronous
// and a reload is one reference swap.

export interface ScoredRow {
  group: string;
  /** Feature values (FEATURES order) and their clipped peer z-scores. */
  x: Float64Array;
  z: Float32Array;
  /** Squared reconstruction error per feature. */
  sq: Float32Array;
  /** Mean squared reconstruction error (before the peer group's calibration). */
  error: number;
  /** The calibrated error's percentile, whatever the deviation behind it. */
  rawScore: number;
  /** Features deviating materially in a fraud direction (fraud-signal.ts), strongest first. */
  signals: string[];
  /** rawScore, capped at the threshold when no fraud signal backs it: only a fraud-meaningful deviation sends a claim to review. */
  score: number;
  /** A visit's distinct service dates (visit-days.ts), which its total cost is read per; 1 for a stay. */
  visitDates: number;
}

export interface LoadedModel extends AnomalyModel {
  files: ModelFiles;
  alertRate: number;
  /** Scores with everything behind them (evaluation, explanation, tests). */
  scoreRows(facts: readonly ClaimFacts[]): Promise<ScoredRow[]>;
  /** Explanation whatever the score: for re-explaining a case later. */
  explain(claims: readonly EnrichedClaim[]): Promise<Explanation[]>;
}

/** Rows per predict call: bounds memory on big files; the pipeline's batches are usually smaller. */
const PREDICT_BATCH = 4096;

export function createAnomalyModel(files: ModelFiles, opts: { alertRate?: number } = {}): LoadedModel {
  const alertRate = opts.alertRate ?? files.threshold.alertRate;
  const threshold = opts.alertRate === undefined ? files.threshold.threshold : thresholdFor(files.threshold, alertRate);
  const d = files.features.length;
  const names = files.features.map((f) => f.name).join(',');
  // Extraction is code: a model whose feature list differs from this build's would read shifted columns.
  if (names !== FEATURE_NAMES.join(',')) {
    throw new Error(`model ${files.meta.version} was trained on features [${names}]; this build extracts [${FEATURE_NAMES.join(',')}]`);
  }
  type Net = { forward: (x: tf.Tensor2D) => tf.Tensor; dispose(): void };
  let net: Promise<Net> | null = null;
  const getNet = () =>
    (net ??= initBackend()
      .then(() => modelFromFiles(files.modelJson, files.weights))
      .then((m): Net => {
        const dense = denseForward(m);
        const dispose = () => {
          dense?.dispose();
          m.dispose();
        };
        return { forward: dense ?? ((x) => m.predict(x) as tf.Tensor), dispose };
      }));
  // Once replaced (dispose), the network is freed whenever no batch is scoring with it.
  let scoring = 0;
  let retired = false;
  const release = () => {
    if (!retired || scoring > 0 || !net) return;
    const built = net;
    net = null;
    built.then((n) => n.dispose(), () => undefined);
  };

  async function scoreRows(facts: readonly ClaimFacts[]): Promise<ScoredRow[]> {
    scoring += 1;
    try {
      return await scoreRowsOnNet(facts);
    } finally {
      scoring -= 1;
      release();
    }
  }

  async function scoreRowsOnNet(facts: readonly ClaimFacts[]): Promise<ScoredRow[]> {
    const n = facts.length;
    if (n === 0) return [];
    const { forward } = await getNet();
    const groups = facts.map((f) => peerGroupOf(files.stats, f));
    const norms = facts.map((f, i) => groupNorm(files.stats, groups[i], f));
    // A claim's visit-dates, read once: the features, the fraud signals' per-visit total and the row's label use it.
    const days = facts.map(visitDays);
    const xs = facts.map((f, i) => extractFeatures(f, courseNorm(f, norms[i]), days[i]));
    const z = new Float32Array(n * d);
    xs.forEach((x, i) => normalize(files.stats, groups[i], x, z, i * d));
    const rows: ScoredRow[] = new Array(n);
    for (let start = 0; start < n; start += PREDICT_BATCH) {
      const m = Math.min(PREDICT_BATCH, n - start);
      const sqT = tf.tidy(() => {
        const input = tf.tensor2d(z.subarray(start * d, (start + m) * d), [m, d]);
        return tf.squaredDifference(input, forward(input));
      });
      // Read synchronously: the backends this runs on (wasm, cpu, tensorflow) hold the result already, and the
      // promise of data() cost a one-claim batch more than the copy.
      const sq = sqT.dataSync() as Float32Array;
      sqT.dispose();
      for (let k = 0; k < m; k++) {
        const i = start + k;
        const rowSq = sq.slice(k * d, k * d + d);
        let err = 0;
        for (let j = 0; j < d; j++) err += rowSq[j];
        err /= d;
        const rawScore = scoreOf(files.threshold, calibratedError(files.threshold.calibration, groups[i], err));
        const zi = z.slice(i * d, i * d + d);
        const visitDates = facts[i].inpatient ? 1 : days[i];
        const signals = rawScore > threshold ? fraudSignals(facts[i], groups[i], files.features, xs[i], zi, files.stats.groups[groups[i]].median, norms[i].los, visitDates) : [];
        const score = signals.length || rawScore <= threshold ? rawScore : threshold;
        rows[i] = { group: groups[i], x: xs[i], z: zi, sq: rowSq, error: err, rawScore, signals, score, visitDates };
      }
    }
    return rows;
  }

  const explanationOf = (r: ScoredRow): Explanation => ({
    modelVersion: files.meta.version,
    score: r.score,
    threshold,
    error: r.error,
    peerGroup: r.group,
    peerCount: files.stats.groups[r.group].count,
    top: perVisitDateLabels(explainRow(files.features, r.x, r.z, r.sq, files.stats.groups[r.group].median, 3, r.signals), r.visitDates),
  });

  return {
    version: files.meta.version,
    threshold,
    files,
    alertRate,
    scoreRows,
    peerGroupOf: (f) => peerGroupOf(files.stats, f),
    async scoreBatch(claims: EnrichedClaim[]): Promise<ModelScore[]> {
      const rows = await scoreRows(claims.map((c) => c.facts));
      return rows.map((r) => ({ score: r.score, hit: r.score > threshold ? anomalyHit(explanationOf(r)) : null }));
    },
    async explain(claims) {
      return (await scoreRows(claims.map((c) => c.facts))).map(explanationOf);
    },
    dispose() {
      retired = true;
      release();
    },
  };
}
