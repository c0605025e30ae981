import type { Hit } from '../contract/verdict';
import type { ClaimFacts } from '../enrich/facts';
import { toFen } from '../money/fen';

/**
 * Money in question for a claim, in fen, without counting a line twice when several rules name it:
 * each line is charged the largest amount any hit attributes to it (a hit over several lines spreads its
 * amount by line value); claim-level hits (no lines) count by their largest amount; the whole is capped
 * at the claim total.
 */
export function amountAtStakeFen(hits: readonly Hit[], facts: ClaimFacts): number {
  const lineValue = new Map(facts.items.map((i) => [i.lineId, i.amountFen]));
  const perLine = new Map<string, number>();
  let claimLevel = 0;
  for (const hit of hits) {
    if (hit.amount === null) continue;
    const fen = toFen(hit.amount);
    const lines = hit.lineIds.filter((l) => lineValue.has(l));
    if (lines.length === 0) {
      claimLevel = Math.max(claimLevel, fen);
      continue;
    }
    const weight = lines.reduce((s, l) => s + (lineValue.get(l) as number), 0);
    for (const l of lines) {
      const share = weight > 0 ? Math.round((fen * (lineValue.get(l) as number)) / weight) : Math.round(fen / lines.length);
      perLine.set(l, Math.max(perLine.get(l) ?? 0, share));
    }
  }
  let lineTotal = 0;
  for (const v of perLine.values()) lineTotal += v;
  return Math.min(facts.totalFen, Math.max(lineTotal, claimLevel));
}
