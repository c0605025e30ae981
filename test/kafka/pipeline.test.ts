import { rmSync } from 'node:fs';
import { generateClaims } from '../../src/generate';
import { createClaimsConsumer, type ClaimsConsumer } from '../../src/ingest/kafka';
import { registry } from '../../src/metrics';
import { testContext, silentLogger } from '../helpers/context';
import type { ReviewPool } from '../../src/ingest/parallel/review-pool';
import { claimMessages, kafkaConfig, kafkaPool, produce, readTopic, testKafka, waitFor, type TopicReader } from './kit';
import { kafkaUnavailable, startCluster, type TestCluster } from './mock-cluster';
import { countCases } from '../helpers/cases';

// Claims in, verdicts and dead letters out, through a real Kafka-protocol broker (librdkafka's mock cluster).

const unavailable = kafkaUnavailable();
if (unavailable) console.log(unavailable);
const describeKafka = unavailable ? describe.skip : describe;

const TOPICS = { claims: 6, verdicts: 6, 'claims-dead-letter': 1, 'claims-2': 6, 'verdicts-2': 6, 'dlq-2': 1, 'claims-3': 6, 'verdicts-3': 6, 'dlq-3': 1, 'claims-4': 2, 'verdicts-4': 2, 'dlq-4': 1, 'claims-5': 3, 'verdicts-5': 3, 'dlq-5': 1, 'claims-6': 1, 'verdicts-6': 1, 'dlq-6': 1 };

