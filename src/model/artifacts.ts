import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Architecture, TrainOptions } from './autoencoder';
import type { GroupCalibration } from './calibration';
import type { FeatureDef } from './features';
import type { PeerStats } from './peer-stats';
import type { ErrorPercentiles } from './percentile';

// A model directory, models/<version>/, holds everything needed to score and re-explain a claim later:
//   model.json + weights.bin   the network (tf.io layers format)
//   features.json              the feature list, in input order, with its documentation
//   normalization.json         peer groups: medians, scales, LOS/cost norms
//   threshold.json             training-error quantiles (score = percentile), per-group calibration, the default alert rate
//   metrics.json               training figures (and evaluation.json when `model evaluate --save` ran)
//   meta.json                  version, seed, training-data sha256, date, backend, architecture

export interface ModelMeta {
  version: string;
  kind: 'autoencoder';
  trainedAt: string;
  seed: number;
  dataSha256: string;
  trainingClaims: number;
  skippedLines: number;
  backend: string;
  tfjsVersion: string;
  architecture: Architecture;
  training: TrainOptions;
}

export interface ThresholdFile extends ErrorPercentiles {
  alertRate: number;
  threshold: number;
  /** Per-peer-group error scales (calibration.ts); the quantiles are of the scaled errors. Absent in older models. */
  calibration?: GroupCalibration;
}

export interface ModelFiles {
  dir: string;
  meta: ModelMeta;
  features: FeatureDef[];
  stats: PeerStats;
  threshold: ThresholdFile;
  modelJson: { modelTopology: object; weightsManifest: { paths: string[]; weights: import('@tensorflow/tfjs').io.WeightsManifestEntry[] }[] };
  weights: Buffer;
}

const json = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

export function readModelFiles(dir: string): ModelFiles {
  return {
    dir,
    meta: json(dir, 'meta.json'),
    features: json(dir, 'features.json').features,
    stats: json(dir, 'normalization.json'),
    threshold: json(dir, 'threshold.json'),
    modelJson: json(dir, 'model.json'),
    weights: readFileSync(join(dir, 'weights.bin')),
  };
}

/** Writes into a temp directory then renames, so a half-written model is never picked up as newest. */
export function writeModelFiles(
  modelsDir: string,
  files: Omit<ModelFiles, 'dir'> & { metrics: object },
): string {
  const dir = join(modelsDir, files.meta.version);
  const tmp = `${dir}.tmp-${process.pid}`;
  mkdirSync(tmp, { recursive: true });
  const put = (name: string, v: object) => writeFileSync(join(tmp, name), `${JSON.stringify(v, null, 1)}\n`);
  put('model.json', files.modelJson);
  writeFileSync(join(tmp, 'weights.bin'), files.weights);
  put('features.json', { note: 'input order of the network; see src/model/features.ts', features: files.features });
  put('normalization.json', files.stats);
  put('threshold.json', files.threshold);
  put('metrics.json', files.metrics);
  put('meta.json', files.meta);
  if (existsSync(dir)) throw new Error(`model ${files.meta.version} already exists in ${modelsDir}`);
  renameSync(tmp, dir);
  return dir;
}

/** Complete model directories under modelsDir, newest first (by meta.trainedAt, then name). */
export function listModels(modelsDir: string): { version: string; trainedAt: string }[] {
  if (!existsSync(modelsDir)) return [];
  const out: { version: string; trainedAt: string }[] = [];
  for (const name of readdirSync(modelsDir)) {
    const meta = join(modelsDir, name, 'meta.json');
    if (name.includes('.tmp-') || !existsSync(meta)) continue;
    try {
      out.push({ version: name, trainedAt: String(JSON.parse(readFileSync(meta, 'utf8')).trainedAt ?? '') });
    } catch {
      // A broken meta.json is not a model; skip it rather than fail the start.
    }
  }
  return out.sort((a, b) => (a.trainedAt === b.trainedAt ? b.version.localeCompare(a.version) : b.trainedAt.localeCompare(a.trainedAt)));
}
