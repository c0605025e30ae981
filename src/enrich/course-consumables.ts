import { z } from 'zod';
import { toYuan } from '../money/fen';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { unitsTaken } from './item-uses';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';

// Consumables made to serve one patient for a course of treatment, not one session (一次性使用雾化器: single-patient
// use, rinsed and dried between sessions, rules/knowledge/course-consumables.json). A bill with more of them per day
// (or per claim) than the row allows bills devices no session needed: 多记.

/** Catalogue row codes, or consumable lines outside them known by name (雾化器 under a local code). */
const row = itemSelector.extend({
  name: z.string().min(1),
  /** `day`: each day's units; `claim`: the whole bill's. */
  per: z.enum(['day', 'claim']),
  /** Units allowed per day or per claim. */
  allowed: z.number().int().min(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
}).refine((r) => r.codes.length > 0 || r.nameMarks.length > 0, 'needs codes or nameMarks');

const file = z.strictObject({ note: z.string(), rows: z.array(row) });

export type CourseConsumableRow = z.infer<typeof row>;

/** Loads course-consumables.json; a missing file is no check (null). */
export function loadCourseConsumables(path: string): readonly CourseConsumableRow[] | null {
  return readJsonTable(path, file)?.rows ?? null;
}

/** Units of course consumables beyond what the rows allow: the lines beyond (latest first) and the money. */
export interface CourseConsumablesBeyond {
  lineIds: string[];
  names: string;
  detail: string;
  units: number;
  amount: number;
}

const isOf = (r: CourseConsumableRow, it: ItemFacts) => it.category === 'consumable' && lineMatches(r, it);

/** Every row's consumable against its allowance per day or claim; null when none goes beyond. */
export function courseConsumablesBeyond(items: readonly ItemFacts[], rows: readonly CourseConsumableRow[] | null | undefined): CourseConsumablesBeyond | null {
  if (!rows?.length) return null;
  const named: string[] = [];
  const names = new Set<string>();
  const detail: string[] = [];
  let units = 0;
  let fen = 0;
  for (const r of rows) {
    const groups = new Map<string, ItemFacts[]>();
    for (const it of items) {
      if (!isOf(r, it)) continue;
      const key = r.per === 'day' ? it.date : '';
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(it);
    }
    for (const [key, lines] of [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const billed = lines.reduce((s, l) => s + l.quantity, 0);
      const excess = billed - r.allowed;
      if (excess <= 0) continue;
      units += excess;
      names.add(r.name);
      detail.push(`${key ? `${key} ` : ''}${r.name}${billed}个（${r.per === 'day' ? '每日' : '每次就诊/住院'}限${r.allowed}个）`);
      // The latest lines go beyond (the first device served the course).
      const beyond = unitsTaken([...lines].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.lineId.localeCompare(a.lineId, undefined, { numeric: true }))), excess);
      named.push(...beyond.lineIds);
      fen += beyond.fen;
    }
  }
  if (!named.length) return null;
  return { lineIds: named, names: [...names].join('、'), detail: detail.join('；'), units, amount: toYuan(fen) };
}
