import { tf } from './backend';

// The autoencoder's forward pass as the kernels its Dense layers run, without LayersModel.predict's
// bookkeeping around them (input checks, feed dicts, name scopes, a tidy per layer), nor tf.fused.matMul's
// (a gradient wrapper, reshapes of its operands and conversions, on every call): a review batch is usually
// one claim, and that bookkeeping was most of scoring it. The same kernels with the same inputs, in the same
// order as tf-layers' Dense.call, so the same float32 results (test/model/dense-forward.test.ts).

/** Activations tf-layers fuses into the matMul (its mapActivationToFusedKernel); others follow it as a kernel. */
const FUSED = new Set(['relu', 'linear', 'elu']);
const APPLIED: Record<string, string> = { tanh: 'Tanh', sigmoid: 'Sigmoid' };

interface DenseStep {
  /** The kernel as the matMul kernel takes it: [1, inputs, units]. */
  kernel: tf.Tensor3D;
  bias: tf.Tensor1D | null;
  activation: string;
}

const run = (kernel: string, inputs: Record<string, tf.Tensor>, attrs: Record<string, unknown> = {}) =>
  tf.engine().runKernel(kernel, inputs as tf.NamedTensorMap, attrs as never) as tf.Tensor;

/** The forward pass, with `dispose`: frees the kernels it reshaped (kept out of every tidy), not the model's weights. */
export type DenseForward = ((x: tf.Tensor2D) => tf.Tensor) & { dispose(): void };

/** Rows (m × inputs) → rebuilt rows, as model.predict; null when a layer is not one this knows (then call predict). */
export function denseForward(model: tf.LayersModel): DenseForward | null {
  const steps: DenseStep[] = [];
  for (const layer of model.layers) {
    const cfg = layer.getConfig() as { activation?: unknown; useBias?: unknown };
    const activation = String(cfg.activation ?? 'linear');
    if (layer.getClassName() !== 'Dense' || !(FUSED.has(activation) || activation in APPLIED)) return null;
    const [kernel, bias] = layer.weights.map((w) => w.read());
    // Made once here (it shares the weights' data): tf.fused.matMul reshaped it on every call.
    steps.push({ kernel: tf.keep(kernel.reshape([1, ...kernel.shape])) as tf.Tensor3D, bias: cfg.useBias === false ? null : (bias as tf.Tensor1D), activation });
  }
  const forward = (x: tf.Tensor2D) => {
    const [m] = x.shape;
    let h = run('Reshape', { x }, { shape: [1, m, x.shape[1]] });
    for (const { kernel, bias, activation } of steps) {
      if (FUSED.has(activation)) {
        h = run('_FusedMatMul', { a: h, b: kernel, ...(bias && { bias }) }, { transposeA: false, transposeB: false, activation, leakyreluAlpha: 0.2 });
      } else {
        // As tf-layers: its dot (a fused matMul without bias or activation), then the bias added, then the activation.
        h = run('_FusedMatMul', { a: h, b: kernel }, { transposeA: false, transposeB: false, activation: 'linear', leakyreluAlpha: 0.2 });
        if (bias) h = run('Add', { a: h, b: bias });
        h = run(APPLIED[activation], { x: h });
      }
    }
    return run('Reshape', { x: h }, { shape: [m, h.shape[2]] });
  };
  return Object.assign(forward, { dispose: () => tf.dispose(steps.map((s) => s.kernel)) });
}
