// Investigators' case work: queues, workflow, notes, audit trail, rankings, API keys (issue 8).
// Implemented per backend in sqlite/case-work.ts, memory/case-work.ts (and mongo/case-work.ts).
// Filter values are data, never query text: every backend binds them as parameters or compares them as values,
// and refuses a value that is not a plain string or number (see src/cases/case-filter.ts).

import type { Family } from '../contract/verdict';
import type { CaseStatus } from './store';

export type Role = 'intake' | 'investigator' | 'auditor' | 'admin';
export const ROLES: readonly Role[] = ['intake', 'investigator', 'auditor', 'admin'];

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

export interface CaseOutcome {
  amountToRecoverFen: number;
  summary: string;
}

/** What case work adds to a case: who has it and what was found. */
export interface CaseWork {
  assignee: string | null;
  outcome: CaseOutcome | null;
}

export type AuditAction =
  | 'status' | 'assign' | 'note' | 'outcome' | 'view-identity' | 'key-create' | 'key-revoke'
  /** A rule set or model reloaded on request: from the old version to the new. */
  | 'rules-reload' | 'model-reload';

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

/** Where rankings and trends look: provinces (scope) and service dates. */
export interface RankingScope {
  provinces?: readonly string[];
  from?: string;
  to?: string;
}

/** Reviewed claims of one doctor at one hospital (doctorId null = no doctor named). */
export interface ProviderFact {
  hospitalId: string;
  doctorId: string | null;
  region: string;
  hospitalLevel: number;
  claims: number;
  flagged: number;
  flaggedAmountFen: number;
  riskSum: number;
  confirmed: number;
  dismissed: number;
}
export interface ProviderRuleFact {
  hospitalId: string;
  doctorId: string | null;
  ruleId: string;
  flagged: number;
  amountFen: number;
}
export interface TrendFact {
  month: string;
  family: Family;
  flagged: number;
  amountFen: number;
}
export interface MonthFact {
  month: string;
  claims: number;
  flagged: number;
  amountFen: number;
}

export interface ApiKeyRecord {
  /** Public part of the key (the key reads yb_<id>_<secret>). */
  id: string;
  name: string;
  role: Role;
  /** 2-digit province codes the key may see; empty = all. */
  provinces: string[];
  /** HMAC-SHA256 of the whole key under the server pepper (hex); the key itself is never stored. */
  hash: string;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
}

export interface CaseWorkStore {
  listCases(filter: CaseFilter, sort: CaseSort, cursor: CaseCursor | null, limit: number): Promise<CasePage>;
  getCaseWork(claimId: string): Promise<CaseWork | undefined>;
  /** Applies the change and appends its audit lines in one transaction. */
  changeCase(change: CaseChange): Promise<CaseChangeResult>;
  /** Appends audit lines (views, key events). There is no way to change or remove one. */
  appendAudit(entries: readonly AuditDraft[]): Promise<void>;
  listAudit(query: AuditQuery): Promise<AuditEntry[]>;
  providerFacts(scope: RankingScope): Promise<{ providers: ProviderFact[]; rules: ProviderRuleFact[] }>;
  trendFacts(scope: RankingScope): Promise<{ byFamily: TrendFact[]; byMonth: MonthFact[] }>;
  createApiKey(key: ApiKeyRecord): Promise<void>;
  findApiKey(id: string): Promise<ApiKeyRecord | undefined>;
  listApiKeys(): Promise<ApiKeyRecord[]>;
  revokeApiKey(id: string, at: string): Promise<boolean>;
  countApiKeys(): Promise<number>;
}
