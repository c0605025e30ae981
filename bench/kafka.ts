import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config';
import { createContext } from '../src/context';
import { generateClaims } from '../src/generate';
import { createClaimsConsumer } from '../src/ingest/kafka';
import { reviewNdjson, reviewNdjsonParallel } from '../src/ingest/ndjson-intake';
import { createSqliteStore } from '../src/features/stores';
import { createLogger } from '../src/logger';
import { claimMessages, kafkaConfig, kafkaPool, produce, readTopic, testKafka, waitFor } from '../test/kafka/kit';
import { kafkaUnavailable, startCluster } from '../test/kafka/mock-cluster';
import { printResult, round, type BenchResult } from './result';

// End to end through Kafka: claims produced to the mock cluster (librdkafka, 3 brokers, 6 partitions),
// reviewed by the consumer on its review workers into the embedded SQLite store, verdicts read back; beside
// it the file intake of the same claims into fresh stores, on one thread (the issue 21 reference) and on as
// many workers as the Kafka door. Latency is produce → verdict read, per claim, for a burst of N.

export async function benchKafka(n = Number(process.env.BENCH_KAFKA_CLAIMS ?? 5000)): Promise<BenchResult> {
  const skip = kafkaUnavailable();
  if (skip) return { name: 'kafka', figures: { skipped: skip } };
  const logger = createLogger('silent');
  const dir = mkdtempSync(join(tmpdir(), 'bench-kafka-'));
  const claims = [...generateClaims({ count: n + 1, seed: 'bench-kafka', fraudRate: 0.1 })];
  const [warmup, ...measured] = claims;
  try {
    // File intake of the same claims, fresh store.
    const file = join(dir, 'claims.ndjson');
    writeFileSync(file, measured.map((c) => JSON.stringify(c)).join('\n') + '\n');
    const fileCtx = createContext(loadConfig({ STORE_PATH: join(dir, 'file.db'), SAMPLE_DATA: 'off', RULES_WATCH: 'off' }), logger);
    const intake = await reviewNdjson(createReadStream(file), fileCtx, { source: 'bench', onVerdicts: () => {} });
    await fileCtx.store.close();
    // BENCH_KAFKA_CHUNK / BENCH_KAFKA_CONCURRENCY: other chunk sizes and partitions at once, to compare.
    const config = kafkaConfig([], { chunkSize: Number(process.env.BENCH_KAFKA_CHUNK) || 500, concurrency: Number(process.env.BENCH_KAFKA_CONCURRENCY) || 3 });
    await createSqliteStore({ path: join(dir, 'file-pool.db') }).close(); // the schema, before the workers open it
    const filePool = kafkaPool(join(dir, 'file-pool.db'), {}, config.workers);
    const pooled = await reviewNdjsonParallel(createReadStream(file), filePool, { onVerdicts: () => {} }).finally(() => filePool.close());

    const cluster = await startCluster({ claims: 6, verdicts: 6, 'claims-dead-letter': 1 });
    const ctx = createContext(loadConfig({ STORE_PATH: join(dir, 'kafka.db'), SAMPLE_DATA: 'off', RULES_WATCH: 'off' }), logger);
    const kafka = testKafka(cluster.brokers);
    config.brokers = cluster.brokers;
    const pool = kafkaPool(join(dir, 'kafka.db'), {}, config.workers);
    const consumer = createClaimsConsumer({ kafka, config, pool, store: ctx.store, logger });
    const verdicts = await readTopic(kafka, 'verdicts');
    try {
      await consumer.start();
      // One claim through first, so group joins are not counted as latency.
      await produce(kafka, 'claims', claimMessages([warmup]));
      await waitFor('the warm-up verdict', () => verdicts.messages.length === 1, 60000);

      const sentAt = new Map<string, number>();
      const t0 = Date.now();
      for (const c of measured) sentAt.set(c.claimId, t0);
      await produce(kafka, 'claims', claimMessages(measured));
      await waitFor(`${n} verdicts`, () => verdicts.messages.length >= n + 1, 600000);
      const latencies = verdicts.messages
        .slice(1)
        .map((m) => m.at - (sentAt.get(m.headers['claim-id']) ?? t0))
        .sort((a, b) => a - b);
      const seconds = (Math.max(...verdicts.messages.map((m) => m.at)) - t0) / 1000;
      const perSecond = Math.round(n / seconds);
      return {
        name: 'kafka',
        figures: {
          claims: n,
          'kafka end-to-end claims/s': perSecond,
          'kafka review workers': config.workers,
          'kafka chunk size / partitions at once': `${config.chunkSize} / ${config.concurrency}`,
          'kafka p50 produce→verdict ms': latencies[Math.floor(latencies.length * 0.5)],
          'kafka p99 produce→verdict ms': latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))],
          'file intake claims/s': intake.claimsPerSecond,
          [`file intake on ${config.workers} workers claims/s`]: pooled.claimsPerSecond,
          'kafka / file intake (target ≥ 0.9)': round(perSecond / intake.claimsPerSecond, 2),
          [`kafka / file intake on ${config.workers} workers`]: round(perSecond / pooled.claimsPerSecond, 2),
        },
      };
    } finally {
      await consumer.stop();
      await pool.close();
      await verdicts.stop();
      await ctx.store.close();
      await cluster.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchKafka().then(
    (r) => printResult(r),
    (err) => {
      process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    },
  );
}
