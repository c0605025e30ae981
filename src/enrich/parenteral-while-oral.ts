import { z } from 'zod';
import { fenOf, toYuan } from '../money/fen';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { startsWithAny } from '../contract/code-prefix';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';

// Injections the 药品目录 pays only for a patient who cannot take drugs by mouth (注射用质子泵抑制剂: 限…且有禁食医嘱或
// 吞咽困难的患者), given on days the same stay bills tablets or capsules (rules/knowledge/parenteral-while-oral.json):
// a patient swallowing tablets is neither nil by mouth nor dysphagic. The days of overlap are the finding.

const row = z.strictObject({
  name: z.string().min(1),
  /** The injections the restriction names. */
  drugs: itemSelector,
  /** Marks in a drug line's name that make it a solid oral form (片, 胶囊): swallowed, not given by tube. */
  oralMarks: z.array(z.string().min(1)).min(1),
  /** Marks that make such a name no swallowed form after all (饮片 decocted, 贴片 on the skin, 阴道片). */
  notOralMarks: z.array(z.string().min(1)).default([]),
  /** Conditions (ICD-10 prefixes) that leave a stay unjudged, each with its own source: a bleed or perforation (IV PPI
   *  for 72 h after haemostasis whatever the diet) and dysphagia, the label's stress-ulcer sources (a stroke, an
   *  infarction, shock, sepsis: 应激性溃疡防治专家建议 2015), illness treated nil by mouth. */
  notJudgedConditions: z.array(z.strictObject({ name: z.string().min(1), diagnoses: z.array(z.string().min(1)).min(1), source: z.string().min(1) })).default([]),
  /** Critical care on the stay leaves it unjudged: stress-ulcer prophylaxis is the label's, and tablets go down a feeding tube. */
  notJudgedItems: itemSelector.optional(),
  /** Days of overlap before the row is named (a switch from injection to tablets may share its day). */
  minDays: z.number().int().min(1),
  expected: z.string().min(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const file = z.strictObject({ note: z.string(), rows: z.array(row) });

export type ParenteralWhileOralRow = z.infer<typeof row>;

/** Loads parenteral-while-oral.json; a missing file is no check (null). */
export function loadParenteralWhileOral(path: string): readonly ParenteralWhileOralRow[] | null {
  return readJsonTable(path, file)?.rows ?? null;
}

export interface ParenteralWhileOral {
  name: string;
  expected: string;
  /** The injections and the oral drugs billed with them. */
  injections: string;
  oralDrugs: string;
  /** The overlapping days (first to last) and their count. */
  dates: string;
  days: number;
  lineIds: string[];
  amount: number;
}

export interface ParenteralWhileOralInput {
  items: readonly ItemFacts[];
  inpatient: boolean;
  diagnosisCodes: readonly string[];
}

/** The first row whose injections share at least minDays days with an oral drug on a stay; null when none. */
export function parenteralWhileOral(c: ParenteralWhileOralInput, rows: readonly ParenteralWhileOralRow[] | null | undefined): ParenteralWhileOral | null {
  if (!c.inpatient) return null;
  for (const r of rows ?? []) {
    if (r.notJudgedConditions.some((n) => startsWithAny(c.diagnosisCodes, n.diagnoses))) continue;
    if (r.notJudgedItems && c.items.some((it) => lineMatches(r.notJudgedItems!, it))) continue;
    const injections = c.items.filter((it) => it.category === 'drug' && lineMatches(r.drugs, it));
    if (injections.length === 0) continue;
    const oral = c.items.filter((it) => it.category === 'drug' && !it.parenteral && !lineMatches(r.drugs, it) && r.oralMarks.some((m) => it.name.includes(m)) && !r.notOralMarks.some((m) => it.name.includes(m)));
    const oralDays = new Set(oral.map((it) => it.date));
    const named = injections.filter((it) => oralDays.has(it.date));
    const days = [...new Set(named.map((it) => it.date))].sort();
    if (days.length < r.minDays) continue;
    const ids = new Set(named.map((it) => it.lineId));
    return {
      name: r.name, expected: r.expected,
      injections: [...new Set(named.map((it) => it.name))].join('、'),
      oralDrugs: [...new Set(oral.filter((it) => days.includes(it.date)).map((it) => it.name))].join('、'),
      dates: `${days[0]}至${days[days.length - 1]}`, days: days.length,
      lineIds: [...ids], amount: toYuan(fenOf(c.items, ids)),
    };
  }
  return null;
}
