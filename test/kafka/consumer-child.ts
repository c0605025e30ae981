// A consumer in its own process, so a test can kill it for real (SIGKILL) between the store write and the
// commit of a chunk. Run with: node -r ./ts-register.js consumer-child.ts, config in CHILD_* variables.
import { loadConfig } from '../../src/config';
import { createContext } from '../../src/context';
import { createClaimsConsumer, createKafka } from '../../src/ingest/kafka';
import { createLogger } from '../../src/logger';
import { kafkaPool } from './kit';

const env = process.env;
const config = loadConfig({ STORE_PATH: env.CHILD_STORE_PATH!, SAMPLE_DATA: 'off', RULES_WATCH: 'off' });
const logger = createLogger('silent');
const ctx = createContext(config, logger);
const kafkaConfig = JSON.parse(env.CHILD_KAFKA_CONFIG!);
const pauseMs = Number(env.CHILD_PAUSE_AFTER_REVIEW_MS ?? 0);

const consumer = createClaimsConsumer({
  kafka: createKafka(kafkaConfig, logger),
  config: kafkaConfig,
  pool: kafkaPool(env.CHILD_STORE_PATH!),
  store: ctx.store,
  logger,
  hooks: {
    async afterReview(info) {
      process.stdout.write(`reviewed ${info.partition} ${info.firstOffset} ${info.lastOffset}\n`);
      if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
    },
    afterCommit(info) {
      process.stdout.write(`committed ${info.partition} ${info.lastOffset}\n`);
    },
  },
});
consumer.start().then(() => process.stdout.write('started\n'));
