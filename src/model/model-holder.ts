import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger';
import { reloadFailures } from '../metrics';
import { createAnomalyModel } from './anomaly-model';
import { listModels, readModelFiles } from './artifacts';
import { initBackend } from './backend';
import { NO_MODEL, type AnomalyModel } from './model';

// Holds the live model. Starts with the newest complete directory in models/ (or the one MODEL_NAME names;
// MODEL_NAME=none runs without a model). reload() reads the directory again and swaps one reference, so a
// new model takes over without a restart and a batch in flight keeps the model it started with.

export interface ModelHolder {
  current(): AnomalyModel;
  /** Loads `name` (or the configured / newest model) and makes it current; a failed load keeps the old one. */
  reload(name?: string): AnomalyModel;
  readonly dir: string;
}

export interface ModelHolderOptions {
  modelsDir: string;
  /** A version under modelsDir; undefined/'' = newest; 'none' = no model. */
  name?: string;
  alertRate?: number;
  logger?: Logger;
}

/**
 * A model is named by its version, a directory name directly under modelsDir: letters, digits, dot, dash and
 * underscore, not starting with a dot. Never a path, so no request (or setting) can load a model from
 * anywhere else on the machine (`../../../tmp/x` reached outside models/ once).
 */
export const MODEL_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Directory of model `name` under modelsDir, or of the newest model. */
export function resolveModelDir(modelsDir: string, name?: string): string | null {
  if (name) {
    if (!MODEL_NAME_PATTERN.test(name)) throw new Error(`model name ${JSON.stringify(name)} is not a version name (letters, digits, . _ -): a name, never a path`);
    const dir = join(modelsDir, name);
    if (!existsSync(join(dir, 'meta.json'))) throw new Error(`no model ${name} in ${modelsDir}`);
    return dir;
  }
  const newest = listModels(modelsDir)[0];
  return newest ? join(modelsDir, newest.version) : null;
}

export function createModelHolder(o: ModelHolderOptions): ModelHolder {
  const load = (name: string | undefined): AnomalyModel => {
    if (name === 'none') return NO_MODEL;
    const dir = resolveModelDir(o.modelsDir, name);
    return dir ? createAnomalyModel(readModelFiles(dir), { alertRate: o.alertRate }) : NO_MODEL;
  };
  let active = load(o.name || undefined);
  if (active !== NO_MODEL) {
    // Bring the backend up now rather than on the first claim, and say which one runs.
    initBackend().then(
      (backend) => o.logger?.info({ backend, modelVersion: active.version, threshold: active.threshold }, 'anomaly model backend ready'),
      (err: unknown) => o.logger?.error({ err }, 'no TensorFlow.js backend: the anomaly model cannot score'),
    );
  }
  return {
    dir: o.modelsDir,
    current: () => active,
    reload(name) {
      let next: AnomalyModel;
      try {
        next = load(name ?? (o.name || undefined));
      } catch (err) {
        reloadFailures.inc({ what: 'model' });
        throw err;
      }
      const previous = active;
      active = next;
      // Its tensors are freed once no batch is scoring with it (AnomalyModel.dispose).
      if (previous !== next) previous.dispose?.();
      o.logger?.info({ modelVersion: next.version, previous: previous.version }, 'anomaly model loaded');
      return next;
    },
  };
}
