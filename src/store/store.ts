import type { Claim } from '../contract/claim';
import type { Decision, Family, FieldError, Verdict } from '../contract/verdict';
import type { CaseWorkStore } from './case-work-store';
import type { ExportStore } from './export-store';
import type { FsiStore } from './fsi-store';

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

/**
 * One claim in a member's ledger: only what the claim itself says (never a decision or a derived
 * amount), so replaying claims in any order leaves the ledger identical. Member state (year-to-date fund,
 * deductible used, admissions, recent stays) is derived from these entries in service-date order.
 */
export interface MemberClaim {
  insuredId: string;
  claimId: string;
  insuranceType: string;
  visitType: string;
  serviceDate: string;
  endDate: string;
  hospitalId: string;
  /** First three characters of the principal diagnosis (ICD-10 category). */
  principalCategory: string;
  /** MDC of the computed grouping (inpatient, grouped), else null. */
  mdc: string | null;
  totalFen: number;
  policyFen: number;
  fundClaimedFen: number;
  /** Hash of the items (code, date, quantity, unit price): equal for a resubmitted copy. */
  itemsSignature: string;
  /** Codes of the service lines (for the same service at two hospitals on one day). */
  serviceCodes: string[];
  /** 入院途径 (inpatient; settlement list), when the claim says: a transfer admission is not a split stay. */
  admissionRoute?: string | null;
  /** 离院方式 (inpatient), when the claim says: 'transfer' (医嘱转院) hands the patient on. */
  dischargeMode?: string | null;
  /** The hospital a transferred patient came from, when the claim says. */
  transferFromHospitalId?: string | null;
  /**
   * Lines the cross-claim checks read (drug supply, same-day services, billing frequency): every line of an
   * outpatient, chronic or pharmacy claim; on an inpatient claim only items with a billing-frequency limit.
   * Absent on entries written before the field existed.
   */
  lines?: LedgerLine[];
  /**
   * Order in which the store first saw the claim (assigned by the store, kept on re-review). A claim is
   * judged only against claims that arrived before it, so re-reviewing it sees exactly what it saw.
   */
  arrival?: number;
}

/** One line of a ledger entry: only what cross-claim checks need. */
export interface LedgerLine {
  lineId: string;
  code: string;
  date: string;
  /** drug · consult (registration and consultation) · service · consumable */
  kind: 'drug' | 'consult' | 'service' | 'consumable';
  amountFen: number;
  /** Drug lines: the generic-drug key supply is kept under (genericDrugKey). */
  drug?: string;
  /** Drug lines outside a stay: days of supply dispensed (quantity ÷ usual quantity per day), where known. */
  days?: number;
  /** Drug lines outside a stay: days one dispensing unit lasts (1 ÷ usual quantity per day), where above a day. */
  unitDays?: number;
  /** Drug lines: marked a 长处方. */
  long?: boolean;
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