describeKafka('Kafka door through a mock cluster', () => {
  let cluster: TestCluster;
  const cleanups: (() => Promise<void> | void)[] = [];
  beforeAll(async () => {
    cluster = await startCluster(TOPICS);
  });
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  /** `workers`: the pool's review workers (each builds the rules, ~1–2 s of CPU); one for a test of a few claims. */
  function setup(topics: { claimsTopic: string; verdictsTopic: string; dlqTopic: string }, workers = 2) {
    const { ctx, dir, config: appConfig } = testContext();
    const config = kafkaConfig(cluster.brokers, topics);
    const kafka = testKafka(cluster.brokers);
    const pool = kafkaPool(appConfig.storePath, {}, workers);
    const consumer = createClaimsConsumer({ kafka, config, pool, store: ctx.store, logger: silentLogger });
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => ctx.store.close(), () => pool.close(), () => consumer.stop());
    return { ctx, config, kafka, consumer };
  }
  async function reader(kafka: ReturnType<typeof testKafka>, topic: string): Promise<TopicReader> {
    const r = await readTopic(kafka, topic);
    cleanups.push(() => r.stop());
    return r;
  }

  it('reviews every claim once and produces one verdict each, keyed and partitioned like its claim', async () => {
    const { ctx, config, kafka, consumer } = setup({ claimsTopic: 'claims', verdictsTopic: 'verdicts', dlqTopic: 'claims-dead-letter' });
    const claims = [...generateClaims({ count: 300, seed: 'kafka-roundtrip', fraudRate: 0.2 })];
    await produce(kafka, config.claimsTopic, claimMessages(claims));
    // The readers and the consumer at once: each is a consumer group of its own, and the mock cluster holds a new
    // group's first join 3 s. The readers read from the beginning, so they miss nothing by joining last.
    const [verdicts, claimReader] = await Promise.all([reader(kafka, config.verdictsTopic), reader(kafka, config.claimsTopic), consumer.start()]);

    // Revised verdicts of earlier claims (事后发现, carrying revision) are produced besides one verdict per claim.
    const own = () => verdicts.messages.filter((m) => JSON.parse(String(m.value)).revision === undefined);
    await waitFor('300 verdicts', () => own().length >= claims.length);
    await waitFor('committed', async () => (await ctx.store.countVerdicts()) === claims.length);
    // The last message per claim is its final verdict.
    const byClaim = new Map(verdicts.messages.map((m) => [JSON.parse(String(m.value)).claimId as string, m]));
    expect(own()).toHaveLength(claims.length); // one each: nothing twice
    expect(byClaim.size).toBe(claims.length);
    // The generated claims settle visits inside stays first: revisions are produced too, checked below as the last per claim.
    expect(verdicts.messages.length).toBeGreaterThan(claims.length);

    await waitFor('claims read back', () => claimReader.messages.length === claims.length);
    const claimPartition = new Map(claimReader.messages.map((m) => [JSON.parse(String(m.value)).claimId as string, m.partition]));
    for (const c of claims) {
      const v = byClaim.get(c.claimId)!;
      expect(v.key).toBe(c.patient.insuredId);
      expect(v.headers['claim-id']).toBe(c.claimId);
      expect(v.partition).toBe(claimPartition.get(c.claimId)); // same key, same partition count: same partition
      expect(JSON.parse(String(v.value)).decision).toBe((await ctx.store.getVerdict(c.claimId))?.decision);
    }
    // A member's verdicts come out in the order the member's claims went in.
    const claimOrder = claims.map((c) => c.claimId);
    for (const member of new Set(claims.map((c) => c.patient.insuredId))) {
      const out = own().filter((m) => m.key === member).map((m) => JSON.parse(String(m.value)).claimId);
      expect(out).toEqual(claimOrder.filter((id) => claims.find((c) => c.claimId === id)!.patient.insuredId === member));
    }

    // A chunk is counted after its commit, and its verdicts are out before it: under load the last commits can
    // still be on their way here (seen once: 0 counted, every verdict read).
    const processedTotal = async () => {
      const processed = (await registry.getMetricsAsJSON()).find((m) => m.name === 'kafka_messages_processed_total');
      return ((processed?.values ?? []) as { value: number; labels: Record<string, string> }[])
        .filter((v) => v.labels.topic === 'claims')
        .reduce((s, v) => s + v.value, 0);
    };
    await waitFor('every message counted', async () => (await processedTotal()) >= claims.length);
    expect(await processedTotal()).toBe(claims.length);
    const metrics = await registry.getMetricsAsJSON();
    const lag = metrics.find((m) => m.name === 'kafka_consumer_lag')!;
    expect((lag.values as { value: number; labels: Record<string, string> }[]).filter((v) => v.labels.topic === 'claims').every((v) => v.value === 0)).toBe(true);
    expect(metrics.find((m) => m.name === 'kafka_batch_seconds')).toBeDefined();
  });

  it('reviews every chunk on the review workers, none on the consumer thread', async () => {
    const { ctx, dir, config: appConfig } = testContext();
    const config = kafkaConfig(cluster.brokers, { claimsTopic: 'claims-5', verdictsTopic: 'verdicts-5', dlqTopic: 'dlq-5', chunkSize: 40 });
    const kafka = testKafka(cluster.brokers);
    const pool = kafkaPool(appConfig.storePath);
    const handed: string[] = []; // the claimIds of the lines handed to the pool
    const watched: ReviewPool = {
      ...pool,
      review(lines, lineNumbers) {
        for (const l of lines) handed.push(JSON.parse(Buffer.from(l).toString('utf8')).claimId);
        return pool.review(lines, lineNumbers);
      },
    };
    const consumer = createClaimsConsumer({ kafka, config, pool: watched, store: ctx.store, logger: silentLogger });
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => ctx.store.close(), () => pool.close(), () => consumer.stop());
    const claims = [...generateClaims({ count: 150, seed: 'kafka-pool', fraudRate: 0.2 })];
    const reviewedHere = await kafkaReviewsOnThisThread();
    await produce(kafka, config.claimsTopic, claimMessages(claims));
    const [verdicts] = await Promise.all([reader(kafka, config.verdictsTopic), consumer.start()]); // joins at once (3 s each)

    await waitFor('150 verdicts', () => verdicts.messages.length >= claims.length);
    expect([...handed].sort()).toEqual(claims.map((c) => c.claimId).sort()); // each claim went to the workers once
    expect(await ctx.store.countVerdicts()).toBe(claims.length); // and they recorded it
    expect(await kafkaReviewsOnThisThread()).toBe(reviewedHere); // this thread's review() judged none of them
  });

  it("reviews a batch's next chunk while the one before is produced and committed, never more than one ahead", async () => {
    const { ctx, dir, config: appConfig } = testContext();
    // One partition, one batch at a time: without the overlap, each chunk's commit comes before the next review.
    const config = kafkaConfig(cluster.brokers, { claimsTopic: 'claims-6', verdictsTopic: 'verdicts-6', dlqTopic: 'dlq-6', chunkSize: 20, concurrency: 1 });
    const kafka = testKafka(cluster.brokers);
    const pool = kafkaPool(appConfig.storePath);
    let reviewsStarted = 0;
    const aheadAtCommit: number[] = []; // chunks handed to the workers beyond those committed, at each commit
    const watched: ReviewPool = {
      ...pool,
      review(lines, lineNumbers) {
        reviewsStarted += 1;
        return pool.review(lines, lineNumbers);
      },
    };
    const consumer = createClaimsConsumer({
      kafka,
      config,
      pool: watched,
      store: ctx.store,
      logger: silentLogger,
      hooks: { afterCommit: () => void aheadAtCommit.push(reviewsStarted - (aheadAtCommit.length + 1)) },
    });
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => ctx.store.close(), () => pool.close(), () => consumer.stop());
    const claims = [...generateClaims({ count: 100, seed: 'kafka-ahead', fraudRate: 0.2 })];
    await produce(kafka, config.claimsTopic, claimMessages(claims)); // before the start: fetched as one batch of 5 chunks
    const [verdicts] = await Promise.all([reader(kafka, config.verdictsTopic), consumer.start()]); // joins at once (3 s each)

    await waitFor('5 chunks committed', () => aheadAtCommit.length >= 5);
    const own = () => verdicts.messages.filter((m) => JSON.parse(String(m.value)).revision === undefined);
    await waitFor('100 verdicts', () => own().length >= claims.length);
    expect(aheadAtCommit).toHaveLength(5);
    expect(aheadAtCommit).toEqual([1, 1, 1, 1, 0]); // the last chunk of the batch has no next one
    expect(own().map((m) => JSON.parse(String(m.value)).claimId)).toEqual(claims.map((c) => c.claimId)); // offset order kept
  });

  it('dead-letters garbage with its errors and original bytes, and goes on', async () => {
    const { ctx, config, kafka, consumer } = setup({ claimsTopic: 'claims-2', verdictsTopic: 'verdicts-2', dlqTopic: 'dlq-2' }, 1);
    const [good1, good2] = [...generateClaims({ count: 2, seed: 'kafka-dlq', fraudRate: 0 })];
    const binary = Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x80]);
    await produce(kafka, config.claimsTopic, [
      { key: 'M1', value: JSON.stringify(good1) },
      { key: 'M1', value: '{"claimId": "broken", "patient": ' },
      { key: 'M1', value: binary, headers: { origin: 'his-export' } },
      { key: 'M1', value: JSON.stringify({ claimId: 'INVALID-1', visitType: 'space' }) },
      { key: 'M1', value: null },
      { key: 'M1', value: JSON.stringify(good2) },
    ]);
    const before = await deadLetteredCount();
    const [verdicts, dead] = await Promise.all([reader(kafka, config.verdictsTopic), reader(kafka, config.dlqTopic), consumer.start()]); // joins at once

    await waitFor('2 verdicts and 4 dead letters', () => verdicts.messages.length >= 2 && dead.messages.length >= 4);
    expect(verdicts.messages.map((m) => JSON.parse(String(m.value)).claimId)).toEqual([good1.claimId, good2.claimId]);
    expect(dead.messages.map((m) => m.headers['dlq-reason'])).toEqual(['not_json', 'not_json', 'invalid_claim', 'empty']);
    expect(String(dead.messages[0].value)).toBe('{"claimId": "broken", "patient": ');
    expect(Buffer.compare(dead.messages[1].value!, binary)).toBe(0); // byte for byte, not re-encoded
    expect(dead.messages[1].headers.origin).toBe('his-export');
    expect(dead.messages[3].value).toBeNull();
    for (const d of dead.messages) {
      expect(d.key).toBe('M1');
      expect(d.headers['dlq-topic']).toBe(config.claimsTopic);
      expect(JSON.parse(d.headers['dlq-errors']).length).toBeGreaterThan(0);
    }
    const invalidErrors = JSON.parse(dead.messages[2].headers['dlq-errors']) as { path: string }[];
    expect(invalidErrors.some((e) => e.path !== '')).toBe(true); // field paths, as the other doors report them
    expect(dead.messages.map((m) => m.headers['dlq-offset'])).toEqual(['1', '2', '3', '4']);
    await waitFor('stored', async () => (await ctx.store.countVerdicts()) === 2);
    expect(await ctx.store.countInvalid()).toBe(4); // kept in the store like any door's invalid input
    expect((await deadLetteredCount()) - before).toBe(4);
  });

  it('dead-letters a claim nested 5,000 levels as invalid input naming the path, records it, and goes on', async () => {
    const { ctx, config, kafka, consumer } = setup({ claimsTopic: 'claims-4', verdictsTopic: 'verdicts-4', dlqTopic: 'dlq-4' }, 1);
    const [good1, deep, good2] = [...generateClaims({ count: 3, seed: 'kafka-deep', fraudRate: 0 })];
    const deepText = JSON.stringify({ ...deep, extra: '__DEEP__' }).replace('"__DEEP__"', '{"a":'.repeat(4999) + '{"a":1' + '}'.repeat(5000));
    await produce(kafka, config.claimsTopic, [
      { key: 'M1', value: JSON.stringify(good1) },
      { key: 'M1', value: deepText },
      { key: 'M1', value: JSON.stringify(good2) },
    ]);
    const [verdicts, dead] = await Promise.all([reader(kafka, config.verdictsTopic), reader(kafka, config.dlqTopic), consumer.start()]); // joins at once

    await waitFor('2 verdicts and 1 dead letter', () => verdicts.messages.length >= 2 && dead.messages.length >= 1);
    expect(verdicts.messages.map((m) => JSON.parse(String(m.value)).claimId)).toEqual([good1.claimId, good2.claimId]);
    expect(dead.messages).toHaveLength(1);
    expect(dead.messages[0].headers['dlq-reason']).toBe('invalid_claim');
    expect(String(dead.messages[0].value)).toBe(deepText);
    const [error] = JSON.parse(dead.messages[0].headers['dlq-errors']) as { path: string; message: string }[];
    expect(error.path).toMatch(/^extra(\.a)+$/);
    expect(error.message).toMatch(/^nested deeper than \d+ levels$/);
    await waitFor('stored', async () => (await ctx.store.countVerdicts()) === 2);
    expect(await ctx.store.countInvalid()).toBe(1); // recorded as invalid input, not a review failure
  });

  it('a redelivered claim leaves one verdict row, the case unchanged and the member ledger uncounted', async () => {
    const { ctx, config, kafka, consumer } = setup({ claimsTopic: 'claims-3', verdictsTopic: 'verdicts-3', dlqTopic: 'dlq-3' });
    const claims = [...generateClaims({ count: 120, seed: 'kafka-redeliver', fraudRate: 0.3 })];
    await produce(kafka, config.claimsTopic, claimMessages(claims));
    const [verdicts] = await Promise.all([reader(kafka, config.verdictsTopic), consumer.start()]); // joins at once (3 s each)
    await waitFor('first delivery', () => verdicts.messages.length >= claims.length);
    await waitFor('stored', async () => (await ctx.store.countVerdicts()) === claims.length);
    const snapshot = await storeSnapshot(ctx.store, claims);
    expect(snapshot.cases.filter(Boolean).length).toBeGreaterThan(0); // some claims are flagged

    await produce(kafka, config.claimsTopic, claimMessages(claims)); // every claim delivered a second time
    await waitFor('second delivery', () => verdicts.messages.length >= 2 * claims.length);
    const after = await storeSnapshot(ctx.store, claims);
    expect(await ctx.store.countVerdicts()).toBe(claims.length);
    // The same rows, re-stamped: the review workers judge on the real clock, so reviewedAt is left out.
    expect(withoutReviewedAt(after.verdicts)).toEqual(withoutReviewedAt(snapshot.verdicts));
    expect(after.ledger).toEqual(snapshot.ledger);
    expect(withoutReviewedAt(after.cases.map(withoutUpdatedAt))).toEqual(withoutReviewedAt(snapshot.cases.map(withoutUpdatedAt)));
    expect(await countCases(ctx.store)).toBe(snapshot.cases.filter(Boolean).length);
  });
});

