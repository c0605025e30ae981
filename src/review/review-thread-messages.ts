import type { MetricObjectWithValues, MetricValue } from 'prom-client';
import type { Config } from '../config';
import type { Verdict } from '../contract/verdict';

// Messages between the service's HTTP thread and its review thread (review-thread.ts). Claims go as the
// objects express parsed and verdicts come back as objects: structured clones, ~20 µs for a 5 KB claim.

export interface ReviewThreadInit {
  config: Config;
  /** The write lock the service's own store connection queues on too. */
  writeLock: SharedArrayBuffer;
}

export type ToThread =
  | { type: 'review'; id: number; inputs: readonly unknown[]; source: string }
  | { type: 'reload-rules' }
  | { type: 'reload-model'; name?: string }
  | { type: 'metrics'; id: number }
  | { type: 'close' };

export type FromThread =
  | { type: 'ready'; rulesetVersion: string; modelVersion: string }
  | { type: 'verdicts'; id: number; verdicts: Verdict[] }
  | { type: 'failed'; id: number; message: string }
  | { type: 'metrics'; id: number; metrics: MetricObjectWithValues<MetricValue<string>>[] }
  | { type: 'reload-failed'; what: 'rules' | 'model'; message: string }
  | { type: 'closed' };
