import { Partitioners, type Consumer, type Kafka, type KafkaMessage, type Producer, type TopicMessages } from 'kafkajs';
import type { KafkaConfig } from '../../config';
import type { Logger } from '../../logger';
import type { ReviewPool } from '../parallel/review-pool';
import { batchLatency, consumerLag, deadLettered, inGroupGauge, messagesProcessed } from './metrics';
import { reviewChunk, type ChunkOutput, type StorePing } from './review-chunk';

export interface ChunkInfo {
  topic: string;
  partition: number;
  firstOffset: string;
  lastOffset: string;
  count: number;
}

/** Test seams: called between the steps of one chunk (a test can kill the process there). */
export interface ConsumerHooks {
  afterReview?(info: ChunkInfo): void | Promise<void>;
  afterCommit?(info: ChunkInfo): void | Promise<void>;
}

export interface ClaimsConsumer {
  start(): Promise<void>;
  /** Stops fetching, lets each in-flight chunk finish (reviewed, produced, committed), leaves the group. */
  stop(): Promise<void>;
  /** Batches being processed right now. */
  inFlight(): number;
  /** Partitions of the claims topic this instance was given at its last group join. */
  assignment(): number[];
  /**
   * Whether this instance is a member of its consumer group: from its group join until a crash, and again once it has
   * rejoined (kafkajs's restart or its own, below). False before its first join: it consumes nothing meanwhile (/readyz
   * shows it, the gauge kafka_consumer_in_group counts it; neither makes the instance not ready).
   */
  inGroup(): boolean;
}

export interface ClaimsConsumerOptions {
  kafka: Kafka;
  config: KafkaConfig;
  /**
   * The review workers (src/ingest/parallel), created with source `kafka` on the store `store` is a
   * connection to; the caller closes them after stop().
   */
  pool: ReviewPool;
  /** This thread's connection to that store: asked whether it answers when a message's review throws. */
  store: StorePing;
  logger: Logger;
  hooks?: ConsumerHooks;
}

/**
 * The Kafka door. Per chunk of a fetched batch, strictly in this order: review on the member-keyed worker
 * pool, as file intake does (the workers record the verdicts: the store write), produce
 * verdicts and dead letters (acks from all in-sync replicas), commit the next offset. A crash anywhere
 * before the commit redelivers the chunk, and the store's upserts by claimId make the replay a no-op:
 * at-least-once delivery, effectively-once state.
 */
