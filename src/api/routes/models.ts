import type { RequestHandler } from 'express';
import type { JudgeControl } from '../../review/judge-control';
import { HttpError } from '../errors';

/**
 * POST /api/v1/models/reload, optional body {"name": "<version>"}: switch to that model (or the configured /
 * newest one) without a restart. A model that fails to load answers 422 and the active one stays.
 */
export function reloadModel(judges: JudgeControl): RequestHandler {
  return async (req, res) => {
    if (!judges.reloadModel) throw new HttpError(501, 'this service cannot reload its model');
    const name = typeof req.body?.name === 'string' && req.body.name ? req.body.name : undefined;
    try {
      res.json(await judges.reloadModel(name));
    } catch (err) {
      throw new HttpError(422, 'model not loaded; the active model is unchanged', {
        detail: err instanceof Error ? err.message : String(err),
        modelVersion: (await judges.versions()).modelVersion,
      });
    }
  };
}
