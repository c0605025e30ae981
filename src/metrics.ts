import { isMainThread, threadId } from 'node:worker_threads';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

// One registry for the process; /metrics serves it. Label values are bounded sets (decision, family).

export const registry = new Registry();
// Process and Node metrics once, from the main thread: the service merges its review thread's registry into
// /metrics by summing, which would count process-wide figures twice.
if (isMainThread) collectDefaultMetrics({ register: registry });

export const claimsReviewed = new Counter({
  name: 'claims_reviewed_total',
  help: 'Claims reviewed, by decision',
  labelNames: ['decision', 'source'] as const,
  registers: [registry],
});

export const hitsTotal = new Counter({
  name: 'review_hits_total',
  help: 'Hits raised, by family and severity',
  labelNames: ['family', 'severity'] as const,
  registers: [registry],
});

export const retrospectiveFindings = new Counter({
  name: 'retrospective_findings_total',
  help: 'Earlier claims revised by a later claim\'s finding (事后发现), by rule; a finding already made, unchanged, is not counted again',
  labelNames: ['rule'] as const,
  registers: [registry],
});

export const reviewLatency = new Histogram({
  name: 'review_latency_seconds',
  help: 'Time from a claim entering review() to its verdict being recorded (batch wall time)',
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry],
});

export const storeWriteFailures = new Counter({
  name: 'store_write_failures_total',
  help: 'Store write transactions that failed in SQLite (a full disk, I/O errors, a busy file), by SQLite error code',
  labelNames: ['code'] as const,
  registers: [registry],
});

/**
 * Per thread (the service merges its review thread's registry, so each thread keeps its own series): the time
 * (Unix seconds) of this thread's last failed store write while its writes are failing, 0 once one succeeds.
 * /readyz reads it.
 */
export const storeWritesFailingSince = new Gauge({
  name: 'store_writes_failing_since_seconds',
  help: "Unix time of this thread's last failed store write while writes are failing; 0 once a write succeeds",
  labelNames: ['thread'] as const,
  registers: [registry],
});
export const THREAD_LABEL = isMainThread ? 'main' : `thread-${threadId}`;

export const reloadFailures = new Counter({
  name: 'reload_failures_total',
  help: 'Rule set or model reloads refused (the last good one stays active), by what',
  labelNames: ['what'] as const,
  registers: [registry],
});
