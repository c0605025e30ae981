import type { RequestHandler } from 'express';
import { registry } from '../../metrics';
import type { ReviewContext } from '../../review/review';

export const healthz: RequestHandler = (_req, res) => {
  res.json({ status: 'ok' });
};

/** Ready when the store answers and a rule set is loaded; a draining service reports not ready. */
export function readyz(ctx: ReviewContext, isDraining: () => boolean): RequestHandler {
  return async (_req, res) => {
    const storeOk = await ctx.store.ping().catch(() => false);
    const ready = storeOk && !isDraining();
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'not ready',
      store: storeOk,
      draining: isDraining(),
      rulesetVersion: ctx.rules.current().version,
      modelVersion: ctx.model.current().version,
    });
  };
}

export const metrics: RequestHandler = async (_req, res) => {
  res.set('Content-Type', registry.contentType);
  res.send(await registry.metrics());
};
