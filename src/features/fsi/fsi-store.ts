import type { FsiFeedback } from '../../contract/records';

// Findings of the national 3101 service and the hospitals' 3103 feedback on them (issue 11).
// Implemented per backend in sqlite-, memory-, mongo-fsi-store.ts beside this file.

/** One finding (one hit) issued on an encounter, under a stable jr_id. */
export interface FsiFinding {
  jrId: string;
  /** The encounter's claim id (FSI-<fixmedins_code>-<mdtrt_id>). */
  claimId: string;
  mdtrtId: string;
  patnId: string;
  fixmedinsCode: string;
  hospitalId: string;
  doctorId: string | null;
  ruleId: string;
  ruleName: string;
  family: string;
  severity: string;
  sevDeg: string;
  message: string;
  amount: number | null;
  evidence: Record<string, unknown> | null;
  /** rx_id of each offending order (违规项). */
  rxIds: string[];
  /** rx_id of orders involved without being the offence themselves (涉及项: the earlier duplicate, the including service). */
  involvedRxIds: string[];
  trigScen: string;
  /** 'reminder' (ordering time, no case) or 'review' (settlement, a case where flagged). */
  stage: 'reminder' | 'review';
  taskId: string | null;
  issuedAt: string;
  feedback: FsiFeedback | null;
}

export interface FsiStore {
  /**
   * The encounter's current findings: replaces the set a previous call left (a finding that persists keeps
   * its jr_id and any feedback already given), so repeated calls update rather than duplicate.
   */
  saveFindings(claimId: string, findings: FsiFinding[]): Promise<void>;
  /**
   * saveFindings for encounters under review, inside the transaction that records their reviews (a review's `along`,
   * features/reviews/review-store.ts AlongReviews): SQLite and memory write at once (SQLite refuses outside a write
   * transaction), MongoDB as saveFindings.
   */
  writeFindings(saves: readonly { claimId: string; findings: FsiFinding[] }[]): void | Promise<void>;
  listFindings(claimId: string): Promise<FsiFinding[]>;
  /** Stores 3103 feedback; returns the jr_ids that were not found. */
  recordFeedback(items: { jrId: string; feedback: FsiFeedback }[]): Promise<string[]>;
  /** Per doctor and institution: findings of severity block on which the doctor continued (dspo_way 1). */
  continuedAfterBlock(): Promise<{ hospitalId: string; doctorId: string | null; count: number }[]>;
}
