import type { ItemFacts } from './item-fact-types';

// What the knowledge-table checks (knowledge-facts.ts and the files it calls) read of a claim.

export interface KnowledgeClaimInput {
  diagnosisCodes: readonly string[];
  /** The principal diagnosis (consistency rows with `principal` judge only claims it falls under). */
  principalDiagnosis?: string | null;
  procedureCodes: readonly string[];
  /** Age in whole years on the service date. */
  ageYears: number;
  /** The patient's sex (claim.patient.gender). */
  gender?: 'M' | 'F';
  /** Age in days on the service date (admission day of a stay). */
  ageDays?: number;
  items: ItemFacts[];
  inpatient: boolean;
  /** A purchase at a 定点药店: drug lines are judged against the drug table. */
  pharmacy: boolean;
  /**
   * On a 门诊慢特病 visit, the member's approved diseases (enrollment.chronicDiseases) when the claim gives them:
   * drug lines are judged against these, not the claim's diagnoses (a drug for an unapproved condition is
   * outside the 慢特病 benefit whatever the claim codes). Null elsewhere.
   */
  chronicApproved?: readonly string[] | null;
  /** An inpatient stay admitted through the emergency department (入院途径 急诊). */
  emergency?: boolean;
  /** An inpatient stay not admitted by emergency or by transfer from another hospital (入院途径 门诊, 其他 or not given). */
  plannedAdmission?: boolean;
  /** An inpatient stay admitted by transfer from another hospital (入院途径 其他医疗机构转入). */
  transferIn?: boolean;
  /** Day of the stay of each coded procedure; null when the procedure carries no date. */
  procedureDays: readonly (number | null)[];
  /** Catalogue name of a code, for messages. */
  nameOf: (code: string) => string;
  /** Visit type (inpatient, outpatient, chronic, pharmacy): which consistency rows judge the claim. */
  visitType?: string;
  /** Day index of the discharge day (inpatient); undefined elsewhere. */
  dischargeDay?: number;
  /** 离院方式 of a stay (death, transfer…); undefined when not given. */
  dischargeMode?: string;
  /**
   * The claim puts nothing to the fund: its policy-scope amount and fund claimed are both 0 (a settlement wholly
   * self-paid, 全自费). What basic insurance never pays (健康体检) is rightly settled so.
   */
  selfPaidClaim?: boolean;
}
