import type { KafkaMessage, Message } from 'kafkajs';
import type { Verdict } from '../../contract/verdict';
import { WORKER_STOPPED, type ReviewPool } from '../parallel/review-pool';
import { isStoreUnavailable } from '../../store/store-errors';
import { deadLetterMessage, deadLetterReason, decodeClaim, verdictMessage, type DeadLetterReason } from './messages';

export interface ChunkOutput {
  verdicts: Message[];
  deadLetters: Message[];
  /** Per message, in order: the decision, or dead_letter. */
  outcomes: string[];
  reasons: DeadLetterReason[];
}

/** What a chunk asks of the store on this thread: whether it answers (a store that is down is not a poison message). */
export interface StorePing {
  ping(): Promise<boolean>;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Reviews (and so records) one run of messages from one partition on the review workers, split by member
 * like file intake, and builds what must be produced for them. Nothing here commits: the caller produces,
 * then commits. A message whose review throws while the store answers and can write is a poison message and
 * is dead-lettered; when the store is down or cannot write (a full disk) the error propagates so the batch is
 * retried later rather than dead-lettering good claims.
 */
export async function reviewChunk(
  messages: readonly KafkaMessage[],
  pool: ReviewPool,
  store: StorePing,
  origin: { topic: string; partition: number },
): Promise<ChunkOutput> {
  const lines = messages.map(asLine);
  let verdicts: (Buffer | Error)[];
  try {
    verdicts = splitLines((await pool.review(lines, [])).output);
  } catch {
    // One message at a time, to find the one that breaks the batch; re-reviewing is idempotent by claimId.
    verdicts = [];
    for (const line of lines) {
      try {
        verdicts.push(splitLines((await pool.review([line], [])).output)[0]);
      } catch (e) {
        // A store that answers but cannot write (a full disk), or a dead review worker, fails every claim alike:
        // retry, do not dead-letter.
        if (isStoreUnavailable(e) || (e as { code?: unknown }).code === WORKER_STOPPED || !(await store.ping().catch(() => false))) throw e;
        verdicts.push(e instanceof Error ? e : new Error(String(e)));
      }
    }
  }

  const out: ChunkOutput = { verdicts: [], deadLetters: [], outcomes: [], reasons: [] };
  const at = new Date().toISOString();
  messages.forEach((message, i) => {
    const bytes = verdicts[i];
    if (bytes instanceof Error) {
      out.deadLetters.push(deadLetterMessage(message, origin, 'review_failed', [{ path: '', message: bytes.message }], at));
      out.outcomes.push('dead_letter');
      out.reasons.push('review_failed');
      return;
    }
    const v = JSON.parse(bytes.toString('utf8')) as Verdict;
    if (v.decision === 'invalid') {
      // Only refused messages are decoded here, to say why: empty, not JSON, or not a valid claim.
      const reason = deadLetterReason(decodeClaim(message));
      out.deadLetters.push(deadLetterMessage(message, origin, reason, v.errors ?? [], at));
      out.outcomes.push('dead_letter');
      out.reasons.push(reason);
    } else {
      // A verdict line carries no input line number (a message has none): its bytes are the message value.
      out.verdicts.push(verdictMessage(message, v, v.line === undefined ? bytes : JSON.stringify({ ...v, line: undefined })));
      out.outcomes.push(v.decision);
    }
  });
  return out;
}

/**
 * A message value as one line for the workers. A raw LF (whitespace between JSON tokens, or a bad control
 * character inside a string) becomes CR, which JSON treats exactly alike, so the line boundary holds and
 * what parses (or why it does not) is unchanged. A null value is an empty line: the workers record it as
 * invalid input, and it is dead-lettered as `empty`.
 */
function asLine(message: KafkaMessage): Uint8Array {
  const value = message.value;
  if (!value) return new Uint8Array(0);
  if (value.indexOf(LF) === -1) return value;
  const copy = Buffer.from(value);
  for (let at = copy.indexOf(LF); at !== -1; at = copy.indexOf(LF, at + 1)) copy[at] = CR;
  return copy;
}

/** The pool's output: one verdict line per input, each ended by \n (JSON text holds no raw \n). */
function splitLines(output: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  for (let from = 0, end = output.indexOf(LF); end !== -1; from = end + 1, end = output.indexOf(LF, from)) {
    parts.push(output.subarray(from, end));
  }
  return parts;
}
