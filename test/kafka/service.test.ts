import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { createContext } from '../../src/context';
import { generateClaims } from '../../src/generate';
import { silentLogger } from '../helpers/context';
import { createSqliteStore } from '../../src/features/stores';
import { createLogger } from '../../src/logger';
import { startService } from '../../src/server';
import { makeKey } from '../helpers/auth';
import { makeClaim } from '../helpers/fixtures';
import { claimMessages, produce, readTopic, testKafka, waitWhileMoving } from './kit';
import { kafkaUnavailable, startCluster, type TestCluster } from './mock-cluster';
import { tempDir } from '../helpers/temp-dir';

// Started by configuration: KAFKA_BROKERS runs the consumer beside HTTP, MONGO_URL picks MongoDB; and the real
// process (src/main.ts) stopped by SIGTERM mid-stream finishes and commits what it holds, losing nothing.

describe('configuration chooses the doors and the store', () => {
  it('without KAFKA_BROKERS and MONGO_URL: no consumer, the embedded store', () => {
    const c = loadConfig({});
    expect(c.kafka).toBeNull();
    expect(c.mongoUrl).toBeNull();
  });

  it('reads the Kafka settings', () => {
    const c = loadConfig({ KAFKA_BROKERS: 'k1:9092, k2:9092', KAFKA_CLAIMS_TOPIC: 'c', KAFKA_VERDICTS_TOPIC: 'v', KAFKA_DLQ_TOPIC: 'd', KAFKA_GROUP_ID: 'g', KAFKA_CONCURRENCY: '4' });
    expect(c.kafka).toMatchObject({ brokers: ['k1:9092', 'k2:9092'], claimsTopic: 'c', verdictsTopic: 'v', dlqTopic: 'd', groupId: 'g', concurrency: 4 });
    expect(() => loadConfig({ KAFKA_BROKERS: 'k:9092', KAFKA_CONCURRENCY: '0' })).toThrow(/KAFKA_CONCURRENCY/);
  });

  it('with MONGO_URL the context uses MongoDB and never opens the SQLite file', async () => {
    const dir = tempDir('mongo-choice-');
    const storePath = join(dir, 'review.db');
    const ctx = createContext(loadConfig({ MONGO_URL: 'mongodb://127.0.0.1:1/none?serverSelectionTimeoutMS=200', STORE_PATH: storePath, SAMPLE_DATA: 'off' }), silentLogger);
    await ctx.store.close();
    expect(existsSync(storePath)).toBe(false);
    expect(await ctx.store.ping()).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

const unavailable = kafkaUnavailable();
if (unavailable) console.log(unavailable);
const describeKafka = unavailable ? describe.skip : describe;

describeKafka('the service process with KAFKA_BROKERS', () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startCluster({ claims: 6, verdicts: 6, 'claims-dead-letter': 1, 'claims-m': 3, 'verdicts-m': 3, 'dlq-m': 1 });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('SIGTERM mid-stream: exits 0 with every reviewed chunk committed; a restart completes the rest once', async () => {
    const dir = tempDir('service-kafka-');
    const storePath = join(dir, 'review.db');
    const env = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      STORE_PATH: storePath,
      SAMPLE_DATA: 'off',
      RULES_WATCH: 'off',
      LOG_LEVEL: 'warn',
      KAFKA_BROKERS: cluster.brokers.join(','),
      KAFKA_GROUP_ID: 'service-test',
      KAFKA_CHUNK_SIZE: '50',
      KAFKA_CONCURRENCY: '3',
      // 12 s, not the kit's 6 s: the consumer heartbeats between chunks, and on a loaded machine the first chunks
      // (reviewed while the workers still build their rules) can take past 6 s; the group then rebalances and
      // refuses their commits (seen once under load: 228 stored, 0 committed at the stop). Nor the service's 30 s:
      // librdkafka's mock cluster, unlike a broker, keeps a group that a member left cleanly waiting for the
      // leaver's session less 1 s before it admits the restart, and that wait was a third of this suite's time.
      KAFKA_SESSION_TIMEOUT_MS: '12000',
    };
    const children: ChildProcess[] = [];
    const start = (): { child: ChildProcess; exit: Promise<number | null>; gone: () => string | null } => {
      // The built service (global setup compiles dist/), as production runs it.
      const child = spawn(process.execPath, ['dist/src/main.js'], {
        cwd: join(__dirname, '../..'),
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.push(child);
      const gone = () => (child.exitCode !== null || child.signalCode !== null ? `the service exited early (${child.exitCode ?? child.signalCode})` : null);
      return { child, exit: new Promise((resolve) => child.once('exit', (code) => resolve(code))), gone };
    };
    const kafka = testKafka(cluster.brokers);
    const claims = [...generateClaims({ count: 3000, seed: 'service-sigterm', fraudRate: 0.2 })];
    await produce(kafka, 'claims', claimMessages(claims));
    // The reader's group joins (the mock cluster holds a new group's first join 3 s) while the service starts.
    const verdictsReading = readTopic(kafka, 'verdicts');
    const admin = kafka.admin();
    await admin.connect();
    const committed = async () =>
      (await admin.fetchOffsets({ groupId: 'service-test', topics: ['claims'] }))[0].partitions.reduce((s, p) => s + Math.max(0, Number(p.offset)), 0);
    try {
      const first = start();
      const verdicts = await verdictsReading;
      // No deadlines on the service's speed (a loaded machine starts and reviews several times slower): each wait
      // fails when the service exits or stops making progress (its start shows none: 120 s).
      await waitWhileMoving('the first verdicts', { progress: () => verdicts.messages.length, done: () => verdicts.messages.length > 0, failed: first.gone, stallMs: 120_000 });
      first.child.kill('SIGTERM');
      expect(await first.exit).toBe(0);

      const store = createSqliteStore({ path: storePath });
      const stored = await store.countVerdicts();
      await store.close();
      expect(stored).toBeGreaterThan(0);
      expect(stored).toBeLessThan(claims.length); // it really was stopped mid-stream
      expect(await committed()).toBe(stored); // every chunk reviewed before the stop was also committed

      const second = start();
      await waitWhileMoving('all claims committed', { progress: committed, done: async () => (await committed()) === claims.length, failed: second.gone, stallMs: 120_000 });
      second.child.kill('SIGTERM');
      expect(await second.exit).toBe(0);

      const after = createSqliteStore({ path: storePath });
      expect(await after.countVerdicts()).toBe(claims.length);
      const ledger = await after.getMemberClaims([...new Set(claims.map((c) => c.patient.insuredId))]);
      expect(ledger).toHaveLength(claims.length);
      await after.close();
      // Revised verdicts of earlier claims (事后发现, carrying revision) come besides one verdict per claim.
      const own = () => verdicts.messages.filter((m) => JSON.parse(String(m.value)).revision === undefined);
      await waitWhileMoving('every verdict read', { progress: () => verdicts.messages.length, done: () => own().length >= claims.length });
      expect(own()).toHaveLength(claims.length); // a clean stop redelivers nothing
    } finally {
      // A service process left running by a failed step would keep this jest worker from exiting.
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
      await (await verdictsReading).stop();
      await admin.disconnect();
      rmSync(dir, { recursive: true, force: true });
    }
    // Jest's limit is only the last guard against a hang (the waits above fail on a stall first): past it the test
    // would be abandoned with its service processes and Kafka clients still running, and the worker fail to exit.
  }, 900_000);
  it("/metrics counts the Kafka door's claims in claims_reviewed_total (source kafka) beside HTTP's, invalid ones included", async () => {
    const dir = tempDir('service-metrics-');
    const config = loadConfig({
      STORE_PATH: join(dir, 'review.db'), SAMPLE_DATA: 'off', RULES_WATCH: 'off', PORT: '0', HOST: '127.0.0.1', PATTERNS_SCHEDULE: 'off', LOG_LEVEL: 'silent',
      KAFKA_BROKERS: cluster.brokers.join(','), KAFKA_GROUP_ID: 'service-metrics', KAFKA_CLAIMS_TOPIC: 'claims-m',
      KAFKA_VERDICTS_TOPIC: 'verdicts-m', KAFKA_DLQ_TOPIC: 'dlq-m', KAFKA_SESSION_TIMEOUT_MS: '30000',
    });
    const kafka = testKafka(cluster.brokers);
    // The readers' groups join (3 s each on the mock cluster) while the service starts and joins its own.
    const [service, verdicts, dead] = await Promise.all([startService(config, createLogger('silent')), readTopic(kafka, 'verdicts-m'), readTopic(kafka, 'dlq-m')]);
    try {
      const claims = [...generateClaims({ count: 40, seed: 'service-metrics', fraudRate: 0.2 })];
      await produce(kafka, 'claims-m', [...claimMessages(claims), { key: 'garbage', value: '{"claimId": ' }]);
      await waitWhileMoving('every verdict and the dead letter', {
        progress: () => verdicts.messages.length + dead.messages.length,
        done: () => verdicts.messages.length >= claims.length && dead.messages.length >= 1,
        stallMs: 120_000, // the service's start (rules, model, consumer group) shows no progress
      });
      const url = `http://127.0.0.1:${(service.server.address() as AddressInfo).port}`;
      const intake = { 'content-type': 'application/json', authorization: `Bearer ${await makeKey(service.ctx.store, 'intake')}` };
      expect((await fetch(`${url}/api/v1/reviews`, { method: 'POST', headers: intake, body: JSON.stringify(makeClaim({ claimId: 'HTTP-1' })) })).status).toBe(200);

      const text = await (await fetch(`${url}/metrics`)).text();
      const bySource: Record<string, Record<string, number>> = {};
      for (const [, labels, n] of text.matchAll(/^claims_reviewed_total\{([^}]*)\} (\d+)$/gm)) {
        const l = Object.fromEntries([...labels.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
        (bySource[l.source] ??= {})[l.decision] = Number(n);
      }
      const sum = (o: Record<string, number> = {}) => Object.values(o).reduce((a, b) => a + b, 0);
      expect(sum(bySource.kafka)).toBe(claims.length + 1);
      expect(bySource.kafka.invalid).toBe(1);
      expect(sum(bySource.http)).toBe(1);
      // Its consumer in its group (it has consumed): ready, and /readyz says so.
      expect(await (await fetch(`${url}/readyz`)).json()).toMatchObject({ status: 'ready', kafka: { inGroup: true, reason: null } });
    } finally {
      await verdicts.stop();
      await dead.stop();
      await service.shutdown('test');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 900_000); // jest's limit only guards against a hang, as above
});
