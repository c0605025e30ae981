import type { ItemFacts } from './item-fact-types';
import { rowCodeOf } from '../contract/catalogue-row';

// An injection service gives one dose of an injectable drug billed beside it (《全国医疗服务价格项目规范》 肌肉注射,
// 皮下注射: 以次计价, the drug billed apart). A clinic writes a course at one visit — progesterone 20 mg IM once a day
// for a week in threatened miscarriage — and the injection room gives one a day: the visit's line holds the course.

/**
 * Marks `repeatExplained` on a clinic or pharmacy claim's line of a row marked `perDose` whose day's count is above the
 * row's daily limit but within the injectable doses billed that day and within the limit on each of the days those
 * doses last (units ÷ the drug row's usual daily use). Injections beyond the doses, or crowded into fewer days than the
 * limit allows, keep their hit. A stay bills each day's injections on their day and is not read here. A carrier fluid
 * (a saline or glucose bag: stay-content.json bedBlocking.plainDrip fluids) is given by drip, not by the injection: it
 * counts for neither doses nor days.
 */
export function markInjectionCourses(items: readonly ItemFacts[], inpatient: boolean, carriers: readonly string[] = []): void {
  if (inpatient) return;
  for (const it of items) {
    const max = it.catalogue?.maxPerDay;
    if (!it.catalogue?.perDose || max === undefined || it.quantityOnDay <= max || it.repeatExplained) continue;
    let doses = 0;
    let days = 0;
    for (const d of items) {
      if (d.date !== it.date || !d.parenteral || carriers.includes(rowCodeOf(d))) continue;
      doses += d.quantity;
      days = Math.max(days, Math.ceil(d.quantity / Math.max(1, d.catalogue?.usualPerDay ?? 1)));
    }
    if (it.quantityOnDay <= doses && it.quantityOnDay <= max * days) it.repeatExplained = true;
  }
}
