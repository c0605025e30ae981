import { z } from 'zod';
import { prorateFen, toYuan } from '../money/fen';
import { startsWithAny } from '../contract/code-prefix';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';

// Indwelling devices placed again while the last one should still be in (rules/knowledge/device-dwell.json): a
// peripheral cannula stays 72–96 h, a urinary catheter is changed for a reason, not daily. A
// placement fee billed again and again within the dwell time is a placement charged per day (重复收费/虚记).

const row = z.strictObject({
  name: z.string().min(1),
  /** The placement service (catalogue codes, or service lines whose name carries a mark). */
  placement: itemSelector,
  /** A placement fewer than this many days after the previous one is early (0: the same day). */
  minDays: z.number().int().min(1),
  /** Diagnoses (ICD-10 prefixes) whose care places it repeatedly by design (intermittent catheterisation), or replaces it. */
  notWithDiagnoses: z.array(z.string().min(1)).default([]),
  /** Procedures (ICD-9-CM-3 prefixes) on the stay after which the device is placed again by design (a urological operation). */
  notWithProcedures: z.array(z.string().min(1)).default([]),
  /** The line category the row reads: a placement service, or a dressing (consumable) that stays on for days. */
  category: z.enum(['service', 'consumable']).default('service'),
  /** Judged only on stays coding one of these (ICD-10 prefixes): the wound whose dressing stays on (a shallow ulcer). */
  onlyWithDiagnoses: z.array(z.string().min(1)).default([]),
  /** What one unit is, for the message: 置管 (a placement), 更换 (a dressing put on). */
  action: z.string().min(1).default('置管'),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const file = z.strictObject({
  note: z.string(),
  /** Early placements a stay may have of one device before it is judged (a blocked or dislodged device replaced). */
  toleratedEarly: z.number().int().min(0),
  /** One more early placement tolerated for each this many nights of the stay (a long stay meets more blocked devices). */
  toleratedPerNights: z.number().int().positive().optional(),
  /** Patients younger than this (years) are not judged: a child's cannula is dislodged and replaced far sooner. */
  minAgeYears: z.number().int().min(0).default(0),
  rows: z.array(row),
});

export type DeviceDwell = z.infer<typeof file>;

/** Loads device-dwell.json; a missing file is no check (null). */
export function loadDeviceDwell(path: string): DeviceDwell | null {
  return readJsonTable(path, file) ?? null;
}

export interface DevicesReplacedEarly {
  /** The early placements' lines. */
  lineIds: string[];
  /** 静脉留置针置管 6次，其中4次距上次置管不足3日（容许2次） … for messages. */
  detail: string;
  /** Early placement units (not lines). */
  placements: number;
  /** The early units beyond those tolerated, their share of each line's amount (yuan). */
  amount: number;
}

export interface DeviceStay {
  items: readonly ItemFacts[];
  diagnosisCodes: readonly string[];
  procedureCodes: readonly string[];
  ageYears: number;
  /** Nights of the stay. */
  lengthOfStay: number;
}

/**
 * Placement units of each row in day order: a unit fewer than minDays after the previous day's placement is early (a
 * second unit on the same day is a second site, not a replacement); early units beyond the stay's tolerance
 * (toleratedEarly, one more per toleratedPerNights nights) are named per row, their share of the lines' amounts at stake.
 */
export function devicesReplacedEarly(stay: DeviceStay, t: DeviceDwell | null | undefined): DevicesReplacedEarly | null {
  if (!t || stay.ageYears < t.minAgeYears) return null;
  const tolerated = t.toleratedEarly + (t.toleratedPerNights ? Math.floor(stay.lengthOfStay / t.toleratedPerNights) : 0);
  const lineIds: string[] = [];
  const parts: string[] = [];
  let fen = 0;
  let placements = 0;
  for (const r of t.rows) {
    if (startsWithAny(stay.diagnosisCodes, r.notWithDiagnoses) || startsWithAny(stay.procedureCodes, r.notWithProcedures)) continue;
    if (r.onlyWithDiagnoses.length > 0 && !startsWithAny(stay.diagnosisCodes, r.onlyWithDiagnoses)) continue;
    const lines = stay.items.filter((it) => it.category === r.category && lineMatches(r.placement, it)).sort((a, b) => a.dayIndex - b.dayIndex);
    // Early units in day order: at most one a day, the first unit of the day's first line (its other units, and
    // other lines of that day, are further sites).
    const early: ItemFacts[] = [];
    let lastDay: number | null = null;
    let units = 0;
    for (const l of lines) {
      const n = Math.max(0, Math.round(l.quantity));
      if (n === 0) continue;
      if (lastDay !== null && l.dayIndex !== lastDay && l.dayIndex - lastDay < r.minDays) early.push(l);
      lastDay = l.dayIndex;
      units += n;
    }
    const earlyUnits = early.length;
    if (earlyUnits <= tolerated) continue;
    // The first early ones are the tolerated replacements (a blocked device); the later ones are at stake, each its
    // line's share of one unit.
    early.forEach((l, i) => {
      lineIds.push(l.lineId);
      if (i >= tolerated) fen += prorateFen(l.amountFen, 1, l.quantity);
    });
    placements += earlyUnits;
    parts.push(`${r.name}${units}次，其中${earlyUnits}次距上次${r.action}不足${r.minDays}日（本次住院容许${tolerated}次）`);
  }
  if (lineIds.length === 0) return null;
  return { lineIds, detail: parts.join('；'), placements, amount: toYuan(fen) };
}
