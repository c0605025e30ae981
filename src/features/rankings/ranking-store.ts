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

export interface RankingStore {
  providerFacts(scope: RankingScope): Promise<{ providers: ProviderFact[]; rules: ProviderRuleFact[] }>;
  trendFacts(scope: RankingScope): Promise<{ byFamily: TrendFact[]; byMonth: MonthFact[] }>;
}
