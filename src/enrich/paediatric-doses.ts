import { z } from 'zod';
import { startsWithAny } from '../contract/code-prefix';
import type { ItemFacts } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { rowsByCode } from './json-table';
import { rowCodeOf } from '../contract/catalogue-row';

// Paediatric maximum daily doses (rules/knowledge/paediatric-doses.json): a child billed an adult quantity of a
// drug (超剂量/虚记药量). The claim carries no weight, so the limit is the row's mg/kg/day at the median weight
// for the age, never above the adult cap, times a generous tolerance.

const doseRow = z.strictObject({
  name: z.string().min(1),
  /** Catalogue drug rows (a 14-character row covers every product beneath it). */
  codes: z.array(z.string().min(1)).min(1),
  /** SAMPLE strength of one billed unit, mg. */
  unitMg: z.number().positive(),
  maxMgPerKgDay: z.number().positive(),
  adultMaxMgDay: z.number().positive(),
  /** Most doses a day on the label: on a stay a dose bills a whole unit (unit-dose dispensing, an opened vial), so a day may always bill this many. */
  maxDosesPerDay: z.number().int().min(1),
  /** An injection: at a visit too each dose opens a whole vial (an oral supply is counted in mg, a child taking part of a tablet). */
  injection: z.boolean().default(false),
  /** Claims coding one of these (ICD-10 prefixes) are not judged for the row (meningitis doses). */
  notForDiagnoses: z.array(z.string().min(1)).default([]),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const doseFile = z.strictObject({
  note: z.string(),
  minAge: z.number().int().min(0),
  maxAge: z.number().int().min(0),
  tolerance: z.number().min(1),
  visitDays: z.number().int().min(1),
  weightKgByAge: z.record(z.string().regex(/^[0-9]+$/), z.number().positive()),
  weightSource: z.string().min(1),
  rows: z.array(doseRow),
});

export type PaediatricDoseRow = z.infer<typeof doseRow>;

export interface PaediatricDoses {
  minAge: number;
  maxAge: number;
  tolerance: number;
  visitDays: number;
  weightKgByAge: ReadonlyMap<number, number>;
  byCode: ReadonlyMap<string, PaediatricDoseRow>;
}

export function loadPaediatricDoses(file: string): PaediatricDoses | null {
  const t = readJsonTable(file, doseFile);
  if (t === null) return null;
  const weights = new Map(Object.entries(t.weightKgByAge).map(([a, w]) => [Number(a), w]));
  for (let a = t.minAge; a <= t.maxAge; a++) if (!weights.has(a)) throw new Error(`${file}: weightKgByAge has no weight for age ${a}`);
  return { minAge: t.minAge, maxAge: t.maxAge, tolerance: t.tolerance, visitDays: t.visitDays, weightKgByAge: weights, byCode: rowsByCode(file, t.rows) };
}

export interface DoseClaimInput {
  ageYears: number;
  diagnosisCodes: readonly string[];
  items: ItemFacts[];
  inpatient: boolean;
  /** Day index of a stay's discharge day: its lines are take-home supply, judged like a visit's. */
  dischargeDay?: number;
}

const fmt = (mg: number) => (mg >= 1000 ? `${Math.round(mg / 10) / 100}g` : `${Math.round(mg * 10) / 10}mg`);

/**
 * Marks each listed drug line of a child whose day (a stay's day, or a visit's supply spread over `visitDays`)
 * bills more units than the age's maximum allows: contextFinding `dose`, contextExpected the figures.
 */
export function applyPaediatricDoses(c: DoseClaimInput, t: PaediatricDoses): void {
  if (c.ageYears < t.minAge || c.ageYears > t.maxAge) return;
  const weight = t.weightKgByAge.get(c.ageYears)!;
  // Lines per row and per "day": a stay's day index, or -1 for a visit's whole supply and a stay's discharge-day supply.
  const groups = new Map<PaediatricDoseRow, Map<number, ItemFacts[]>>();
  for (const it of c.items) {
    if (it.category !== 'drug') continue;
    const row = t.byCode.get(rowCodeOf(it));
    if (row === undefined) continue;
    const day = c.inpatient && it.dayIndex !== c.dischargeDay ? it.dayIndex : -1;
    let byDay = groups.get(row);
    if (byDay === undefined) groups.set(row, (byDay = new Map()));
    (byDay.get(day) ?? byDay.set(day, []).get(day)!).push(it);
  }
  for (const [row, byDay] of groups) {
    if (startsWithAny(c.diagnosisCodes, row.notForDiagnoses)) continue;
    const maxMgDay = Math.min(row.maxMgPerKgDay * weight, row.adultMaxMgDay);
    for (const [day, lines] of byDay) {
      const days = day === -1 ? t.visitDays : 1;
      const units = lines.reduce((s, l) => s + l.quantity, 0);
      const wholeUnits = day !== -1 || row.injection ? row.maxDosesPerDay * days : 0;
      const allowed = Math.max(Math.ceil((maxMgDay * t.tolerance * days) / row.unitMg), wholeUnits);
      if (units <= allowed) continue;
      const unit = lines[0].catalogue?.unit ?? '单位';
      const perDay = (units * row.unitMg) / days;
      const billed = day === -1 ? `本次共${units}${unit}，按至多${days}日用量折合每日${fmt(perDay)}` : `当日${units}${unit}（${fmt(perDay)}）`;
      const text =
        `${row.name}按规格${fmt(row.unitMg)}/${unit}，${billed}；${c.ageYears}岁儿童按体重中位数${weight}kg，` +
        `每日最大${row.maxMgPerKgDay}mg/kg即${fmt(maxMgDay)}（成人每日上限${fmt(row.adultMaxMgDay)}），` +
        `计${t.tolerance}倍容差至多${allowed}${unit}`;
      for (const l of lines) {
        if (l.contextSupported === false) continue; // another table's finding on the line stands
        l.contextSupported = false;
        l.contextFinding = 'dose';
        l.contextExpected = text;
      }
    }
  }
}
