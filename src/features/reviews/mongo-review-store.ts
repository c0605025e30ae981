import type { Connection } from 'mongoose';
import type { ReviewStore, VerdictQuery } from './review-store';
import { invalidDoc, toMemberClaim, toVerdictRecord } from './mongo-documents';
import { reviewWrites } from './mongo-review-writes';
import type { Models, VerdictDoc } from '../../store/mongo/schemas';
import type { InSession } from '../../store/mongo/session';

/**
 * The review store on MongoDB (MONGO_URL). Batches go as ordered bulk writes per collection. On a replica set the
 * three bulk writes of a batch run in one transaction (all or nothing, as in SQLite); on a standalone server
 * they run one after another, and a batch cut short by a crash is completed by its redelivery, every write
 * being an idempotent upsert by claimId.
 */
export function mongoReviewStore(conn: Connection, m: Models, inSession: InSession): ReviewStore {
  let closed = false;
  return {
    async saveReviews(batch) {
      if (!batch.length) return;
      const w = reviewWrites(batch, new Date().toISOString());
      await inSession(async (session) => {
        await m.Verdict.bulkWrite(w.verdicts, { ordered: true, session });
        await m.MemberClaim.bulkWrite(w.memberClaims, { ordered: true, session });
        await m.Case.bulkWrite(w.cases, { ordered: true, session });
      });
    },
    async saveInvalid(batch) {
      if (!batch.length) return;
      await m.Invalid.insertMany(batch.map(invalidDoc), { ordered: true });
    },
    async getMemberClaims(insuredIds) {
      if (!insuredIds.length) return [];
      const docs = await m.MemberClaim.find({ insuredId: { $in: [...insuredIds] } }).lean();
      return docs.map(toMemberClaim);
    },
    async getVerdict(claimId) {
      const d = await m.Verdict.findById(claimId, { verdict: 0 }).lean<VerdictDoc>();
      return d ? toVerdictRecord(d) : undefined;
    },
    async countVerdicts(query: VerdictQuery = {}) {
      if (query.decision === 'invalid') return 0; // never stored as a verdict document
      const filter: Partial<Pick<VerdictDoc, 'decision' | 'month' | 'province'>> = {};
      if (query.decision !== undefined) filter.decision = query.decision;
      if (query.month !== undefined) filter.month = query.month;
      if (query.province !== undefined) filter.province = query.province;
      return m.Verdict.countDocuments(filter);
    },
    async countInvalid() {
      return m.Invalid.countDocuments({});
    },
    async ping() {
      if (closed) return false;
      try {
        await conn.asPromise();
        const r = (await conn.db!.admin().ping()) as { ok?: number };
        return r.ok === 1;
      } catch {
        return false;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await conn.close(true); // force: do not wait for a server that never answered
    },
  };
}
