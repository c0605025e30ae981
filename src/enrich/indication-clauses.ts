import type { IndicationClause } from './catalogue';
import { startsWithAny } from '../contract/code-prefix';

// Catalogue indication clauses (a row's `indicationClauses`): a condition and the circumstance the restriction
// names with it, such as anaemia of a non-myeloid cancer under chemotherapy (重组人促红素).

/** What of a claim a clause reads. */
export interface ClauseClaim {
  diagnosisCodes: readonly string[];
  procedureCodes: readonly string[];
  /** ATC codes of the claim's drug lines. */
  drugAtcs: readonly string[];
  /** The member's approved 门诊慢特病 diseases, when the claim gives them (empty otherwise). */
  approved: readonly string[];
}

/** The clause's condition is coded on the claim and each of its `with` groups is met there. */
export function clauseMet(clause: IndicationClause, c: ClauseClaim): boolean {
  if (!startsWithAny(c.diagnosisCodes, clause.diagnoses)) return false;
  return (clause.with ?? []).every(
    (g) =>
      (g.diagnoses !== undefined && startsWithAny(c.diagnosisCodes, g.diagnoses)) ||
      (g.procedures !== undefined && startsWithAny(c.procedureCodes, g.procedures)) ||
      (g.drugAtc !== undefined && startsWithAny(c.drugAtcs, g.drugAtc)) ||
      (g.approved !== undefined && startsWithAny(c.approved, g.approved)),
  );
}

/** A clause whose condition is one of the member's approved diseases (an approved category broader than its codes covers them). */
export function clauseServesApproved(clause: IndicationClause, approved: readonly string[]): boolean {
  return startsWithAny(approved, clause.diagnoses) || startsWithAny(clause.diagnoses, approved);
}
