import type { CaseStore } from '../cases/case-store';
import { headerOf, type Inspection } from './inspection';
import type { InspectionStore } from './inspection-store';

// Inspections in memory, with the SQLite store's semantics, for unit tests. Audit lines go to the case
// store's trail (the one trail every feature appends to); memory has no transactions to share.

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? null)) as T;

export function memoryInspectionStore(trail: Pick<CaseStore, 'appendAudit' | 'listAudit'>): InspectionStore {
  const inspections = new Map<string, Inspection>();
  return {
    async createInspection(inspection, audit) {
      if (inspections.has(inspection.id)) throw new Error(`inspection ${inspection.id} exists`);
      inspections.set(inspection.id, copy(inspection));
      await trail.appendAudit(audit);
    },
    async getInspection(id) {
      const i = inspections.get(id);
      return i ? copy(i) : undefined;
    },
    async listInspections(provinces) {
      return copy(
        [...inspections.values()]
          .filter((i) => provinces === undefined || provinces.includes(i.province))
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
          .map(headerOf),
      );
    },
    async recordPoint(id, no, finding, audit) {
      const i = inspections.get(id);
      const point = i?.points.find((p) => p.no === no);
      if (!i || !point) return 'missing';
      if (i.status !== 'open') return 'closed';
      point.finding = copy(finding);
      await trail.appendAudit(audit);
      return 'ok';
    },
    async closeInspection(id, close, audit) {
      const i = inspections.get(id);
      if (!i) return 'missing';
      if (i.status !== 'open') return 'closed';
      Object.assign(i, { status: 'closed', closedBy: close.by, closedAt: close.at, conclusion: close.conclusion });
      await trail.appendAudit(audit);
      return 'ok';
    },
    async inspectionTrail(id) {
      const all = await trail.listAudit({ limit: Number.MAX_SAFE_INTEGER });
      return all.filter((e) => e.detail?.inspectionId === id);
    },
  };
}
