import { underAny } from '../contract/code-prefix';
import { daysBetween } from '../contract/dates';
import type { ItemFacts } from './item-fact-types';
import { atcOf, type Knowledge } from './knowledge';
import { rowCodeOf } from '../contract/catalogue-row';

// Whether a stay is 日间化疗 (day-chemotherapy.json): its own form of care, which the short-stay checks leave alone.

export interface DayChemotherapy {
  /** The intravenous anticancer drugs given (names), what makes it day chemotherapy. */
  drugs: string;
  nights: number;
}

export interface DayChemotherapyInput {
  items: readonly ItemFacts[];
  inpatient: boolean;
  serviceDate: string;
  endDate: string;
  principalDiagnosis: string;
  knowledge: Knowledge | null | undefined;
}

/**
 * A stay discharged within `maxNights` of admission, its principal a chemotherapy encounter (Z51.1), billing an
 * intravenous anticancer drug; else null. Oral tablets alone are no day chemotherapy (口服化疗药收住院 stays judged).
 */
export function dayChemotherapy(c: DayChemotherapyInput): DayChemotherapy | null {
  const t = c.knowledge?.dayChemotherapy;
  if (!t || !c.inpatient || !underAny(c.principalDiagnosis, t.principal)) return null;
  const nights = daysBetween(c.serviceDate, c.endDate);
  if (nights > t.maxNights) return null;
  const drugs = c.items.filter((it) => it.parenteral && underAny(atcOf(rowCodeOf(it), it.catalogue) ?? '', t.antineoplasticAtc));
  return drugs.length ? { drugs: [...new Set(drugs.map((it) => it.name))].join('、'), nights } : null;
}