/** claims_reviewed_total{source="kafka"} of this thread's registry (review() counts where it runs; workers have their own). */
async function kafkaReviewsOnThisThread(): Promise<number> {
  const m = (await registry.getMetricsAsJSON()).find((x) => x.name === 'claims_reviewed_total');
  return ((m?.values ?? []) as { value: number; labels: Record<string, string> }[]).filter((v) => v.labels.source === 'kafka').reduce((s, v) => s + v.value, 0);
}

async function deadLetteredCount(): Promise<number> {
  const m = (await registry.getMetricsAsJSON()).find((x) => x.name === 'kafka_dead_lettered_total');
  return ((m?.values ?? []) as { value: number }[]).reduce((s, v) => s + v.value, 0);
}

type Store = ReturnType<typeof testContext>['ctx']['store'];
async function storeSnapshot(store: Store, claims: { claimId: string; patient: { insuredId: string } }[]) {
  const members = [...new Set(claims.map((c) => c.patient.insuredId))];
  const ledger = (await store.getMemberClaims(members)).sort((a, b) => a.claimId.localeCompare(b.claimId));
  return {
    verdicts: await Promise.all(claims.map((c) => store.getVerdict(c.claimId))),
    cases: await Promise.all(claims.map((c) => store.getCase(c.claimId))),
    ledger,
  };
}

/** The value without any reviewedAt, at any depth (a case holds its verdict). */
function withoutReviewedAt(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null, (k, v) => (k === 'reviewedAt' ? undefined : v)));
}

function withoutUpdatedAt<T extends { updatedAt: string } | undefined>(c: T) {
  if (!c) return c;
  const { updatedAt: _ignored, ...rest } = c;
  return rest;
}
