import type { RequestHandler } from 'express';
import type { AnomalyModel } from '../../model/model';
import type { ModelHolder } from '../../model/model-holder';
import { HttpError } from '../errors';

/**
 * POST /api/v1/models/reload, optional body {"name": "<version>"}: switch to that model (or the configured /
 * newest one) without a restart. A model that fails to load answers 422 and the active one stays.
 */
export function reloadModel(holder: { current(): AnomalyModel } & Partial<Pick<ModelHolder, 'reload'>>): RequestHandler {
  return (req, res) => {
    if (!holder.reload) throw new HttpError(501, 'this service cannot reload its model');
    const before = holder.current();
    const name = typeof req.body?.name === 'string' && req.body.name ? req.body.name : undefined;
    try {
      const next = holder.reload(name);
      res.json({ modelVersion: next.version, previousVersion: before.version, threshold: next.threshold });
    } catch (err) {
      throw new HttpError(422, 'model not loaded; the active model is unchanged', {
        detail: err instanceof Error ? err.message : String(err),
        modelVersion: before.version,
      });
    }
  };
}
