import { dirname } from 'node:path';
import * as tf from '@tensorflow/tfjs';

// One TensorFlow.js backend per process, chosen once: tfjs-node (native TensorFlow) when the optional
// dependency installed, else WebAssembly, else plain JS (cpu). MODEL_BACKEND=wasm|cpu|tensorflow forces one
// (tests compare backends with it). Scores agree across backends within float32 rounding (test/model).

export type BackendName = 'tensorflow' | 'wasm' | 'cpu';

let chosen: Promise<BackendName> | null = null;

function tryRequire(id: string): boolean {
  try {
    require(id);
    return true;
  } catch {
    return false;
  }
}

async function use(name: BackendName): Promise<boolean> {
  try {
    if (name === 'tensorflow' && !tryRequire('@tensorflow/tfjs-node')) return false;
    if (name === 'wasm') {
      const wasm = require('@tensorflow/tfjs-backend-wasm') as typeof import('@tensorflow/tfjs-backend-wasm');
      // The .wasm binaries sit next to the package's main file; pointing at them explicitly makes loading
      // work the same from src/ under jest and from dist/.
      const main = require.resolve('@tensorflow/tfjs-backend-wasm');
      wasm.setWasmPaths(`${dirname(main)}/`);
    }
    if (!(await tf.setBackend(name))) return false;
    await tf.ready();
    return tf.getBackend() === name;
  } catch {
    return false;
  }
}

async function choose(preferred?: BackendName): Promise<BackendName> {
  const order: BackendName[] = preferred ? [preferred] : ['tensorflow', 'wasm', 'cpu'];
  for (const name of order) if (await use(name)) return name;
  throw new Error(`TensorFlow.js backend ${order.join(', ')} unavailable`);
}

/** Initialises the backend once (later calls return the same answer). */
export function initBackend(preferred: BackendName | undefined = envBackend()): Promise<BackendName> {
  chosen ??= choose(preferred);
  return chosen;
}

/** Switches backend (tests and the bench compare backends); the model must be rebuilt after it. */
export function switchBackend(name: BackendName): Promise<BackendName> {
  chosen = choose(name);
  return chosen;
}

function envBackend(): BackendName | undefined {
  const v = process.env.MODEL_BACKEND;
  return v === 'wasm' || v === 'cpu' || v === 'tensorflow' ? v : undefined;
}

export { tf };
