/**
 * Inverted index over an ordered list of conditions (the MDC entries, or one MDC's ADRGs): the
 * principal diagnosis and principal procedure each cost one Map lookup and yield the only
 * conditions that can hold, instead of one Set lookup per condition.
 */
import type { Condition } from './conditions';

export interface CandidateIndex {
  byPrincipalDiagnosis: ReadonlyMap<string, readonly number[]>;
  byPrincipalProcedure: ReadonlyMap<string, readonly number[]>;
  /** Conditions with no indexable test: always candidates. */
  unindexed: readonly number[];
}

const NONE: readonly number[] = [];

function add(m: Map<string, number[]>, codes: ReadonlySet<string>, i: number): void {
  for (const c of codes) {
    const l = m.get(c);
    if (l === undefined) m.set(c, [i]);
    else if (l[l.length - 1] !== i) l.push(i); // i only grows, so lists stay sorted
  }
}

export function buildIndex(conds: readonly Condition[]): CandidateIndex {
  const byPrincipalDiagnosis = new Map<string, number[]>();
  const byPrincipalProcedure = new Map<string, number[]>();
  const unindexed: number[] = [];
  conds.forEach((cond, i) => {
    // Every test must hold, so indexing on any one of them is exact; prefer the diagnosis.
    const t = cond.find((x) => x.index?.on === 'principalDiagnosis') ?? cond.find((x) => x.index?.on === 'principalProcedure');
    if (!t?.index) unindexed.push(i);
    else add(t.index.on === 'principalDiagnosis' ? byPrincipalDiagnosis : byPrincipalProcedure, t.index.codes, i);
  });
  return { byPrincipalDiagnosis, byPrincipalProcedure, unindexed };
}

/** Ascending indices of the conditions that may hold for this principal diagnosis and procedure. */
export function candidates(ix: CandidateIndex, pdx: string, ppx: string | undefined): readonly number[] {
  const a = ix.byPrincipalDiagnosis.get(pdx) ?? NONE;
  const b = ppx === undefined ? NONE : (ix.byPrincipalProcedure.get(ppx) ?? NONE);
  const c = ix.unindexed;
  if (b.length === 0 && c.length === 0) return a;
  if (a.length === 0 && c.length === 0) return b;
  if (a.length === 0 && b.length === 0) return c;
  return mergeSorted(mergeSorted(a, b), c);
}

function mergeSorted(a: readonly number[], b: readonly number[]): readonly number[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i] : Infinity;
    const y = j < b.length ? b[j] : Infinity;
    if (x <= y) {
      out.push(x);
      i++;
      if (x === y) j++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}
