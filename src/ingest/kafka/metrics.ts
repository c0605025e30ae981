import { Counter, Gauge, Histogram } from 'prom-client';
import { registry } from '../../metrics';

// Kafka door metrics on the process registry. Labels are bounded: topics and partitions are few and fixed,
// outcomes are the decisions plus dead_letter, reasons are the four dead-letter causes.

export const consumerLag = new Gauge({
  name: 'kafka_consumer_lag',
  help: 'Messages behind the partition high watermark after the last committed chunk',
  labelNames: ['topic', 'partition'] as const,
  registers: [registry],
});

// Not in /readyz's verdict (an outage of the brokers must not take the HTTP doors down): alert on it instead.
export const inGroupGauge = new Gauge({
  name: 'kafka_consumer_in_group',
  help: 'Whether the claims consumer is a member of its consumer group (1) or not (0: before its first join, or since a crash until it has joined again)',
  registers: [registry],
});

export const messagesProcessed = new Counter({
  name: 'kafka_messages_processed_total',
  help: 'Claims-topic messages processed, by topic and outcome (pass, review, reject, dead_letter)',
  labelNames: ['topic', 'outcome'] as const,
  registers: [registry],
});

export const deadLettered = new Counter({
  name: 'kafka_dead_lettered_total',
  help: 'Messages sent to the dead-letter topic, by reason',
  labelNames: ['reason'] as const,
  registers: [registry],
});

export const batchLatency = new Histogram({
  name: 'kafka_batch_seconds',
  help: 'Wall time of one fetched batch: review, store write, produce and commit',
  labelNames: ['topic'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});
