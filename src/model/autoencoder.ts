import seedrandom from 'seedrandom';
import { tf } from './backend';

// A small dense autoencoder: d → h → k → h → d. It learns to rebuild ordinary claims' peer-normalised
// features; what it cannot rebuild is unusual. Seeded initialisers and our own seeded shuffling (fit's
// shuffle uses Math.random) make training reproducible on a given backend.

export interface Architecture {
  inputs: number;
  hidden: number;
  bottleneck: number;
}

export interface TrainOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  seed: number;
}

export function buildAutoencoder(arch: Architecture, seed: number): tf.Sequential {
  const init = (k: number) => tf.initializers.glorotUniform({ seed: seed * 16 + k });
  const dense = (units: number, k: number, activation: 'elu' | 'tanh' | 'linear', inputShape?: number[]) =>
    tf.layers.dense({ units, activation, kernelInitializer: init(k), biasInitializer: 'zeros', ...(inputShape ? { inputShape } : {}) });
  return tf.sequential({
    layers: [
      dense(arch.hidden, 1, 'elu', [arch.inputs]),
      dense(arch.bottleneck, 2, 'tanh'),
      dense(arch.hidden, 3, 'elu'),
      dense(arch.inputs, 4, 'linear'),
    ],
  });
}

/** Fisher–Yates with a seeded generator. */
function permutation(n: number, rng: () => number): Uint32Array {
  const p = Uint32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}

/** Trains in place on rows (n × d, row-major); returns the loss after each epoch. */
export async function trainAutoencoder(model: tf.Sequential, x: Float32Array, n: number, d: number, o: TrainOptions): Promise<number[]> {
  model.compile({ optimizer: tf.train.adam(o.learningRate), loss: 'meanSquaredError' });
  const rng = seedrandom(`ae-shuffle-${o.seed}`);
  const losses: number[] = [];
  const shuffled = new Float32Array(n * d);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const p = permutation(n, rng);
    for (let i = 0; i < n; i++) shuffled.set(x.subarray(p[i] * d, p[i] * d + d), i * d);
    const xs = tf.tensor2d(shuffled, [n, d]);
    const h = await model.fit(xs, xs, { epochs: 1, batchSize: o.batchSize, shuffle: false, verbose: 0 });
    xs.dispose();
    losses.push(Number(h.history.loss[0]));
  }
  return losses;
}

/** Squared reconstruction error per claim and feature (n × d, row-major), batched to bound memory. */
export async function reconstructionErrors(model: tf.LayersModel, x: Float32Array, n: number, d: number, batch = 4096): Promise<Float32Array> {
  const out = new Float32Array(n * d);
  for (let start = 0; start < n; start += batch) {
    const m = Math.min(batch, n - start);
    const sq = tf.tidy(() => {
      const xs = tf.tensor2d(x.subarray(start * d, (start + m) * d), [m, d]);
      const y = model.predict(xs) as tf.Tensor;
      return tf.squaredDifference(xs, y);
    });
    out.set(await sq.data(), start * d);
    sq.dispose();
  }
  return out;
}

/** Model topology + weights as the two files of the tf.io format (model.json, weights.bin), without tfjs-node. */
export async function modelToFiles(model: tf.LayersModel): Promise<{ modelJson: object; weights: Buffer }> {
  let captured: tf.io.ModelArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  const a = captured as unknown as tf.io.ModelArtifacts;
  const data = a.weightData;
  const bytes = data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.concat((data as ArrayBuffer[]).map((b) => Buffer.from(b)));
  return {
    modelJson: {
      format: 'layers-model',
      generatedBy: `TensorFlow.js tfjs-layers v${tf.version.tfjs}`,
      modelTopology: a.modelTopology,
      weightsManifest: [{ paths: ['weights.bin'], weights: a.weightSpecs }],
    },
    weights: bytes,
  };
}

export async function modelFromFiles(modelJson: { modelTopology: object; weightsManifest: { weights: tf.io.WeightsManifestEntry[] }[] }, weights: Buffer): Promise<tf.LayersModel> {
  const weightData = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer;
  const specs = modelJson.weightsManifest.flatMap((g) => g.weights);
  return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: modelJson.modelTopology, weightSpecs: specs, weightData }));
}
