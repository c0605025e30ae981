import type { ItemFacts } from '../enrich/item-fact-types';
import { fenOf, toYuan } from '../money/fen';

// An item rule that judges a drug or service the same way on every line of it (a restriction met on no line, a
// course given daily) fires once per line: thirty findings for one albumin course. Such a rule (`groupBy: "code"`)
// gives one finding per item code naming its lines, as an investigator reads it; which claims are flagged is unchanged.

/**
 * The lines of one item code read as one: the first line's facts, `lineId` listing every line (for the message),
 * `quantity` and the money summed.
 */
export function mergedItem(lines: readonly ItemFacts[]): ItemFacts {
  if (lines.length === 1) return lines[0];
  const amountFen = fenOf(lines);
  return {
    ...lines[0],
    lineId: lines.map((l) => l.lineId).join('、'),
    quantity: lines.reduce((s, l) => s + l.quantity, 0),
    amountFen,
    amount: toYuan(amountFen),
  };
}
