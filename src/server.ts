import { createReadStream, existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { createApp } from './api/app';
import { drainableServer } from './api/http-drain';
import { auditWatchReloads } from './api/reload-audit';
import { diagnosisNamesOnDisk } from './api/routes/diagnosis-names';
import { startReviewLanes } from './api/review-thread/review-lanes';
import type { Config } from './config';
import { createContext, createStore } from './context';
import { createClaimsConsumer, createKafka, type ClaimsConsumer } from './ingest/kafka';
import { createReviewPool } from './ingest/parallel/review-pool';
import { ndjsonBatches } from './ingest/ndjson-batches';
import { createWriteLock } from './store/sqlite/write-lock';
import type { Logger } from './logger';
import { followedBy, localJudges, type JudgeControl } from './review/judge-control';
import type { Store } from './features/stores';
import { createReviewQueue, type Reviewer } from './features/reviews/review-queue';
import { watchRules } from './rules/watch-rules';
import { loadEnrichRefs } from './enrich/load-refs';
import { loadPolicies } from './benefits/policy';
import { describeRulesOnDisk } from './features/exports/rule-descriptions';
import { patternRefs, runPatterns, trailingPeriod } from './features/patterns/pattern-service';
import { startPatternScheduler, type PatternScheduler } from './features/patterns/scheduler';

export interface RunningService {
  server: Server;
  /** The HTTP thread's store connection. */
  ctx: { store: Store };
  /** What judges HTTP claims (the review thread, when on): versions, rule list, reloads. */
  judges: JudgeControl;
  /** Stops accepting, lets in-flight reviews finish and be recorded, then closes the store. */
  shutdown(reason: string): Promise<void>;
  /** The Kafka claims consumer, when KAFKA_BROKERS is set. */
  consumer: ClaimsConsumer | null;
  /** Requests received since start, and those not yet answered. */
  requests(): { received: number; inFlight: number };
  /** The provider-pattern schedule; null with PATTERNS_SCHEDULE=off. */
  patterns: PatternScheduler | null;
}

/** Reviews the shipped sample once into an empty store, through the HTTP reviews' queue, so a fresh service has cases to show. */
async function loadSample(config: Config, ctx: { store: Store }, reviewer: Reviewer, logger: Logger): Promise<void> {
  if (!config.sampleData || !existsSync(config.sampleData)) return;
  if ((await ctx.store.countVerdicts()) > 0) return;
  const byDecision: Record<string, number> = {};
  for await (const { items } of ndjsonBatches(createReadStream(config.sampleData), 500)) {
    for (const v of await reviewer(items, 'sample')) byDecision[v.decision] = (byDecision[v.decision] ?? 0) + 1;
  }
  logger.info({ file: config.sampleData, byDecision }, 'reviewed sample data into the empty store');
}

/** Provider-pattern runs on PATTERNS_SCHEDULE over the trailing PATTERNS_WINDOW_DAYS, and at start when stale. */
function startPatterns(config: Config, ctx: { store: Store }, logger: Logger): PatternScheduler | null {
  const { schedule, windowDays } = config.patterns;
  if (!schedule) return null;
  return startPatternScheduler({
    at: schedule,
    lastRun: () => ctx.store.lastPatternRun(),
    run: async (trigger) => {
      // The catalogue and norms on disk at run time: the review thread owns the loaded rule set, not this one.
      const { refs } = loadEnrichRefs(config.rulesDir);
      const { run } = await runPatterns(ctx.store, trailingPeriod(new Date(), windowDays), patternRefs(refs, config.patterns.clusters), { trigger });
      logger.info({ run }, 'provider patterns computed');
    },
    onError: (err) => logger.error({ err }, 'provider pattern run failed'),
  });
}

/** `bigLaneGate`: tests hold the big review lane at it (api/review-thread/lane-gate.ts). */
export async function startService(config: Config, logger: Logger, opts: { bigLaneGate?: SharedArrayBuffer } = {}): Promise<RunningService> {
  // HTTP reviews on their own thread, which owns the rules and model that judge them and opens the store too:
  // not for an in-memory store (not shared). The Kafka door reviews on worker threads of its own (the
  // member-keyed pool of file intake), which open the store as well.
  const threaded = config.reviewThread && config.storePath !== ':memory:';
  // The HTTP thread's own writes (case work, 3101 findings) queue on the same lock as the threads'.
  const writeLock = threaded || config.kafka ? createWriteLock() : null;
  const storeOptions = { checkpoints: 'background', writeLock } as const;
  const own = !threaded ? createContext(config, logger, storeOptions) : null;
  const ctx = own ?? { store: createStore(config, logger, storeOptions) };
  const thread = threaded && writeLock ? await startReviewLanes(config, logger, writeLock, opts) : null;
  // KAFKA_BROKERS set: the Kafka door's review workers, which follow every reload the judges accept.
  const kafkaPool = config.kafka ? createReviewPool(config.kafka.workers, { env: { LOG_LEVEL: config.logLevel }, config: { ...config, rulesWatch: false }, source: 'kafka', ...(writeLock && { writeLock }) }) : null;
  const first = thread?.judges ?? localJudges(own!);
  const judges = kafkaPool ? followedBy(first, { reloadRules: () => kafkaPool.reload('rules'), reloadModel: (name) => kafkaPool.reload('model', name) }, logger) : first;
  const reviewer = thread?.reviewer ?? createReviewQueue(own!, config.reviewBatch);
  await loadSample(config, ctx, reviewer, logger);
  const watcher = config.rulesWatch ? watchRules(config.rulesDir, judges, logger, { onReload: auditWatchReloads(ctx.store, judges) }) : null;
  const patterns = startPatterns(config, ctx, logger);
  // What review() counted off this thread, summed into /metrics and /readyz: the review thread's (HTTP) and the
  // Kafka workers' (each door's claims counted once, where they were reviewed).
  const counted = [thread?.metrics, kafkaPool?.metrics].filter((f) => f !== undefined);
  const moreMetrics = counted.length ? async () => (await Promise.all(counted.map((f) => f()))).flat() : undefined;
  const judging = thread
    ? { ctx, answer: thread.answer, judges, moreMetrics, exportRefs: () => ({ policies: loadPolicies(config.rulesDir), rules: describeRulesOnDisk(config.rulesDir) }),
      diagnosisName: diagnosisNamesOnDisk(config.rulesDir) }
    : { ctx: own!, reviewer, moreMetrics };
  const http = drainableServer(config.http);
  const { server } = http;
  // The consumer starts once HTTP listens: until it exists and has joined its group, /readyz says it is not in it.
  let consumer: ClaimsConsumer | null = null;
  const kafkaInGroup = config.kafka ? () => consumer?.inGroup() ?? false : undefined;
  server.on('request', createApp({ ...judging, config, logger, isDraining: http.draining, kafkaInGroup }));
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  logger.info({ address }, 'listening');
  // KAFKA_BROKERS set: the Kafka door runs beside HTTP; it reviews on its pool and asks this thread's store whether it answers.
  consumer = config.kafka && kafkaPool
    ? createClaimsConsumer({ kafka: createKafka(config.kafka, logger), config: config.kafka, pool: kafkaPool, store: ctx.store, logger })
    : null;
  await consumer?.start();

  let closing: Promise<void> | null = null;
  const shutdown = (reason: string) => {
    closing ??= (async () => {
      logger.info({ reason, ...http.requests() }, 'shutting down: no new connections, finishing requests in flight');
      // HTTP stops accepting at once and drains while Kafka stops fetching, finishes and commits the chunks in
      // flight and leaves the group (its partitions move to the other instances at once), all while the store is open.
      const drained = http.drain(config.http.shutdownGraceMs);
      await consumer?.stop();
      await kafkaPool?.close();
      const { cutOff } = await drained;
      if (cutOff) logger.warn({ cutOff, graceMs: config.http.shutdownGraceMs }, 'shutdown grace period over: connections closed with requests unanswered');
      watcher?.close();
      patterns?.stop();
      await patterns?.idle();
      await thread?.close();
      await ctx.store.close();
      logger.info('shut down cleanly');
    })();
    return closing;
  };
  return { server, ctx, judges, shutdown, consumer, requests: http.requests, patterns };
}
