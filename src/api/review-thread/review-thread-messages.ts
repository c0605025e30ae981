import type { Config } from '../../config';
import type { Outcome } from '../../contract/outcome';
import type { BodyRoute } from './body-answers';

// Messages between the service's HTTP thread and its review thread (review-thread.ts). A review route's body
// goes as the bytes received (its buffer transferred, not copied) and its answer comes back as JSON text: a
// structured clone of a parsed claim and of its verdict cost ~20 µs each way for a 5 KB claim, plus the HTTP
// thread's own parse and stringify. Other calls (the sample's claims, versions, reloads) go as objects.

export interface ReviewThreadInit {
  config: Config;
  /** Which lane it is (review-lanes.ts), for its log lines. */
  lane: string;
  /** The write lock the service's own store connection queues on too. */
  writeLock: SharedArrayBuffer;
  /**
   * A nice value to lower the thread's CPU priority to (the big lane's, review-lanes.ts); none: as the process.
   * A lane so lowered writes long texts' parts through a writer thread at the process's priority (part-writer.ts).
   */
  nice?: number;
  /** Tests: the thread stops at this gate at the start of each body (lane-gate.ts). */
  gate?: SharedArrayBuffer;
}

/** What the thread does for a call, and with what. */
export type Call =
  | { op: 'review'; inputs: readonly unknown[]; source: string }
  /** A review route's body (single, batch, 3101/3103): parse, check, review, answer as JSON text (body-answers.ts). */
  | { op: 'body'; route: BodyRoute; bytes: Uint8Array | null }
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
  /** A domain refusal (a batch too large, a body too deep): answered as on the HTTP thread. */
  outcome?: Outcome;
  /** The body was not JSON (body-parser's 400). */
  badJson?: true;
  ruleLoad?: { file: string; ruleId: string | null; detail: string };
}

/**
 * Answers longer than this many UTF-16 units leave the review thread as UTF-8 bytes in a buffer of their own,
 * transferred: a 60,000-line claim's verdict is ~31 MB of JSON, and cloning it as a string, then encoding it
 * for the socket, held the HTTP thread (and every small request it was answering) for tens to hundreds of
 * milliseconds. Shorter ones go as text: a transfer costs more than a small string's copy.
 */
export const LONG_ANSWER_CHARS = 64 * 1024;

/** A call's answer as posted, with what to transfer: a long body answer's JSON as bytes it owns. */
export function answerMessage(id: number, value: unknown): { msg: FromThread; transfer: ArrayBuffer[] } {
  const json = (value as { json?: unknown } | null)?.json;
  if (typeof json !== 'string' || json.length <= LONG_ANSWER_CHARS) return { msg: { type: 'answer', id, value }, transfer: [] };
  const bytes = new Uint8Array(Buffer.byteLength(json));
  Buffer.from(bytes.buffer).write(json);
  return { msg: { type: 'answer', id, value: { ...(value as object), json: bytes } }, transfer: [bytes.buffer] };
}

export type FromThread =
  | { type: 'ready'; rulesetVersion: string; modelVersion: string }
  | { type: 'answer'; id: number; value: unknown }
  | ({ type: 'failed'; id: number } & Failure)
  | { type: 'closed' };
