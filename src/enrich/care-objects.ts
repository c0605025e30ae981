import { z } from 'zod';
import { readJsonTable, rowsByCode } from './json-table';

// The table of care that has an object (rules/knowledge/care-objects.json), checked at load; the facts are in
// care-object-facts.ts.

const prefixes = z.array(z.string().min(1));

const row = z.strictObject({
  name: z.string().min(1),
  /** Catalogue row codes of the care (services and their consumables). */
  codes: z.array(z.string().min(1)).min(1),
  /** What the care acts on, for messages (伤口, 胎儿). */
  object: z.string().min(1),
  /**
   * The object is present (rows that need one): a diagnosis of the claim starting with one of `diagnoses`, any
   * coded procedure or billed operation (`anyOperation`: an incision or a perineal repair is a wound), a line of
   * `items` (drains, vascular access, dialysis), or a line whose name carries one of `nameMarks` (codes outside the
   * sample catalogue: 中心静脉置管, PICC, 引流).
   */
  presentWith: z
    .strictObject({
      diagnoses: prefixes.default([]),
      anyOperation: z.boolean().default(false),
      items: z.array(z.string().min(1)).default([]),
      nameMarks: z.array(z.string().min(2)).default([]),
    })
    .optional(),
  /**
   * The event that ends the object (rows whose object ends): a dated coded procedure starting with one of
   * `procedures` (ICD-9-CM-3), or a billed line of `items`; care dated after the event's day has no object.
   */
  endedBy: z
    .strictObject({
      event: z.string().min(1),
      procedures: prefixes.default([]),
      items: z.array(z.string().min(1)).default([]),
    })
    .optional(),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const file = z.strictObject({ note: z.string(), rows: z.array(row) });

export type CareObjectRow = z.infer<typeof row>;

export interface CareObjects {
  rows: readonly CareObjectRow[];
  byCode: ReadonlyMap<string, CareObjectRow>;
}

/** Loads care-objects.json; a missing file is no check (null). */
export function loadCareObjects(path: string): CareObjects | null {
  const t = readJsonTable(path, file);
  if (!t) return null;
  t.rows.forEach((r, i) => {
    if (!r.presentWith && !r.endedBy) throw new Error(`${path} row ${i}: presentWith or endedBy: one is required`);
  });
  return { rows: t.rows, byCode: rowsByCode(path, t.rows) };
}