export function createClaimsConsumer(opts: ClaimsConsumerOptions): ClaimsConsumer {
  const { kafka, config, pool, store, hooks } = opts;
  const logger = opts.logger.child({ component: 'kafka-consumer', topic: config.claimsTopic, groupId: config.groupId });
  const producer: Producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner, // Java-compatible murmur2: same key, same partition
    allowAutoTopicCreation: false,
  });
  const consumer: Consumer = kafka.consumer({
    groupId: config.groupId,
    sessionTimeout: config.sessionTimeoutMs,
    heartbeatInterval: Math.max(500, Math.floor(config.sessionTimeoutMs / 10)),
    // A fetch long-polls at most this long; stop() waits for it, so it bounds how long SIGTERM takes.
    maxWaitTimeInMs: 1000,
    // kafkajs's 1 MB per partition (~190 claims of ~5.5 KB) is kept: 8 MB batches (several 500-claim chunks each,
    // so the chunk ahead overlapped more) were slower end to end in the bench, 365-407 vs 444-504 claims/s in
    // alternating runs, the work coming in fewer and more uneven pieces among partitions and workers.
    allowAutoTopicCreation: false,
  });
  let inFlight = 0;
  let assigned: number[] = [];
  let joined = false;
  const setJoined = (now: boolean) => {
    joined = now;
    inGroupGauge.set(now ? 1 : 0);
  };
  setJoined(false);
  let started = false;
  let stopping: Promise<void> | null = null;

  consumer.on(consumer.events.GROUP_JOIN, (e) => {
    setJoined(true);
    assigned = [...(e.payload.memberAssignment[config.claimsTopic] ?? [])].sort((a, b) => a - b);
    logger.info({ memberId: e.payload.memberId, partitions: assigned }, 'joined consumer group');
  });
  // kafkajs restarts a crashed consumer itself only after a retriable error; after any other (librdkafka's mock
  // coordinator answers a follower's SyncGroup that reaches it after the leader's with INVALID_REQUEST) it leaves this
  // instance out of the group for good while the service runs on. Join again, as librdkafka's consumer does on a failed
  // sync (rdkafka_cgrp.c: "synchronization failed: rejoining"), after a session: by then the coordinator has dropped
  // the member the crash left behind, which would otherwise hold up or share the next assignment.
  let rejoinTimer: NodeJS.Timeout | null = null;
  let rejoining: Promise<void> | null = null;
  const rejoin = () => {
    rejoinTimer = null;
    if (stopping) return;
    logger.warn('consumer rejoining its group after a crash');
    rejoining = (async () => {
      try {
        await consumer.connect();
        await run();
      } catch (err) {
        logger.error({ err }, 'consumer could not rejoin its group');
        if (!stopping && !rejoinTimer) rejoinTimer = setTimeout(rejoin, config.sessionTimeoutMs); // a crash during run() may have set one
      }
    })();
  };
  consumer.on(consumer.events.CRASH, (e) => {
    logger.error({ err: e.payload.error, restart: e.payload.restart }, 'consumer crashed');
    setJoined(false);
    assigned = [];
    if (!e.payload.restart && !stopping && !rejoinTimer) rejoinTimer = setTimeout(rejoin, config.sessionTimeoutMs);
  });

  const run = () =>
    consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: config.concurrency,
      eachBatch: async ({ batch, heartbeat, commitOffsetsIfNecessary, resolveOffset, isRunning, isStale }) => {
        const { topic, partition } = batch;
        const timer = batchLatency.startTimer({ topic });
        inFlight += 1;
        const chunks: KafkaMessage[][] = [];
        for (let i = 0; i < batch.messages.length; i += config.chunkSize) chunks.push(batch.messages.slice(i, i + config.chunkSize));
        const review = (messages: KafkaMessage[]) => settled(reviewChunk(messages, pool, store, { topic, partition }));
        // The next chunk's review, started while this one's verdicts are produced and committed, so the workers
        // are not idle through those round trips. It starts only once this chunk's review is over (a member's
        // claims reach the workers in offset order, also when a poison message makes reviewChunk go one by one).
        let next: Settled<ChunkOutput> | null = null;
        try {
          for (let c = 0; c < chunks.length; c++) {
            const messages = chunks[c];
            // Stopping or rebalanced away: what is not yet committed is released to the next owner.
            if (next === null && (!isRunning() || isStale())) break;
            const out = await (next ?? review(messages)).value();
            next = null;
            // Rebalanced away while it was reviewed: its verdicts are the next owner's to produce (it is stored;
            // the redelivery is a no-op there). A stop, by contrast, lets a chunk already reviewed finish.
            if (isStale()) break;
            if (c + 1 < chunks.length && isRunning()) next = review(chunks[c + 1]);
            const info: ChunkInfo = {
              topic,
              partition,
              firstOffset: messages[0].offset,
              lastOffset: messages[messages.length - 1].offset,
              count: messages.length,
            };
            await hooks?.afterReview?.(info);

            const topicMessages: TopicMessages[] = [];
            if (out.verdicts.length) topicMessages.push({ topic: config.verdictsTopic, messages: out.verdicts });
            if (out.deadLetters.length) topicMessages.push({ topic: config.dlqTopic, messages: out.deadLetters });
            if (topicMessages.length) await producer.sendBatch({ topicMessages, acks: -1 });

            // The payload's commit, not consumer.commitOffsets: the latter silently skips once stop() began,
            // and the chunk that was in flight at SIGTERM must still be committed.
            const nextOffset = (BigInt(info.lastOffset) + 1n).toString();
            await commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition, offset: nextOffset }] }] });
            resolveOffset(info.lastOffset);
            await hooks?.afterCommit?.(info);

            for (const outcome of out.outcomes) messagesProcessed.inc({ topic, outcome });
            for (const reason of out.reasons) deadLettered.inc({ reason });
            const lag = BigInt(batch.highWatermark) - BigInt(nextOffset);
            consumerLag.set({ topic, partition: String(partition) }, Number(lag > 0n ? lag : 0n));
            await heartbeat();
          }
        } finally {
          // A review started ahead and not used (a produce or commit failed, or the partition was taken away):
          // its claims are stored but not committed, so they are redelivered; wait for it so the pool is idle
          // before the caller closes it.
          await next?.done;
          inFlight -= 1;
          timer();
        }
      },
    });

  return {
    async start() {
      if (started) return;
      started = true;
      await producer.connect();
      await consumer.connect();
      await consumer.subscribe({ topics: [config.claimsTopic], fromBeginning: true });
      await run();
      logger.info({ concurrency: config.concurrency, chunkSize: config.chunkSize }, 'consuming claims');
    },
    stop() {
      stopping ??= (async () => {
        if (!started) return;
        logger.info({ inFlight }, 'stopping consumer: finishing in-flight chunks');
        if (rejoinTimer) clearTimeout(rejoinTimer);
        // A join under way finishes first, or the disconnect would not stop what it starts; bounded, since kafkajs's
        // connect retries against an unreachable broker last longer than a shutdown may.
        if (rejoining) await Promise.race([rejoining, new Promise((r) => setTimeout(r, config.sessionTimeoutMs).unref())]);
        await consumer.disconnect(); // waits for eachBatch to return, then leaves the group
        await producer.disconnect();
        logger.info('consumer stopped');
      })();
      return stopping;
    },
    inFlight: () => inFlight,
    assignment: () => assigned,
    inGroup: () => joined,
  };
}

/** A promise whose failure is held until asked for, so one started ahead and never awaited is not an unhandled rejection. */
interface Settled<T> {
  value(): Promise<T>;
  /** Resolves once it is over, whatever the outcome. */
  done: Promise<void>;
}

function settled<T>(p: Promise<T>): Settled<T> {
  const done = p.then(
    () => undefined,
    () => undefined,
  );
  return { value: () => p, done };
}
