import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readModelFiles } from '../../src/model/artifacts';
import { modelFromFiles } from '../../src/model/autoencoder';
import { initBackend, switchBackend, tf } from '../../src/model/backend';
import { denseForward } from '../../src/model/dense-forward';

// The scoring path's forward pass (dense-forward.ts) must rebuild rows exactly as LayersModel.predict does:
// a score one float32 bit away could cross a threshold. Checked on the shipped model, rows of 1 to 9 claims
// (a review batch is usually one), on the backends the service may run.

const shipped = readdirSync('models').sort().at(-1)!;

async function compare(): Promise<{ values: number; differing: number }> {
  const files = readModelFiles(join('models', shipped));
  const model = await modelFromFiles(files.modelJson, files.weights);
  const forward = denseForward(model);
  expect(forward).not.toBeNull();
  const d = files.features.length;
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5) * 8; // SAMPLE rows, spread like clipped z-scores
  let [values, differing] = [0, 0];
  for (let t = 0; t < 200; t++) {
    const m = 1 + (t % 9);
    const z = Float32Array.from({ length: m * d }, next);
    const [a, b] = tf.tidy(() => {
      const x = tf.tensor2d(z, [m, d]);
      return [model.predict(x) as tf.Tensor, forward!(x)];
    });
    const [va, vb] = [a.dataSync(), b.dataSync()];
    tf.dispose([a, b]);
    values += va.length;
    for (let i = 0; i < va.length; i++) if (va[i] !== vb[i]) differing += 1;
  }
  model.dispose();
  return { values, differing };
}

describe('dense forward pass', () => {
  afterAll(() => switchBackend('wasm'));

  it('rebuilds rows bit for bit as model.predict on wasm', async () => {
    expect(await initBackend('wasm')).toBe('wasm');
    const { values, differing } = await compare();
    expect(values).toBeGreaterThan(20_000);
    expect(differing).toBe(0);
  });

  it('and on cpu', async () => {
    expect(await switchBackend('cpu')).toBe('cpu');
    expect((await compare()).differing).toBe(0);
  });

  it("frees the kernels it reshaped on dispose, leaving the model's weights to the model", async () => {
    const files = readModelFiles(join('models', shipped));
    const model = await modelFromFiles(files.modelJson, files.weights);
    const before = tf.memory().numTensors;
    const forward = denseForward(model)!;
    expect(tf.memory().numTensors).toBe(before + model.layers.length);
    forward.dispose();
    expect(tf.memory().numTensors).toBe(before);
    const shape = tf.tidy(() => (model.predict(tf.zeros([1, files.features.length])) as tf.Tensor).shape);
    expect(shape).toEqual([1, files.features.length]); // the weights are still there
    model.dispose();
  });

  it('declines a model with a layer it does not know (the scorer then calls predict)', async () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 2, inputShape: [3] }), tf.layers.dropout({ rate: 0.5 })] });
    expect(denseForward(model)).toBeNull();
    model.dispose();
  });
});
