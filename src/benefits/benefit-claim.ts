import type { GroupingResult } from '../grouping';

/**
 * What the benefit stage reads of a claim: a part of the enrich stage's ClaimFacts, named here so benefits
 * sit below enrich (enrich loads the policies and carries these results; benefits never import enrich).
 */
export interface BenefitClaim {
  claimId: string;
  region: string;
  province: string;
  insuranceType: string;
  visitType: string;
  inpatient: boolean;
  hospitalId: string;
  hospitalLevel: number;
  insuredId: string;
  gender: 'M' | 'F';
  retired: boolean;
  serviceDate: string;
  endDate: string;
  principalDiagnosis: string;
  totalFen: number;
  policyFen: number;
  fundClaimedFen: number;
  expectedPolicyFen: number;
  items: readonly { code: string; category: string; date: string; quantity: number; unitPrice: number }[];
  grouping: GroupingResult | null;
}
