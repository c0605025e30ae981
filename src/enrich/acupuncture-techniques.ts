import { z } from 'zod';
import { underAny } from '../contract/code-prefix';
import type { ItemFacts } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { rowCodeOf } from '../contract/catalogue-row';

// A catalogue with one 针灸 row bills each acupuncture technique on it; the 价格项目规范 prices 普通针刺, 头皮针, 电针,
// 温针, 灸法 … as separate items (rules/knowledge/acupuncture-techniques.json). The day's coded techniques say how
// many items its 针灸 lines stand for; a technique built on another (电针 on 毫针) counts once.

const technique = z.strictObject({
  /** 医保版 ICD-9-CM-3 code or prefix of the technique. */
  code: z.string().min(1),
  name: z.string().min(1),
  /** Techniques this one is built on: coded beside it, they are not a second item. */
  includes: z.array(z.string().min(1)).optional(),
});

const file = z.strictObject({
  note: z.string(),
  /** Catalogue rows the techniques are billed on. */
  rows: z.array(z.string().min(1)).min(1),
  techniques: z.array(technique).min(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

export type AcupunctureTechniques = z.infer<typeof file>;

/** A coded procedure and its date (null: the record gives none), as operation-count.ts codedProcedures reads them. */
type CodedProcedure = { code: string; date: string | null };

export function loadAcupunctureTechniques(path: string): AcupunctureTechniques | null {
  return readJsonTable(path, file);
}

/** Separately priced techniques coded on a date (null date: any day), those another coded one includes left out. */
export function techniquesOn(procs: readonly CodedProcedure[], date: string, t: AcupunctureTechniques): number {
  const coded = new Set<string>();
  for (const p of procs) {
    if (p.date !== null && p.date !== date) continue;
    const row = t.techniques.find((x) => p.code.startsWith(x.code));
    if (row) coded.add(row.code);
  }
  const included = new Set<string>();
  for (const c of coded) for (const inc of t.techniques.find((x) => x.code === c)?.includes ?? []) included.add(inc);
  return [...coded].filter((c) => !underAny(c, [...included])).length;
}

/**
 * Marks `repeatExplained` on a day's lines of the 针灸 row when the day's coded techniques are at least as many as
 * its lines and units (within the row's daily limit): 头皮针 + 体针 on two lines is two items, not a duplicate.
 */
export function markAcupunctureTechniques(items: readonly ItemFacts[], procs: readonly CodedProcedure[], t: AcupunctureTechniques | null | undefined): void {
  if (!t || procs.length === 0) return;
  const rows = new Set(t.rows);
  const linesOn = new Map<string, number>();
  for (const it of items) if (rows.has(rowCodeOf(it))) linesOn.set(it.date, (linesOn.get(it.date) ?? 0) + 1);
  for (const it of items) {
    if (!rows.has(rowCodeOf(it)) || it.repeatExplained) continue;
    const n = Math.min(techniquesOn(procs, it.date, t), it.catalogue?.maxPerDay ?? Infinity);
    if (n >= 2 && linesOn.get(it.date)! <= n && it.quantityOnDay <= n) it.repeatExplained = true;
  }
}
