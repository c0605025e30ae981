import type { RequestHandler } from 'express';
import { AggregatorRegistry, Gauge, Registry, type MetricObjectWithValues, type MetricValue } from 'prom-client';
import { registry } from '../../metrics';
import type { JudgeControl } from '../../review/judge-control';
import type { ReviewContext } from '../../features/reviews/review';

type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];

/**
 * How long a failed store write keeps the service not ready when no write has succeeded since: long enough
 * for a load balancer to turn traffic away, short enough that a service nobody writes to any more (it is not
 * ready, so no traffic comes) looks again, and the next write decides.
 */
export const WRITE_FAILURE_HOLD_S = 30;

/** Whether any thread's store writes are failing (store_writes_failing_since_seconds, in metrics.ts). */
export function storeWritesFailing(metricSets: MetricsJson[], nowS = Date.now() / 1000): boolean {
  return metricSets
    .flat()
    .filter((m) => m.name === 'store_writes_failing_since_seconds')
    .some((m) => m.values.some((v) => v.value > 0 && nowS - v.value < WRITE_FAILURE_HOLD_S));
}

export const healthz: RequestHandler = (_req, res) => {
  res.json({ status: 'ok' });
};

/** What /readyz says while the Kafka claims consumer is out of its group, for the operator and the probe's log. */
export const KAFKA_OUT_OF_GROUP = 'Kafka 理赔消费者不在其消费组中（加入中，或崩溃后重新加入中），不消费理赔消息 / the Kafka claims consumer is not in its consumer group (joining, or rejoining after a crash): no claims are consumed';

/**
 * Ready when the store answers and its writes are not failing (in this thread or the review thread: `more`),
 * and whatever judges (the review thread, in the service) names its rule set and model; a draining service
 * reports not ready. The versions are those that judge the next claim; rule files on disk that the last reload
 * refused are shown (the active set keeps judging, so the service stays ready). With the Kafka door configured
 * (`kafkaInGroup`), whether its consumer is in its group is shown (and is the gauge kafka_consumer_in_group) but does
 * not decide readiness: during a broker outage every instance is out of its group, and the HTTP doors (3101, 2101,
 * reviews) must go on answering.
 */
export function readyz(
  { store }: Pick<ReviewContext, 'store'>,
  judges: JudgeControl,
  isDraining: () => boolean,
  more?: () => Promise<MetricsJson>,
  kafkaInGroup?: () => boolean,
): RequestHandler {
  return async (_req, res) => {
    const [storeOk, versions] = await Promise.all([store.ping().catch(() => false), judges.versions().catch(() => null)]);
    const sets = [await registry.getMetricsAsJSON(), ...(more ? [await more().catch(() => [])] : [])];
    const writable = !storeWritesFailing(sets);
    const inGroup = kafkaInGroup?.() ?? true;
    const ready = storeOk && writable && versions !== null && !isDraining();
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'not ready',
      store: storeOk,
      storeWritable: writable,
      draining: isDraining(),
      rulesetVersion: versions?.rulesetVersion ?? null,
      modelVersion: versions?.modelVersion ?? null,
      rules: { active: versions?.rulesetVersion ?? null, rejected: versions?.rejectedRules ?? null },
      ...(kafkaInGroup && { kafka: { inGroup, reason: inGroup ? null : KAFKA_OUT_OF_GROUP } }),
    });
  };
}

/**
 * Prometheus text: this thread's metrics, `more` (the review thread's) summed in, and the inputs the store keeps
 * as invalid (a gauge read from the store, so it counts every door and survives restarts: nothing refused is lost).
 */
export function metrics(store: Pick<ReviewContext['store'], 'countInvalid'>, more?: () => Promise<MetricsJson>): RequestHandler {
  // A registry of this app's own: the gauge reads its store, and tests build many apps in one process.
  const fromStore = new Registry();
  new Gauge({
    name: 'invalid_inputs_stored',
    help: 'Inputs refused as invalid and kept in the store with their errors (every door, since the store was created)',
    registers: [fromStore],
    async collect() {
      this.set(await store.countInvalid());
    },
  });
  return async (_req, res) => {
    res.set('Content-Type', registry.contentType);
    const sets = [await registry.getMetricsAsJSON(), ...(more ? [await more()] : []), await fromStore.getMetricsAsJSON()];
    res.send(await AggregatorRegistry.aggregate(sets).metrics());
  };
}
