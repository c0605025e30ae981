import { z } from 'zod';
import { startsWithAny, underAny } from '../contract/code-prefix';
import { lineMatches, type ItemFacts, type ItemSelector } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { rehabilitationTherapyRef } from './rehabilitation-therapy';

// Stays paid by the bed-day (rules/knowledge/bed-day-settings.json): psychiatric, rehabilitation and hospice stays are
// settled per bed-day outside DRG/DIP (国办发〔2017〕55号), so a DRG's standard length of stay and its low/high-rate
// lines do not measure them; they are judged by what a bed-day audit reads (idle days, therapy delivered, 挂床).

const prefixes = z.array(z.string().min(1));

const row = z.strictObject({
  name: z.string().min(1),
  /** `provider.department` values of the setting's wards. */
  departments: prefixes.default([]),
  /** ICD-10 prefixes of the principal diagnosis that make a stay the setting's wherever it is. */
  principalDiagnoses: prefixes.default([]),
  /** A coded procedure (ICD-9-CM-3 prefixes) with its therapy billed on most days: the setting's care in another ward. */
  procedures: z.strictObject({
    codes: prefixes.min(1),
    /** The therapy's list, named by its file (rehabilitation-therapy.json: one list, not a copy). */
    therapy: rehabilitationTherapyRef,
    /** Share of the stay's days (calendar days with a line) on which the therapy is billed. */
    minTherapyShare: z.number().gt(0).max(1),
  }).optional(),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const file = z.strictObject({ note: z.string(), rows: z.array(row).min(1) });

export type BedDaySettingRow = z.infer<typeof row>;

/** Loads bed-day-settings.json; a missing file names no setting (null). */
export function loadBedDaySettings(path: string): readonly BedDaySettingRow[] | null {
  return readJsonTable(path, file)?.rows ?? null;
}

export interface BedDaySetting {
  /** The setting's name, e.g. 精神类住院（按床日付费）. */
  name: string;
  /** What places the stay in it, in words: 科室, 主要诊断 or 康复治疗操作. */
  by: string;
}

export interface BedDaySettingInput {
  items: readonly ItemFacts[];
  inpatient: boolean;
  principalDiagnosis: string;
  procedureCodes: readonly string[];
  department?: string | null;
}

/**
 * The first row whose ward, principal diagnosis or coded therapy the stay has; else null. `therapy` is the list a row's
 * procedures name (rehabilitation-therapy.json); without it no stay is placed by its therapy.
 */
export function bedDaySetting(c: BedDaySettingInput, rows: readonly BedDaySettingRow[] | null | undefined, therapy: ItemSelector | null | undefined): BedDaySetting | null {
  if (!rows || !c.inpatient) return null;
  for (const r of rows) {
    if (c.department && r.departments.includes(c.department)) return { name: r.name, by: '所在科室' };
    if (underAny(c.principalDiagnosis, r.principalDiagnoses)) return { name: r.name, by: `主要诊断${c.principalDiagnosis}` };
    const p = r.procedures;
    if (p && therapy && startsWithAny(c.procedureCodes, p.codes) && therapyShare(c.items, therapy) >= p.minTherapyShare) return { name: r.name, by: '康复治疗操作及逐日康复治疗' };
  }
  return null;
}

/** Share of the bill's dates carrying a line of the therapy. */
function therapyShare(items: readonly ItemFacts[], therapy: ItemSelector): number {
  const dates = new Set<string>();
  const withTherapy = new Set<string>();
  for (const it of items) {
    dates.add(it.date);
    if (lineMatches(therapy, it)) withTherapy.add(it.date);
  }
  return dates.size ? withTherapy.size / dates.size : 0;
}
