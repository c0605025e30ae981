export { createKafka } from './client';
export { createClaimsConsumer, type ClaimsConsumer, type ClaimsConsumerOptions, type ConsumerHooks, type ChunkInfo } from './consumer';
export { decodeClaim, deadLetterMessage, verdictMessage, type DeadLetterReason } from './messages';
