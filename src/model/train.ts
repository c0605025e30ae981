import { createHash } from 'node:crypto';
import type { ClaimFacts } from '../enrich/facts';
import type { ModelFiles, ModelMeta, ThresholdFile } from './artifacts';
import { fitCalibration } from './calibration';
import { buildAutoencoder, modelToFiles, reconstructionErrors, trainAutoencoder, type Architecture, type TrainOptions } from './autoencoder';
import { initBackend, tf } from './backend';
import { FEATURES } from './features';
import { fitPeerStats, normalize, peerGroupOf } from './peer-stats';
import { errorPercentiles, thresholdFor } from './percentile';

// Training: peer statistics → normalised features → autoencoder → training-error percentiles → threshold
// at the configured alert rate. Same claims + same seed ⇒ same weights on the same backend.

export interface TrainConfig {
  seed: number;
  /** Most of the ordinary claims (clean where labelled) of any peer group the model sends to review (calibration.ts). */
  alertRate: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  hidden: number;
  bottleneck: number;
  /** Fewest training claims for a peer group of its own. */
  minPeer: number;
}

export const DEFAULT_TRAIN: TrainConfig = {
  seed: 42,
  alertRate: 0.02,
  epochs: 30,
  batchSize: 256,
  learningRate: 0.003,
  hidden: 20,
  bottleneck: 6,
  minPeer: 30,
};

export interface TrainedModel {
  files: Omit<ModelFiles, 'dir'>;
  metrics: Record<string, unknown>;
}

/**
 * `source.labels` (a generated file's injected pattern per claim, null = clean) picks the ordinary claims the
 * threshold and per-group calibration are fitted on; without labels every training claim counts as ordinary.
 * The network itself trains on all claims, unlabelled.
 */
export async function trainModel(
  facts: readonly ClaimFacts[],
  source: { sha256: string; skipped: number; labels?: readonly (string | null | undefined)[] },
  config: Partial<TrainConfig> = {},
  now: Date = new Date(),
): Promise<TrainedModel> {
  const cfg = { ...DEFAULT_TRAIN, ...config };
  if (facts.length < 100) throw new Error(`need at least 100 valid claims to train, got ${facts.length}`);
  const backend = await initBackend();
  const started = Date.now();
  const { stats, features } = fitPeerStats(facts, { minCount: cfg.minPeer });
  const n = facts.length;
  const d = FEATURES.length;
  const z = new Float32Array(n * d);
  facts.forEach((f, i) => normalize(stats, peerGroupOf(stats, f), features[i], z, i * d));

  const arch: Architecture = { inputs: d, hidden: cfg.hidden, bottleneck: cfg.bottleneck };
  const training: TrainOptions = { epochs: cfg.epochs, batchSize: cfg.batchSize, learningRate: cfg.learningRate, seed: cfg.seed };
  const net = buildAutoencoder(arch, cfg.seed);
  const losses = await trainAutoencoder(net, z, n, d, training);
  const sq = await reconstructionErrors(net, z, n, d);
  const errors = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let e = 0;
    for (let j = 0; j < d; j++) e += sq[i * d + j];
    errors[i] = e / d;
  }
  const { modelJson, weights } = await modelToFiles(net);
  net.dispose();

  const groups = facts.map((f) => peerGroupOf(stats, f));
  const ordinary = facts.map((_, i) => source.labels?.[i] == null);
  const calibration = fitCalibration(groups, errors, ordinary, cfg.alertRate);
  // Percentiles of the ordinary claims' raw errors: the calibrated error of a varied group's claim is read
  // against them, so no group is flagged above the alert rate (calibration.ts).
  const pct = errorPercentiles(errors.filter((_, i) => ordinary[i]));
  const threshold: ThresholdFile = { ...pct, alertRate: cfg.alertRate, threshold: thresholdFor(pct, cfg.alertRate), calibration };
  // Version = date + content hash of what scoring depends on, so the same training gives the same name.
  const hash = createHash('sha256').update(weights).update(JSON.stringify(stats)).update(JSON.stringify(threshold)).digest('hex').slice(0, 8);
  const version = `ae-${now.toISOString().slice(0, 10).replace(/-/g, '')}-${hash}`;
  const meta: ModelMeta = {
    version,
    kind: 'autoencoder',
    trainedAt: now.toISOString(),
    seed: cfg.seed,
    dataSha256: source.sha256,
    trainingClaims: n,
    skippedLines: source.skipped,
    backend,
    tfjsVersion: tf.version.tfjs,
    architecture: arch,
    training,
  };
  const groupsUsed = new Set(groups);
  const metrics = {
    trainingClaims: n,
    seconds: (Date.now() - started) / 1000,
    lossByEpoch: losses.map((l) => Number(l.toPrecision(5))),
    finalLoss: losses[losses.length - 1],
    calibrationClaims: calibration.claims,
    errorMedian: pct.quantiles[500],
    errorP98: pct.quantiles[980],
    peerGroups: Object.keys(stats.groups).length,
    peerGroupsUsed: groupsUsed.size,
    parameters: arch.inputs * arch.hidden * 2 + arch.hidden * arch.bottleneck * 2 + arch.hidden * 2 + arch.bottleneck + arch.inputs,
  };
  return { files: { meta, features: [...FEATURES], stats, threshold, modelJson: modelJson as ModelFiles['modelJson'], weights }, metrics };
}
