import type { Decision, Hit } from '../contract/verdict';

/** CONTRACTS.md exactly: any block → reject; any warn or a score over threshold → review; else pass. */
export function decide(hits: readonly Hit[], score: number, threshold: number): Exclude<Decision, 'invalid'> {
  if (hits.some((h) => h.severity === 'block')) return 'reject';
  if (hits.some((h) => h.severity === 'warn') || score > threshold) return 'review';
  return 'pass';
}
