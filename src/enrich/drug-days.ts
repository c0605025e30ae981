import { underAny } from '../contract/code-prefix';
import { toYuan } from '../money/fen';
import { atcOf } from './knowledge';
import type { ItemFacts } from './item-fact-types';

/** What a stay-content check names when it names drug lines by day: the lines, their days, the drugs and their money. */
export interface DrugDays {
  lineIds: string[];
  dates: string;
  days: number;
  drugs: string;
  amount: number;
}

/** The named lines' distinct days, in order (a check's minDays and runs are read on these). */
export const distinctDates = (named: readonly ItemFacts[]): string[] => [...new Set(named.map((l) => l.date))].sort();

/** The finding over named drug lines: its days joined as the messages show them, the drugs by catalogue name. */
export function drugDays(named: readonly ItemFacts[]): DrugDays {
  const dates = distinctDates(named);
  return {
    lineIds: named.map((l) => l.lineId), dates: dates.join('、'), days: dates.length,
    drugs: [...new Set(named.map((l) => l.catalogue?.name ?? l.name))].join('、'),
    amount: toYuan(named.reduce((s, l) => s + l.amountFen, 0)),
  };
}

/**
 * A parenteral nutrition line (stay-content.json infusion.unadministered.parenteralNutrition): amino acids and lipid
 * emulsions, told from the glucose carrier of the same ATC group by their name marks.
 */
export function isParenteralNutrition(it: ItemFacts, pn: { atc: readonly string[]; nameMarks: readonly string[] }): boolean {
  return it.parenteral && underAny(atcOf(it.code, it.catalogue) ?? '', pn.atc) && pn.nameMarks.some((m) => (it.catalogue?.name ?? it.name).includes(m));
}
