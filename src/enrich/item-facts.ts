import type { Claim } from '../contract/claim';
import { toFen, toYuan } from '../money/fen';
import type { Catalogue, CatalogueEntry } from './catalogue';
import { daysBetween } from '../contract/dates';
import type { ItemFacts } from './item-fact-types';
import { startsWithAny } from './knowledge';
import { wholeDaysOfSupply } from '../benefits/days-of-supply';
import type { YiSelfPayShare } from '../benefits/policy';

/**
 * 甲 counts in full; 乙 less its self-pay share (the share is what is rounded, as a cashier rounds it): the row's
 * own share, else the insured province's 乙类 share for the row's kind (seeds/001: 逐步规范乙类药品、医疗服务项目
 * 个人先行自付比例); 丙 and unknown not at all.
 */
export function policyScopeFen(lineFen: number, entry: CatalogueEntry | null | undefined, yiShares?: YiSelfPayShare | null): number {
  if (!entry || entry.class === '丙') return 0;
  if (entry.class === '甲') return lineFen;
  const share = entry.selfPayShare ?? yiShares?.[entry.category] ?? 0;
  return lineFen - Math.round(lineFen * share);
}

/**
 * Each line's facts: its own fields, then the catalogue joins (ItemFacts, in that key order). Built as one
 * object literal per line: spreading a second object into it was a slow path in V8.
 */
export function itemFacts(claim: Claim, catalogue: Catalogue, serviceDate: string, diagnosisCodes: readonly string[], yiShares: YiSelfPayShare | null = null): ItemFacts[] {
  const items = claim.items;
  const n = items.length;
  const inpatient = claim.visitType === 'inpatient';
  const level = String(claim.provider.level) as '1' | '2' | '3';
  // Per-claim indexes built once, so each line's joins are lookups, never scans of the claim. Each line's
  // "code|date" key and catalogue entry are made once and reused by both passes.
  const keys = new Array<string>(n);
  const entries = new Array<CatalogueEntry | null>(n);
  const qtyByCodeDay = new Map<string, number>();
  const firstLineOfCodeDay = new Map<string, string>();
  // Days of supply reads distinct dates for inpatients and total quantity otherwise: only one is built.
  const datesByCode = inpatient ? new Map<string, Set<string>>() : null;
  const qtyByCode = inpatient ? null : new Map<string, number>();
  /** "code|date" → the line of a same-day service whose entry includes that code. */
  const includedBy = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const it = items[i];
    const key = `${it.code}\u0000${it.date}`;
    const entry = catalogue.get(it.code, it.date) ?? null;
    keys[i] = key;
    entries[i] = entry;
    const q = qtyByCodeDay.get(key);
    if (q === undefined) {
      qtyByCodeDay.set(key, it.quantity);
      firstLineOfCodeDay.set(key, it.lineId);
    } else qtyByCodeDay.set(key, q + it.quantity);
    if (datesByCode) {
      const dates = datesByCode.get(it.code);
      if (dates) dates.add(it.date);
      else datesByCode.set(it.code, new Set([it.date]));
    }
    if (qtyByCode) qtyByCode.set(it.code, (qtyByCode.get(it.code) ?? 0) + it.quantity);
    if (entry?.includes) {
      for (const inc of entry.includes) {
        const k = `${inc}\u0000${it.date}`;
        if (!includedBy.has(k)) includedBy.set(k, it.lineId);
      }
    }
  }

  // Walked in claim order: a line is a duplicate of, or exclusive with, an EARLIER line of the same day,
  // so the second of a pair is the one flagged.
  const seenOnDay = new Map<string, string>(); // "code|date" → first line
  const excludedOnDay = new Map<string, string>(); // "code|date" → earlier line whose entry excludes code
  const out = new Array<ItemFacts>(n);
  for (let i = 0; i < n; i++) {
    const it = items[i];
    const entry = entries[i];
    const key = keys[i];
    const cap = entry?.priceCap?.[level] ?? null;
    const first = firstLineOfCodeDay.get(key);
    const duplicateOf = first !== undefined && first !== it.lineId ? first : null;
    const bundler = includedBy.get(key);
    let exclusiveWith = excludedOnDay.get(key) ?? null;
    const excludes = entry?.excludes;
    if (exclusiveWith === null && excludes) {
      for (const ex of excludes) {
        const other = ex !== it.code ? seenOnDay.get(`${ex}\u0000${it.date}`) : undefined;
        if (other !== undefined) {
          exclusiveWith = other;
          break;
        }
      }
    }
    if (!seenOnDay.has(key)) seenOnDay.set(key, it.lineId);
    if (excludes) {
      for (const ex of excludes) {
        const k = `${ex}\u0000${it.date}`;
        if (ex !== it.code && !excludedOnDay.has(k)) excludedOnDay.set(k, it.lineId);
      }
    }

    const perDay = entry?.usualPerDay ?? entry?.maxPerDay;
    const daysOfSupply = datesByCode
      ? (datesByCode.get(it.code)?.size ?? 1)
      : perDay
        ? wholeDaysOfSupply(qtyByCode?.get(it.code) ?? it.quantity, perDay)
        : 1;
    const onDay = qtyByCodeDay.get(key) ?? it.quantity;
    const lineFen = toFen(it.amount);
    out[i] = {
      lineId: it.lineId,
      code: it.code,
      name: it.name ?? it.code,
      category: it.category,
      date: it.date,
      quantity: it.quantity,
      unitPrice: it.unitPrice,
      amount: it.amount,
      amountFen: lineFen,
      dayIndex: daysBetween(serviceDate, it.date),
      longPrescription: it.longPrescription === true,
      catalogue: entry,
      inCatalogue: entry !== null,
      itemClass: entry?.class ?? null,
      priceCap: cap,
      priceExcess: cap !== null && it.unitPrice > cap ? toYuan(toFen((it.unitPrice - cap) * it.quantity)) : 0,
      quantityOnDay: onDay,
      daysOfSupply,
      duplicateOf,
      bundledInto: bundler !== undefined && bundler !== it.lineId ? bundler : null,
      exclusiveWith,
      quantityExcessAmount: excessShare(lineFen, onDay, entry?.maxPerDay),
      daysExcessAmount: excessShare(lineFen, daysOfSupply, entry?.maxDays),
      catalogueIndicationMet: catalogueIndicationMet(entry, diagnosisCodes),
      policyScopeFen: policyScopeFen(lineFen, entry, yiShares),
      // Filled by applyKnowledge (knowledge-facts.ts) where a knowledge table lists the line.
      indicationGroup: null,
      indicationSupported: null,
      indicationExpected: null,
      contextSupported: null,
      contextExpected: null,
      contextFinding: null,
    };
  }
  return out;
}

/** Whether a diagnosis of the claim meets the catalogue row's indication restriction (限定适应症); null where the row sets none. */
function catalogueIndicationMet(entry: CatalogueEntry | null, diagnosisCodes: readonly string[]): boolean | null {
  const indications = entry?.indications;
  return indications?.length ? startsWithAny(diagnosisCodes, indications) : null;
}

/** The line's share beyond a limit, yuan (0 within it). */
function excessShare(lineFen: number, actual: number, limit: number | undefined): number {
  return limit !== undefined && actual > limit ? toYuan(Math.round((lineFen * (actual - limit)) / actual)) : 0;
}
