// Messages between the file-intake thread and its review workers. Lines and verdicts travel as bytes in
// transferred buffers: the reading thread neither decodes nor encodes text, and nothing is copied.

import type { MetricObjectWithValues, MetricValue } from 'prom-client';
import type { Config } from '../../config';

export interface WorkerInit {
  env: Record<string, string | undefined>;
  /** The checked config, when the caller has one (the service); else the workers load it from env. */
  config?: Config;
  source: string;
  /** Lock the workers queue on for their writes to a shared embedded store. */
  writeLock?: SharedArrayBuffer;
  /** Locks the workers take turns on for identical bills of several members (features/reviews/bill-locks.ts). */
  billLocks?: SharedArrayBuffer;
}

/** Lines of one batch that belong to this worker's members, in input order. */
export interface WorkRequest {
  batch: number;
  /** The lines' UTF-8 bytes, each followed by \n (a line never holds one). */
  data: Uint8Array;
  /** 1-based input line number of each line, set on its verdict. */
  lineNumbers: number[];
}

/** Counts for the closing summary. */
export interface Tally {
  byDecision: Record<string, number>;
  /** Verdicts with at least one hit of the family. */
  byFamily: Record<string, number>;
}

export interface WorkResult {
  batch: number;
  /** One serialised verdict per line, same order, each followed by \n, as UTF-8. */
  data: Uint8Array;
  /** End offset in data of each verdict's line. */
  ends: Int32Array;
  /**
   * Each verdict's decision and claimId ('' when it has none), same order: what the Kafka door routes and
   * labels a verdict by, so its thread need not parse the verdict JSON again.
   */
  decisions: string[];
  claimIds: string[];
  /**
   * Per verdict, how many revised verdicts of earlier claims (事后发现) follow its line inside its entry (each a line
   * of its own); absent when none.
   */
  revisions?: number[];
  tally: Tally;
  error?: string;
  /** The error's code (e.g. SQLITE_FULL), so the caller can tell a store that cannot write from a bad input. */
  code?: string;
}

/** Reload the worker's rules or model (after the batches before it), as the service's judges did. */
export interface ReloadRequest {
  reload: 'rules' | 'model';
  id: number;
  /** The model to load (model reloads); absent: the configured or newest one. */
  name?: string;
}

export interface ReloadDone {
  reloaded: number;
  error?: string;
}

/** Ask a worker for its metrics (what review() counted there: claims reviewed, hits, latency, store write failures). */
export interface MetricsRequest {
  metrics: number;
}

export interface MetricsReply {
  metricsOf: number;
  value: MetricObjectWithValues<MetricValue<string>>[];
}
