import type { Claim } from '../contract/claim';
import { addDays } from '../contract/dates';
import type { CatalogueEntry } from './catalogue';

// A stay's bill (费用汇总明细) may write a per-day item as one line whose quantity covers several days, dated on the
// first of them: 床位费 ×4 on the admission day of a 3-night stay. Read as one day's quantity it is an excess the
// bill never states; read as the days it covers it is judged by the stay (catalogue.day-items-over-stay, nights).

/**
 * Whether a row is priced per day of care: unit 日 (bed, nursing grade, 住院诊查费, 胃肠减压, 精神科监护 …) or a
 * row whose unit is the day's first one (`dailyUnit`: 静脉输液 第一组, the day's further groups on 每增加一组).
 * Items priced per occasion (a test, an X-ray, an injection, an hour of oxygen) are not: their units are that day's.
 */
export function pricedPerDay(entry: CatalogueEntry | null): boolean {
  return entry !== null && (entry.unit === '日' || entry.unit === '天' || entry.dailyUnit === true);
}

/**
 * Whether a line of a per-day item is a summary of days: above its daily limit, yet within that limit on each of
 * the days it can cover — its date and the days after it up to discharge (both counted) that no other line of the
 * code bills. A day billed on a line of its own is that line's: a line ×3 followed by the next day's own line is
 * three that day, not a summary (the generator's and the fraud's extra units on one day of a daily bill).
 */
function summaryLine(entry: CatalogueEntry | null, quantity: number, date: string, endDate: string, billed: ReadonlySet<string>): boolean {
  const limit = entry?.maxPerDay;
  if (limit === undefined || !pricedPerDay(entry) || quantity <= limit || date > endDate) return false;
  let days = 1;
  for (let d = addDays(date, 1); d <= endDate && !billed.has(d) && quantity > limit * days; d = addDays(d, 1)) days++;
  return quantity <= limit * days;
}

/**
 * On a stay, the day's quantity of each line of a code some summary line bills (by line index): a summary line
 * counts its daily limit on its date (the rest on the unbilled days after it), every other line its quantity, so
 * a second line of that date still adds up past the limit. Null when no line is a summary (the usual bill, one line
 * a day): the day's sums stand.
 */
export function summaryDayQuantities(claim: Claim, entries: readonly (CatalogueEntry | null)[]): Map<number, number> | null {
  const endDate = claim.visitType === 'inpatient' ? claim.dischargeDate : undefined;
  if (!endDate) return null;
  const items = claim.items;
  // Cheap first pass: most bills have no per-day line above its limit.
  let candidates: number[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const limit = entries[i]?.maxPerDay;
    if (limit !== undefined && items[i].quantity > limit && pricedPerDay(entries[i])) (candidates ??= []).push(i);
  }
  if (candidates === null) return null;
  const codes = new Set(candidates.map((i) => items[i].code));
  const billed = new Map<string, Set<string>>();
  for (const it of items) if (codes.has(it.code)) (billed.get(it.code) ?? billed.set(it.code, new Set()).get(it.code)!).add(it.date);
  const summaries = new Set(candidates.filter((i) => summaryLine(entries[i], items[i].quantity, items[i].date, endDate, billed.get(items[i].code)!)));
  if (summaries.size === 0) return null;
  const onDay = new Map<string, number>();
  const key = (i: number) => `${items[i].code}|${items[i].date}`;
  for (let i = 0; i < items.length; i++) {
    if (!codes.has(items[i].code)) continue;
    const q = summaries.has(i) ? entries[i]!.maxPerDay! : items[i].quantity;
    onDay.set(key(i), (onDay.get(key(i)) ?? 0) + q);
  }
  const out = new Map<number, number>();
  for (let i = 0; i < items.length; i++) if (codes.has(items[i].code)) out.set(i, onDay.get(key(i))!);
  return out;
}
