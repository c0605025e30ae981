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
  /**
   * Order in which the store first saw the claim (assigned by the store, kept on re-review). A claim is
   * judged only against claims that arrived before it, so re-reviewing it sees exactly what it saw.
   */
  arrival?: number;
}
