import type { Claim } from '../../contract/claim';
import type { Decision, Family, FieldError, Verdict } from '../../contract/verdict';
import type { CaseWorkStore } from '../cases/case-store';
import type { ExportStore } from '../exports/export-store';
import type { FsiStore } from '../fsi/fsi-store';
import type { MemberClaim } from '../../benefits/member-claim';

// The one seam between the pipeline and persistence. Every write is idempotent by claimId so a
// redelivered or replayed claim changes nothing; no query language leaks through this interface.

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

/** A reviewed, valid claim as the pipeline hands it to the store. */
export interface ReviewedClaim {
  claim: Claim;
  verdict: Verdict;
  record: VerdictRecord;
  ledger: MemberClaim;
}

/** An input that failed validation: kept so nothing accepted is silently lost. */
export interface InvalidInput {
  claimId: string | null;
  errors: FieldError[];
  /** The input as received (parsed JSON, or the raw text when it was not JSON). */
  raw: unknown;
  source: string;
  receivedAt: string;
}

export interface VerdictQuery {
  decision?: Decision;
  month?: string;
  province?: string;
}

/** What the review pipeline needs: record reviews, read them back, member ledger. */
export interface CoreStore {
  /**
   * Upserts verdict rows and member-ledger entries by claimId in one transaction; flagged claims get (or
   * update) a case.
   * A case that a re-review clears (pass) is removed only while no one has touched it
   * (status `new`); a case already being worked keeps its history and shows the newer verdict.
   */
  saveReviews(batch: ReviewedClaim[]): Promise<void>;
  saveInvalid(batch: InvalidInput[]): Promise<void>;
  /** Ledger entries of these members (all claims the store has seen for them). */
  getMemberClaims(insuredIds: readonly string[]): Promise<MemberClaim[]>;
  getVerdict(claimId: string): Promise<VerdictRecord | undefined>;
  getCase(claimId: string): Promise<CaseRecord | undefined>;
  /** Moves a case along its workflow (updatedAt is set); false when there is no case for claimId. */
  setCaseStatus(claimId: string, status: CaseStatus): Promise<boolean>;
  countVerdicts(query?: VerdictQuery): Promise<number>;
  countCases(): Promise<number>;
  countInvalid(): Promise<number>;
  /** True when the backing store answers: used by /readyz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * The whole store: the core above plus one part per capability, each declared in its own file and
 * implemented per backend in its own file (sqlite/, memory/, mongo/), so capabilities grow side by side.
 */
export type Store = CoreStore & CaseWorkStore & ExportStore & FsiStore;
