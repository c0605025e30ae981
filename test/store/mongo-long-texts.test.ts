import mongoose from 'mongoose';
import { longTextsOf } from '../../src/features/reviews/mongo-long-texts';
import { reviewWrites } from '../../src/features/reviews/mongo-review-writes';
import { isLong, PART_CHARS, sortPending } from '../../src/store/long-texts';
import { defineModels } from '../../src/store/mongo/schemas';
import { bigReview, LONG_HIT_MESSAGE } from '../helpers/big-claim';
import { makeReviewed } from '../helpers/fixtures';

// A long claim's documents on MongoDB, without a server: which texts go into parts (GridFS files), that the
// documents written then fit under MongoDB's 16 MB document limit and validate, and the schema's rule that a
// text is inline or in parts. The writes and reads against a server: long-texts.test.ts and
// mongo-stored-parts.test.ts, with MONGO_URL.

const conn = mongoose.createConnection(); // never opened: validation needs no server
const m = defineModels(conn);
afterAll(() => conn.close());

const DOC_LIMIT = 16 * 1024 * 1024;
const bsonSize = (doc: object) => mongoose.mongo.BSON.calculateObjectSize(doc);
type Replace = { replaceOne: { replacement: Record<string, unknown> } };
type Upsert = { updateOne: { update: { $set: object; $setOnInsert: object; $unset: object } } };

describe("a 60,000-line claim's documents (the ~31 MB verdict)", () => {
  const big = bigReview(60_000, 'HUGE-1', 'reject', LONG_HIT_MESSAGE);
  const refs = { verdict: new mongoose.Types.ObjectId().toHexString(), claim: new mongoose.Types.ObjectId().toHexString(), lines: new mongoose.Types.ObjectId().toHexString() };

  it('inline, its verdict document is past the 16 MB limit; its verdict, claim and ledger lines are its long texts', () => {
    const long = longTextsOf(big);
    expect(Object.keys(long).sort()).toEqual(['claim', 'lines', 'verdict']);
    expect(Buffer.byteLength(long.verdict!)).toBeGreaterThan(DOC_LIMIT);
    const inline = (reviewWrites([big], 'now').verdicts[0] as Replace).replaceOne.replacement;
    expect(bsonSize(inline)).toBeGreaterThan(DOC_LIMIT);
  });

  it('with them in parts, every document it writes is small and validates', async () => {
    const w = reviewWrites([big], '2025-06-01T00:00:00.000Z', [refs]);
    const verdict = (w.verdicts[0] as Replace).replaceOne.replacement;
    const ledger = (w.memberClaims[0] as Replace).replaceOne.replacement;
    const { $set, $setOnInsert, $unset } = (w.cases[0] as Upsert).updateOne.update;
    const caseDoc = { _id: 'HUGE-1', ...$set, ...$setOnInsert };
    expect(verdict).toMatchObject({ parts: { verdict: refs.verdict } });
    expect(verdict).not.toHaveProperty('verdict');
    expect(ledger).toMatchObject({ parts: { lines: refs.lines } });
    expect(ledger).not.toHaveProperty('lines');
    expect(caseDoc).toMatchObject({ parts: { claim: refs.claim, verdict: refs.verdict } });
    expect($unset).toEqual({ claim: 1, verdict: 1 });
    for (const doc of [verdict, ledger, caseDoc]) expect(bsonSize(doc)).toBeLessThan(64 * 1024);
    await expect(new m.Verdict(verdict).validate()).resolves.toBeUndefined();
    await expect(new m.MemberClaim(ledger).validate()).resolves.toBeUndefined();
    await expect(new m.Case(caseDoc).validate()).resolves.toBeUndefined();
  });
});

describe('a text inline or in parts (schema)', () => {
  const r = makeReviewed({ claimId: 'S-1' }, { decision: 'review' });
  const w = reviewWrites([r], '2025-06-01T00:00:00.000Z');
  const verdict = (w.verdicts[0] as Replace).replaceOne.replacement;
  const { $set, $setOnInsert } = (w.cases[0] as Upsert).updateOne.update;
  const caseDoc = { _id: 'S-1', ...$set, ...$setOnInsert } as Record<string, unknown>;
  const errorPaths = (doc: { validate(): Promise<void> }) => doc.validate().then(() => [], (e: mongoose.Error.ValidationError) => Object.keys(e.errors));

  it('a short claim is stored inline, with no parts', () => {
    expect(longTextsOf(r)).toEqual({});
    expect(verdict).not.toHaveProperty('parts');
    expect(caseDoc).not.toHaveProperty('parts');
  });

  it('refuses a document that holds a text neither way, and parts of an unknown kind', async () => {
    const { verdict: _v, ...noVerdict } = verdict;
    expect(await errorPaths(new m.Verdict(noVerdict))).toEqual(['verdict']);
    expect(await errorPaths(new m.Verdict({ ...noVerdict, parts: { verdict: 'f' } }))).toEqual([]);
    const { claim: _c, verdict: _cv, ...bare } = caseDoc;
    expect((await errorPaths(new m.Case(bare))).sort()).toEqual(['claim', 'verdict']);
    expect(await errorPaths(new m.Case({ ...bare, parts: { claim: 'c' } }))).toEqual(['verdict']);
    expect(await errorPaths(new m.Case({ ...caseDoc, parts: { claims: 'c' } }))).toEqual(['parts']);
  });
});

describe('the rules both stores share (store/long-texts.ts)', () => {
  it('a text is long past PART_CHARS', () => {
    expect([isLong('x'.repeat(PART_CHARS)), isLong('x'.repeat(PART_CHARS + 1)), isLong(undefined)]).toEqual([false, true, false]);
  });

  it('a sweep drops the pending references no row of their claim holds, and only unlists the held ones', () => {
    const held: Record<string, string[]> = { A: ['a1'], B: [] };
    const pending = [{ ref: 'a1', claimId: 'A' }, { ref: 'a2', claimId: 'A' }, { ref: 'b1', claimId: 'B' }, { ref: 'c1', claimId: 'C' }];
    expect(sortPending(pending, (id) => held[id] ?? [])).toEqual({ held: ['a1'], orphans: ['a2', 'b1', 'c1'] });
  });
});
