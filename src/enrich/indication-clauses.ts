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

type WithGroup = NonNullable<IndicationClause['with']>[number];

/** A `with` group met by the claim: a diagnosis, a coded operation, a drug line of the class, or an approved disease. */
const groupMet = (g: WithGroup, c: ClauseClaim): boolean =>
  (g.diagnoses !== undefined && startsWithAny(c.diagnosisCodes, g.diagnoses)) ||
  (g.procedures !== undefined && startsWithAny(c.procedureCodes, g.procedures)) ||
  (g.drugAtc !== undefined && startsWithAny(c.drugAtcs, g.drugAtc)) ||
  (g.approved !== undefined && startsWithAny(c.approved, g.approved));

/** The clause's condition is coded on the claim and each of its `with` groups is met there. */
export function clauseMet(clause: IndicationClause, c: ClauseClaim): boolean {
  if (!startsWithAny(c.diagnosisCodes, clause.diagnoses)) return false;
  return (clause.with ?? []).every((g) => groupMet(g, c));
}

/**
 * The treatment a member's approved 门诊慢特病 disease stood in for (a `with` group's `record`: 化疗 for 促红素's
 * chemotherapy-induced anaemia), when the approval alone met the row's clauses: the member's record is where that
 * treatment shows (history.treatment-unrecorded). Null when the claim meets a clause without the approval.
 */
export interface ApprovedInPlace {
  /** The clause's name and its condition (ICD-10 prefixes). */
  clause: string;
  condition: readonly string[];
  /** The treatment's name, and the codes (diagnoses, ICD-9-CM-3 operations) and drug ATC classes that show it. */
  treatment: string;
  codes: readonly string[];
  drugAtc: readonly string[];
}

export function approvalInPlaceOf(clauses: readonly IndicationClause[], c: ClauseClaim): ApprovedInPlace | null {
  const without: ClauseClaim = { ...c, approved: [] };
  if (clauses.some((cl) => clauseMet(cl, without))) return null;
  for (const cl of clauses) {
    if (!clauseMet(cl, c)) continue;
    const g = (cl.with ?? []).find((w) => w.record !== undefined && !groupMet(w, without));
    if (g) return { clause: cl.name, condition: cl.diagnoses, treatment: g.record!, codes: [...(g.diagnoses ?? []), ...(g.procedures ?? [])], drugAtc: g.drugAtc ?? [] };
  }
  return null;
}

/** A clause whose condition is one of the member's approved diseases (an approved category broader than its codes covers them). */
export function clauseServesApproved(clause: IndicationClause, approved: readonly string[]): boolean {
  return startsWithAny(approved, clause.diagnoses) || startsWithAny(clause.diagnoses, approved);
}
