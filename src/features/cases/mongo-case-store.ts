import { sortValue } from './case-filter';
import { laterThan } from './case-version';
import type { CaseChange, CaseChangeResult, CaseStore } from './case-store';
import { toCaseRecord, toVerdictRecord } from '../reviews/mongo-documents';
import { wholeDoc } from '../reviews/mongo-long-texts';
import { appendAuditLines, listAuditLines } from './mongo-audit';
import { LIST_PROJECTION, queueFilter, queueSort, toListItem, type ListDoc } from './mongo-case-queue';
import type { CaseDoc, Models, VerdictDoc } from '../../store/mongo/schemas';
import type { InSession } from '../../store/mongo/session';
import type { MongoStoredParts } from '../../store/mongo/stored-parts';
import type { CaseStatus } from '../../contract/records';

// Case work on MongoDB (see case-store.ts), with the SQLite store's semantics. A change and its
// audit lines share one transaction on a replica set; on a standalone server the change is one conditional
// update (so a lost race still reads 'conflict') and its audit lines follow it.

/** Case work on MongoDB: queues, workflow writes, audit trail. */
export function mongoCaseStore(m: Models, inSession: InSession, parts: MongoStoredParts): CaseStore {
  const changeCase = (change: CaseChange) =>
    inSession(async (session): Promise<CaseChangeResult> => {
      const current = await m.Case.findById(String(change.claimId), { updatedAt: 1, status: 1 }).session(session ?? null).lean<Pick<CaseDoc, 'updatedAt' | 'status'>>();
      if (!current) return 'missing';
      const updatedAt = laterThan(current.updatedAt, new Date().toISOString());
      const set: Partial<Pick<CaseDoc, 'status' | 'assignee' | 'outcome' | 'updatedAt' | 'dismissal' | 'approval' | 'statusSince'>> = { updatedAt };
      if (change.status !== undefined) set.status = change.status;
      if (change.status !== undefined && change.status !== current.status) set.statusSince = updatedAt;
      if (change.assignee !== undefined) set.assignee = change.assignee;
      // Only the outcome's own fields: the strict sub-schema would refuse anything else the caller carried.
      if (change.outcome) {
        const o = change.outcome;
        set.outcome = { amountToRecoverFen: o.amountToRecoverFen, summary: o.summary, ...(o.violationType !== undefined ? { violationType: String(o.violationType) } : {}) };
      }
      if (change.dismissal !== undefined) set.dismissal = change.dismissal && { reasonCode: String(change.dismissal.reasonCode), text: String(change.dismissal.text) };
      if (change.approval !== undefined) set.approval = change.approval && { ...change.approval };
      // The expected status (and version) are part of the filter: the check and the write are one atomic operation.
      const expected = { _id: String(change.claimId), status: String(change.expected) as CaseStatus, ...(change.expectedUpdatedAt !== undefined ? { updatedAt: String(change.expectedUpdatedAt) } : {}) };
      const r = await m.Case.updateOne(expected, { $set: set }, { session, runValidators: true });
      if (r.matchedCount === 0) {
        return (await m.Case.exists({ _id: String(change.claimId) }).session(session ?? null)) ? 'conflict' : 'missing';
      }
      await appendAuditLines(m, change.audit, session);
      return 'ok';
    });

  return {
    async getCase(claimId) {
      const [c, v] = await Promise.all([m.Case.findById(claimId).lean<CaseDoc>(), m.Verdict.findById(claimId, { verdict: 0, parts: 0 }).lean<VerdictDoc>()]);
      if (!c) return undefined;
      if (!v) throw new Error(`case ${claimId} has no verdict document`);
      return toCaseRecord(await wholeDoc(parts, c, ['claim', 'verdict']), toVerdictRecord(v));
    },
    async listCases(filter, sort, cursor, limit) {
      const take = Math.max(0, Math.floor(limit));
      const docs = await m.Case.find(queueFilter(filter, sort, cursor), LIST_PROJECTION)
        .sort(queueSort(sort))
        .limit(take + 1) // one more than asked: whether there is a next page
        .lean<ListDoc[]>();
      const items = docs.slice(0, take).map(toListItem);
      const last = items[items.length - 1];
      return { items, next: docs.length > take && last ? { value: sortValue(last, sort.field), claimId: last.claimId } : null };
    },
    async countCases(filter) {
      return m.Case.countDocuments(queueFilter(filter, { field: 'amount', dir: 'desc' }, null));
    },
    async fillInsuredKeys(version, keyOf) {
      const stale = await m.Case.find(
        { $or: [{ insuredKey: null }, { insuredKey: { $not: { $regex: `^${version.replace(/[^0-9a-f:]/g, '')}` } } }] },
        { insuredId: 1, 'claim.patient.insuredId': 1 },
      ).lean<{ _id: string; insuredId?: string; claim?: { patient?: { insuredId?: string } } }[]>();
      const writes = stale.flatMap((d) => {
        const id = d.insuredId ?? d.claim?.patient?.insuredId;
        return id === undefined ? [] : [{ updateOne: { filter: { _id: d._id }, update: { $set: { insuredKey: keyOf(id) } } } }];
      });
      if (writes.length) await m.Case.bulkWrite(writes);
      return writes.length;
    },
    async getCaseWork(claimId) {
      const d = await m.Case.findById(String(claimId), { assignee: 1, outcome: 1, dismissal: 1, approval: 1 }).lean<Pick<CaseDoc, 'assignee' | 'outcome' | 'dismissal' | 'approval'>>();
      if (!d) return undefined;
      const o = d.outcome ?? null;
      return {
        assignee: d.assignee ?? null,
        outcome: o && { amountToRecoverFen: o.amountToRecoverFen, summary: o.summary, ...(o.violationType !== undefined ? { violationType: o.violationType } : {}) },
        dismissal: d.dismissal ?? null,
        approval: d.approval ?? null,
      };
    },
    changeCase,
    async appendAudit(entries) {
      if (entries.length) await inSession((session) => appendAuditLines(m, entries, session));
    },
    async listAudit(q) {
      return listAuditLines(m, q);
    },
  };
}
