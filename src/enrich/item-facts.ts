import type { Claim } from '../contract/claim';
import { toFen, toYuan } from '../money/fen';
import type { Catalogue, CatalogueEntry } from './catalogue';

/** What an item rule needs about one line, joined against the catalogue and the rest of the claim. */
export interface ItemCatalogueFacts {
  catalogue: CatalogueEntry | null;
  inCatalogue: boolean;
  itemClass: '甲' | '乙' | '丙' | null;
  /** Price cap for the claim's hospital level, yuan; null where the catalogue sets none. */
  priceCap: number | null;
  /** (unitPrice − cap) × quantity when over the cap, else 0; yuan. */
  priceExcess: number;
  /** Quantity of this code billed on this line's date, across all lines. */
  quantityOnDay: number;
  /**
   * Days of supply: for inpatients the distinct days the code is billed; elsewhere the fewest days the
   * dispensed quantity lasts at the catalogue's maximum daily quantity (a lower bound, no dosing data).
   */
  daysOfSupply: number;
  /** Line id of an earlier line with the same code on the same day. */
  duplicateOf: string | null;
  /** Line id of a same-day service whose catalogue entry already includes this item. */
  bundledInto: string | null;
  /** Line id of an earlier same-day item this one may not be billed with (either side's excludes list). */
  exclusiveWith: string | null;
  /** Share of the line's amount beyond the daily quantity limit, yuan (0 when within it). */
  quantityExcessAmount: number;
  /** Share of the line's amount beyond the days-of-supply limit, yuan (0 when within it). */
  daysExcessAmount: number;
  /** What the fund may count of this line as policy-scope cost: 甲 all, 乙 less its self-pay share, 丙 or unknown none; fen. */
  policyScopeFen: number;
}

/** 甲 counts in full; 乙 less its self-pay share (the share is what is rounded, as a cashier rounds it); 丙 and unknown not at all. */
export function policyScopeFen(lineFen: number, entry: CatalogueEntry | null | undefined): number {
  if (!entry || entry.class === '丙') return 0;
  if (entry.class === '甲') return lineFen;
  return lineFen - Math.round(lineFen * (entry.selfPayShare ?? 0));
}

export function itemCatalogueFacts(claim: Claim, catalogue: Catalogue): ItemCatalogueFacts[] {
  const inpatient = claim.visitType === 'inpatient';
  const level = String(claim.provider.level) as '1' | '2' | '3';
  // Per-day indexes built once per claim, so each line's joins are lookups.
  const byDay = new Map<string, { lineId: string; code: string }[]>();
  const positionOnDay = new Map<string, number>();
  const qtyByCodeDay = new Map<string, number>();
  const datesByCode = new Map<string, Set<string>>();
  const qtyByCode = new Map<string, number>();
  const firstLineOfCodeDay = new Map<string, string>();
  const duplicateOf = new Map<string, string>();
  for (const it of claim.items) {
    const day = byDay.get(it.date) ?? byDay.set(it.date, []).get(it.date)!;
    positionOnDay.set(it.lineId, day.length);
    day.push({ lineId: it.lineId, code: it.code });
    const key = `${it.code}\u0000${it.date}`;
    qtyByCodeDay.set(key, (qtyByCodeDay.get(key) ?? 0) + it.quantity);
    const first = firstLineOfCodeDay.get(key);
    if (first === undefined) firstLineOfCodeDay.set(key, it.lineId);
    else duplicateOf.set(it.lineId, first);
    (datesByCode.get(it.code) ?? datesByCode.set(it.code, new Set()).get(it.code)!).add(it.date);
    qtyByCode.set(it.code, (qtyByCode.get(it.code) ?? 0) + it.quantity);
  }

  return claim.items.map((it) => {
    const entry = catalogue.get(it.code) ?? null;
    const cap = entry?.priceCap?.[level] ?? null;
    const sameDay = byDay.get(it.date) ?? [];
    const bundler = sameDay.find(
      (o) => o.lineId !== it.lineId && (catalogue.get(o.code)?.includes ?? []).includes(it.code),
    );
    // Only earlier lines: the second of two exclusive items is the one that should not have been billed.
    const exclusive = sameDay.slice(0, positionOnDay.get(it.lineId)).find(
      (o) =>
        o.code !== it.code &&
        ((entry?.excludes ?? []).includes(o.code) || (catalogue.get(o.code)?.excludes ?? []).includes(it.code)),
    );
    const maxPerDay = entry?.maxPerDay;
    const daysOfSupply = inpatient
      ? (datesByCode.get(it.code)?.size ?? 1)
      : maxPerDay
        ? Math.ceil((qtyByCode.get(it.code) ?? it.quantity) / maxPerDay)
        : 1;
    const onDay = qtyByCodeDay.get(`${it.code}\u0000${it.date}`) ?? it.quantity;
    const lineFen = toFen(it.amount);
    const excessShare = (actual: number, limit: number | undefined) =>
      limit !== undefined && actual > limit ? toYuan(Math.round((lineFen * (actual - limit)) / actual)) : 0;
    return {
      catalogue: entry,
      inCatalogue: entry !== null,
      itemClass: entry?.class ?? null,
      priceCap: cap,
      priceExcess: cap !== null && it.unitPrice > cap ? toYuan(toFen((it.unitPrice - cap) * it.quantity)) : 0,
      quantityOnDay: onDay,
      daysOfSupply,
      duplicateOf: duplicateOf.get(it.lineId) ?? null,
      bundledInto: bundler?.lineId ?? null,
      exclusiveWith: exclusive?.lineId ?? null,
      quantityExcessAmount: excessShare(onDay, maxPerDay),
      daysExcessAmount: excessShare(daysOfSupply, entry?.maxDays),
      policyScopeFen: policyScopeFen(lineFen, entry),
    };
  });
}
