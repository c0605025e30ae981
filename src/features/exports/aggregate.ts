import { toFen } from '../../money/fen';
import type { ExportVerdict } from './export-store';

// Streaming accumulators over a month's verdicts: one pass, memory bounded by the number of regions,
// institutions, rules and scheme × visit-type pairs (hundreds to thousands), never by the number of claims.
// Money is integer fen throughout.

export interface Tally {
  claims: number;
  /** review + reject */
  flagged: number;
  rejected: number;
  totalFen: number;
  fundClaimedFen: number;
  amountAtStakeFen: number;
  /** Inpatient claims and their fund claimed: the base of the DRG/DIP share. */
  inpatientClaims: number;
  inpatientFundFen: number;
  /** Inpatient claims paid by group (see paidByGroup) and their fund claimed. */
  groupPaidClaims: number;
  groupPaidFundFen: number;
}

export interface InstitutionTally extends Tally {
  region: string;
  level: number;
}

export interface RuleTally {
  family: string;
  severities: Set<string>;
  /** Every hit of the rule (a line rule may hit several lines of one claim). */
  hits: number;
  /** Claims with at least one hit of the rule. */
  claims: number;
  /** Σ hit amounts, fen (the same line may also count under another rule). */
  amountFen: number;
  /** Claims with the rule that have a case, and how their cases ended. */
  cases: number;
  confirmed: number;
  dismissed: number;
}

export interface MonthAggregate {
  total: Tally;
  /** Key `${insuranceType}|${visitType}`. */
  byScheme: Map<string, Tally>;
  byRegion: Map<string, Tally>;
  byInstitution: Map<string, InstitutionTally>;
  byRule: Map<string, RuleTally>;
  rulesetVersions: Set<string>;
  modelVersions: Set<string>;
}

export const emptyTally = (): Tally => ({
  claims: 0, flagged: 0, rejected: 0, totalFen: 0, fundClaimedFen: 0, amountAtStakeFen: 0,
  inpatientClaims: 0, inpatientFundFen: 0, groupPaidClaims: 0, groupPaidFundFen: 0,
});

export function newAggregate(): MonthAggregate {
  return {
    total: emptyTally(),
    byScheme: new Map(),
    byRegion: new Map(),
    byInstitution: new Map(),
    byRule: new Map(),
    rulesetVersions: new Set(),
    modelVersions: new Set(),
  };
}

/**
 * Paid by DRG/DIP group: an inpatient claim the grouper placed in a real group (status 'grouped', or a DRG
 * other than the ungroupable 0000, or a DIP code). Ungroupable and check-failed records are settled item by
 * item, so their fund spending counts against the 70% target of 川办发〔2023〕38号.
 */
export function paidByGroup(v: Pick<ExportVerdict, 'visitType' | 'grouping'>): boolean {
  const g = v.grouping;
  if (v.visitType !== 'inpatient' || !g) return false;
  if (typeof g.status === 'string') return g.status === 'grouped' || !!g.dip;
  return (!!g.drg && g.drg !== '0000') || !!g.dip;
}

export function addTo(t: Tally, v: ExportVerdict, groupPaid: boolean): void {
  t.claims++;
  if (v.decision !== 'pass') t.flagged++;
  if (v.decision === 'reject') t.rejected++;
  t.totalFen += v.totalFen;
  t.fundClaimedFen += v.fundClaimedFen;
  t.amountAtStakeFen += v.amountAtStakeFen;
  if (v.visitType === 'inpatient') {
    t.inpatientClaims++;
    t.inpatientFundFen += v.fundClaimedFen;
    if (groupPaid) {
      t.groupPaidClaims++;
      t.groupPaidFundFen += v.fundClaimedFen;
    }
  }
}

export function sumTallies(tallies: Iterable<Tally>): Tally {
  const out = emptyTally();
  for (const t of tallies) for (const k of Object.keys(out) as (keyof Tally)[]) out[k] += t[k];
  return out;
}

const entry = <K, V>(m: Map<K, V>, k: K, make: () => V): V => {
  let v = m.get(k);
  if (v === undefined) m.set(k, (v = make()));
  return v;
};

/** Folds one verdict into the aggregate. */
export function accumulate(a: MonthAggregate, v: ExportVerdict): void {
  const groupPaid = paidByGroup(v);
  addTo(a.total, v, groupPaid);
  addTo(entry(a.byScheme, `${v.insuranceType}|${v.visitType}`, emptyTally), v, groupPaid);
  addTo(entry(a.byRegion, v.region, emptyTally), v, groupPaid);
  // An institution keeps the region and level of its first claim in claimId order (they do not change).
  addTo(entry(a.byInstitution, v.hospitalId, () => ({ ...emptyTally(), region: v.region, level: v.hospitalLevel })), v, groupPaid);
  a.rulesetVersions.add(v.rulesetVersion);
  a.modelVersions.add(v.modelVersion);

  const seen = new Set<string>();
  for (const h of v.hits) {
    const r = entry(a.byRule, h.ruleId, () => ({
      family: h.family, severities: new Set<string>(), hits: 0, claims: 0, amountFen: 0, cases: 0, confirmed: 0, dismissed: 0,
    }));
    r.severities.add(h.severity);
    r.hits++;
    r.amountFen += h.amount === null ? 0 : toFen(h.amount);
    if (seen.has(h.ruleId)) continue;
    seen.add(h.ruleId);
    r.claims++;
    if (v.caseStatus !== null) {
      r.cases++;
      if (v.caseStatus === 'confirmed') r.confirmed++;
      if (v.caseStatus === 'dismissed') r.dismissed++;
    }
  }
}
