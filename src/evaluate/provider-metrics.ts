import type { PatternFinding } from '../features/patterns/pattern-store';
import type { ProviderCase } from './provider-case';

// Figures per provider typology and control from each case's pattern findings. Evidence is at the level of the
// family (issue 19.6): a finding of an expected metric naming the subject (its hospital for an institution,
// the doctor for a doctor; for a costly item, the typology's item).

export interface ProviderTypologyFigures {
  id: string;
  cases: number;
  /** Cases with a finding of an expected metric naming the subject. */
  found: number;
  recall: number;
  /** Of the found, those whose finding lists at least one mutated claim among its evidence. */
  evidenceNamesMutated: number;
  /** Share of the peers (unchanged hospitals) with any finding: the background the typology is found against. */
  peersFlaggedRate: number;
}

export interface ProviderControlFigures {
  id: string;
  cases: number;
  /** Cases with any finding naming the subject. */
  falseFindings: number;
  falseFindingRate: number;
  /** The metrics of those findings, with how many cases each. */
  metrics: Record<string, number>;
  peersFlaggedRate: number;
}

export function namesSubject(c: Pick<ProviderCase, 'subject'>, f: PatternFinding): boolean {
  if (f.hospitalId !== c.subject.hospitalId) return false;
  return c.subject.kind === 'institution' || (f.providerKind === 'doctor' && f.doctorId === c.subject.doctorId);
}

export function isFound(c: ProviderCase, f: PatternFinding, metrics: readonly string[]): boolean {
  return namesSubject(c, f) && metrics.includes(f.metric) && (f.metric !== 'costly-item' || c.itemCode === null || f.itemCode === c.itemCode);
}

const rate = (a: number, b: number) => (b === 0 ? 0 : a / b);
/** Peers (hospitals other than the subject's) with any finding, of all peers of the cases. */
function peersFlagged(outcomes: Array<{ c: ProviderCase; findings: PatternFinding[] }>): number {
  let peers = 0;
  let flagged = 0;
  for (const { c, findings } of outcomes) {
    peers += new Set(c.claims.map((x) => x.provider.hospitalId).filter((h) => h !== c.subject.hospitalId)).size;
    flagged += new Set(findings.map((f) => f.hospitalId).filter((h) => h !== c.subject.hospitalId)).size;
  }
  return rate(flagged, peers);
}

export function providerTypologyFigures(id: string, metrics: readonly string[], outcomes: Array<{ c: ProviderCase; findings: PatternFinding[] }>): ProviderTypologyFigures {
  let found = 0;
  let evidence = 0;
  for (const { c, findings } of outcomes) {
    const hits = findings.filter((f) => isFound(c, f, metrics));
    if (!hits.length) continue;
    found += 1;
    const mutated = new Set(c.mutated);
    if (hits.some((f) => f.evidenceClaimIds.some((x) => mutated.has(x)))) evidence += 1;
  }
  return { id, cases: outcomes.length, found, recall: rate(found, outcomes.length), evidenceNamesMutated: evidence, peersFlaggedRate: peersFlagged(outcomes) };
}

export function providerControlFigures(id: string, outcomes: Array<{ c: ProviderCase; findings: PatternFinding[] }>): ProviderControlFigures {
  const metrics: Record<string, number> = {};
  let falseFindings = 0;
  for (const { c, findings } of outcomes) {
    const mine = findings.filter((f) => namesSubject(c, f));
    if (!mine.length) continue;
    falseFindings += 1;
    for (const m of new Set(mine.map((f) => (f.itemCode ? `${f.metric}:${f.itemCode}` : f.metric)))) metrics[m] = (metrics[m] ?? 0) + 1;
  }
  return { id, cases: outcomes.length, falseFindings, falseFindingRate: rate(falseFindings, outcomes.length), metrics, peersFlaggedRate: peersFlagged(outcomes) };
}
