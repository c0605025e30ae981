import { startsWithAny, underAny } from '../contract/code-prefix';
import type { ItemFacts } from './item-fact-types';
import { atcOf } from './knowledge';
import type { RehabilitationCoding } from './rehabilitation-coding-table';
import { routineLineIds } from './stay-day-content';
import { rowCodeOf } from '../contract/catalogue-row';

// A rehabilitation stay coded as the acute event (rules/knowledge/rehabilitation-coding.json): 《医疗保障基金结算清单填写
// 规范》 makes the rehabilitation or sequela condition the principal diagnosis of a stay admitted for rehabilitation
// (I69 脑血管病后遗症, Z50 康复治疗), and CHS-DRG groups those stays in its rehabilitation groups (MDCX); coded as the
// acute stroke (I63) the same stay groups into the heavier acute stroke group (高套).

export interface RehabilitationCodedAcute {
  /** The condition (the row's name) and what its rehabilitation stay is coded as. */
  name: string;
  expected: string;
  /** Why the stay is rehabilitation: its ward, or its admission by transfer (下转康复), in words. */
  setting: string;
  /** Days billing therapy, of the stay's days, and the therapy's names. */
  therapyDays: number;
  stayDays: number;
  therapy: string;
  lineIds: string[];
}

export interface RehabilitationInput {
  items: readonly ItemFacts[];
  inpatient: boolean;
  lengthOfStay: number;
  principalDiagnosis: string;
  procedureCodes: readonly string[];
  admissionRoute: string | null;
  department?: string | null;
}

/**
 * A stay whose principal diagnosis is an acute event of a row (I63 cerebral infarction) while the stay is rehabilitation:
 * therapy on most of its days, in a rehabilitation ward or admitted by transfer (from the acute stay: 急性期后下转康复), and
 * nothing of the acute event's own care (new imaging, thrombolysis, an operation). A recurrent stroke treated in a
 * neurology ward, or one during rehabilitation worked up anew, is not this.
 */
export function rehabilitationCodedAcute(c: RehabilitationInput, t: RehabilitationCoding | null | undefined): RehabilitationCodedAcute | null {
  if (!t || !c.inpatient) return null;
  const row = t.rows.find((r) => underAny(c.principalDiagnosis, r.acute));
  if (!row) return null;
  const ward = c.department != null && t.departments.includes(c.department);
  if (!ward && c.admissionRoute !== 'transfer') return null;
  if (startsWithAny(c.procedureCodes, row.acuteCare.procedures)) return null;
  const therapyDates = new Set<string>();
  const names = new Set<string>();
  const stayDates = new Set<string>();
  for (const it of c.items) {
    stayDates.add(it.date);
    const code = rowCodeOf(it);
    if (row.acuteCare.items.includes(code)) return null;
    if (it.category === 'drug') {
      const atc = atcOf(code, it.catalogue);
      if (atc && underAny(atc, row.acuteCare.atc)) return null;
    }
    if (t.therapy.includes(code)) {
      therapyDates.add(it.date);
      names.add(it.name);
    }
  }
  const stayDays = Math.max(c.lengthOfStay, stayDates.size, 1);
  if (therapyDates.size < t.minTherapyDays || therapyDates.size < t.minTherapyShare * stayDays) return null;
  return {
    name: row.name, expected: row.expected, setting: ward ? '康复科病房' : '急性期后转院入院',
    therapyDays: therapyDates.size, stayDays, therapy: [...names].join('、'), lineIds: routineLineIds(c.items),
  };
}
