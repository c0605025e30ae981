import { sortValue } from './case-filter';
import type { CaseChange, CaseChangeResult, CaseStore } from './case-store';
import { toCaseRecord, toVerdictRecord } from '../reviews/mongo-documents';
import { appendAuditLines, listAuditLines } from './mongo-audit';
import { LIST_PROJECTION, queueFilter, queueSort, toListItem, type ListDoc } from './mongo-case-queue';
import type { CaseDoc, Models, VerdictDoc } from '../../store/mongo/schemas';
import type { InSession } from '../../store/mongo/session';
import type { CaseStatus } from '../../contract/records';

// Case work on MongoDB (see case-store.ts), with the SQLite store's semantics. A change and its
// audit lines share one transaction on a replica set; on a standalone server the change is one conditional
// update (so a lost race still reads 'conflict') and its audit lines follow it.

/** Case work on MongoDB: queues, workflow writes, audit trail. */
export function mongoCaseStore(m: Models, inSession: InSession): CaseStore {
  const changeCase = (change: CaseChange) =>
    inSession(async (session): Promise<CaseChangeResult> => {
      const set: Partial<Pick<CaseDoc, 'status' | 'assignee' | 'outcome' | 'updatedAt'>> = { updatedAt: new Date().toISOString() };
      if (change.status !== undefined) set.status = change.status;
      if (change.assignee !== undefined) set.assignee = change.assignee;
      // Only the outcome's two fields: the strict sub-schema would refuse anything else the caller carried.
      if (change.outcome) set.outcome = { amountToRecoverFen: change.outcome.amountToRecoverFen, summary: change.outcome.summary };
      // The expected status is part of the filter: the check and the write are one atomic operation.
      const r = await m.Case.updateOne({ _id: String(change.claimId), status: String(change.expected) as CaseStatus }, { $set: set }, { session, runValidators: true });
      if (r.matchedCount === 0) {
        return (await m.Case.exists({ _id: String(change.claimId) }).session(session ?? null)) ? 'conflict' : 'missing';
      }
      await appendAuditLines(m, change.audit, session);
      return 'ok';
    });

  return {
    async getCase(claimId) {
      const [c, v] = await Promise.all([m.Case.findById(claimId).lean(), m.Verdict.findById(claimId, { verdict: 0 }).lean<VerdictDoc>()]);
      if (!c) return undefined;
      if (!v) throw new Error(`case ${claimId} has no verdict document`);
      return toCaseRecord(c, toVerdictRecord(v));
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
    async getCaseWork(claimId) {
      const d = await m.Case.findById(String(claimId), { assignee: 1, outcome: 1 }).lean<Pick<CaseDoc, 'assignee' | 'outcome'>>();
      if (!d) return undefined;
      const o = d.outcome ?? null;
      return { assignee: d.assignee ?? null, outcome: o && { amountToRecoverFen: o.amountToRecoverFen, summary: o.summary } };
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
