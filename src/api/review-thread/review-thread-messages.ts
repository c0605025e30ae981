import type { Config } from '../../config';

// Messages between the service's HTTP thread and its review thread (review-thread.ts). Requests go as the
// objects express parsed and answers come back as objects: structured clones (~20 µs for a 5 KB claim).

export interface ReviewThreadInit {
  config: Config;
  /** The write lock the service's own store connection queues on too. */
  writeLock: SharedArrayBuffer;
}

/** What the thread does for a call, and with what. */
export type Call =
  | { op: 'review'; inputs: readonly unknown[]; source: string }
  /** A whole 3101 message: parse, map, review or remind, save the findings, answer in the national envelope. */
  | { op: 'fsi3101'; body: unknown }
  | { op: 'metrics' }
  /** The rule set and model that judge (JudgeControl), and their reloads. */
  | { op: 'versions' }
  | { op: 'rules' }
  | { op: 'reload-rules' }
  | { op: 'reload-model'; name?: string };

export type ToThread = ({ type: 'call'; id: number } & Call) | { type: 'close' };

/** A call that failed; a rule file the thread rejected keeps its file and rule, for the 422 answer. */
export interface Failure {
  message: string;
  /** The error's own code (SQLITE_FULL …), so the HTTP thread answers a store failure as one. */
  code?: string;
  ruleLoad?: { file: string; ruleId: string | null; detail: string };
}

export type FromThread =
  | { type: 'ready'; rulesetVersion: string; modelVersion: string }
  | { type: 'answer'; id: number; value: unknown }
  | ({ type: 'failed'; id: number } & Failure)
  | { type: 'closed' };
