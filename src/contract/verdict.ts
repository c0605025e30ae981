// The verdict contract of CONTRACTS.md. Field names are fixed.

export type Decision = 'pass' | 'review' | 'reject' | 'invalid';
export type Family = 'grouping' | 'catalogue' | 'benefits' | 'history' | 'anomaly';
export type Severity = 'info' | 'warn' | 'block';

export const FAMILIES: readonly Family[] = ['grouping', 'catalogue', 'benefits', 'history', 'anomaly'];
export const DECISIONS: readonly Decision[] = ['pass', 'review', 'reject', 'invalid'];

/** Whatever produced it (rule, grouper, model), a hit has this shape, so decide/cases/exports never care. */
export interface Hit {
  ruleId: string;
  family: Family;
  severity: Severity;
  message: string;
  lineIds: string[];
  /** Money in question, yuan. */
  amount: number | null;
  /** Structured evidence (limit, actual value, ...) for readers and exports. */
  evidence?: Record<string, unknown>;
  /**
   * A finding about this claim made when a later claim arrived (事后发现, an added, optional field): the claim whose
   * review found it and that review's time. Never above `warn`: a settled claim is sent to people, not intercepted.
   */
  retrospective?: { byClaimId: string; foundAt: string };
}

export interface Grouping {
  scheme: string;
  mdc: string | null;
  adrg: string | null;
  drg: string | null;
  dip: string | null;
  [extra: string]: unknown;
}

export interface FieldError {
  /** Field path as a reader writes it: `items[3].quantity`; empty for the whole input. */
  path: string;
  message: string;
}

/**
 * The tables in force on the claim's dates that judged it (an added, optional field): the benefit policy's
 * version and dated entries in force on the admission or visit date, and each catalogue version whose rows
 * the lines matched (by each line's date). Rules in force are the ruleset's, by the service date (rulesetVersion).
 */
export interface VersionsUsed {
  policy: string | null;
  policyInForce: string[];
  /** "kind:version", e.g. "drug:sample-2024", sorted. */
  catalogue: string[];
}

export interface Verdict {
  claimId: string | null;
  decision: Decision;
  riskScore: number;
  hits: Hit[];
  grouping: Grouping | null;
  versions?: VersionsUsed;
  rulesetVersion: string;
  modelVersion: string;
  reviewedAt: string;
  errors?: FieldError[];
  /** 1-based input line, set by file intake. */
  line?: number;
  /**
   * Set on a verdict revised by retrospective findings (an added, optional field): how many later claims have
   * found something about this one (1, 2, …). Absent on a verdict no later claim has revised.
   */
  revision?: number;
}
