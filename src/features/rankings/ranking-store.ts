import type { CaseStatus } from '../../contract/records';
import type { Family } from '../../contract/verdict';

// Rankings and trends: sums over reviewed claims and their cases, per provider, rule, month and family.
// Implemented per backend beside this file (sqlite-, memory-, mongo-ranking-store.ts).

/** Where rankings and trends look: provinces (scope) and service dates. */
export interface RankingScope {
  provinces?: readonly string[];
  from?: string;
  to?: string;
}

/** Reviewed claims of one doctor at one hospital (doctorId null = no doctor named). */
export interface ProviderFact {
  hospitalId: string;
  doctorId: string | null;
  region: string;
  hospitalLevel: number;
  claims: number;
  flagged: number;
  flaggedAmountFen: number;
  riskSum: number;
  confirmed: number;
  dismissed: number;
}

export interface ProviderRuleFact {
  hospitalId: string;
  doctorId: string | null;
  ruleId: string;
  flagged: number;
  amountFen: number;
}

export interface TrendFact {
  month: string;
  family: Family;
  flagged: number;
  amountFen: number;
}

export interface MonthFact {
  month: string;
  claims: number;
  flagged: number;
  amountFen: number;
}

/** One provider's reviewed claims, newest service date first (the institution and doctor pages' claim list). */
export interface ProviderClaimQuery {
  scope: RankingScope;
  hospitalId: string;
  /** Only this doctor's claims (exact code). */
  doctorId?: string;
  /** Only passed, or only flagged (review or reject) claims. */
  flagged?: boolean;
  /** Keyset position: the last row of the previous page. */
  after?: { serviceDate: string; claimId: string };
  limit: number;
}

/** A reviewed claim as the verdict row's columns hold it, with its case status if it is a case. */
export interface ProviderClaim {
  claimId: string;
  serviceDate: string;
  visitType: string;
  department: string | null;
  doctorId: string | null;
  decision: 'pass' | 'review' | 'reject';
  riskScore: number;
  totalFen: number;
  fundClaimedFen: number;
  amountAtStakeFen: number;
  ruleIds: string[];
  caseStatus: CaseStatus | null;
}

export interface RankingStore {
  providerFacts(scope: RankingScope): Promise<{ providers: ProviderFact[]; rules: ProviderRuleFact[] }>;
  trendFacts(scope: RankingScope): Promise<{ byFamily: TrendFact[]; byMonth: MonthFact[] }>;
  /** A page of the provider's claims (limit + 1 rows are read to know there is a next page) and how many there are. */
  providerClaims(q: ProviderClaimQuery): Promise<{ items: ProviderClaim[]; more: boolean; total: number }>;
}
