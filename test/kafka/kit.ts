import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners, type Consumer, type IHeaders } from 'kafkajs';
import type { KafkaConfig } from '../../src/config';
import { createReviewPool, type ReviewPool } from '../../src/ingest/parallel/review-pool';

// Small helpers shared by the Kafka tests and the benchmark: produce claims the way an upstream system
// would (keyed by insuredId), read a topic back from the beginning, wait for a condition.

export function testKafka(brokers: string[]): Kafka {
  return new Kafka({ clientId: `test-${process.pid}`, brokers, logLevel: logLevel.NOTHING });
}

export function kafkaConfig(brokers: string[], overrides: Partial<KafkaConfig> = {}): KafkaConfig {
  const id = randomUUID().slice(0, 8);
  return {
    brokers,
    clientId: `review-${id}`,
    groupId: `review-${id}`,
    claimsTopic: 'claims',
    verdictsTopic: 'verdicts',
    dlqTopic: 'claims-dead-letter',
    concurrency: 3,
    chunkSize: 100,
    sessionTimeoutMs: 6000,
    workers: 2,
    ...overrides,
  };
}

/** The Kafka door's review workers on the store file at storePath, as the service starts them (source kafka). */
export function kafkaPool(storePath: string, env: Record<string, string> = {}, workers = 2): ReviewPool {
  return createReviewPool(workers, { env: { STORE_PATH: storePath, SAMPLE_DATA: 'off', RULES_WATCH: 'off', LOG_LEVEL: 'silent', ...env }, source: 'kafka' });
}

export interface Outgoing {
  key: string | null;
  value: Buffer | string | null;
  headers?: IHeaders;
}

/** Produces the messages in requests of `perSend` (each request one message set per partition it touches). */
export async function produce(kafka: Kafka, topic: string, messages: Outgoing[], perSend = 500): Promise<void> {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  for (let i = 0; i < messages.length; i += perSend) {
    await producer.send({ topic, acks: -1, messages: messages.slice(i, i + perSend) });
  }
  await producer.disconnect();
}

/** Claims as an upstream system sends them: one JSON claim per message, keyed by the member. */
export function claimMessages(claims: readonly { patient: { insuredId: string } }[]): Outgoing[] {
  return claims.map((c) => ({ key: c.patient.insuredId, value: JSON.stringify(c) }));
}

export interface Received {
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
  at: number;
}

export interface TopicReader {
  messages: Received[];
  stop(): Promise<void>;
}

/** Reads a topic from the beginning into `messages` until stopped (its own throwaway group). */
export async function readTopic(kafka: Kafka, topic: string): Promise<TopicReader> {
  const consumer: Consumer = kafka.consumer({ groupId: `reader-${randomUUID()}`, sessionTimeout: 6000, heartbeatInterval: 500, maxWaitTimeInMs: 200 });
  const messages: Received[] = [];
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(message.headers ?? {})) headers[k] = String(v);
      messages.push({ partition, offset: message.offset, key: message.key?.toString() ?? null, value: message.value, headers, at: Date.now() });
    },
  });
  return { messages, stop: () => consumer.disconnect() };
}

export async function waitFor(what: string, cond: () => boolean | Promise<boolean>, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Waits until `done` says so, failing only when nothing moves: `progress` (a count, or anything comparable) has not
 * changed for `stallMs`, or `failed` names a reason (a child process that exited). For waits whose length is the
 * machine's speed (a loaded 2-core CI runs a stream several times slower than an idle one): no deadline on the whole.
 */
export async function waitWhileMoving(
  what: string,
  o: { progress: () => unknown | Promise<unknown>; done: () => boolean | Promise<boolean>; failed?: () => string | null; stallMs?: number },
): Promise<void> {
  const stallMs = o.stallMs ?? 60_000;
  let last = await o.progress();
  let movedAt = Date.now();
  while (!(await o.done())) {
    const failure = o.failed?.() ?? null;
    if (failure) throw new Error(`waiting for ${what}: ${failure}`);
    const now = await o.progress();
    if (now !== last) [last, movedAt] = [now, Date.now()];
    else if (Date.now() - movedAt > stallMs) throw new Error(`waiting for ${what}: no progress for ${stallMs} ms (at ${String(now)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
