import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { rowCodeOf } from '../contract/catalogue-row';

// Close care billed on enough days that the patient needed the ward (stay-content.json closeCare): read by the
// low-intensity checks and given to the rules as a fact of its own.

/**
 * Nursing at 一级 or above, 新生儿护理, intensive care or organ support billed on at least the table's minDays
 * distinct days (the first day's grade alone is the admission's allowance): what a patient who needed the ward is
 * given, whatever the stay cost against its group.
 */
export function closeCare(c: StayContentInput): StayContentFacts['closeCare'] {
  const t = c.knowledge!.stayContent?.closeCare;
  if (!t) return null;
  const codes = new Set(t.codes);
  // A grade ordered on admission stands unjudged until the attending's first round (item-consistency.json firstDays):
  // it shows the patient needed the ward only once that round kept it on a later day.
  const confirmed = new Set<string>();
  for (const it of c.items) {
    const code = rowCodeOf(it);
    if (codes.has(code) && it.dayIndex >= (c.knowledge!.consistency.get(code)?.firstDays ?? 0)) confirmed.add(code);
  }
  const lines = c.items.filter((it) => confirmed.has(rowCodeOf(it)));
  const days = new Set(lines.map((it) => it.date)).size;
  if (days < t.minDays) return null;
  return { days, names: [...new Set(lines.map((it) => it.name))].join('、'), lineIds: lines.map((it) => it.lineId) };
}
