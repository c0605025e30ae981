import { z } from 'zod';
import { withOperations } from '../contract/code-prefix';
import { readJsonTable } from '../contract/json-table';
import { rowsByCode } from './json-table';

// The table of care that has an object (rules/knowledge/care-objects.json), checked at load; the facts are in
// care-object-facts.ts.

const prefixes = z.array(z.string().min(1));

const row = z.strictObject({
  name: z.string().min(1),
  /** Catalogue row codes of the care (services and their consumables). */
  codes: z.array(z.string().min(1)).default([]),
  /**
   * Lines outside `codes` that are this care by name (codes outside the sample catalogue: 冰冻切片, 免疫组化): the
   * name carries one of `marks` and none of `except` (病理会诊 reads slides made elsewhere; 痰/尿脱落细胞 need no
   * procedure).
   */
  named: z.strictObject({ marks: z.array(z.string().min(2)).min(1), except: z.array(z.string().min(1)).default([]) }).optional(),
  /** What the care acts on, for messages (伤口, 胎儿, 标本). */
  object: z.string().min(1),
  /** Visit types judged: stays by default; a row judged on clinic visits too says so (a specimen is taken where it is examined). */
  visitTypes: z.array(z.enum(['inpatient', 'outpatient', 'chronic'])).default(['inpatient']),
  /**
   * The object is present (rows that need one): a diagnosis of the claim starting with one of `diagnoses`, any
   * coded procedure or billed operation (`anyOperation`: an incision or a perineal repair is a wound), a coded
   * procedure starting with one of `procedures` (ICD-9-CM-3), a line of `items` (drains, vascular access, dialysis),
   * or a line whose name carries one of `nameMarks` (codes outside the sample catalogue: 中心静脉置管, PICC, 引流).
   * The care's own lines never show its object.
   */
  presentWith: z
    .strictObject({
      diagnoses: prefixes.default([]),
      anyOperation: z.boolean().default(false),
      /** `"operations"`: every operation, 00–86 (code-prefix.ts), less `notProcedures`. */
      procedures: prefixes.default([]).transform(withOperations),
      /** Codes under `procedures` that do not show the object (a lithotripsy, a stent, a hernia repair: no tissue removed). */
      notProcedures: prefixes.default([]),
      items: z.array(z.string().min(1)).default([]),
      nameMarks: z.array(z.string().min(2)).default([]),
      /** Names carrying a mark that still do not show it (膀胱镜下输尿管支架取出: a scope, no specimen). */
      nameExcept: z.array(z.string().min(2)).default([]),
      /** What would show the object, for messages; absent: composed from the lists. */
      expected: z.string().min(1).optional(),
    })
    .optional(),
  /**
   * The row's consumables (lines of catalogue category consumable) are judged only when billed on at least this many
   * days of the claim: a single pack of gauze is no course of dressings (it may cover a puncture or a cannula site).
   */
  consumableMinDays: z.number().int().positive().optional(),
  /**
   * Lines of `codes` (a subset of the row's) that have their object on other grounds too: a billed line of `items` or a
   * diagnosis starting with one of `diagnoses` (a foam dressing protecting the skin of a patient under close nursing
   * or immobile: pressure-injury prevention).
   */
  acceptedWith: z
    .array(z.strictObject({ codes: z.array(z.string().min(1)).min(1), items: z.array(z.string().min(1)).default([]), diagnoses: prefixes.default([]), why: z.string().min(1) }))
    .default([]),
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
  /** Rows that also know their care by name. */
  named: readonly CareObjectRow[];
  /** Visit types any row judges. */
  visitTypes: ReadonlySet<string>;
}

/** Loads care-objects.json; a missing file is no check (null). */
export function loadCareObjects(path: string): CareObjects | null {
  const t = readJsonTable(path, file);
  if (!t) return null;
  t.rows.forEach((r, i) => {
    if (!r.presentWith && !r.endedBy) throw new Error(`${path} row ${i}: presentWith or endedBy: one is required`);
    if (!r.codes.length && !r.named) throw new Error(`${path} row ${i}: codes or named: one is required`);
  });
  return {
    rows: t.rows,
    byCode: rowsByCode(path, t.rows),
    named: t.rows.filter((r) => r.named),
    visitTypes: new Set(t.rows.flatMap((r) => r.visitTypes)),
  };
}

/** Whether a line is the row's care: one of its codes, or (codes outside them) a name the row knows. */
export function isCareOf(r: CareObjectRow, code: string, name: string): boolean {
  if (r.codes.includes(code)) return true;
  return !!r.named && r.named.marks.some((m) => name.includes(m)) && !r.named.except.some((m) => name.includes(m));
}
