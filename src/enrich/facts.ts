import type { Claim } from '../contract/claim';
import type { GroupingResult } from '../grouping';
import type { BenefitFacts } from '../benefits/benefit-facts';
import type { MemberState } from '../benefits/member-state';
import type { GroupingFacts } from './grouping-facts';
import type { ItemFacts } from './item-fact-types';
import type { StayFacts } from './stay-facts';
import type { TestLoadFacts } from './test-load-facts';
import type { AgeImplausibleFacts } from './age-facts';
import type { SexImplausibleFacts } from './sex-facts';
import type { ExternalCauseFacts } from './external-cause';
import type { HighEnergyFallFacts } from './injury-mechanism';
import type { BirthWeightFacts } from './birth-weight-facts';

/** Facts about one claim, computed once per claim by the enrich stage (DRG/DIP facts: see grouping-facts.ts). */
export interface ClaimFacts extends GroupingFacts, TestLoadFacts {
  claimId: string;
  region: string;
  /** 参保地: the member's pooling region (the claim's insuredRegion, else region, the treating region). */
  insuredRegion: string;
  province: string;
  insuranceType: string;
  visitType: string;
  inpatient: boolean;
  hospitalId: string;
  hospitalLevel: number;
  department: string | null;
  doctorId: string | null;
  insuredId: string;
  gender: 'M' | 'F';
  retired: boolean;
  ageYears: number;
  ageDays: number;
  /** Admission date (inpatient) or visit date. */
  serviceDate: string;
  /** serviceDate as a day number (days since 1970-01-01): rule scopes compare dates with it. */
  serviceDay: number;
  /** Discharge date (inpatient) or visit date. */
  endDate: string;
  month: string;
  /** Inpatient: discharge − admission in days, at least 1 (a same-day stay is billed as one day). */
  lengthOfStay: number;
  /** Days the claim covers: lengthOfStay for inpatients, 1 otherwise. */
  days: number;
  /** 入院途径, 离院方式 and the transferring hospital of the settlement list (inpatient), null when not given. */
  admissionRoute: string | null;
  /** 入院途径 in Chinese (急诊, 门诊, 其他医疗机构转入, 其他) for evidence an investigator reads; null when not given. */
  admissionRouteName: string | null;
  dischargeMode: string | null;
  transferFromHospitalId: string | null;
  principalDiagnosis: string;
  diagnosisCodes: string[];
  procedureCodes: string[];
  reportedDrg: string | null;
  reportedDip: string | null;
  totalFen: number;
  policyFen: number;
  fundClaimedFen: number;
  /** amounts.fundClaimed in yuan, for messages and amounts. */
  fundClaimed: number;
  /** Policy-scope cost the catalogue supports (Σ of the lines' policyScopeFen), fen. */
  expectedPolicyFen: number;
  /** How far the claimed policy amount exceeds what the catalogue supports, yuan (0 when it does not). */
  policyExcess: number;
  itemCount: number;
  items: ItemFacts[];
  /** The bill against its own dates: per-day items beyond the stay, lines dated outside it. */
  stay: StayFacts;
  /** An outpatient or pharmacy claim's drugs or diagnoses implausible at the member's age (冒名就医 signal); null when none. */
  ageImplausible: AgeImplausibleFacts | null;
  /** Diagnoses only the other sex can have (冒名就医 signal); null when none. */
  sexImplausible: SexImplausibleFacts | null;
  /** A newborn's stay reporting a low birth weight that bills none of the care it brings (虚报出生体重); null when none. */
  birthWeightUnsupported: BirthWeightFacts | null;
  /** An external cause of injury a third party or 工伤保险 pays for (traffic accident, assault, work injury); null when none. */
  externalCause: ExternalCauseFacts | null;
  /** A fall on the same level coded for a high-energy injury pattern (a shaft fracture with an organ injury elsewhere); null when none. */
  highEnergyFall: HighEnergyFallFacts | null;
  /** CHS-DRG grouping computed from the coded record (inpatient claims only). */
  grouping: GroupingResult | null;
  /** The member's year-to-date use and recent history as of this claim (set by the review, from the ledger). */
  member: MemberState | null;
  /** Waiting period, entitlement and retiree eligibility (null where no policy covers the province). */
  benefits: BenefitFacts | null;
}

export interface EnrichedClaim {
  claim: Claim;
  facts: ClaimFacts;
}

/** Fact names a claim rule may reference; checked at rule load so a typo fails loudly. */
export const CLAIM_FACT_NAMES = [
  'claimId', 'region', 'insuredRegion', 'province', 'insuranceType', 'visitType', 'inpatient', 'hospitalId', 'hospitalLevel',
  'department', 'doctorId', 'insuredId', 'gender', 'retired', 'ageYears', 'ageDays', 'serviceDate', 'serviceDay', 'endDate',
  'month', 'lengthOfStay', 'days', 'admissionRoute', 'admissionRouteName', 'dischargeMode', 'transferFromHospitalId', 'principalDiagnosis', 'diagnosisCodes', 'procedureCodes', 'reportedDrg',
  'reportedDip', 'totalFen', 'policyFen', 'fundClaimedFen', 'fundClaimed', 'expectedPolicyFen', 'policyExcess', 'itemCount', 'items', 'stay', 'ageImplausible', 'sexImplausible', 'birthWeightUnsupported', 'externalCause', 'highEnergyFall', 'grouping', 'member', 'benefits',
  // DRG/DIP (src/enrich/grouping-facts.ts)
  'paymentScheme', 'groupSettled', 'groupable', 'ungroupableReason', 'ungroupableValidParent', 'groupedThroughParent', 'groupComputed', 'groupComputedName', 'groupReported', 'computedDrg', 'computedDip',
  'computedScore', 'reportedScore', 'computedWeight', 'reportedWeight', 'weightDifference', 'baseRate', 'estimatedOverpayment',
  'normLos', 'normCost', 'totalCost', 'costRatio', 'costAboveNorm', 'losRatio', 'dailyCostRatio', 'splitComplication', 'splitComplicationKind',
  'splitComplicationName', 'complicationSupported', 'complicationSplitsGroup', 'complicationSupportExpected', 'complicationLineIds', 'complicationExplained', 'complicationAmount',
  'surgicalGroupProcedure', 'daySurgeryProcedure',
  // Tests per stay against DRG peers (src/enrich/test-load-facts.ts)
  'testCount', 'testCost', 'testLineIds', 'testNormGroup', 'testNormCount', 'testNormCost', 'testCostAboveNorm', 'testCostRatio', 'testCountAboveNorm',
] as const satisfies readonly (keyof ClaimFacts)[];

/** Facts item rules see besides the claim facts. */
export const ITEM_FACT_NAMES = ['item'] as const;
