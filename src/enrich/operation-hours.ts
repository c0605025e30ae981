import { z } from 'zod';
import { isOperationCode, startsWithAny, underAny } from '../contract/code-prefix';
import { rowCodeOf } from '../contract/catalogue-row';
import type { KnowledgeClaimInput } from './knowledge-claim-input';

// The hours of general anaesthesia a day's short operations take at most (item-consistency.json `operationHours`,
// read by a row with `operationHours: true`): below the row's `minQuantity`, a day whose every operation has a row
// here is judged against the sum of their hours. An operation without a row that day (coded 00–86, or a surgery line
// of another row) may be the long one: the day is not judged. The same hours (`otherHours` for an operation without a
// row) bound a session of several operations (operation-count.ts anaesthesiaForSeveralOperations).

export const operationHoursFile = z.strictObject({
  rows: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        /** ICD-9-CM-3 prefixes of the operation. */
        procedures: z.array(z.string().min(1)).min(1),
        /** Catalogue services that bill it (a 单侧 row billed for two sides counts twice). */
        services: z.array(z.string().min(1)).default([]),
        /** Hours of general anaesthesia the operation takes at most (its usual length with a generous margin). */
        hours: z.number().positive(),
      }),
    )
    .min(1),
  /** Diagnoses that lengthen any operation (obesity, adhesions): a stay coding one is not judged. */
  reasons: z.array(z.string().min(1)).default([]),
  /** Hours an operation without a row takes at most, in a session of several (both knees replaced). */
  otherHours: z.number().positive(),
  /** Anaesthesia services (general, neuraxial, local), which are no operation themselves. */
  anaesthesia: z.array(z.string().min(1)).min(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

export type OperationHours = z.infer<typeof operationHoursFile>;

/** The day's short operations and the hours they take at most; null when the day is not judged. */
export interface DayOperationHours {
  names: string[];
  hours: number;
}

export function operationHoursOnDay(c: KnowledgeClaimInput, t: OperationHours, day: number): DayOperationHours | null {
  if (startsWithAny(c.diagnosisCodes, t.reasons)) return null;
  const units = new Map<OperationHours['rows'][number], number>();
  for (let i = 0; i < c.procedureCodes.length; i++) {
    const d = c.procedureDays[i];
    const p = c.procedureCodes[i] ?? '';
    if ((d !== null && d !== day) || !isOperationCode(p)) continue;
    const row = t.rows.find((r) => underAny(p, r.procedures));
    if (!row) return null;
    // Each coded occurrence is an operation (a bilateral hernia coded once per side, billed on one line).
    units.set(row, (units.get(row) ?? 0) + 1);
  }
  const billed = new Map<OperationHours['rows'][number], number>();
  for (const it of c.items) {
    if (it.dayIndex !== day || it.category !== 'service') continue;
    const code = rowCodeOf(it);
    if (t.anaesthesia.includes(code)) continue;
    const row = rowOfService(t, code);
    if (row) billed.set(row, (billed.get(row) ?? 0) + it.quantity);
    else if (it.catalogue === null || it.catalogue.subcategory === 'surgery') return null;
  }
  for (const [row, n] of billed) units.set(row, Math.max(units.get(row) ?? 0, n));
  if (units.size === 0) return null;
  let hours = 0;
  for (const [row, n] of units) hours += row.hours * n;
  return { names: [...units.keys()].map((r) => r.name), hours };
}

const rowOfService = (t: OperationHours, service: string) => t.rows.find((r) => r.services.includes(service));

/** Hours one operation billed as `service` takes at most: its row's, else `otherHours`. */
export function hoursOfService(t: OperationHours, service: string): number {
  return rowOfService(t, service)?.hours ?? t.otherHours;
}
