import type { RequestHandler } from 'express';
import { AggregatorRegistry, type MetricObjectWithValues, type MetricValue } from 'prom-client';
import { registry } from '../../metrics';
import type { JudgeControl } from '../../review/judge-control';
import type { ReviewContext } from '../../features/reviews/review';

export const healthz: RequestHandler = (_req, res) => {
  res.json({ status: 'ok' });
};

/**
 * Ready when the store answers and whatever judges (the review thread, in the service) names its rule set and
 * model; a draining service reports not ready. The versions are those that judge the next claim.
 */
export function readyz({ store }: Pick<ReviewContext, 'store'>, judges: JudgeControl, isDraining: () => boolean): RequestHandler {
  return async (_req, res) => {
    const [storeOk, versions] = await Promise.all([store.ping().catch(() => false), judges.versions().catch(() => null)]);
    const ready = storeOk && versions !== null && !isDraining();
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'not ready',
      store: storeOk,
      draining: isDraining(),
      rulesetVersion: versions?.rulesetVersion ?? null,
      modelVersion: versions?.modelVersion ?? null,
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
