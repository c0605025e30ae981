import type { AuditDraft, AuditEntry } from '../cases/case-store';
import type { Inspection, InspectionHeader, PointFinding } from './inspection';

// Inspections as stored. Every write carries its audit lines and appends them in the same transaction.
// Implemented per backend beside this file (sqlite-, memory-, mongo-inspection-store.ts).

/** What a write found: done, no such inspection or point, or the inspection is no longer open. */
export type InspectionWriteResult = 'ok' | 'missing' | 'closed';

export interface InspectionStore {
  createInspection(inspection: Inspection, audit: readonly AuditDraft[]): Promise<void>;
  getInspection(id: string): Promise<Inspection | undefined>;
  /** Newest first; provinces undefined = every province. */
  listInspections(provinces: readonly string[] | undefined): Promise<InspectionHeader[]>;
  /** Sets a point's finding, only while the inspection is open. */
  recordPoint(id: string, no: number, finding: PointFinding, audit: readonly AuditDraft[]): Promise<InspectionWriteResult>;
  /** Closes an open inspection. */
  closeInspection(id: string, close: { by: string; at: string; conclusion: string }, audit: readonly AuditDraft[]): Promise<InspectionWriteResult>;
  /** Every audit line about one inspection (detail.inspectionId), in order. */
  inspectionTrail(id: string): Promise<AuditEntry[]>;
}
