// Provider-level patterns (issue 19 point 3): the per-claim facts they are computed from, the findings and
// the runs that produced them. Implemented per backend beside this file (sqlite-, memory-, mongo-pattern-store.ts).

/** One reviewed claim as the provider patterns read it: its verdict row joined to its member-ledger entry. */
export interface PatternClaim {
  claimId: string;
  hospitalId: string;
  doctorId: string | null;
  region: string;
  province: string;
  hospitalLevel: number;
  department: string | null;
  visitType: string;
  serviceDate: string;
  /** Discharge date (inpatient) or the visit date; null when the claim has no ledger entry. */
  endDate: string | null;
  totalFen: number;
  ruleIds: string[];
  /** The computed DRG when the stay was grouped, else null. */
  drg: string | null;
  /** From the member ledger (null without an entry): who, and how the stay ended and began. */
  insuredId: string | null;
  dischargeMode: string | null;
  admissionRoute: string | null;
  /** Age in whole years on the service date and the principal diagnosis (null on claims stored before they were kept). */
  ageYears: number | null;
  principalDiagnosis: string | null;
  /** Item codes the ledger keeps for the claim: every service code, the drug and consumable lines outside a stay, and a stay's costly consumables. */
  codes: string[];
  /**
   * A stay's drugs of its first and last days (the ledger's `courseStart`, `courseEnd` lines): not its drug list, but a
   * drug given through the stay is among them, as the monitored-drug shares read it (monitored-drugs.ts). Absent: none.
   */
  stayDrugCodes?: string[];
  /**
   * A clinic visit's or purchase's longest days of supply of one drug line (the ledger's `days`), lines marked 长处方 left
   * out; absent where no drug line has known days (a stay, a visit without drugs, claims stored before days were kept).
   */
  supplyDays?: number;
  /** The claim's diagnosis codes (ICD-10) in the claim's order, principal first, as the ledger keeps them; none without an entry. */
  diagnosisCodes: string[];
}

/**
 * A claim's `supplyDays`, as every store fills it: the longest days of supply among its ledger drug lines, 长处方 lines
 * left out; no field when none is known. Any truthy `long` is a 长处方 line (SQLite's json_object writes true as 1).
 */
export function supplyField(lines: ReadonlyArray<{ kind?: string; days?: number; long?: unknown }> | null | undefined): { supplyDays?: number } {
  let most: number | undefined;
  for (const l of lines ?? []) if (l.kind === 'drug' && !l.long && typeof l.days === 'number' && (most === undefined || l.days > most)) most = l.days;
  return most === undefined ? {} : { supplyDays: most };
}

/** The ICD-10 codes among a ledger entry's diagnosis and procedure codes (ICD-9-CM-3 codes begin with a digit). */
export const diagnosisCodesOf = (codes: readonly string[] | null | undefined): string[] => (codes ?? []).filter((c) => /^[A-Za-z]/.test(c));

export type ProviderKind = 'doctor' | 'institution';
export type PatternMetric = 'costly-item' | 'upcoding' | 'low-rate' | 'readmission' | 'unplanned-readmission' | 'unsupported-complication' | 'long-supply' | 'los-ratio' | 'admission-cluster';
export const PATTERN_METRICS: readonly PatternMetric[] = ['costly-item', 'upcoding', 'low-rate', 'readmission', 'unplanned-readmission', 'unsupported-complication', 'long-supply', 'los-ratio', 'admission-cluster'];

/** A provider whose (shrunk) rate stands out from its peers of the same hospital level and region. */
export interface PatternFinding {
  providerKind: ProviderKind;
  hospitalId: string;
  /** null for an institution's finding. */
  doctorId: string | null;
  region: string;
  province: string;
  hospitalLevel: number;
  metric: PatternMetric;
  /** The item for `costly-item`, else null. */
  itemCode: string | null;
  /** 中文: what stands out, for investigators. */
  title: string;
  /** Claims with the trait (los-ratio: stays longer than the peers' mean ratio). */
  count: number;
  /** Claims the rate is over (its denominator): the volume. */
  volume: number;
  /** The provider's own rate (los-ratio: mean length of stay over norm). */
  rate: number;
  /** The rate after shrinkage towards the peers. */
  shrunkRate: number;
  /** The peers' rate (the same level and region, this provider left out). */
  peerRate: number;
  /** shrunkRate / peerRate; null when the peers' rate is 0. */
  ratio: number | null;
  /** Claims the peers' prior is worth (shrink.ts). */
  priorStrength: number;
  /**
   * The chance of this excess or more at the peers' rate (significance.ts), before the provider's tests (an admission
   * cluster: the windows scanned) are counted; absent on findings stored before it was kept.
   */
  pValue?: number;
  /** Doctors' peers also share the department (null: none named); institutions' are level and region only. */
  peerGroup: { region: string; hospitalLevel: number; department: string | null; providers: number };
  period: { from: string; to: string };
  /** Claim ids behind the finding (at most EVIDENCE_MAX, by service date), the count above is complete. */
  evidenceClaimIds: string[];
  /** `admission-cluster` only: the peak window and the admissions in it (claim id, admission date). */
  cluster?: { from: string; to: string; windowDays: number; admissions: Array<{ claimId: string; date: string }> };
}

export interface PatternPeriod {
  /** YYYY-MM-DD, inclusive: service dates. */
  from: string;
  to: string;
}

/** One computation of the patterns, as recorded: when, over which period, how many findings. */
export interface PatternRun {
  id: number;
  ranAt: string;
  from: string;
  to: string;
  /** What started it: `schedule`, `start` (the last run was stale), `cli`. */
  trigger: string;
  findings: number;
}

export interface PatternFindingQuery {
  provinces?: readonly string[];
  hospitalId?: string;
  doctorId?: string;
  metric?: PatternMetric;
}

export interface PatternStore {
  /** Reviewed claims with service dates in the period, all provinces (peers and readmissions cross scopes). */
  patternClaims(period: PatternPeriod): Promise<PatternClaim[]>;
  /** Records a run and its findings; the findings of earlier runs are replaced (their run rows stay). */
  savePatternRun(run: Omit<PatternRun, 'id'>, findings: readonly PatternFinding[]): Promise<PatternRun>;
  /** The latest run, or null before the first. */
  lastPatternRun(): Promise<PatternRun | null>;
  /** The latest run's findings within a scope, in the order they were saved. */
  patternFindings(query: PatternFindingQuery): Promise<PatternFinding[]>;
}
