import type { KafkaMessage, Message } from 'kafkajs';
import type { Verdict } from '../../contract/verdict';
import { review, type ReviewContext } from '../../features/reviews/review';
import { isStoreUnavailable } from '../../store/store-errors';
import { deadLetterMessage, deadLetterReason, decodeClaim, verdictMessage, type DeadLetterReason } from './messages';

export interface ChunkOutput {
  verdicts: Message[];
  deadLetters: Message[];
  /** Per message, in order: the decision, or dead_letter. */
  outcomes: string[];
  reasons: DeadLetterReason[];
}

/**
 * Reviews (and so records) one run of messages from one partition and builds what must be produced for
 * them. Nothing here commits: the caller produces, then commits. A message whose review throws while the
 * store answers and can write is a poison message and is dead-lettered; when the store is down or cannot
 * write (a full disk) the error propagates so the batch is retried later rather than dead-lettering good claims.
 */
export async function reviewChunk(
  messages: readonly KafkaMessage[],
  ctx: ReviewContext,
  origin: { topic: string; partition: number },
): Promise<ChunkOutput> {
  const inputs = messages.map(decodeClaim);
  let verdicts: (Verdict | Error)[];
  try {
    verdicts = await review(inputs, ctx, { source: 'kafka' });
  } catch {
    // One message at a time, to find the one that breaks the batch; re-reviewing is idempotent by claimId.
    verdicts = [];
    for (const input of inputs) {
      try {
        verdicts.push((await review([input], ctx, { source: 'kafka' }))[0]);
      } catch (e) {
        // A store that answers but cannot write (a full disk) fails every claim alike: retry, do not dead-letter.
        if (isStoreUnavailable(e) || !(await ctx.store.ping().catch(() => false))) throw e;
        verdicts.push(e instanceof Error ? e : new Error(String(e)));
      }
    }
  }

  const out: ChunkOutput = { verdicts: [], deadLetters: [], outcomes: [], reasons: [] };
  const at = new Date().toISOString();
  messages.forEach((message, i) => {
    const v = verdicts[i];
    if (v instanceof Error) {
      out.deadLetters.push(deadLetterMessage(message, origin, 'review_failed', [{ path: '', message: v.message }], at));
      out.outcomes.push('dead_letter');
      out.reasons.push('review_failed');
    } else if (v.decision === 'invalid') {
      const reason = deadLetterReason(inputs[i]);
      out.deadLetters.push(deadLetterMessage(message, origin, reason, v.errors ?? [], at));
      out.outcomes.push('dead_letter');
      out.reasons.push(reason);
    } else {
      out.verdicts.push(verdictMessage(message, inputs[i], v));
      out.outcomes.push(v.decision);
    }
  });
  return out;
}
