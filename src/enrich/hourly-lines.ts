import type { ItemFacts } from './item-fact-types';

// Bedside treatment priced by the hour (subcategory treatment, unit 小时: 心电监测, 血氧饱和度监测, 吸氧, ventilation).
// 《全国医疗服务价格项目规范》 prices it per hour, so a day's hours may be written on several lines — the post-operative
// order and the resuscitation's — and add up to the day's count, not a second charge. Not an anaesthesia (surgery,
// also 小时): one operation has one, its hours on its line, so a second line is the duplicate 麻醉重复收费 is; nor
// counted measurements (无创血压监测, 次): a second line of them is one unless a condition calls for serial readings
// (serial-tests.json).
// Nursing done per occasion (subcategory nursing, unit 次, more than one a day: 吸痰护理, 口腔护理) is charged as each
// occasion or shift is carried out (《全国医疗服务价格项目规范》 1219 护理: 每次), so a day's suctions stand on a line per
// shift, often of equal counts (8 by day, 8 by night; oral care once each morning and evening): the count that
// matters is the day's, which quantity-per-day judges against the row's limit.

/**
 * Marks `repeatExplained` on such a service's lines of one day when there are several, each of its own count, and
 * their sum stays within the row's daily limit: hours ordered apart. Lines repeating a count are the copy 重复收费
 * is (as for infusion groups, infusion-facts.ts), and a day above the limit is catalogue.quantity-per-day's.
 */
export function markHourlyLines(items: readonly ItemFacts[]): void {
  const byDay = new Map<string, ItemFacts[]>();
  for (const it of items) {
    if (it.category !== 'service' || (!timed(it) && !perOccasionNursing(it))) continue;
    const key = `${it.code}|${it.date}`;
    (byDay.get(key) ?? byDay.set(key, []).get(key)!).push(it);
  }
  for (const lines of byDay.values()) {
    const max = lines[0].catalogue?.maxPerDay;
    if (lines.length < 2 || max === undefined || lines[0].quantityOnDay > max) continue;
    if (!perOccasionNursing(lines[0]) && new Set(lines.map((l) => l.quantity)).size < lines.length) continue;
    for (const l of lines) l.repeatExplained = true;
  }
}

/** A bedside treatment priced by the hour (not an anaesthesia). */
export const timed = (it: ItemFacts) => it.catalogue?.unit === '小时' && it.catalogue?.subcategory === 'treatment';

/** Nursing charged per occasion, more than once a day allowed (吸痰护理, 口腔护理; not graded nursing, 日). */
const perOccasionNursing = (it: ItemFacts) => it.catalogue?.subcategory === 'nursing' && it.catalogue?.unit === '次' && (it.catalogue?.maxPerDay ?? 1) > 1;
