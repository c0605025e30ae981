import { sortValue } from './case-filter';
import type { CaseChange, CaseChangeResult, CaseWorkStore } from './case-store';
import type { CaseStatus } from '../reviews/review-store';
import { mongoApiKeys } from '../keys/mongo-key-store';
import { appendAuditLines, listAuditLines } from './mongo-audit';
import { mongoCaseFacts } from '../rankings/mongo-ranking-store';
import { LIST_PROJECTION, queueFilter, queueSort, toListItem, type ListDoc } from './mongo-case-queue';
import type { CaseDoc, Models } from '../../store/mongo/schemas';
import type { InSession } from '../../store/mongo/session';

// Case work on MongoDB (see ../case-work-store.ts), with the SQLite store's semantics. A change and its
// audit lines share one transaction on a replica set; on a standalone server the change is one conditional
// update (so a lost race still reads 'conflict') and its audit lines follow it.

/** Case work on MongoDB: queues, workflow writes, audit trail, rankings facts, API keys. */
export function mongoCaseWork(m: Models, inSession: InSession): CaseWorkStore {
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
    ...mongoCaseFacts(m),
    ...mongoApiKeys(m),
  };
}
