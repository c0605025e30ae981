import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { createClaimsConsumer } from '../../src/ingest/kafka';
import { silentLogger, testContext } from '../helpers/context';
import { makeClaim, makeOutpatientClaim } from '../helpers/fixtures';
import { kafkaConfig, kafkaPool, produce, readTopic, testKafka, waitFor, type Outgoing } from '../kafka/kit';
import { kafkaUnavailable, startCluster, type TestCluster } from '../kafka/mock-cluster';
import { FUZZ_SEED, fuzzRuns, mutations, mutate, namesAField, toJsonText } from './mutate';

// Issue 18, point 11: mutated claims (and garbage) through the Kafka door, on librdkafka's mock cluster: every
// message a verdict or a dead letter whose errors name a field, none a review failure, every dead letter
// recorded as invalid input, and the case list answers afterwards.

const unavailable = kafkaUnavailable();
if (unavailable) console.log(unavailable);
const describeKafka = unavailable ? describe.skip : describe;

const MESSAGES = fuzzRuns(60);
jest.setTimeout(Math.max(60_000, MESSAGES * 500));

const bases = [makeClaim(), makeOutpatientClaim()];
const messageArb: fc.Arbitrary<Outgoing> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc
      .tuple(fc.constantFrom(0, 1), mutations, fc.nat())
      .map(([b, ms, k]) => ({ key: `M${k % 7}`, value: toJsonText(mutate({ ...bases[b], claimId: `KFZ-${k}` }, ms)) }))
      .filter((m) => m.value.length < 500_000), // under the broker's message size limit
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 40 }).map((bytes) => ({ key: 'M-raw', value: Buffer.from(bytes) })) },
);

describeKafka(`fuzzing the Kafka door (seed ${FUZZ_SEED})`, () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startCluster({ 'fuzz-claims': 3, 'fuzz-verdicts': 3, 'fuzz-dlq': 1 });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('a verdict or a dead letter naming a field for every message, each dead letter recorded', async () => {
    const { ctx, dir, config: appConfig } = testContext();
    const config = kafkaConfig(cluster.brokers, { claimsTopic: 'fuzz-claims', verdictsTopic: 'fuzz-verdicts', dlqTopic: 'fuzz-dlq' });
    const kafka = testKafka(cluster.brokers);
    const pool = kafkaPool(appConfig.storePath);
    const consumer = createClaimsConsumer({ kafka, config, pool, store: ctx.store, logger: silentLogger });
    const messages = fc.sample(messageArb, { seed: FUZZ_SEED, numRuns: MESSAGES });
    const verdicts = await readTopic(kafka, config.verdictsTopic);
    const dead = await readTopic(kafka, config.dlqTopic);
    try {
      await produce(kafka, config.claimsTopic, messages);
      await consumer.start();
      await waitFor(`${messages.length} outcomes`, () => verdicts.messages.length + dead.messages.length >= messages.length, 120_000);
      expect(verdicts.messages.length + dead.messages.length).toBe(messages.length);
      for (const v of verdicts.messages) expect(['pass', 'review', 'reject']).toContain(JSON.parse(String(v.value)).decision);
      for (const d of dead.messages) {
        expect(['empty', 'not_json', 'invalid_claim']).toContain(d.headers['dlq-reason']);
        const errors = JSON.parse(d.headers['dlq-errors']);
        if (d.headers['dlq-reason'] === 'invalid_claim') expect(namesAField(errors)).toBe(true);
        else expect(errors.length).toBeGreaterThan(0);
      }
      expect(verdicts.messages.length).toBeGreaterThan(0);
      expect(dead.messages.length).toBeGreaterThan(0);
      await waitFor('recorded', async () => (await ctx.store.countInvalid()) === dead.messages.length);
      await expect(ctx.store.listCases({}, { field: 'amount', dir: 'desc' }, null, 100)).resolves.toBeDefined();
    } finally {
      await consumer.stop();
      await pool.close();
      await verdicts.stop();
      await dead.stop();
      await ctx.store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
