import { tf } from './backend';

// The autoencoder's forward pass as the tensor ops its Dense layers run, without LayersModel.predict's
// bookkeeping around them (input checks, feed dicts, name scopes, a tidy per layer): a review batch is
// usually one claim, and that bookkeeping was about 40% of scoring it. The same kernels in the same
// order as tf-layers' Dense.call, so the same float32 results (test/model/dense-forward.test.ts).

/** Activations tf-layers fuses into the matMul (its mapActivationToFusedKernel); others follow it as an op. */
const FUSED = new Set(['relu', 'linear', 'elu']);
const APPLIED: Record<string, (x: tf.Tensor) => tf.Tensor> = { tanh: (x) => tf.tanh(x), sigmoid: (x) => tf.sigmoid(x) };

interface DenseStep {
  kernel: tf.Tensor2D;
  bias: tf.Tensor1D | null;
  activation: string;
}

/** Rows (m × inputs) → rebuilt rows, as model.predict; null when a layer is not one this knows (then call predict). */
export function denseForward(model: tf.LayersModel): ((x: tf.Tensor2D) => tf.Tensor) | null {
  const steps: DenseStep[] = [];
  for (const layer of model.layers) {
    const cfg = layer.getConfig() as { activation?: unknown; useBias?: unknown };
    const activation = String(cfg.activation ?? 'linear');
    if (layer.getClassName() !== 'Dense' || !(FUSED.has(activation) || activation in APPLIED)) return null;
    const [kernel, bias] = layer.weights.map((w) => w.read());
    steps.push({ kernel: kernel as tf.Tensor2D, bias: cfg.useBias === false ? null : (bias as tf.Tensor1D), activation });
  }
  return (x) => {
    let h: tf.Tensor = x;
    for (const { kernel, bias, activation } of steps) {
      if (FUSED.has(activation)) {
        h = tf.fused.matMul({ a: h as tf.Tensor2D, b: kernel, transposeA: false, transposeB: false, bias: bias ?? undefined, activation: activation as 'relu' | 'linear' | 'elu' });
      } else {
        // As tf-layers: its dot (a fused matMul without bias or activation), then the bias added, then the activation.
        h = tf.fused.matMul({ a: h as tf.Tensor2D, b: kernel, transposeA: false, transposeB: false });
        if (bias) h = tf.add(h, bias);
        h = APPLIED[activation](h);
      }
    }
    return h;
  };
}
