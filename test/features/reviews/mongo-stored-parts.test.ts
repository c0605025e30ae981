import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { createMongoStore } from '../../../src/features/stores';
import { WRITE_GRACE_MS } from '../../../src/store/long-texts';
import { mongoStoredParts } from '../../../src/store/mongo/stored-parts';
import { bigReview } from '../../helpers/big-claim';
import { mongoUrl } from '../../store/mongo-test-store';

// MongoDB's stored parts (GridFS files) on a server: nothing left behind after saves, and what a crash left
// swept once the grace period is over (as stored-parts.test.ts for SQLite). Needs MONGO_URL; a throwaway
// database per test, dropped after it.

const url = mongoUrl;

if (!url) {
  it.skip('mongo stored parts (skipped: MONGO_URL not set)', () => {});
} else {
  describe('mongo stored parts', () => {
    let dbUrl: string;
    let conn: mongoose.Connection;
    beforeEach(async () => {
      const u = new URL(url);
      u.pathname = `/yibao_parts_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
      dbUrl = u.toString();
      conn = await mongoose.createConnection(dbUrl).asPromise();
    });
    afterEach(async () => {
      await conn.dropDatabase();
      await conn.close();
    });
    const files = (claimId: string) => conn.db!.collection('stored_parts.files').countDocuments({ 'metadata.claimId': claimId });
    const chunks = () => conn.db!.collection('stored_parts.chunks').countDocuments({});
    const pending = () => conn.db!.collection('stored_parts_pending').countDocuments({});
    const age = (claimId: string) =>
      conn.db!.collection('stored_parts_pending').updateMany({ claimId }, { $set: { since: new Date(Date.now() - WRITE_GRACE_MS - 60_000).toISOString() } });

    it('a long claim is three files; a re-review replaces them; a pass with no case keeps only its ledger lines', async () => {
      const store = createMongoStore({ url: dbUrl, serverSelectionTimeoutMS: 5000 });
      try {
        await store.saveReviews([bigReview(4000, 'L-1')]);
        expect([await files('L-1'), await pending()]).toEqual([3, 0]);
        await store.saveReviews([bigReview(4000, 'L-1', 'reject', '再次审核')]);
        expect([await files('L-1'), await pending()]).toEqual([3, 0]);
        await store.saveReviews([bigReview(4000, 'L-1', 'pass')]);
        expect([await files('L-1'), await pending()]).toEqual([1, 0]);
      } finally {
        await store.close();
      }
    });

    it('a write along the batch that throws still leaves the files the committed batch replaced dropped', async () => {
      const store = createMongoStore({ url: dbUrl, serverSelectionTimeoutMS: 5000 });
      try {
        await store.saveReviews([bigReview(4000, 'A-1')]);
        const failing = () => {
          throw new Error('findings refused');
        };
        await expect(store.saveReviews([bigReview(4000, 'A-1', 'reject', '再次审核')], failing)).rejects.toThrow('findings refused');
        expect([await files('A-1'), await pending()]).toEqual([3, 0]);
      } finally {
        await store.close();
      }
    });

    it("a crashed write's files go at a later sweep once the grace period is over; a young write's stay", async () => {
      const parts = mongoStoredParts(conn);
      await parts.write('CRASH-1', 'x'.repeat(300_000));
      await parts.write('YOUNG-1', 'y'.repeat(300_000));
      await age('CRASH-1');
      const store = createMongoStore({ url: dbUrl, serverSelectionTimeoutMS: 5000 });
      try {
        await store.saveReviews([bigReview(10, 'S-1')]); // the first save sweeps
        expect([await files('CRASH-1'), await files('YOUNG-1')]).toEqual([0, 1]);
        expect(await pending()).toBe(1);
      } finally {
        await store.close();
      }
    });

    it("the chunks of an upload cut short go with its entry; documents never hold a file a sweep took", async () => {
      const parts = mongoStoredParts(conn);
      const ref = await parts.write('SLOW-1', 'z'.repeat(600_000));
      // As if the upload died before its file document: chunks, and the entry naming them.
      await conn.db!.collection('stored_parts.files').deleteOne({ _id: new mongoose.mongo.ObjectId(ref) });
      expect(await chunks()).toBeGreaterThan(0);
      await age('SLOW-1');
      await parts.sweep(async (ids) => new Map(ids.map((id) => [id, []])));
      expect([await chunks(), await pending()]).toEqual([0, 0]);
      await expect(parts.held([ref])).rejects.toThrow(/swept before the documents that hold them were written/);
    });
  });
}
