import { EventEmitter } from 'node:events';
import type { Kafka } from 'kafkajs';
import { createClaimsConsumer } from '../../src/ingest/kafka';
import type { ReviewPool } from '../../src/ingest/parallel/review-pool';
import { silentLogger } from '../helpers/context';
import { kafkaConfig } from './kit';

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
