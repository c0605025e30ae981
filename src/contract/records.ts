import type { Claim } from './claim';
import type { Decision, Family, Verdict } from './verdict';

// Domain records that several features and the MongoDB schemas share: the summary row of a reviewed claim,
// a case, who may act and what the audit trail records. Declared here, below every feature, so no feature
// needs another's store file for them.

/** The summary row kept for every reviewed claim: what the rankings and exports aggregate over. */
export interface VerdictRecord {
  claimId: string;
  decision: Exclude<Decision, 'invalid'>;
  riskScore: number;
  families: Family[];
  ruleIds: string[];
  rulesetVersion: string;
  modelVersion: string;
  reviewedAt: string;
  region: string;
  /** First two digits of region: 22 Jilin, 23 Heilongjiang, 37 Shandong, 51 Sichuan. */
  province: string;
  hospitalId: string;
  hospitalLevel: number;
  department: string | null;
  doctorId: string | null;
  insuranceType: string;
  visitType: string;
  /** Admission date for inpatient claims, visit date otherwise. */
  serviceDate: string;
  /** YYYY-MM of serviceDate: the audit month. */
  month: string;
  totalFen: number;
  fundClaimedFen: number;
  amountAtStakeFen: number;
  /**
   * Age in whole years on the service date and the principal diagnosis (ICD-10 医保版), for the provider
   * patterns (admission clusters). Absent on records stored before they were kept.
   */
  ageYears?: number;
  principalDiagnosis?: string;
}

export type CaseStatus = 'new' | 'assigned' | 'investigating' | 'confirmed' | 'dismissed';

/** A flagged claim (review or reject) kept whole for investigators. */
export interface CaseRecord {
  claimId: string;
  status: CaseStatus;
  decision: 'review' | 'reject';
  claim: Claim;
  verdict: Verdict;
  summary: VerdictRecord;
  createdAt: string;
  updatedAt: string;
}

/** supervisor: dispatches and reassigns the cases of its provinces, approves recoveries above the fund claimed. */
export type Role = 'intake' | 'investigator' | 'supervisor' | 'auditor' | 'admin';

export const ROLES: readonly Role[] = ['intake', 'investigator', 'supervisor', 'auditor', 'admin'];
/** Who an audit line names: a key's role, or `system` for what the service did by itself (a rule file changed on disk). */
export type AuditRole = Role | 'system';
export const AUDIT_ROLES: readonly AuditRole[] = [...ROLES, 'system'];
/** Roles whose keys must name provinces (they see and work only those). */
export const PROVINCE_SCOPED_ROLES: readonly Role[] = ['investigator', 'supervisor'];

/** What a confirmed case found: the money to recover, the violation type and the conclusion (summary). */
export interface CaseOutcome {
  amountToRecoverFen: number;
  summary: string;
  /** One of VIOLATION_TYPES (features/cases/resolutions.ts); absent on outcomes recorded before it was asked. */
  violationType?: string;
}

/** Why a case was dismissed: one of DISMISSAL_REASONS and the investigator's words. */
export interface CaseDismissal {
  reasonCode: string;
  text: string;
}

/** A supervisor's approval to recover more than the fund paid (the second approval of a confirmation). */
export interface RecoveryApproval {
  maxAmountFen: number;
  by: string;
  keyId: string;
  at: string;
  reason: string;
}

export type AuditAction =
  | 'status' | 'assign' | 'note' | 'outcome' | 'view-identity' | 'key-create' | 'key-revoke'
  /** A rule set or model reloaded on request: from the old version to the new. */
  | 'rules-reload' | 'model-reload'
  /** A reload refused (a bad rule file, a model that fails to load): the active version stays; the error in detail. */
  | 'rules-reload-refused' | 'model-reload-refused'
  /** A supervisor approved recovering more than the fund amount claimed. */
  | 'approve-recovery'
  /** Inspection campaigns (features/inspections): created, a point recorded, closed, its report exported. */
  | 'inspection-create' | 'inspection-record' | 'inspection-close' | 'inspection-report';

export interface FsiFeedback {
  /** 1 继续执行 (the doctor went on), 2 返回修改 (the order was changed). */
  dspoWay: '1' | '2';
  reason: string | null;
  at: string;
}
