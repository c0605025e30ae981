// Investigators' case work: queues, workflow, notes, audit trail (issue 8). Every case change goes through
// the case service (case-service.ts). Implemented per backend beside this file (sqlite-, memory-, mongo-case-store.ts).
// Filter values are data, never query text: every backend binds them as parameters or compares them as values,
// and refuses a value that is not a plain string or number (see case-filter.ts).

import type { Family } from '../../contract/verdict';
import type { AuditAction, CaseOutcome, CaseRecord, CaseStatus, Role } from '../../contract/records';

/** What a case queue can be narrowed by. Ranges are inclusive; money in fen; dates YYYY-MM-DD. */
export interface CaseFilter {
  /** Scope of the caller (2-digit province codes); undefined = every province. */
  provinces?: readonly string[];
  province?: string;
  region?: string;
  hospitalId?: string;
  doctorId?: string;
  department?: string;
  family?: Family;
  ruleId?: string;
  decision?: 'review' | 'reject';
  status?: CaseStatus;
  assignee?: string;
  scoreMin?: number;
  scoreMax?: number;
  serviceFrom?: string;
  serviceTo?: string;
  amountMinFen?: number;
  amountMaxFen?: number;
}

export type CaseSortField = 'amount' | 'score' | 'serviceDate' | 'updatedAt';
export interface CaseSort {
  field: CaseSortField;
  dir: 'asc' | 'desc';
}
/** Keyset position: the sort value and claimId of the last case of the previous page. */
export interface CaseCursor {
  value: string | number;
  claimId: string;
}

/** One row of a case queue (identifiers unmasked: the API masks them). */
export interface CaseListItem {
  claimId: string;
  status: CaseStatus;
  decision: 'review' | 'reject';
  region: string;
  province: string;
  hospitalId: string;
  doctorId: string | null;
  department: string | null;
  serviceDate: string;
  riskScore: number;
  amountAtStakeFen: number;
  families: Family[];
  ruleIds: string[];
  assignee: string | null;
  insuredId: string;
  patientName: string | null;
  updatedAt: string;
}

export interface CasePage {
  items: CaseListItem[];
  /** Position after the last item, or null on the last page. */
  next: CaseCursor | null;
}

/** What case work adds to a case: who has it and what was found. */
export interface CaseWork {
  assignee: string | null;
  outcome: CaseOutcome | null;
}

/** One line of the audit trail as written; the store adds seq. */
export interface AuditDraft {
  claimId: string | null;
  at: string;
  actor: string;
  role: Role;
  action: AuditAction;
  from: string | null;
  to: string | null;
  detail: Record<string, unknown> | null;
}
export interface AuditEntry extends AuditDraft {
  /** Append order, increasing. */
  seq: number;
}
export interface AuditQuery {
  claimId?: string;
  /** Only entries with seq greater than this. */
  after?: number;
  limit: number;
}

/** A case change: applied only if the case is still in `expected` status, with its audit lines, atomically. */
export interface CaseChange {
  claimId: string;
  expected: CaseStatus;
  status?: CaseStatus;
  assignee?: string | null;
  outcome?: CaseOutcome;
  audit: AuditDraft[];
}
export type CaseChangeResult = 'ok' | 'missing' | 'conflict';

export interface CaseStore {
  getCase(claimId: string): Promise<CaseRecord | undefined>;
  listCases(filter: CaseFilter, sort: CaseSort, cursor: CaseCursor | null, limit: number): Promise<CasePage>;
  getCaseWork(claimId: string): Promise<CaseWork | undefined>;
  /** Applies the change and appends its audit lines in one transaction. */
  changeCase(change: CaseChange): Promise<CaseChangeResult>;
  /** Appends audit lines (views, key events). There is no way to change or remove one. */
  appendAudit(entries: readonly AuditDraft[]): Promise<void>;
  listAudit(query: AuditQuery): Promise<AuditEntry[]>;
}
