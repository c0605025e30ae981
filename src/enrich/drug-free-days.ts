import { z } from 'zod';
import { toYuan } from '../money/fen';
import { startsWithAny } from '../contract/code-prefix';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';

// Psychiatric ward days with no drug at all (rules/knowledge/psychiatric-stays.json): an inpatient with a psychotic,
// bipolar or severe depressive disorder takes the antipsychotic, mood stabiliser or antidepressant every day, so a
// day billing bed, nursing and the ward round but no drug is a day the patient was not on the ward (请假离院 billed as
// ward days, 精神科挂床). Counted over the stay, not in runs; judged only where the maintenance drug is otherwise
// dispensed day by day (a pharmacy that dispenses a week at once leaves drug-free days that mean nothing).

const table = z.strictObject({
  note: z.string(),
  /** ICD-10 prefixes (any diagnosis of the claim). */
  diagnoses: z.array(z.string().min(1)).min(1),
  /** The maintenance drugs: catalogue row codes or name marks. */
  maintenance: itemSelector.extend({ name: z.string().min(1) }),
  /** Ward days between admission and discharge day that must bill the maintenance drug for the bill to be read as daily dispensing. */
  minMaintenanceShare: z.number().gt(0).max(1),
  /** Drug-free ward days that make a finding: at least `minDays` and `minShare` of the ward days. */
  minDays: z.number().int().min(1),
  minShare: z.number().gt(0).max(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

export type PsychiatricStays = z.infer<typeof table>;

export function loadPsychiatricStays(path: string): PsychiatricStays | null {
  return readJsonTable(path, table);
}

export interface DrugFreeDays {
  days: number;
  wardDays: number;
  /** The drug-free days' share of the ward days, in whole percent (as the message prints it: 占15%). */
  sharePercent: number;
  dates: string;
  lineIds: string[];
  amount: number;
}

export interface DrugFreeInput {
  items: readonly ItemFacts[];
  inpatient: boolean;
  lengthOfStay: number;
  diagnosisCodes: readonly string[];
}

/** Bed, nursing and the per-day ward round: what a ward day bills. */
const WARD = new Set(['bed', 'nursing', 'consult']);

export function drugFreeDays(c: DrugFreeInput, t: PsychiatricStays | null | undefined): DrugFreeDays | null {
  if (!t || !c.inpatient || c.lengthOfStay < 3 || !startsWithAny(c.diagnosisCodes, t.diagnoses)) return null;
  const m = t.maintenance;
  const ward = new Map<number, ItemFacts[]>();
  const drugDays = new Set<number>();
  const maintenanceDays = new Set<number>();
  for (const it of c.items) {
    // The admission and discharge days are left out: a drug may be given before admission or taken home.
    if (it.dayIndex < 1 || it.dayIndex >= c.lengthOfStay) continue;
    if (it.category === 'drug') {
      drugDays.add(it.dayIndex);
      if (lineMatches(m, it)) maintenanceDays.add(it.dayIndex);
    } else if (it.category === 'service' && WARD.has(String(it.catalogue?.subcategory ?? '')) && (it.catalogue?.subcategory !== 'consult' || it.catalogue?.unit === '日')) {
      const day = ward.get(it.dayIndex);
      if (day) day.push(it);
      else ward.set(it.dayIndex, [it]);
    }
  }
  const wardDays = ward.size;
  if (wardDays === 0 || maintenanceDays.size < t.minMaintenanceShare * wardDays) return null;
  const free = [...ward.keys()].filter((d) => !drugDays.has(d)).sort((a, b) => a - b);
  if (free.length < t.minDays || free.length < t.minShare * wardDays) return null;
  const lines = free.flatMap((d) => ward.get(d)!);
  return {
    days: free.length,
    wardDays,
    sharePercent: Math.round((free.length / wardDays) * 100),
    dates: [...new Set(lines.map((l) => l.date))].sort().join('、'),
    lineIds: lines.map((l) => l.lineId),
    amount: toYuan(lines.reduce((s, l) => s + l.amountFen, 0)),
  };
}
