import { createReadStream, existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { createApp } from './api/app';
import type { Config } from './config';
import { createContext, type AppContext } from './context';
import { createClaimsConsumer, createKafka, type ClaimsConsumer } from './ingest/kafka';
import { reviewNdjson } from './ingest/ndjson-intake';
import { startReviewThread } from './review/review-thread';
import { createWriteLock } from './store/sqlite/write-lock';
import type { Logger } from './logger';
import { watchRules } from './rules/watch-rules';
import { patternRefs, runPatterns, trailingPeriod } from './features/patterns/pattern-service';
import { startPatternScheduler, type PatternScheduler } from './features/patterns/scheduler';

export interface RunningService {
  server: Server;
  ctx: AppContext;
  /** Stops accepting, lets in-flight reviews finish and be recorded, then closes the store. */
  shutdown(reason: string): Promise<void>;
  /** The Kafka claims consumer, when KAFKA_BROKERS is set. */
  consumer: ClaimsConsumer | null;
  /** Requests received since start, and those not yet answered. */
  requests(): { received: number; inFlight: number };
  /** The provider-pattern schedule; null with PATTERNS_SCHEDULE=off. */
  patterns: PatternScheduler | null;
}

/** Reviews the shipped sample once into an empty store, so a fresh service has cases to show. */
async function loadSample(config: Config, ctx: AppContext, logger: Logger): Promise<void> {
  if (!config.sampleData || !existsSync(config.sampleData)) return;
  if ((await ctx.store.countVerdicts()) > 0) return;
  const summary = await reviewNdjson(createReadStream(config.sampleData), ctx, { source: 'sample', onVerdicts: () => {} });
  logger.info({ file: config.sampleData, ...summary }, 'reviewed sample data into the empty store');
}

/** Provider-pattern runs on PATTERNS_SCHEDULE over the trailing PATTERNS_WINDOW_DAYS, and at start when stale. */
function startPatterns(config: Config, ctx: AppContext, logger: Logger): PatternScheduler | null {
  const { schedule, windowDays } = config.patterns;
  if (!schedule) return null;
  return startPatternScheduler({
    at: schedule,
    lastRun: () => ctx.store.lastPatternRun(),
    run: async (trigger) => {
      const { run } = await runPatterns(ctx.store, trailingPeriod(new Date(), windowDays), patternRefs(ctx.rules.current().refs), { trigger });
      logger.info({ run }, 'provider patterns computed');
    },
    onError: (err) => logger.error({ err }, 'provider pattern run failed'),
  });
}

export async function startService(config: Config, logger: Logger): Promise<RunningService> {
  // HTTP reviews on their own thread, which opens the store too: not for an in-memory store (not shared).
  const withThread = config.reviewThread && config.storePath !== ':memory:';
  // The HTTP thread's own writes (case work, 3101 findings, Kafka) queue on the same lock as the thread's.
  const writeLock = withThread ? createWriteLock() : null;
  const own = createContext(config, logger, { checkpoints: 'background', writeLock });
  await loadSample(config, own, logger);
  const thread = writeLock ? await startReviewThread(config, logger, writeLock) : null;
  const ctx: AppContext = thread ? { ...own, ...thread.mirror(own) } : own;
  const watcher = config.rulesWatch ? watchRules(ctx.rules, logger) : null;
  const patterns = startPatterns(config, own, logger);
  let draining = false;
  let received = 0;
  let inFlight = 0;
  const app = createApp({
    ctx,
    config,
    logger,
    ...(thread ? { reviewer: thread.reviewer, answer3101: thread.fsi3101, moreMetrics: thread.metrics } : {}),
    isDraining: () => draining,
    onRequest: (res) => {
      received += 1;
      inFlight += 1;
      // While draining, tell keep-alive clients not to reuse the connection for another request.
      if (draining) res.setHeader('Connection', 'close');
      res.on('close', () => (inFlight -= 1));
    },
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
  });
  const address = server.address();
  logger.info({ address }, 'listening');
  // KAFKA_BROKERS set: the Kafka door runs beside HTTP, on the same review context and store.
  const consumer = config.kafka
    ? createClaimsConsumer({ kafka: createKafka(config.kafka, logger), config: config.kafka, ctx, logger })
    : null;
  await consumer?.start();

  let closing: Promise<void> | null = null;
  const shutdown = (reason: string) => {
    closing ??= (async () => {
      draining = true;
      logger.info({ reason, inFlight }, 'shutting down: no new connections, finishing requests in flight');
      // Kafka first: stop fetching, finish and commit the chunks in flight, leave the group (its partitions
      // move to the other instances at once), all while the store is still open.
      await consumer?.stop();
      // close() waits for in-flight requests; idle keep-alive sockets are closed so it cannot hang on them.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      watcher?.close();
      patterns?.stop();
      await patterns?.idle();
      await thread?.close();
      await ctx.store.close();
      logger.info('shut down cleanly');
    })();
    return closing;
  };
  return { server, ctx, shutdown, consumer, requests: () => ({ received, inFlight }), patterns };
}
