// Investigators' case work: queues, workflow, notes, audit trail (issue 8). Every case change goes through
// the case service (case-service.ts). Implemented per backend beside this file (sqlite-, memory-, mongo-case-store.ts).
// Filter values are data, never query text: every backend binds them as parameters or compares them as values,
// and refuses a value that is not a plain string or number (see case-filter.ts).

import type { Family } from '../../contract/verdict';
import type { AuditAction, AuditRole, CaseDismissal, CaseOutcome, CaseRecord, CaseStatus, RecoveryApproval } from '../../contract/records';

/** What a case queue can be narrowed by. Ranges are inclusive; money in fen; dates YYYY-MM-DD. */
export interface CaseFilter {
  /** Scope of the caller (2-digit province codes); undefined = every province. */
  provinces?: readonly string[];
  province?: string;
  region?: string;
  /** Claim number: cases whose claimId starts with this. */
  claimIdPrefix?: string;
  /** HMAC of an insured ID (insured-key.ts): exact match; the ID itself is never a filter. */
  insuredKey?: string;
  /** The patient's whole name, exactly. */
  patientName?: string;
  /** Hospital, doctor and department codes starting with these. */
  hospitalId?: string;
  doctorId?: string;
  department?: string;
  /** Department codes, any of (a Chinese department name resolved to its codes, departments.ts). */
  departmentIn?: readonly string[];
  /** Open cases that entered their status before the cutoff of that status (ISO instants): the overdue ones. */
  overdueBefore?: { new: string; assigned: string; investigating: string };
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
  createdAt: string;
  updatedAt: string;
  /** When the case entered its status. */
  statusSince: string;
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
  dismissal: CaseDismissal | null;
  approval: RecoveryApproval | null;
}

/** One line of the audit trail as written; the store adds seq. */
export interface AuditDraft {
  claimId: string | null;
  at: string;
  actor: string;
  role: AuditRole;
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

/**
 * A case change: applied only if the case is still in `expected` status (and, when given, still carries
 * `expectedUpdatedAt`: the page the caller saw), with its audit lines, atomically. A status change also sets
 * statusSince. updatedAt moves forward on every change, by at least a millisecond, so it works as a version.
 */
export interface CaseChange {
  claimId: string;
  expected: CaseStatus;
  expectedUpdatedAt?: string;
  status?: CaseStatus;
  assignee?: string | null;
  outcome?: CaseOutcome;
  /** A dismissal's reason, or null to clear it (reopen). */
  dismissal?: CaseDismissal | null;
  /** A supervisor's approval, or null once a confirmation used it. */
  approval?: RecoveryApproval | null;
  audit: AuditDraft[];
}
export type CaseChangeResult = 'ok' | 'missing' | 'conflict';

export interface CaseStore {
  getCase(claimId: string): Promise<CaseRecord | undefined>;
  listCases(filter: CaseFilter, sort: CaseSort, cursor: CaseCursor | null, limit: number): Promise<CasePage>;
  /** How many cases match the filter (the queue's total). */
  countCases(filter: CaseFilter): Promise<number>;
  /**
   * Gives every case whose insured key is missing or was made under another pepper (its `version` prefix
   * differs) the key `keyOf` makes; returns how many it wrote. Run before a search by insured key.
   */
  fillInsuredKeys(version: string, keyOf: (insuredId: string) => string): Promise<number>;
  getCaseWork(claimId: string): Promise<CaseWork | undefined>;
  /** Applies the change and appends its audit lines in one transaction. */
  changeCase(change: CaseChange): Promise<CaseChangeResult>;
  /** Appends audit lines (views, key events). There is no way to change or remove one. */
  appendAudit(entries: readonly AuditDraft[]): Promise<void>;
  listAudit(query: AuditQuery): Promise<AuditEntry[]>;
}
