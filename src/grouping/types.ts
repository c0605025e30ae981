/** Public types of the DRG grouper. The scheme itself lives in JSON tables, never here. */

export interface GrouperInput {
  gender: 'M' | 'F' | '';
  ageYears: number;
  ageDays?: number;
  birthWeightGrams?: number;
  /** First entry is the principal diagnosis. */
  diagnoses: string[];
  /** First entry is the principal procedure; may be empty. */
  procedures: string[];
}

/**
 * 'ambiguous' is the scheme's 歧义病案 (<L>QY) result. The README defines it, but every
 * ambiguous group of CHS-DRG 1.1 is inactive, so 1.1 never yields it; a variant might.
 */
export type GroupingStatus = 'grouped' | 'check_failed' | 'ungroupable' | 'ambiguous';

/** One human-readable step of the grouping trail. */
export interface PathStep {
  step: string;
  detail: string;
  code?: string;
}

export type ComplicationKind = 'mcc' | 'cc';

export interface ExcludedComplication {
  code: string;
  kind: ComplicationKind;
  reason: string;
}

export interface GroupingResult {
  scheme: string;
  status: GroupingStatus;
  mdc: string;
  adrg: string;
  drg: string;
  drgName: string | null;
  path: PathStep[];
  excludedComplications: ExcludedComplication[];
  complication: { code: string; kind: ComplicationKind } | null;
}

export interface GrouperOptions {
  /** Run diagnosis_map.json / procedure_map.json before the checks (off by default, as in the source). */
  useCodeMaps?: boolean;
  /**
   * Group an unlisted 医保版 parent code through the listed codes beneath it (parent-codes.ts; off by default, so the
   * grouper alone answers as the national 1.1 grouper does: the review's reading, not the settlement's).
   */
  parentCodes?: boolean;
}

export interface Grouper {
  scheme: string;
  group(input: GrouperInput): GroupingResult;
  diagnosisName(code: string): string | undefined;
  procedureName(code: string): string | undefined;
  drgName(code: string): string | undefined;
  adrgName(adrg: string): string | undefined;
  isOrProcedure(code: string): boolean;
  knowsDiagnosis(code: string): boolean;
  knowsProcedure(code: string): boolean;
  /** All DRG codes in evaluation order (MDC order, then ADRG order, then split order). */
  drgCodes(): string[];
  /** ADRG code of a DRG, or undefined when the scheme has no such DRG. */
  adrgOf(drg: string): string | undefined;
  /** MDC code ("MDCB") of a DRG or ADRG, or undefined when unknown. */
  mdcOf(drgOrAdrg: string): string | undefined;
  /** Whether a diagnosis is an MCC or CC (before exclusion), and its exclusion table id. */
  complicationOf(code: string): { kind: ComplicationKind; table: string } | undefined;
  /** A principal diagnosis' exclusion table id (cce.json): its secondary MCC/CC of the same table do not count. */
  exclusionTableOf(principal: string): string | undefined;
}
