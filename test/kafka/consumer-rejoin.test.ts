import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import type { Kafka } from 'kafkajs';
import { KAFKA_OUT_OF_GROUP, readyz } from '../../src/api/routes/health';
import { registry } from '../../src/metrics';
import { createClaimsConsumer } from '../../src/ingest/kafka';
import type { JudgeControl } from '../../src/review/judge-control';
import type { ReviewPool } from '../../src/ingest/parallel/review-pool';
import { silentLogger } from '../helpers/context';
import { kafkaConfig, testKafka, waitFor } from './kit';
import { kafkaUnavailable, startCluster, type TestCluster } from './mock-cluster';

// After a crash kafkajs does not restart from (a non-retriable error: librdkafka's mock coordinator answers a
// follower's late SyncGroup INVALID_REQUEST), the consumer joins its group again after a session; not after one
// kafkajs restarts from itself, nor once stopping. A fake kafkajs client: the rejoin is the consumer's own logic.

function fakeKafka() {
  const events = new EventEmitter();
  const calls = { connect: 0, run: 0, disconnect: 0 };
  const consumer = {
    events: { GROUP_JOIN: 'consumer.group_join', CRASH: 'consumer.crash' },
    on: (name: string, fn: (e: unknown) => void) => events.on(name, fn),
    connect: async () => void (calls.connect += 1),
    subscribe: async () => undefined,
    run: async () => void (calls.run += 1),
    disconnect: async () => void (calls.disconnect += 1),
  };
  const producer = { connect: async () => undefined, disconnect: async () => undefined, sendBatch: async () => [] };
  const kafka = { consumer: () => consumer, producer: () => producer } as unknown as Kafka;
  const join = (partitions: number[]) => events.emit(consumer.events.GROUP_JOIN, { payload: { memberId: 'm', memberAssignment: { claims: partitions } } });
  const crash = (restart: boolean) => events.emit(consumer.events.CRASH, { payload: { error: new Error('INVALID_REQUEST'), restart } });
  return { kafka, calls, join, crash };
}

const config = kafkaConfig(['127.0.0.1:1'], { sessionTimeoutMs: 30_000 });
const make = (kafka: Kafka) => createClaimsConsumer({ kafka, config, pool: {} as ReviewPool, store: { ping: async () => true }, logger: silentLogger });

describe('the Kafka consumer after a crash', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('joins its group again a session after a crash kafkajs gives up on, and holds no partition meanwhile', async () => {
    const f = fakeKafka();
    const c = make(f.kafka);
    await c.start();
    f.join([0, 1, 2]);
    expect(c.assignment()).toEqual([0, 1, 2]);
    f.crash(false);
    expect(c.assignment()).toEqual([]);
    await jest.advanceTimersByTimeAsync(config.sessionTimeoutMs - 1);
    expect(f.calls.run).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    expect([f.calls.connect, f.calls.run]).toEqual([2, 2]);
    await c.stop();
  });

  it('leaves a restart to kafkajs when kafkajs restarts', async () => {
    const f = fakeKafka();
    const c = make(f.kafka);
    await c.start();
    f.crash(true);
    await jest.advanceTimersByTimeAsync(2 * config.sessionTimeoutMs);
    expect(f.calls.run).toBe(1);
    await c.stop();
  });

  it('does not rejoin once stopped', async () => {
    const f = fakeKafka();
    const c = make(f.kafka);
    await c.start();
    f.crash(false);
    await c.stop();
    await jest.advanceTimersByTimeAsync(2 * config.sessionTimeoutMs);
    expect([f.calls.run, f.calls.disconnect]).toEqual([1, 1]);
  });
});

const judges = { versions: async () => ({ rulesetVersion: 'r', modelVersion: 'm', rejectedRules: null }) } as unknown as JudgeControl;
const store = { ping: async () => true } as never;
/** /readyz's status and body (a store that answers, rules and a model that judge), the handler called as express calls it. */
async function ready(kafkaInGroup?: () => boolean): Promise<{ status: number; body: Record<string, unknown> }> {
  const out = { status: 0, body: {} as Record<string, unknown> };
  const res = { status: (n: number) => ((out.status = n), res), json: (b: Record<string, unknown>) => void (out.body = b) } as unknown as Response;
  await readyz({ store }, judges, () => false, undefined, kafkaInGroup)({} as Request, res, () => undefined);
  return out;
}

