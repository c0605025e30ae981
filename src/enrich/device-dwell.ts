import { z } from 'zod';
import { toYuan } from '../money/fen';
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
  /** Diagnoses (ICD-10 prefixes) whose care places it repeatedly by design (intermittent catheterisation). */
  notWithDiagnoses: z.array(z.string().min(1)).default([]),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const file = z.strictObject({
  note: z.string(),
  /** Early placements a stay may have of one device before it is judged (a blocked or dislodged device replaced). */
  toleratedEarly: z.number().int().min(0),
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
  /** 静脉留置针置管 6次，其中4次距上次置管不足3日 … for messages. */
  detail: string;
  placements: number;
  amount: number;
}

/** Placement units of each row, one per unit in day order; early ones beyond `toleratedEarly` named per row. */
export function devicesReplacedEarly(items: readonly ItemFacts[], diagnosisCodes: readonly string[], t: DeviceDwell | null | undefined): DevicesReplacedEarly | null {
  if (!t) return null;
  const lineIds: string[] = [];
  const parts: string[] = [];
  let fen = 0;
  let placements = 0;
  for (const r of t.rows) {
    if (startsWithAny(diagnosisCodes, r.notWithDiagnoses)) continue;
    const lines = items.filter((it) => it.category === 'service' && lineMatches(r.placement, it)).sort((a, b) => a.dayIndex - b.dayIndex);
    const early: ItemFacts[] = [];
    let last: number | null = null;
    let units = 0;
    for (const l of lines) {
      for (let u = 0; u < l.quantity; u++) {
        if (last !== null && l.dayIndex - last < r.minDays && !early.includes(l)) early.push(l);
        last = l.dayIndex;
        units++;
      }
    }
    if (early.length <= t.toleratedEarly) continue;
    for (const l of early) {
      lineIds.push(l.lineId);
      fen += l.amountFen;
    }
    placements += early.length;
    parts.push(`${r.name}${units}次，其中${early.length}次距上次置管不足${r.minDays}日`);
  }
  if (lineIds.length === 0) return null;
  return { lineIds, detail: parts.join('；'), placements, amount: toYuan(fen) };
}
