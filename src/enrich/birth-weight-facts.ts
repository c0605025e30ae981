import { underAny } from '../contract/code-prefix';
import { atcOf } from './knowledge';
import type { BirthWeightCare } from './birth-weight';

// A newborn's stay reporting a low birth weight: the weight is the member's constant and chooses the CHS-DRG newborn
// group, and a baby under 2,500 g gets care a term baby does not (an incubator, feeding and respiratory support, glucose
// monitoring, a longer stay). A stay reporting such a weight with none of it (phototherapy and routine newborn care: a
// term baby's jaundice) reports a weight the bill does not bear out (虚报出生体重).

export interface BirthWeightFacts {
  /** The birth weight the claim reports, grams (null when it reports none and codes low birth weight). */
  reportedGrams: number | null;
  /** The claim's diagnoses coding low birth weight ("P07.101"). */
  coded: string;
  /** Nights of the stay. */
  nights: number;
  /** The care a baby that small gets, none of which the stay bills (for the message). */
  expected: string;
}

interface Line {
  code: string;
  name: string;
  category: string;
  catalogue: Readonly<Record<string, unknown>> | null;
}

/**
 * A newborn's stay (beginning within maxAgeDays of birth) reporting a birth weight under belowGrams, or coding low
 * birth weight, that bills none of the care rows and is shorter than minNightsSupport: null when not judged or borne out.
 */
export function birthWeightUnsupported(
  c: { inpatient: boolean; ageDays: number; birthWeightGrams?: number; diagnosisCodes: readonly string[]; nights: number; items: readonly Line[] },
  table: BirthWeightCare | null | undefined,
): BirthWeightFacts | null {
  if (!table || !c.inpatient || c.ageDays < 0 || c.ageDays > table.maxAgeDays || c.nights >= table.minNightsSupport) return null;
  const weight = c.birthWeightGrams && c.birthWeightGrams > 0 ? c.birthWeightGrams : null;
  const coded = c.diagnosisCodes.filter((d) => underAny(d, table.diagnoses));
  // A weight reported at or above the line is not low whatever is coded (a coding error, not a heavier group).
  if (weight !== null ? weight >= table.belowGrams : !coded.length) return null;
  const isCare = (it: Line) =>
    table.care.some(
      (r) =>
        r.codes.includes(it.code) ||
        (typeof it.catalogue?.code === 'string' && r.codes.includes(it.catalogue.code)) ||
        r.nameMarks.some((m) => it.name.includes(m)) ||
        (it.category === 'drug' && underAny(atcOf(it.code, it.catalogue) ?? '', r.atc)),
    );
  if (c.items.some(isCare)) return null;
  return { reportedGrams: weight, coded: coded.join('、'), nights: c.nights, expected: table.care.map((r) => r.name).join('、') };
}
