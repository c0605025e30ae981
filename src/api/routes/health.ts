import type { RequestHandler } from 'express';
import { AggregatorRegistry, type MetricObjectWithValues, type MetricValue } from 'prom-client';
import { registry } from '../../metrics';
import type { ReviewContext } from '../../features/reviews/review';

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

/** This thread's registry, with `more` (the review thread's metrics) summed in when given. */
export function metrics(more?: () => Promise<MetricObjectWithValues<MetricValue<string>>[]>): RequestHandler {
  return async (_req, res) => {
    res.set('Content-Type', registry.contentType);
    if (!more) {
      res.send(await registry.metrics());
      return;
    }
    const merged = AggregatorRegistry.aggregate([await registry.getMetricsAsJSON(), await more()]);
    res.send(await merged.metrics());
  };
}
