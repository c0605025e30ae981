import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfig } from '../src/config';
import { createContext } from '../src/context';
import { generateClaims } from '../src/generate';
import { createClaimsConsumer } from '../src/ingest/kafka';
import { reviewNdjson, reviewNdjsonParallel } from '../src/ingest/ndjson-intake';
import { createSqliteStore } from '../src/features/stores';
import { createLogger } from '../src/logger';
import { claimMessages, kafkaConfig, kafkaPool, produce, readTopic, testKafka, waitFor } from '../test/kafka/kit';
import { kafkaUnavailable, startCluster } from '../test/kafka/mock-cluster';
import { round, type BenchResult } from './result';
import { processCpu, splitSince, threadCpu, type ThreadSplit } from './thread-cpu';

// End to end through Kafka, measured in a process of its own started with the service's compiler flags
// (kafka-main.ts; kafka.ts starts it): claims produced to the mock cluster (librdkafka, 3 brokers) by a load
// generator in its own process (kafka-producer.ts), reviewed by the consumer on its review workers into the
// embedded SQLite store, verdicts read back; beside it the file intake of the same claims into fresh stores, on
// one thread (the issue 21 reference) and on as many workers as the Kafka door, in the same process and so
// under the same flags. Latency is produce → verdict read, per claim, for a burst of N. CPU per claim is this
// process's, all threads (not the load generator's, nor the broker's): far less moved by other load on the
// machine than claims/s. Beside it, where each way's CPU went (Linux): per thread of this process, and the load
// generator's and the broker's, so a ratio short of the target can be read against the two cores all of them share.

/**
 * librdkafka's mock cluster keeps at most 5 MiB per partition (rdkafka_mock.c, max_size) and drops the oldest
 * message sets past it, consumed or not: a burst of 5,000 claims (~6.5 KB each) on 6 partitions overran it,
 * the consumer skipped to the new log start and the bench waited out its timeout. Partitions enough that
 * each holds at most ~3 MiB of the burst (keyed spread is uneven).
 */
const MOCK_PARTITION_BYTES = 3 * 2 ** 20;

/**
 * What the consumer fetches per partition at most (kafkajs's maxBytesPerPartition, kept: consumer.ts). A broker
 * answers a fetch with as many of a partition's message sets as fit in it; librdkafka's mock cluster answers with
 * one ("FIXME: Multiple messageSets ?", rdkafka_mock_handlers.c), so the consumer's batches were the load
 * generator's message sets: 500 claims a request over 11 partitions, ~45 claims a batch, where a broker would
 * hand over ~160. The load generator's requests are sized so that each partition's message set is about this
 * (BENCH_KAFKA_SEND: claims per request, to compare): the chunks the Kafka door reviews are then a broker's.
 */
const FETCH_BYTES_PER_PARTITION = 2 ** 20;

