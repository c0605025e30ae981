import { supplyPerDay, wholeDaysOfSupply } from '../benefits/days-of-supply';
import { startsWithAny, underAny } from '../contract/code-prefix';
import { atcOf } from './knowledge';
import type { ItemFacts } from './item-fact-types';
import type { StayContentInput } from './stay-content-types';
import { rowCodeOf } from '../contract/catalogue-row';

// Ward days a treatment covers though the day bills nothing of it (stay-content.json bedBlocking.courseSupply,
// continuousTherapy): read by the 挂床 check (src/enrich/idle-days.ts) as care.

type Limits = NonNullable<NonNullable<StayContentInput['knowledge']>['stayContent']>['bedBlocking'];

/**
 * The days after an anti-infective line that its quantity supplies (the row's daily dose; at most the row's maxDays
 * or the table's): the course is taken on the ward on those days. `notCare` lines (the clinic's oral drugs) cover none.
 */
export function courseSupplyDays(c: StayContentInput, supply: Limits['courseSupply'], notCare: (it: ItemFacts) => boolean): (day: number) => boolean {
  if (!supply) return () => false;
  const covered = new Set<number>();
  for (const it of c.items) {
    if (it.category !== 'drug' || notCare(it)) continue;
    const atc = atcOf(rowCodeOf(it), it.catalogue);
    const perDay = supplyPerDay(it.catalogue);
    if (!atc || !underAny(atc, supply.atc) || !perDay) continue;
    const rowMax = (it.catalogue as { maxDays?: unknown } | null)?.maxDays;
    const days = Math.min(wholeDaysOfSupply(it.quantity, perDay), typeof rowMax === 'number' ? rowMax : supply.maxDays, supply.maxDays);
    for (let d = it.dayIndex + 1; d < it.dayIndex + days; d++) covered.add(d);
  }
  return (day) => covered.has(day);
}

/** The day of a continuous therapy's change and the `days` − 1 days after it (the device in place). */
export function continuousTherapyDays(c: StayContentInput, rows: Limits['continuousTherapy']): (day: number) => boolean {
  const covered = new Set<number>();
  for (const row of rows) {
    if (row.diagnoses && !startsWithAny(c.diagnosisCodes, row.diagnoses)) continue;
    const codes = new Set(row.codes);
    for (const it of c.items) if (codes.has(rowCodeOf(it))) for (let d = it.dayIndex; d < it.dayIndex + row.days; d++) covered.add(d);
  }
  return (day) => covered.has(day);
}
