import { z } from 'zod';
import { toYuan } from '../money/fen';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';
import { isOperationCode, startsWithAny, underAny } from '../contract/code-prefix';
import { atcOfDrugCode } from '../contract/drug-code';

// What one unit of a service consumes (rules/knowledge/item-uses.json, from the 项目内涵 of the
// 《全国医疗服务价格项目规范》): a nebulisation session nebulises a drug, a cannula placement places a cannula.
// A bill with more units of the service than of what it consumes (beyond the row's allowance) bills sessions or
// placements that used nothing: 虚记/多记. Counted over the claim (a ward dispenses several days' nebulised drug at
// once; a cannula stays 72–96 h), or per day where a table row says so.

/** Lines of `category`: by catalogue row code, or by name outside the codes (吸入用…溶液 outside the sample catalogue). */
const lines = itemSelector.extend({
  /** For messages (雾化用药, 静脉留置针). */
  name: z.string().min(1),
  category: z.enum(['drug', 'consumable', 'service']),
});

const row = z.strictObject({
  name: z.string().min(1),
  /** The service: catalogue codes, or service lines whose name carries a mark. */
  item: lines,
  /** What each unit of it uses. */
  uses: lines,
  /** `day`: each day's units against that day's; `claim`: the whole bill's. */
  per: z.enum(['day', 'claim']),
  /** Units of the service one unit of `uses` serves (two drugs may share a session: sessions ≤ drug units). */
  perUse: z.number().positive().default(1),
  /** Units of the service tolerated beyond, per day or per claim. */
  allowance: z.number().int().min(0).default(0),
  /**
   * Judged only on a claim that bills some of `uses`: one billing none may have had it from elsewhere (the patient's
   * own inhaler solution, self-paid, another sheet), which the bill cannot tell from none at all.
   */
  whenUsesBilled: z.boolean().default(false),
  /**
   * A claim billing none of `uses` is judged after all when every coded operation (ICD-9-CM-3 00–86, at least one) is
   * under `procedures`, with `allowance` of its own: operations whose blood-ordering schedule reserves no units
   * (手术备血: type and screen), so units prepared for them beyond it were prepared for nothing.
   */
  reserve: z
    .strictObject({
      procedures: z.array(z.string().min(1)).min(1),
      /** Diagnosis prefixes of a patient the schedule's standard patient is not (anaemia, coagulopathy, cirrhosis): not judged. */
      notDiagnoses: z.array(z.string().min(1)).default([]),
      allowance: z.number().int().min(0),
      reason: z.string().min(1),
      source: z.string().min(1),
    })
    .optional(),
  /**
   * The drugs of `uses` that are compatible when mixed and given together in one session (雾化: budesonide with
   * ipratropium or a β2-agonist): on a day, the sessions are at most the largest count of any one of them plus the
   * units of the drugs outside it (each nebulised on its own); more is one session billed per drug (分解收费).
   */
  mixed: z
    .strictObject({
      compatible: itemSelector,
      /** Sessions a day tolerated beyond the mix (a bronchodilator nebulised once more on its own). */
      allowancePerDay: z.number().int().min(0).default(0),
      source: z.string().min(1),
    })
    .optional(),
  /**
   * The service counted against the doses a day the drugs' labels give, not against units billed: one insulin pen
   * billed once serves a stay's injections, glargine once a day. Each drug row the claim bills (on any day) allows
   * its `perDay` units on every day; the first row a drug line matches (by ATC group prefix or selector) counts. A
   * claim billing an injectable of `notWithAtc` (another drug given under the skin) is not judged.
   */
  dosesPerDay: z
    .strictObject({
      drugs: z
        .array(itemSelector.extend({ name: z.string().min(1), atc: z.array(z.string().min(1)).default([]), perDay: z.number().int().positive() }))
        .min(1),
      notWithAtc: z.array(z.string().min(1)).default([]),
      source: z.string().min(1),
    })
    .optional(),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const file = z.strictObject({ note: z.string(), rows: z.array(row) });

export type ItemUseRow = z.infer<typeof row>;

/** Loads item-uses.json; a missing file is no check (null). */
export function loadItemUses(path: string): readonly ItemUseRow[] | null {
  return readJsonTable(path, file)?.rows ?? null;
}

/** A line of the row's service or of what it uses. */
export const isOf = (l: z.infer<typeof lines>, it: ItemFacts) => it.category === l.category && lineMatches(l, it);

/** Service units beyond what they consumed: the lines beyond (latest first), per day or claim, and the money. */
export interface UnitsBeyondUse {
  lineIds: string[];
  names: string;
  detail: string;
  units: number;
  amount: number;
}

/**
 * The lines, in the order given, that make up `excess` units, and their share of the money (a line partly beyond
 * counts its part, fen by its quantity).
 */
export function unitsTaken(ordered: readonly ItemFacts[], excess: number): { lineIds: string[]; fen: number } {
  const lineIds: string[] = [];
  let fen = 0;
  for (const l of ordered) {
    if (excess <= 0) break;
    const q = Math.min(l.quantity, excess);
    lineIds.push(l.lineId);
    fen += Math.round((l.amountFen * q) / (l.quantity || 1));
    excess -= q;
  }
  return { lineIds, fen };
}

/** Every row's service against what it uses on the bill; null when none goes beyond. */
export function unitsBeyondUse(
  items: readonly ItemFacts[],
  rows: readonly ItemUseRow[] | null | undefined,
  procedureCodes: readonly string[] = [],
  diagnosisCodes: readonly string[] = [],
): UnitsBeyondUse | null {
  if (!rows?.length) return null;
  const named: string[] = [];
  const names = new Set<string>();
  const detail: string[] = [];
  let units = 0;
  let fen = 0;
  for (const r of rows) {
    let allowance = r.allowance;
    let reason = '';
    if (r.whenUsesBilled && !items.some((it) => isOf(r.uses, it))) {
      if (!r.reserve || !reservesNone(procedureCodes, r.reserve.procedures) || startsWithAny(diagnosisCodes, r.reserve.notDiagnoses)) continue;
      allowance = r.reserve.allowance;
      reason = `，${r.reserve.reason}（${procedureCodes.join('、')}）`;
    }
    const daily = r.dosesPerDay ? dosesPerDayOf(items, r.dosesPerDay) : null;
    if (r.dosesPerDay && daily === null) continue;
    const groups = new Map<string, { service: ItemFacts[]; used: number }>();
    for (const it of items) {
      const service = isOf(r.item, it);
      if (!service && !isOf(r.uses, it)) continue;
      const key = r.per === 'day' ? it.date : '';
      const g = groups.get(key) ?? groups.set(key, { service: [], used: 0 }).get(key)!;
      if (service) g.service.push(it);
      else if (daily === null) g.used += it.quantity;
    }
    if (daily !== null) for (const g of groups.values()) g.used = daily;
    for (const [key, g] of [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const billed = g.service.reduce((s, l) => s + l.quantity, 0);
      const excess = billed - Math.floor(g.used * r.perUse + 1e-9) - allowance;
      if (billed === 0 || excess <= 0) continue;
      units += excess;
      names.add(r.item.name);
      detail.push(`${key ? `${key} ` : ''}${r.item.name}${billed}次、${r.uses.name}${g.used}${allowance ? `（允许多${allowance}次）` : ''}${reason}`);
      // The latest lines go beyond (the first placements and sessions had what they used).
      const beyond = unitsTaken([...g.service].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)), excess);
      named.push(...beyond.lineIds);
      fen += beyond.fen;
    }
  }
  if (!named.length) return null;
  return { lineIds: named, names: [...names].join('、'), detail: detail.join('；'), units, amount: toYuan(fen) };
}

type DosesPerDay = NonNullable<ItemUseRow['dosesPerDay']>;

/** Units a day the claim's drugs allow (the sum over the drug rows it bills); null when none is billed or another subcutaneous drug is. */
function dosesPerDayOf(items: readonly ItemFacts[], d: DosesPerDay): number | null {
  const billed = new Set<number>();
  for (const it of items) {
    if (it.category !== 'drug') continue;
    const atc = atcOfDrugCode(it.code) ?? '';
    if (it.parenteral && atc && startsWithAny([atc], d.notWithAtc)) return null;
    const i = d.drugs.findIndex((x) => (atc !== '' && startsWithAny([atc], x.atc)) || lineMatches(x, it));
    if (i >= 0) billed.add(i);
  }
  if (!billed.size) return null;
  return [...billed].reduce((s, i) => s + d.drugs[i]!.perDay, 0);
}

/** Every coded operation (ICD-9-CM-3 00–86; 87–99 are imaging and non-operative) under `procedures`, at least one. */
function reservesNone(procedureCodes: readonly string[], procedures: readonly string[]): boolean {
  const operations = procedureCodes.filter(isOperationCode);
  return operations.length > 0 && operations.every((p) => underAny(p, procedures));
}
