// A consumer in its own process, so a test can kill it for real (SIGKILL) between the store write and the
// commit of a chunk. It runs the built code (jest's global setup compiles dist/), as the service does: loading
// the sources through a transpiler cost each start ~3 s of CPU. Config in CHILD_* variables. It needs only dist/src:
// the build (tsconfig.build.json) compiles src, bench and scripts, and a test module reaches dist/ only while a bench
// happens to import it.
const { loadConfig } = require('../../dist/src/config');
const { createContext } = require('../../dist/src/context');
const { createClaimsConsumer, createKafka } = require('../../dist/src/ingest/kafka');
const { createReviewPool } = require('../../dist/src/ingest/parallel/review-pool');
const { createLogger } = require('../../dist/src/logger');

const env = process.env;
const config = loadConfig({ STORE_PATH: env.CHILD_STORE_PATH, SAMPLE_DATA: 'off', RULES_WATCH: 'off' });
const logger = createLogger('silent');
const ctx = createContext(config, logger);
const kafkaConfig = JSON.parse(env.CHILD_KAFKA_CONFIG);
const pauseMs = Number(env.CHILD_PAUSE_AFTER_REVIEW_MS ?? 0);

const consumer = createClaimsConsumer({
  kafka: createKafka(kafkaConfig, logger),
  config: kafkaConfig,
  // The Kafka door's review workers on the same store file, as kit.ts kafkaPool starts them in the test process.
  pool: createReviewPool(2, { env: { STORE_PATH: env.CHILD_STORE_PATH, SAMPLE_DATA: 'off', RULES_WATCH: 'off', LOG_LEVEL: 'silent' }, source: 'kafka' }),
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