export async function measureKafka(n = Number(process.env.BENCH_KAFKA_CLAIMS ?? 5000)): Promise<BenchResult> {
  const skip = kafkaUnavailable();
  if (skip) return { name: 'kafka', figures: { skipped: skip } };
  const logger = createLogger('silent');
  const dir = mkdtempSync(join(tmpdir(), 'bench-kafka-'));
  // BENCH_KAFKA_CHUNK / BENCH_KAFKA_CONCURRENCY: other chunk sizes and partitions at once, to compare.
  const config = kafkaConfig([], { chunkSize: Number(process.env.BENCH_KAFKA_CHUNK) || 500, concurrency: Number(process.env.BENCH_KAFKA_CONCURRENCY) || 3 });
  // Each way reviews the same warm-up claims into its store before its clock starts: a thread's first ~1,000
  // claims run while V8 is still compiling the review code (~1.5 s of CPU per thread, measured), which the one
  // thread pays once and each worker again; a running service has long paid it. Same claims, same stores after.
  // BENCH_KAFKA_WARMUP claims per reviewing thread: the workers share theirs by member, so the warm-up is that
  // many times the workers (with 1,000 in all each worker had seen ~500 when the clock started, and its
  // compiling still took a third of the pool's CPU per claim).
  const w = Number(process.env.BENCH_KAFKA_WARMUP ?? 1000) * config.workers;
  const claims = [...generateClaims({ count: w + n, seed: 'bench-kafka', fraudRate: 0.1 })];
  const [warmup, measured] = [claims.slice(0, w), claims.slice(w)];
  const ndjson = (cs: readonly unknown[]) => cs.map((c) => JSON.stringify(c)).join('\n') + '\n';
  try {
    const file = join(dir, 'claims.ndjson');
    const warmFile = join(dir, 'warm-up.ndjson');
    writeFileSync(file, ndjson(measured));
    writeFileSync(warmFile, ndjson(warmup));
    // File intake on one thread, fresh store.
    const fileCtx = createContext(loadConfig({ STORE_PATH: join(dir, 'file.db'), SAMPLE_DATA: 'off', RULES_WATCH: 'off' }), logger);
    await reviewNdjson(createReadStream(warmFile), fileCtx, { source: 'bench', onVerdicts: () => {} });
    let cpu = cpuSince();
    let threads = threadCpu();
    let wall = Date.now();
    const intake = await reviewNdjson(createReadStream(file), fileCtx, { source: 'bench', onVerdicts: () => {} });
    const intakeCpu = cpu();
    const intakeSplit = splitSince(threads, threadCpu());
    const intakeWall = (Date.now() - wall) / 1000;
    await fileCtx.store.close();
    await createSqliteStore({ path: join(dir, 'file-pool.db') }).close(); // the schema, before the workers open it
    let before = threadCpu();
    const filePool = kafkaPool(join(dir, 'file-pool.db'), {}, config.workers);
    await reviewNdjsonParallel(createReadStream(warmFile), filePool, { onVerdicts: () => {} });
    const filePoolThreads = newThreads(before);
    cpu = cpuSince();
    threads = threadCpu();
    wall = Date.now();
    let pooled: Awaited<ReturnType<typeof reviewNdjsonParallel>>;
    let pooledSplit: ThreadSplit | null;
    try {
      pooled = await reviewNdjsonParallel(createReadStream(file), filePool, { onVerdicts: () => {} });
      pooledSplit = splitSince(threads, threadCpu(), filePoolThreads); // before close: the workers' threads end with it
    } finally {
      await filePool.close();
    }
    const pooledCpu = cpu();
    const pooledWall = (Date.now() - wall) / 1000;

    const partitions = Math.max(6, Math.ceil(statSync(file).size / MOCK_PARTITION_BYTES));
    const cluster = await startCluster({ claims: partitions, verdicts: partitions, 'claims-dead-letter': 1 });
    const ctx = createContext(loadConfig({ STORE_PATH: join(dir, 'kafka.db'), SAMPLE_DATA: 'off', RULES_WATCH: 'off' }), logger);
    const kafka = testKafka(cluster.brokers);
    config.brokers = cluster.brokers;
    before = threadCpu();
    const pool = kafkaPool(join(dir, 'kafka.db'), {}, config.workers);
    const consumer = createClaimsConsumer({ kafka, config, pool, store: ctx.store, logger });
    const verdicts = await readTopic(kafka, 'verdicts');
    const perSend = Number(process.env.BENCH_KAFKA_SEND) || partitions * Math.max(1, Math.floor(FETCH_BYTES_PER_PARTITION / (statSync(file).size / n)));
    const producer = await startProducer(cluster.brokers, file, perSend);
    try {
      await consumer.start();
      // The warm-up claims through first (group joins are not counted as latency either).
      await produce(kafka, 'claims', claimMessages(warmup), perSend);
      await waitFor('the warm-up verdicts', () => verdicts.messages.length >= w, 600000);
      const kafkaPoolThreads = newThreads(before);

      const t0 = Date.now();
      cpu = cpuSince();
      threads = threadCpu();
      const broker0 = processCpu(cluster.pid);
      const produced = producer.go();
      await waitFor(`${n} verdicts`, () => verdicts.messages.length >= w + n, 600000);
      const kafkaCpu = cpu();
      const kafkaSplit = splitSince(threads, threadCpu(), kafkaPoolThreads);
      const broker1 = processCpu(cluster.pid);
      const kafkaWall = (Date.now() - t0) / 1000;
      const { ms: producedMs, cpuMs: producerCpuMs } = await produced;
      const latencies = verdicts.messages
        .slice(w)
        .map((m) => m.at - t0)
        .sort((a, b) => a - b);
      const seconds = (latencies[latencies.length - 1] ?? 0) / 1000;
      const perSecond = Math.round(n / seconds);
      const perClaim = (cpuSeconds: number) => round((cpuSeconds * 1000) / n, 3);
      return {
        name: 'kafka',
        figures: {
          claims: n,
          [`warm-up claims (each way, before its clock: ${w / config.workers} per review worker)`]: w,
          'kafka end-to-end claims/s': perSecond,
          'kafka review workers': config.workers,
          'kafka chunk size / partitions at once / topic partitions': `${config.chunkSize} / ${config.concurrency} / ${partitions}`,
          'kafka burst produced in ms (load generator, own process)': producedMs,
          'kafka claims per produce request (a message set of ~1 MiB per partition, as a broker fetch returns)': perSend,
          'kafka p50 produce→verdict ms': latencies[Math.floor(latencies.length * 0.5)],
          'kafka p99 produce→verdict ms': latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))],
          'file intake claims/s': intake.claimsPerSecond,
          [`file intake on ${config.workers} workers claims/s`]: pooled.claimsPerSecond,
          'kafka / file intake (target ≥ 0.9)': round(perSecond / intake.claimsPerSecond, 2),
          [`kafka / file intake on ${config.workers} workers`]: round(perSecond / pooled.claimsPerSecond, 2),
          [`file intake on ${config.workers} workers / on one thread`]: round(pooled.claimsPerSecond / intake.claimsPerSecond, 2),
          'CPU ms per claim: file intake / on workers / kafka (consumer, workers, verdict reader)': `${perClaim(intakeCpu)} / ${perClaim(pooledCpu)} / ${perClaim(kafkaCpu)}`,
          'CPU ms per claim by thread, file intake: main / V8 background': splitFigure(intakeSplit, perClaim, false),
          [`CPU ms per claim by thread, file intake on ${config.workers} workers: main / workers / V8 background`]: splitFigure(pooledSplit, perClaim, true),
          'CPU ms per claim by thread, kafka: main (kafkajs, verdict reader) / workers / V8 background': splitFigure(kafkaSplit, perClaim, true),
          'CPU ms per claim outside this process, kafka: load generator / mock broker': `${perClaim(producerCpuMs / 1000)} / ${broker0 === null || broker1 === null ? 'n/a' : perClaim(broker1 - broker0)}`,
          'cores busy (CPU s / wall s): file intake / on workers / kafka (this process + load generator + broker)': [
            round(intakeCpu / intakeWall, 2),
            round(pooledCpu / pooledWall, 2),
            `${round(kafkaCpu / kafkaWall, 2)} + ${round(producerCpuMs / 1000 / kafkaWall, 2)} + ${broker0 === null || broker1 === null ? 'n/a' : round((broker1 - broker0) / kafkaWall, 2)}`,
          ].join(' / '),
        },
      };
    } finally {
      producer.stop();
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

/** CPU seconds of this process (every thread) from now to when the returned function is called. */
function cpuSince(): () => number {
  const from = process.cpuUsage();
  return () => {
    const d = process.cpuUsage(from);
    return (d.user + d.system) / 1e6;
  };
}

/** Threads of this process started since `before` was read (a worker pool's), by id. */
function newThreads(before: Map<number, number> | null): Set<number> {
  return new Set([...(threadCpu()?.keys() ?? [])].filter((tid) => !before?.has(tid)));
}

function splitFigure(split: ThreadSplit | null, perClaim: (cpuSeconds: number) => number, workers: boolean): string {
  if (!split) return 'n/a';
  return (workers ? [split.main, split.workers, split.other] : [split.main, split.other]).map(perClaim).join(' / ');
}

/**
 * The load generator (kafka-producer.ts), ready to produce the file's claims; go() starts it and resolves with
 * the milliseconds it took and the CPU milliseconds it spent.
 */
async function startProducer(brokers: string[], file: string, perSend: number): Promise<{ go(): Promise<{ ms: number; cpuMs: number }>; stop(): void }> {
  const child = spawn(process.execPath, [join(__dirname, 'kafka-producer.js'), brokers.join(','), 'claims', file, String(perSend)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const next = () =>
    new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`kafka load generator exited (${code})`)));
    });
  if ((await next()) !== 'ready') throw new Error('kafka load generator did not start');
  return {
    go() {
      const done = next();
      child.stdin.write('go\n');
      return done.then((line) => {
        const [ms, cpuMs] = line.split(' ').map(Number);
        return { ms, cpuMs };
      });
    },
    stop: () => {
      if (child.exitCode === null) child.kill();
    },
  };
}
