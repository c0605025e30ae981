import type { Claim } from '../../contract/claim';
import type { VerdictRecord } from '../../contract/records';
import type { Decision, FieldError, Verdict } from '../../contract/verdict';
import type { MemberClaim } from '../../benefits/member-claim';
import type { BillKey, BillPeer } from '../../benefits/identical-bills';
import type { DoctorKey, DoctorVisit } from '../../benefits/cross-claim/doctor-grade';
import type { DayBill, DoctorDayKey } from '../../benefits/template-rotation';
import type { DoctorDateKey } from '../../benefits/cross-claim/doctor-two-places';
import type { AdmissionKey, AdmissionPeer } from '../../benefits/cross-claim/batch-admission';
import type { RetrospectiveHit } from '../../rules/retrospective';
import type { Revision } from './revise-verdict';

// The seam between the review pipeline and persistence. Every write is idempotent by claimId so a
// redelivered or replayed claim changes nothing; no query language leaks through this interface.
// Implemented per backend beside this file (sqlite-, memory-, mongo-review-store.ts).

/** A reviewed, valid claim as the pipeline hands it to the store. */
export interface ReviewedClaim {
  claim: Claim;
  verdict: Verdict;
  record: VerdictRecord;
  ledger: MemberClaim;
  /** What this claim's review found about claims that arrived before it (事后发现), each for its own claim. */
  retrospective?: RetrospectiveHit[];
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

/**
 * Rows another feature records with a batch's reviews, in the same transaction (3101's findings, ingest/fsi): called
 * once the batch's own rows are written, with the verdicts the batch revised (what saveReviews returns). On SQLite and
 * in memory it writes synchronously, inside the transaction (a throw rolls the whole batch back, the rows written along
 * with it); MongoDB awaits it after the batch's own writes have committed (a throw leaves them stored, to be written
 * again when the batch is redelivered).
 */
export type AlongReviews = (revised: readonly Revision[]) => void | Promise<void>;

export interface VerdictQuery {
  decision?: Decision;
  month?: string;
  province?: string;
}

/** The review pipeline's store: record reviews and invalid inputs, read verdicts and the member ledger. */
export interface ReviewStore {
  /**
   * Upserts verdict rows and member-ledger entries by claimId in one transaction; flagged claims get (or
   * update) a case.
   * A case that a re-review clears (pass) is removed only while no one has touched it
   * (status `new`); a case already being worked keeps its history and shows the newer verdict.
   * In the same transaction, each claim's retrospective findings are kept (one per claim, rule and finding claim)
   * and applied to the earlier claim's stored verdict and case; a re-reviewed claim gets the findings kept about
   * it again. Returns the verdicts so revised, in the order revised (a finding already kept, unchanged, none).
   * `along`: another feature's rows, written in the same transaction (AlongReviews).
   */
  saveReviews(batch: ReviewedClaim[], along?: AlongReviews): Promise<Revision[]>;
  saveInvalid(batch: InvalidInput[]): Promise<void>;
  /** Ledger entries of these members (all claims the store has seen for them). */
  getMemberClaims(insuredIds: readonly string[]): Promise<MemberClaim[]>;
  /**
   * Ledger entries of any member billed at one of these keys' hospital, by its doctor, on its service date, with its
   * item signature (identical bills, 集中刷卡): what each is judged by (BillPeer), not its lines.
   */
  getIdenticalBills(keys: readonly BillKey[]): Promise<BillPeer[]>;
  /**
   * Ledger entries of any member at one of these keys' hospital, by its doctor, dated from..to, that bill a consultation
   * (the grade a doctor bills, 超标准收费): what each is judged by (DoctorVisit), not its lines.
   */
  getDoctorVisits(keys: readonly DoctorKey[]): Promise<DoctorVisit[]>;
  /**
   * Clinic visits (普通门诊, 门诊慢特病) of any member at one of these keys' hospital, by its doctor, on its date, whatever
   * the bill (rotating templates, 集中刷卡): what each is judged by (DayBill: its item signature and drug count).
   */
  getDoctorDays(keys: readonly DoctorDayKey[]): Promise<DayBill[]>;
  /**
   * Clinic visits (普通门诊, 门诊慢特病) of any member by one of these doctors on its date, at any institution but the
   * key's (one doctor operating in one city and seeing clinic patients in a distant one, 冒名医生; his own clinic at
   * the stay's hospital is not asked for): whole ledger entries, few per key.
   */
  getDoctorClinics(keys: readonly DoctorDateKey[]): Promise<MemberClaim[]>;
  /**
   * Stays of any member naming one of these doctors with a coded operation on its date (MemberClaim.operationDays), at
   * any institution but the key's: the other order of getDoctorClinics, a clinic visit reviewed after the stay. Whole
   * ledger entries, few per key.
   */
  getDoctorOperations(keys: readonly DoctorDateKey[]): Promise<MemberClaim[]>;
  /**
   * Ledger entries of any member's stays admitted at one of these keys' hospital on its day (the same members admitted
   * together again, 养转医): what each is judged by (AdmissionPeer), not its lines.
   */
  getAdmissions(keys: readonly AdmissionKey[]): Promise<AdmissionPeer[]>;
  getVerdict(claimId: string): Promise<VerdictRecord | undefined>;
  countVerdicts(query?: VerdictQuery): Promise<number>;
  countInvalid(): Promise<number>;
  /** True when the backing store answers: used by /readyz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
