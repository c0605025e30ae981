import type { AnyBulkWriteOperation } from 'mongoose';
import type { FsiFinding, FsiStore } from './fsi-store';
import type { FsiFindingDoc, Models } from '../../store/mongo/schemas';
import type { InSession } from '../../store/mongo/session';
import type { FsiFeedback } from '../../contract/records';

// 3101 findings on MongoDB (see ../fsi-store.ts): one document per jr_id in fsi_findings, the same
// semantics as sqlite/fsi.ts.

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const feedbackOf = (f: FsiFeedback): FsiFeedback => ({ dspoWay: f.dspoWay, reason: f.reason ?? null, at: f.at });

export function mongoFsiStore(m: Models, inSession: InSession): FsiStore {
  const store: FsiStore = {
    async writeFindings(saves) {
      for (const s of saves) await store.saveFindings(s.claimId, s.findings);
    },
    async saveFindings(claimId, findings) {
      const id = String(claimId);
      await inSession(async (session) => {
        const kept = new Map(
          (await m.FsiFinding.find({ claimId: id }, { feedback: 1 }).session(session ?? null).lean<Pick<FsiFindingDoc, '_id' | 'feedback'>[]>()).map((d) => [d._id, d.feedback ?? null]),
        );
        // Upsert the current set, then drop the rest: a persisting jr_id is replaced in place (its feedback
        // carried over), and a write cut short on a standalone server leaves a superset that the next call
        // fixes, never a lost feedback. The claimId in the filter makes a jr_id of another encounter fail on
        // _id, as SQLite's primary key does, instead of moving it here.
        const ops: AnyBulkWriteOperation<FsiFindingDoc>[] = findings.map((f, position) => {
          const feedback = kept.get(f.jrId) ?? (f.feedback ? feedbackOf(f.feedback) : null);
          const doc: FsiFindingDoc = {
            _id: f.jrId,
            claimId: id,
            position,
            hospitalId: f.hospitalId,
            doctorId: f.doctorId ?? null,
            severity: f.severity,
            finding: json({ ...f, feedback: null }) as unknown as Record<string, unknown>,
            feedback,
          };
          return { replaceOne: { filter: { _id: f.jrId, claimId: id }, replacement: doc, upsert: true } };
        });
        ops.push({ deleteMany: { filter: { claimId: id, _id: { $nin: findings.map((f) => f.jrId) } } } });
        await m.FsiFinding.bulkWrite(ops, { ordered: true, session });
      });
    },
    async listFindings(claimId) {
      const docs = await m.FsiFinding.find({ claimId: String(claimId) }).sort({ position: 1 }).lean<FsiFindingDoc[]>();
      return docs.map((d) => ({ ...(d.finding as unknown as FsiFinding), feedback: d.feedback ? feedbackOf(d.feedback) : null }));
    },
    async recordFeedback(items) {
      if (!items.length) return [];
      return inSession(async (session) => {
        const missing: string[] = [];
        // One update per item (3103 sends a handful): each says whether its jr_id exists.
        for (const { jrId, feedback } of items) {
          const r = await m.FsiFinding.updateOne({ _id: String(jrId) }, { $set: { feedback: feedbackOf(feedback) } }, { session, runValidators: true });
          if (r.matchedCount === 0) missing.push(jrId);
        }
        return missing;
      });
    },
    async continuedAfterBlock() {
      const rows = await m.FsiFinding.aggregate<{ _id: { hospitalId: string; doctorId?: string | null }; count: number }>([
        { $match: { severity: 'block', 'feedback.dspoWay': '1' } },
        { $group: { _id: { hospitalId: '$hospitalId', doctorId: { $ifNull: ['$doctorId', null] } }, count: { $sum: 1 } } },
        { $sort: { count: -1, '_id.hospitalId': 1 } },
      ]);
      return rows.map((r) => ({ hospitalId: r._id.hospitalId, doctorId: r._id.doctorId ?? null, count: r.count }));
    },
  };
  return store;
}
