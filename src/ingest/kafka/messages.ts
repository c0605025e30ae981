import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import type { FieldError } from '../../contract/verdict';
import { isNotJson, notJson, parseLine } from '../../features/reviews/not-json';

// What goes in and out of the topics. Claims are one JSON object per message keyed by insuredId; verdicts
// keep that key so a member's verdicts stay in order too. A dead letter is the original message, byte for
// byte (key, value, headers), plus dlq-* headers saying why and where it came from, so it can be replayed.

export type DeadLetterReason = 'empty' | 'not_json' | 'invalid_claim' | 'review_failed';

/** The review input of one message: the parsed JSON, or a NotJson marker that review() turns into `invalid`. */
export function decodeClaim(message: Pick<KafkaMessage, 'value'>): unknown {
  const value = message.value;
  if (!value || value.length === 0) return notJson('', 'empty message');
  return parseLine(value.toString('utf8'));
}

export function deadLetterReason(input: unknown): DeadLetterReason {
  // Too deep is JSON all right, just not a claim this service takes.
  if (!isNotJson(input) || input.kind === 'too_deep') return 'invalid_claim';
  return input.kind;
}

/**
 * The verdict message: same key as the claim (or the claim's insuredId when the producer sent none: the
 * claim is parsed again here for it, which upstream systems keying by member never need). `value` is the
 * verdict's JSON, as the review worker wrote it.
 */
export function verdictMessage(source: KafkaMessage, claimId: string, value: Buffer | string): Message {
  return {
    key: source.key ?? insuredIdOf(decodeClaim(source)),
    value,
    headers: { 'claim-id': claimId },
  };
}

export interface DeadLetterOrigin {
  topic: string;
  partition: number;
}

export function deadLetterMessage(
  source: KafkaMessage,
  origin: DeadLetterOrigin,
  reason: DeadLetterReason,
  errors: FieldError[],
  at: string,
): Message {
  const headers: IHeaders = {
    ...(source.headers ?? {}),
    'dlq-reason': reason,
    'dlq-errors': JSON.stringify(errors),
    'dlq-topic': origin.topic,
    'dlq-partition': String(origin.partition),
    'dlq-offset': source.offset,
    'dlq-at': at,
  };
  return { key: source.key, value: source.value, headers };
}

function insuredIdOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return null;
  const patient = (input as { patient?: unknown }).patient;
  if (typeof patient !== 'object' || patient === null) return null;
  const id = (patient as { insuredId?: unknown }).insuredId;
  return typeof id === 'string' ? id : null;
}
