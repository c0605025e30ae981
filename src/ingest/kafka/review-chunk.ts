import type { KafkaMessage, Message } from 'kafkajs';
import type { Verdict } from '../../contract/verdict';
import { WORKER_STOPPED, type PoolResult, type ReviewPool } from '../parallel/review-pool';
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
  let verdicts: (Reviewed | Error)[];
  try {
    verdicts = reviewedOf(await pool.review(lines, []));
  } catch {
    // One message at a time, to find the one that breaks the batch; re-reviewing is idempotent by claimId.
    verdicts = [];
    for (const line of lines) {
      try {
        verdicts.push(reviewedOf(await pool.review([line], []))[0]);
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
    const r = verdicts[i];
    if (r instanceof Error) {
      out.deadLetters.push(deadLetterMessage(message, origin, 'review_failed', [{ path: '', message: r.message }], at));
      out.outcomes.push('dead_letter');
      out.reasons.push('review_failed');
      return;
    }
    if (r.decision === 'invalid') {
      // Only refused messages are decoded here, to say why (empty, not JSON, or not a valid claim), and only
      // their verdicts parsed, for the field errors.
      const v = JSON.parse(r.bytes.toString('utf8')) as Verdict;
      const reason = deadLetterReason(decodeClaim(message));
      out.deadLetters.push(deadLetterMessage(message, origin, reason, v.errors ?? [], at));
      out.outcomes.push('dead_letter');
      out.reasons.push(reason);
    } else {
      // The verdict's bytes are the message value as the worker wrote them (no input line number: the pool is
      // given none), not parsed and serialised again on this thread.
      out.verdicts.push(verdictMessage(message, r.claimId, r.bytes));
      out.outcomes.push(r.decision);
      // Earlier claims' verdicts revised by this one (事后发现), produced after it under the same member key (the
      // partition that holds the earlier claim's verdict, so a consumer keeping the last per claim-id gets the revision).
      for (const rv of r.revised) out.verdicts.push(verdictMessage(message, (JSON.parse(rv.toString('utf8')) as Verdict).claimId ?? '', rv));
    }
  });
  return out;
}

/** One message's verdict from the pool: its JSON line and what the door routes it by. */
interface Reviewed {
  bytes: Buffer;
  decision: string;
  claimId: string;
  /** Revised verdicts of earlier claims this message's review made, each a JSON line. */
  revised: Buffer[];
}

function reviewedOf(result: PoolResult): Reviewed[] {
  const lines = splitLines(result.output);
  let at = 0;
  return result.decisions.map((decision, i) => {
    const bytes = lines[at++];
    const n = result.revisions?.[i] ?? 0;
    const revised = lines.slice(at, at + n);
    at += n;
    return { bytes, decision, claimId: result.claimIds[i], revised };
  });
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
