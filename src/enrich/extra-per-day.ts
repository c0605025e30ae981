import { startsWithAny } from '../contract/code-prefix';
import type { ItemFacts } from './item-fact-types';

// A catalogue row's daily limit raised by a condition the claim codes (catalogue extraPerDayWith): the circuit of a
// heparin-free dialysis session clots more often and is replaced with a new dialyser and line mid-session. The
// daily-limit and duplicate rules read the day through one mark (repeatExplained), as for serial tests.

/**
 * Marks `repeatExplained` on lines of a row with extraPerDayWith whose day stays within maxPerDay plus the extra,
 * when the claim codes one of the row's conditions. A day beyond that, or a claim coding none, keeps its finding.
 */
export function markExtraPerDay(items: readonly ItemFacts[], diagnosisCodes: readonly string[]): void {
  for (const it of items) {
    const extra = it.catalogue?.extraPerDayWith;
    const max = it.catalogue?.maxPerDay;
    if (!extra || max === undefined || it.repeatExplained || it.quantityOnDay <= max) continue;
    if (it.quantityOnDay <= max + extra.extra && startsWithAny(diagnosisCodes, extra.diagnoses)) it.repeatExplained = true;
  }
}
