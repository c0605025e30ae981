import type { Enrollment, Hospital, Member } from './population';
import type { Line } from './items';
import type { InpatientScenario, VisitScenario } from './scenarios';
import type { CatalogueRow } from './catalogue';

// A claim while it is being built: days as integers, money in fen, the scenario kept for injectors.

export type PatternId =
  | 'upcoding'
  | 'split_hospitalisation'
  | 'phantom_stay'
  | 'low_standard_admission'
  | 'restricted_gender'
  | 'restricted_age'
  | 'restricted_level'
  | 'restricted_setting'
  | 'restricted_indication'
  | 'excess_quantity'
  | 'excess_days'
  | 'duplicate_charge'
  | 'bundled_charge'
  | 'exclusive_items'
  | 'over_price'
  | 'not_covered_billed'
  | 'swapped_items'
  | 'waiting_period'
  | 'over_reimbursement'
  | 'outlier_cost_high'
  | 'outlier_cost_low'
  | 'overlapping_stay'
  | 'same_day_two_hospitals'
  | 'duplicate_claim';

export interface InjectedLabel {
  pattern: PatternId | 'malformed';
  lineIds: string[];
  note: string;
  relatedClaimId?: string;
}

export interface ResolvedInpatient {
  s: InpatientScenario;
  daily: CatalogueRow[];
  course: CatalogueRow[];
  admission: CatalogueRow[];
  operation: CatalogueRow[];
  repeat: Array<{ rows: CatalogueRow[]; every: number }>;
  perLesion: CatalogueRow[];
  regimens: CatalogueRow[][];
}

export interface ResolvedVisit {
  s: VisitScenario;
  drugs: CatalogueRow[];
  services: CatalogueRow[];
}

export interface Draft {
  member: Member;
  enrollment: Enrollment;
  hospital: Hospital;
  visitType: 'inpatient' | 'outpatient' | 'chronic' | 'pharmacy';
  department: string;
  start: number;
  end: number;
  age: number;
  diagnoses: string[];
  procedures: Array<{ code: string; day: number }>;
  lines: Line[];
  inpatient?: ResolvedInpatient;
  visit?: ResolvedVisit;
  /** Reported DRG when it differs from the computed one (upcoding). */
  reportedDrg?: string;
  /** DIP regions: the 病种 reported instead of the computed one (upcoding). */
  reportedDip?: string;
  /** Fund share override (over_reimbursement): receives the entitled fund and the policy amount in fen. */
  fundOverride?: (entitledFen: number, policyFen: number) => number;
  injected: InjectedLabel | null;
  /** Set when the claim must be malformed on output. */
  malformed?: boolean;
}
