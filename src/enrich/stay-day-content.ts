import type { ItemFacts } from './item-fact-types';
import { underAny } from '../contract/code-prefix';
import { atcOf } from './knowledge';
import { rowCodeOf } from '../contract/catalogue-row';

// What a stay's day is made of: the routine every day costs (bed, nursing, ward round) against content that needs a
// bed. Read by the idle-day checks (idle-days.ts) and the low-intensity ones (low-intensity.ts).

/** Bed, nursing and the ward round (住院诊查费): what a day costs when nothing is done. */
export const ROUTINE = new Set(['bed', 'nursing', 'consult']);
/** A consultation billed per visit (院内会诊) is care; the per-day ward round is not. */
export const isRoutine = (it: ItemFacts) => {
  const sub = it.catalogue?.subcategory as string | undefined;
  return it.category === 'service' && sub !== undefined && ROUTINE.has(sub) && (sub !== 'consult' || it.catalogue?.unit === '日');
};
/** Content that needs a bed: treatment and surgery services (lines the catalogue does not know count as content). */
export const BED_SERVICES = new Set(['treatment', 'surgery']);

/** The stay's bed, nursing and consultation lines: what a finding about the whole stay names. */
export const routineLineIds = (items: readonly ItemFacts[]) =>
  items.filter((it) => it.category === 'service' && ROUTINE.has(it.catalogue?.subcategory as string)).map((it) => it.lineId);

/** The member's routine oral medication (stay-content.json bedBlocking.homeMedicationAtc): taken at home too. */
export function isHomeMedication(it: ItemFacts, homeAtc: readonly string[]): boolean {
  if (it.category !== 'drug' || homeAtc.length === 0 || it.parenteral) return false;
  const atc = atcOf(rowCodeOf(it), it.catalogue);
  return atc !== null && underAny(atc, homeAtc);
}

/**
 * Whether a line is bedside monitoring a patient does at home (stay-content.json bedBlocking.homeMonitoring): a code
 * of a row whose services that day number at most the row's maxPerDay (glucose and blood pressure counted apart).
 */
export function homeMonitoringOf(items: readonly ItemFacts[], rows: readonly { codes: readonly string[]; maxPerDay: number }[]): (it: ItemFacts) => boolean {
  const rowOf = (it: ItemFacts) => rows.findIndex((r) => r.codes.includes(rowCodeOf(it)));
  const perDay = new Map<string, number>();
  for (const it of items) {
    const row = rowOf(it);
    if (row >= 0 && it.category === 'service') perDay.set(`${row}:${it.dayIndex}`, (perDay.get(`${row}:${it.dayIndex}`) ?? 0) + it.quantity);
  }
  return (it) => {
    const row = rowOf(it);
    return row >= 0 && (perDay.get(`${row}:${it.dayIndex}`) ?? 0) <= rows[row].maxPerDay;
  };
}

/** The bill shows the admission was needed: a listed work-up or treatment, or monitoring repeated on its days. */
export function needShown(items: readonly ItemFacts[], need: { codes: readonly string[]; repeated: readonly { codes: readonly string[]; days: number }[] } | undefined): boolean {
  if (!need) return false;
  if (items.some((it) => need.codes.includes(rowCodeOf(it)))) return true;
  return need.repeated.some((r) => new Set(items.filter((it) => r.codes.includes(rowCodeOf(it))).map((it) => it.date)).size >= r.days);
}

/** A drug taken by mouth: the catalogue's dosage form (剂型) when it has one, else the name, carries an oral form and no mark against it. */
export function isOralDrug(it: ItemFacts, forms: { marks: readonly string[]; notOral: readonly string[] }): boolean {
  if (it.category !== 'drug') return false;
  const form = (it.catalogue as { dosageForm?: unknown } | null)?.dosageForm;
  const names = typeof form === 'string' && form ? [form] : [it.catalogue?.name ?? it.name, it.name];
  return names.some((n) => forms.marks.some((m) => n.includes(m)) && !forms.notOral.some((m) => n.includes(m)));
}
