import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteStore } from '../../src/features/stores';
import { generateClaims } from '../../src/generate';
import { reviewNdjsonParallel } from '../../src/ingest/ndjson-intake';
import { createReviewPool, type ReviewPool } from '../../src/ingest/parallel/review-pool';
import { tempDir } from '../helpers/temp-dir';

// The CLI's file intake on the real worker pool (workers built in dist/ by the test run's global setup), real
// rules and a real store file: what it holds at once is bounded by the pool's maxInFlight, whatever the
// file's length, and the bound is seen through the pool's own counter, not through timing.

const MAX_IN_FLIGHT = 2;
const dir = tempDir('bounded-');
const store = join(dir, 'review.db');
const claims = [...generateClaims({ count: 600, seed: 'bounded-intake', fraudRate: 0.2 })].map((c) => JSON.stringify(c));
let pool: ReviewPool;
const inFlightSeen: number[] = [];

beforeAll(async () => {
  await createSqliteStore({ path: store }).close();
  pool = createReviewPool(
    2,
    { env: { ...process.env, STORE_PATH: store, RULES_WATCH: 'off', LOG_LEVEL: 'warn' }, source: 'cli' },
    { maxInFlight: MAX_IN_FLIGHT, onInFlight: (n) => inFlightSeen.push(n) },
  );
});

afterAll(async () => {
  await pool.close();
});

describe('bounded file intake', () => {
  it('reads no further ahead of the writer than the pool holds, and writes every verdict in input order', async () => {
    const file = join(dir, 'claims.ndjson');
    writeFileSync(file, `${claims.join('\n')}\n`);
    const before = pool.stats().dispatched;
    inFlightSeen.length = 0;
    const aheadAtWrite: number[] = [];
    let writes = 0;
    const lines: number[] = [];
    const summary = await reviewNdjsonParallel(createReadStream(file, { highWaterMark: 1 << 20 }), pool, {
      batchSize: 20,
      onVerdicts: (ndjson) => {
        // Batches read and not yet written, this one included: with the workers, or held by the pool for a place.
        const s = pool.stats();
        aheadAtWrite.push(1 + s.inFlight + s.waiting);
        // The first write comes once the bound is reached, and no batch is read while it is written.
        if (writes++ === 0) expect(s.dispatched - before).toBe(MAX_IN_FLIGHT);
        // Revised verdicts of earlier claims (事后发现) are lines of their own without a line number.
        for (const l of ndjson.toString('utf8').trim().split('\n')) if (JSON.parse(l).revision === undefined) lines.push(JSON.parse(l).line);
      },
    });
    expect(summary.claims).toBe(600);
    expect(lines).toEqual(claims.map((_, i) => i + 1));
    // 30 batches from a file read in one 1 MB chunk: unbounded, the reader would have sent them all at once.
    expect(aheadAtWrite).toHaveLength(30);
    expect(Math.max(...aheadAtWrite)).toBeLessThanOrEqual(MAX_IN_FLIGHT);
    expect(Math.max(...inFlightSeen)).toBeLessThanOrEqual(MAX_IN_FLIGHT);
    expect(pool.stats().inFlight).toBe(0);
  });

  it('holds callers past the bound and sends their batches in call order', async () => {
    const batches = Array.from({ length: 8 }, (_, b) => claims.slice(b * 25, (b + 1) * 25));
    inFlightSeen.length = 0;
    // Eight callers at once, none waiting for the others (as a consumer with no window of its own would).
    const results = batches.map((batch, b) =>
      pool.review(
        // New claimIds: claims the store has seen keep their first-seen place.
        batch.map((l) => Buffer.from(JSON.stringify({ ...JSON.parse(l), claimId: `again-${JSON.parse(l).claimId}` }))),
        batch.map((_, i) => b * 25 + i + 1),
      ),
    );
    expect(pool.stats().inFlight).toBe(MAX_IN_FLIGHT);
    const outputs = await Promise.all(results);
    expect(Math.max(...inFlightSeen)).toBeLessThanOrEqual(MAX_IN_FLIGHT);
    const numbers = outputs.flatMap((o) => o.output.toString('utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((v) => v.revision === undefined).map((v) => v.line));
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    // Each member's claims reached the store in input order: the ledger's first-seen numbering follows it.
    const db = new Database(store, { readonly: true });
    const rows = db.prepare("SELECT claim_id, insured_id FROM member_claims WHERE claim_id LIKE 'again-%' ORDER BY arrival").all() as { claim_id: string; insured_id: string }[];
    db.close();
    expect(rows).toHaveLength(200);
    const inputOrder = new Map(batches.flat().map((l, i) => [`again-${JSON.parse(l).claimId}`, i]));
    const byMember = new Map<string, number[]>();
    for (const r of rows) byMember.set(r.insured_id, [...(byMember.get(r.insured_id) ?? []), inputOrder.get(r.claim_id) as number]);
    expect([...byMember.values()].filter((order) => order.length > 1).length).toBeGreaterThan(0);
    for (const order of byMember.values()) expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