/** The gauge kafka_consumer_in_group, as /metrics reads it. */
const inGroupGauge = async () => (await registry.getSingleMetric('kafka_consumer_in_group')!.get()).values[0]?.value;

describe('/readyz with the Kafka door: shows whether its consumer is in its group, and stays ready either way', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  // Out of the group is what every instance is during a broker outage: the HTTP doors (3101, 2101) must stay up.
  it('names the consumer out of its group until it joins, after a crash and while it rejoins, as body and gauge; 200 throughout', async () => {
    const f = fakeKafka();
    const c = make(f.kafka);
    const probe = async () => ({ ...(await ready(() => c.inGroup())), gauge: await inGroupGauge() });
    await c.start();
    const out = { status: 200, body: { status: 'ready', kafka: { inGroup: false, reason: KAFKA_OUT_OF_GROUP } }, gauge: 0 };
    const inside = { status: 200, body: { status: 'ready', kafka: { inGroup: true, reason: null } }, gauge: 1 };
    expect(await probe()).toMatchObject(out);
    f.join([0, 1]);
    expect(await probe()).toMatchObject(inside);
    f.crash(false);
    expect(await probe()).toMatchObject(out);
    // The rejoin a session later connects and runs again; the group has it back only at its join.
    await jest.advanceTimersByTimeAsync(config.sessionTimeoutMs);
    expect(f.calls.run).toBe(2);
    expect(await probe()).toMatchObject(out);
    f.join([0, 1]);
    expect(await probe()).toMatchObject(inside);
    // kafkajs's own restart after a retriable crash: out of the group too until it has joined.
    f.crash(true);
    expect(await probe()).toMatchObject(out);
    f.join([1]);
    expect(await probe()).toMatchObject(inside);
    await c.stop();
  });

  it('says nothing of Kafka without the Kafka door', async () => {
    const r = await ready();
    expect(r.status).toBe(200);
    expect(r.body).not.toHaveProperty('kafka');
  });
});

const unavailable = kafkaUnavailable();
const describeKafka = unavailable ? describe.skip : describe;

describeKafka('/readyz through librdkafka\'s mock cluster: a consumer crashed out of its group and joined again', () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startCluster({ 'claims-r': 2, 'verdicts-r': 2, 'dlq-r': 1 }, 1);
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('names the consumer out of its group from the crash until the rejoin has joined, and stays 200', async () => {
    if (!cluster.pushErrors) return; // an external cluster injects no errors
    // A short session: the rejoin waits one out.
    const cfg = kafkaConfig(cluster.brokers, { claimsTopic: 'claims-r', verdictsTopic: 'verdicts-r', dlqTopic: 'dlq-r', sessionTimeoutMs: 3000 });
    const c = createClaimsConsumer({ kafka: testKafka(cluster.brokers), config: cfg, pool: {} as ReviewPool, store: { ping: async () => true }, logger: silentLogger });
    const probe = () => ready(() => c.inGroup());
    try {
      await c.start();
      await waitFor('the first join', () => c.inGroup());
      expect((await probe()).status).toBe(200);
      // A heartbeat answered GROUP_AUTHORIZATION_FAILED (30): not retriable, so kafkajs crashes without a restart.
      await cluster.pushErrors(12, 30, 1);
      await waitFor('the crash', () => !c.inGroup());
      expect(await probe()).toMatchObject({ status: 200, body: { kafka: { inGroup: false, reason: KAFKA_OUT_OF_GROUP } } });
      expect(await inGroupGauge()).toBe(0);
      await waitFor('the rejoin', () => c.inGroup(), 4 * cfg.sessionTimeoutMs);
      expect(await probe()).toMatchObject({ status: 200, body: { kafka: { inGroup: true, reason: null } } });
    } finally {
      await c.stop();
    }
  }, 120_000);
});
