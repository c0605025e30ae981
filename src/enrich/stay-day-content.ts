import type { ItemFacts } from './item-fact-types';

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
