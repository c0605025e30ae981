import type { ExportCase, ExportQuery, ExportStore, ExportVerdict } from './export-store';
import type { MemoryState } from '../reviews/memory-review-store';
import type { VerdictRecord } from '../../contract/records';

// Export reads in memory (see ../export-store.ts): same answers as SQLite, in claimId order, through JSON
// copies as every read of this store is. The ids of the month are collected and sorted first (a fake for
// tests: no bound on memory is promised here).

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const inQuery = (r: Pick<VerdictRecord, 'month' | 'province' | 'region'>, q: ExportQuery) =>
  r.month === q.month && (q.province === undefined || r.province === q.province) && (q.region === undefined || r.region === q.region);

// Byte order, as SQLite's default BINARY collation compares ids.
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function memoryExportStore(state: MemoryState): ExportStore {
  const monthIds = (q: ExportQuery, only?: Map<string, unknown>) =>
    [...state.verdicts.values()].filter((r) => inQuery(r, q) && (!only || only.has(r.claimId))).map((r) => r.claimId).sort(byId);

  return {
    async countForExport(q) {
      return { verdicts: monthIds(q).length, cases: monthIds(q, state.cases).length };
    },
    async *iterateVerdicts(q) {
      for (const id of monthIds(q)) {
        const record = state.verdicts.get(id);
        const verdict = state.fullVerdicts.get(id);
        const stored = state.cases.get(id);
        if (!record || !verdict) continue; // removed while iterating
        yield copy<ExportVerdict>({ ...record, hits: verdict.hits, grouping: verdict.grouping, caseStatus: stored?.status ?? null });
      }
    },
    async *iterateCases(q) {
      for (const id of monthIds(q, state.cases)) {
        const record = state.verdicts.get(id);
        const stored = state.cases.get(id);
        if (!record || !stored) continue;
        const p = stored.claim.patient;
        yield copy<ExportCase>({
          claimId: id,
          status: stored.status,
          caseDecision: stored.decision,
          summary: record,
          patient: { insuredId: p.insuredId, name: p.name ?? null, idNumber: p.idNumber ?? null },
        });
      }
    },
  };
}
