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

const joined = (xs: readonly string[]): string => xs.join('、');

/** One `with` group in words: its alternatives (a diagnosis, an operation, a drug class, an approved disease). */
function groupShown(g: WithGroup): string {
  const parts: string[] = [];
  if (g.diagnoses) parts.push(`诊断 ${joined(g.diagnoses)}`);
  if (g.procedures) parts.push(`手术操作 ${joined(g.procedures)}`);
  if (g.drugAtc) parts.push(`同单药品 ${joined(g.drugAtc)}`);
  if (g.approved) parts.push(`已认定门诊慢特病 ${joined(g.approved)}`);
  return parts.join(' 或 ');
}

/** A clause in words (肝硬化引起的胸腹水：诊断 K74，且有 诊断 R18… 或 手术操作 54.91…): the condition and each circumstance it needs. */
export function clauseShown(clause: IndicationClause): string {
  const needs = (clause.with ?? []).map((g) => `，且有 ${groupShown(g)}`).join('');
  return `「${clause.name}」：诊断 ${joined(clause.diagnoses)}${needs}`;
}

/**
 * The whole restriction as an investigator reads it in a message: the flat indications, then the operations and
 * each clause as alternatives. A clause moved out of the flat list (人血白蛋白's K74, met only with its effusion) must
 * still show, or the message reads as if cirrhosis never qualified.
 */
export function indicationsShown(indications: readonly string[], procedures: readonly string[], clauses: readonly IndicationClause[]): string {
  const parts: string[] = [];
  if (indications.length > 0) parts.push(`诊断 ${joined(indications)}`);
  if (procedures.length > 0) parts.push(`手术操作 ${joined(procedures)}`);
  for (const cl of clauses) parts.push(clauseShown(cl));
  return parts.join('；或 ');
}
