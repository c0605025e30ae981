import { checkCursor, checkFilter, compareCases, isAfter, matchesFilter, queueSortValue } from './case-filter';
import type { AuditEntry, CaseListItem, CaseStore, CaseWork } from './case-store';
import type { MemoryState } from '../reviews/memory-review-store';
import { laterThan } from './case-version';

// Case work in memory, with the SQLite store's semantics (same filter, order, cursor and aggregates), for
// unit tests. The audit trail is an array that is only ever pushed to.

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? null)) as T;

/** Case work in memory (see case-store.ts). */
export function memoryCaseStore(state: MemoryState): CaseStore {
  const work = new Map<string, CaseWork>();
  const statusSince = new Map<string, string>();
  const insuredKeys = new Map<string, string>();
  const audit: AuditEntry[] = [];
  const noWork = (): CaseWork => ({ assignee: null, outcome: null, dismissal: null, approval: null });

  const listItem = (claimId: string): (CaseListItem & { insuredKey?: string }) | undefined => {
    const c = state.cases.get(claimId);
    const v = state.verdicts.get(claimId);
    if (!c || !v) return undefined;
    return {
      claimId,
      status: c.status,
      decision: c.decision,
      region: v.region,
      province: v.province,
      hospitalId: v.hospitalId,
      doctorId: v.doctorId,
      department: v.department,
      serviceDate: v.serviceDate,
      riskScore: v.riskScore,
      amountAtStakeFen: v.amountAtStakeFen,
      families: v.families,
      ruleIds: v.ruleIds,
      assignee: work.get(claimId)?.assignee ?? null,
      insuredId: c.claim.patient.insuredId,
      patientName: c.claim.patient.name ?? null,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      statusSince: statusSince.get(claimId) ?? c.createdAt,
      insuredKey: insuredKeys.get(claimId),
    };
  };
  const strip = ({ insuredKey: _k, ...item }: CaseListItem & { insuredKey?: string }): CaseListItem => item;


  return {
    async getCase(claimId) {
      state.ensureOpen();
      const stored = state.cases.get(claimId);
      const summary = state.verdicts.get(claimId);
      if (!stored) return undefined;
      if (!summary) throw new Error(`case ${claimId} has no verdict row`);
      return copy({ ...stored, summary });
    },
    async listCases(filter, sort, cursor, limit) {
      checkFilter(filter);
      checkCursor(cursor);
      const all = [...state.cases.keys()]
        .map(listItem)
        .filter((i): i is CaseListItem => i !== undefined && matchesFilter(i, filter) && (!cursor || isAfter(i, sort, cursor)))
        .sort((a, b) => compareCases(a, b, sort))
        .map(strip);
      const items = all.slice(0, limit);
      const last = items[items.length - 1];
      return copy({ items, next: all.length > limit && last ? { value: queueSortValue(last, sort.field), claimId: last.claimId } : null });
    },
    async countCases(filter) {
      checkFilter(filter);
      return [...state.cases.keys()].map(listItem).filter((i) => i !== undefined && matchesFilter(i, filter)).length;
    },
    async fillInsuredKeys(version, keyOf) {
      let n = 0;
      for (const [claimId, c] of state.cases) {
        if (insuredKeys.get(claimId)?.startsWith(version)) continue;
        insuredKeys.set(claimId, keyOf(c.claim.patient.insuredId));
        n++;
      }
      return n;
    },
    async getCaseWork(claimId) {
      if (!state.cases.has(claimId)) return undefined;
      return copy(work.get(claimId) ?? noWork());
    },
    async changeCase(change) {
      const c = state.cases.get(change.claimId);
      if (!c) return 'missing';
      if (c.status !== change.expected) return 'conflict';
      if (change.expectedUpdatedAt !== undefined && c.updatedAt !== change.expectedUpdatedAt) return 'conflict';
      const w = work.get(change.claimId) ?? noWork();
      const entries = copy(change.audit);
      work.set(change.claimId, {
        assignee: change.assignee !== undefined ? change.assignee : w.assignee,
        outcome: change.outcome ? copy(change.outcome) : w.outcome,
        dismissal: change.dismissal !== undefined ? copy(change.dismissal) : w.dismissal,
        approval: change.approval !== undefined ? copy(change.approval) : w.approval,
      });
      const updatedAt = laterThan(c.updatedAt, new Date().toISOString());
      if (change.status !== undefined && change.status !== c.status) statusSince.set(change.claimId, updatedAt);
      state.cases.set(change.claimId, { ...c, status: change.status ?? c.status, updatedAt });
      for (const e of entries) audit.push({ ...e, seq: audit.length + 1 });
      return 'ok';
    },
    async appendAudit(entries) {
      for (const e of copy(entries)) audit.push({ ...e, seq: audit.length + 1 });
    },
    async listAudit(q) {
      return copy(
        audit.filter((e) => e.seq > (q.after ?? 0) && (q.claimId === undefined || e.claimId === q.claimId)).slice(0, q.limit),
      );
    },
  };
}
