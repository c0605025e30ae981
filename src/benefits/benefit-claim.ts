import type { GroupingResult } from '../grouping';
import type { SupplyCycle } from './days-of-supply';

/**
 * What the benefit stage reads of a claim: a part of the enrich stage's ClaimFacts, named here so benefits
 * sit below enrich (enrich loads the policies and carries these results; benefits never import enrich).
 */
export interface BenefitClaim {
  claimId: string;
  region: string;
  /** 参保地: the member's pooling region (enrich: the claim's insuredRegion, else region); absent where not read. */
  insuredRegion?: string;
  province: string;
  insuranceType: string;
  visitType: string;
  inpatient: boolean;
  hospitalId: string;
  hospitalLevel: number;
  /** provider.doctorId, when the claim names one. */
  doctorId?: string | null;
  /** provider.department, when the claim names one. */
  department?: string | null;
  insuredId: string;
  gender: 'M' | 'F';
  retired: boolean;
  serviceDate: string;
  endDate: string;
  principalDiagnosis: string;
  /** Every diagnosis code (ICD-10) and coded procedure (ICD-9-CM-3) of the claim: what the ledger keeps as its codes. */
  diagnosisCodes: readonly string[];
  procedureCodes: readonly string[];
  /** The external cause a third party or 工伤保险 bears (enrich's external-cause facts), null when none. */
  externalCause: object | null;
  /** 入院途径, 离院方式 and the hospital a transferred patient came from (settlement list), when the claim says. */
  admissionRoute: string | null;
  dischargeMode: string | null;
  transferFromHospitalId: string | null;
  totalFen: number;
  policyFen: number;
  fundClaimedFen: number;
  expectedPolicyFen: number;
  items: readonly BenefitItem[];
  grouping: GroupingResult | null;
}

/** What the benefit stage (ledger lines, cross-claim checks) reads of a line item: a part of enrich's ItemFacts. */
export interface BenefitItem {
  lineId: string;
  code: string;
  name: string;
  category: string;
  date: string;
  quantity: number;
  unitPrice: number;
  amountFen: number;
  longPrescription: boolean;
  /** An unevidenced restriction whose examinations may be on the member's earlier claims (enrich's indicationEvidence.record). */
  indicationEvidence?: { record: readonly { codes: readonly string[]; days: number }[] | null } | null;
  /** Lines of the test-indications table: the claim's diagnoses that call for the test (enrich), else absent or null. */
  indicatedBy?: readonly string[] | null;
  /** A repeat the claim's condition calls for that day (enrich's serial tests: a DKA's renal function every few hours). */
  repeatExplained?: boolean;
  /**
   * A restriction only the member's approved disease met, standing in for a treatment (enrich's indicationByApproval:
   * the clause, its condition, the treatment's name and the codes and drug ATC classes that show it), else absent or null.
   */
  indicationByApproval?: { clause: string; condition: readonly string[]; treatment: string; codes: readonly string[]; drugAtc: readonly string[] } | null;
  /** The catalogue row the code belongs to (the parts read here), or null. */
  catalogue: { code: string; specialControl?: { class: string }; indicationsText?: unknown; indicationsFrom?: unknown; subcategory?: string; clinicalExam?: boolean; unit?: string; usualPerDay?: number; supplyPerDay?: number; minDose?: number; maxDose?: number; maxDoseFor?: readonly { codes: readonly string[]; maxDose: number }[]; loadingDays?: number; supplyPerDayFor?: readonly { codes: readonly string[]; perDay: number; onClaim?: boolean }[]; supplyCycle?: SupplyCycle; maxDays?: number; minLevel?: number; indications?: readonly string[]; priceCap?: Readonly<Record<string, number>>; includes?: readonly string[]; includesDuring?: readonly { codes: readonly string[]; visitTypes?: readonly string[]; sameDayClaims?: boolean }[] } | null;
}
