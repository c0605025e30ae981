import Database from 'better-sqlite3';
import fc from 'fast-check';
import type { KafkaMessage } from 'kafkajs';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { reviewChunk } from '../../src/ingest/kafka/review-chunk';
import { createSqliteStore } from '../../src/features/stores';
import { withKey } from '../helpers/auth';
import { kafkaPool } from '../kafka/kit';
import { silentLogger, testContext } from '../helpers/context';
import { makeClaim, makeOutpatientClaim } from '../helpers/fixtures';
import { FUZZ_SEED, fuzzRuns, mutations, mutate, namesAField, toJsonText } from './mutate';

// Issue 18, point 11: the doors on a full disk, simulated with SQLite's max_page_count (a file that may not
// grow past a few pages more than its schema): a 503 saying so rather than a 500, reads still answer, and the
// Kafka door keeps its messages to retry rather than dead-lettering good claims as poison.

const RUNS = fuzzRuns(30);
jest.setTimeout(Math.max(60_000, RUNS * 2_000));

/** A context whose store file may grow only `spare` pages past what it holds now. */
async function nearlyFull(spare: number) {
  const { ctx, config, dir } = testContext();
  const admin = await withKey(ctx.store, 'admin');
  const intake = await withKey(ctx.store, 'intake');
  await ctx.store.close();
  const path = join(dir, 'review.db');
  const probe = new Database(path);
  probe.pragma('wal_checkpoint(TRUNCATE)');
  const pages = probe.pragma('page_count', { simple: true }) as number;
  probe.close();
  const full = { ...ctx, store: createSqliteStore({ path, maxPages: pages + spare }) };
  return { ctx: full, app: createApp({ ctx: full, config, logger: silentLogger }), admin, intake, path, maxPages: pages + spare };
}

const bases = [makeClaim(), makeOutpatientClaim()];

describe(`a full disk (seed ${FUZZ_SEED})`, () => {
  it('HTTP: a verdict, a 400 naming a field, or a 503 — never a 500 — and the case list still answers', async () => {
    const { app, admin, intake, ctx } = await nearlyFull(4);
    const statuses = new Set<number>();
    let n = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(0, 1), fc.option(mutations, { freq: 3 }), async (b, ms) => {
          const claim = { ...bases[b], claimId: `DISK-${n++}`, patient: { ...bases[b].patient, insuredId: `INS-DISK-${n}` } };
          const res = await request(app).post('/api/v1/reviews').set(intake).set('content-type', 'application/json').send(toJsonText(ms ? mutate(claim, ms) : claim));
          statuses.add(res.status);
          expect([200, 400, 413, 503]).toContain(res.status);
          if (res.status === 503) expect(res.headers['retry-after']).toBeDefined();
          if (res.status === 400) expect(namesAField(res.body.errors)).toBe(true);
        }),
        { seed: FUZZ_SEED, numRuns: RUNS, endOnFailure: true },
      );
      expect(statuses.has(503)).toBe(true); // the disk did fill up
      await request(app).get('/api/v1/cases').set(admin).expect(200);
    } finally {
      await ctx.store.close();
    }
  });

  it('Kafka: a chunk that cannot be written is retried (it throws), not dead-lettered as poison', async () => {
    const { ctx, path, maxPages } = await nearlyFull(0);
    // The Kafka door's review workers open the same nearly full file.
    const pool = kafkaPool(path, { STORE_MAX_PAGES: String(maxPages) });
    try {
      const messages: KafkaMessage[] = bases.map((c, i) => ({ key: Buffer.from(c.patient.insuredId), value: Buffer.from(JSON.stringify(c)), offset: String(i), timestamp: '0', attributes: 0, headers: {} }));
      await expect(reviewChunk(messages, pool, ctx.store, { topic: 'claims', partition: 0 })).rejects.toMatchObject({ code: 'SQLITE_FULL' });
      await expect(ctx.store.ping()).resolves.toBe(true); // it answers: only writing fails
    } finally {
      await pool.close();
      await ctx.store.close();
    }
  });
});
