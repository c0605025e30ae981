import { z } from 'zod';
import { fenOf, toYuan } from '../money/fen';
import type { ItemFacts } from './item-fact-types';
import { atcOfDrugCode, substanceOfDrugCode } from '../contract/drug-code';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';
import { rowCodeOf } from '../contract/catalogue-row';

// Drugs of one class that guidelines give at most N of together (rules/knowledge/stacked-drugs.json: 抗炎保肝药, at most
// two, of different mechanisms — 药物性肝损伤诊治指南2023, 肝脏炎症及其防治专家共识; 活血化瘀中药注射剂, one — 中成药临床应用指导原则2010). More distinct drugs of the class
// on one day of a bill is stacking (叠用) no guideline supports, whatever the diagnosis: the day's lines of the class are named.

const row = itemSelector.extend({
  name: z.string().min(1),
  /** Distinct drugs of the row allowed on one day. */
  maxDrugs: z.number().int().min(1),
  /** Only injected or infused lines count (a class of injections, its oral forms another matter). */
  parenteralOnly: z.boolean().default(false),
  /**
   * A row of one substance at a time (`bySubstance`, over the national codes of `atc`): the same substance as an
   * injection (dosage form B) and as an oral form (A) on one day counts two — one drug billed twice by two routes.
   */
  bySubstance: z.strictObject({ atc: z.array(z.string().min(1)).min(1) }).optional(),
  /** Days over the limit before the row is named (2: a switch from one form or drug to another may share its day). */
  minDays: z.number().int().min(1).default(1),
  /** What the investigator reads after the finding: the guideline's limit and what to check. */
  advice: z.string().min(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
}).refine((r) => r.codes.length > 0 || r.nameMarks.length > 0 || r.bySubstance !== undefined, 'needs codes, nameMarks or bySubstance');

const file = z.strictObject({ note: z.string(), rows: z.array(row) });

export type StackedDrugRow = z.infer<typeof row>;

/** Loads stacked-drugs.json; a missing file is no check (null). */
export function loadStackedDrugs(path: string): readonly StackedDrugRow[] | null {
  return readJsonTable(path, file)?.rows ?? null;
}

export interface DrugsStacked {
  /** The row's class, its limit, and the drugs found together. */
  className: string;
  maxDrugs: number;
  advice: string;
  names: string;
  /** The days, each with its count of drugs. */
  detail: string;
  days: number;
  lineIds: string[];
  amount: number;
}

/**
 * A drug line's key in a row: the row's generic-name mark its name carries, so one generic under the catalogue's code and
 * a local one counts once; else its catalogue row when the row lists it; null: not of the row.
 */
function drugKey(r: StackedDrugRow, it: ItemFacts): string | null {
  if (it.category !== 'drug' || (r.parenteralOnly && !it.parenteral)) return null;
  if (r.bySubstance) return substanceRoute(r.bySubstance.atc, rowCodeOf(it));
  const mark = r.nameMarks.find((m) => it.name.includes(m));
  if (mark !== undefined) return mark;
  const code = rowCodeOf(it);
  return r.codes.includes(code) ? code : null;
}

/** `substance|form` of a national code under `atc` given as an injection (B) or an oral form (A); null otherwise (eye drops, local codes). */
function substanceRoute(atc: readonly string[], code: string): string | null {
  const group = atcOfDrugCode(code);
  const form = code[10];
  if (group === null || (form !== 'A' && form !== 'B') || !atc.some((a) => group.startsWith(a))) return null;
  return `${substanceOfDrugCode(code)}|${form}`;
}

/** The first row with more distinct drugs than it allows on some day of the bill; null when none. */
export function drugsStacked(items: readonly ItemFacts[], rows: readonly StackedDrugRow[] | null | undefined): DrugsStacked | null {
  for (const r of rows ?? []) {
    const byDay = new Map<string, { keys: Set<string>; lines: ItemFacts[] }>();
    for (const it of items) {
      const key = drugKey(r, it);
      if (key === null) continue;
      // One substance at a time: the day is split by substance, its forms the keys.
      const slot = r.bySubstance ? `${it.date}|${key.split('|')[0]}` : it.date;
      const day = byDay.get(slot) ?? byDay.set(slot, { keys: new Set(), lines: [] }).get(slot)!;
      day.keys.add(key);
      day.lines.push(it);
    }
    const over = [...byDay.entries()].filter(([, d]) => d.keys.size > r.maxDrugs).map(([slot, d]) => [slot.slice(0, 10), d] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    if (new Set(over.map(([date]) => date)).size < r.minDays) continue;
    const lines = over.flatMap(([, d]) => d.lines);
    const ids = new Set(lines.map((l) => l.lineId));
    return {
      className: r.name, maxDrugs: r.maxDrugs, advice: r.advice,
      names: [...new Set(lines.map((l) => l.name))].join('、'),
      detail: over.length > 3 ? `${over[0][0]}至${over[over.length - 1][0]}共${over.length}日，每日最多${Math.max(...over.map(([, d]) => d.keys.size))}种` : over.map(([date, d]) => `${date} ${d.keys.size}种`).join('；'),
      days: over.length, lineIds: [...ids], amount: toYuan(fenOf(items, ids)),
    };
  }
  return null;
}
