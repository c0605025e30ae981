import type { Hit, Verdict } from '../contract/verdict';
import type { EvalCase } from './case';
import type { EvidenceKind } from './catalogue';

// Figures per typology and control kind from the target claims' verdicts.

export interface Expectation {
  evidence: EvidenceKind;
  families?: string[];
}

export interface TypologyFigures {
  id: string;
  cases: number;
  flagged: number;
  rightEvidence: number;
  modelOnly: number;
  invalid: number;
  recall: number;
  rightEvidenceRate: number;
  /** Of the flagged cases, the share flagged by the anomaly family alone. */
  modelOnlyShare: number;
}

export interface ControlFigures {
  id: string;
  cases: number;
  flagged: number;
  modelOnly: number;
  falseFlagRate: number;
}

const isFlagged = (v: Verdict) => v.decision === 'review' || v.decision === 'reject';
/** A rule hit that sends the claim on (severity warn or block), from any family but the model. */
const ruleHits = (v: Verdict): Hit[] => v.hits.filter((h) => h.family !== 'anomaly' && h.severity !== 'info');

/** Does the verdict carry a rule hit pointing at what was mutated? */
export function hasRightEvidence(c: EvalCase, v: Verdict, e: Expectation): boolean {
  if (!isFlagged(v)) return false;
  const hits = ruleHits(v);
  const mutated = new Set(c.lineIds);
  if (hits.some((h) => h.lineIds.some((id) => mutated.has(id)))) return true;
  if (e.evidence === 'pair') return hits.some((h) => c.related.some((id) => JSON.stringify([h.message, h.evidence ?? null]).includes(id)) || (e.families ?? []).includes(h.family));
  if (e.evidence === 'claim') return hits.some((h) => !e.families || e.families.includes(h.family));
  return false;
}

export const isModelOnly = (v: Verdict): boolean => isFlagged(v) && ruleHits(v).length === 0;

const rate = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function typologyFigures(id: string, outcomes: Array<{ c: EvalCase; v: Verdict }>, e: Expectation): TypologyFigures {
  const flagged = outcomes.filter((o) => isFlagged(o.v)).length;
  const rightEvidence = outcomes.filter((o) => hasRightEvidence(o.c, o.v, e)).length;
  const modelOnly = outcomes.filter((o) => isModelOnly(o.v)).length;
  const invalid = outcomes.filter((o) => o.v.decision === 'invalid').length;
  return {
    id,
    cases: outcomes.length,
    flagged,
    rightEvidence,
    modelOnly,
    invalid,
    recall: rate(flagged, outcomes.length),
    rightEvidenceRate: rate(rightEvidence, outcomes.length),
    modelOnlyShare: rate(modelOnly, flagged),
  };
}

export function controlFigures(id: string, verdicts: Verdict[]): ControlFigures {
  const flagged = verdicts.filter(isFlagged).length;
  return { id, cases: verdicts.length, flagged, modelOnly: verdicts.filter(isModelOnly).length, falseFlagRate: rate(flagged, verdicts.length) };
}
