import { z } from 'zod';
import { isOperationCode, underAny } from '../contract/code-prefix';
import { itemSelector, readJsonTable } from '../contract/json-table';

// Surgery knowledge by operation class (rules/knowledge/operation-classes.json, read by enrich and by the
// cross-claim checks, so kept here where both may import it): an operation no per-operation table
// lists is judged by the class its ICD-9-CM-3 code falls in (the sub-chapter of operations on one organ), so a new
// operation of a known kind needs no row of its own. Per-operation rows elsewhere stay the exceptions.

const row = z.strictObject({
  name: z.string().min(1),
  /** ICD-9-CM-3 prefixes of the class's operations. */
  procedures: z.array(z.string().min(1)).min(1),
  /** The imaging that establishes the disease an elective operation of the class treats: catalogue rows, marks in local names. */
  imaging: itemSelector.optional(),
  /** What that imaging is, for messages. */
  imagingExpected: z.string().min(1).optional(),
  /**
   * The diagnoses (ICD-10 prefixes, any position) under which the class's operation is not judged for imaging: the
   * disease is established by examination (a uterine prolapse by the pelvic examination, POP-Q), with their source.
   */
  imagingNotWith: z.strictObject({ diagnoses: z.array(z.string().min(1)).min(1), source: z.string().min(1) }).optional(),
  /** The bill lines of the class's operations (catalogue rows, marks in local names): the lines a finding on the class names. */
  lines: itemSelector.optional(),
  /**
   * Where the class has a clear indication set: the diagnoses (ICD-10 prefixes, any position) that call for an operation
   * of it, read by catalogue.operation-without-indication (operation-indications.ts) for a coded operation no
   * per-operation row of operation-indications.json lists; `lines`, `expected` and `advice` as that table's rows.
   */
  indication: z
    .strictObject({ diagnoses: z.array(z.string().min(1)).min(1), lines: itemSelector, expected: z.string().min(1), advice: z.string().min(1), source: z.string().min(1) })
    .optional(),
  /**
   * The consumable families (rows of implant-procedures.json, by name) an operation of the class may use at all: a
   * family not listed is one no operation of the class uses, read by catalogue.implant-without-procedure
   * (enrich/implant-facts.ts) where no per-operation row explains the line (an operation consumable such as a trocar
   * set, which that table judges by count only).
   */
  consumables: z.strictObject({ uses: z.array(z.string().min(1)), source: z.string().min(1) }).optional(),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const table = z.strictObject({
  note: z.string(),
  /** Days before admission a claim of the member is read for the class's imaging. */
  historyDays: z.number().int().positive(),
  historyDaysSource: z.string().min(1),
  rows: z.array(row).min(1),
});

export type OperationClasses = z.infer<typeof table>;
export type OperationClass = OperationClasses['rows'][number];

/** Loads operation-classes.json; a missing file is no class (null). */
export function loadOperationClasses(path: string): OperationClasses | null {
  const t = readJsonTable(path, table);
  if (t)
    for (const r of t.rows) {
      if ((r.imaging === undefined) !== (r.imagingExpected === undefined)) throw new Error(`${path}: ${r.name}: imaging and imagingExpected go together`);
      // A finding on the class's imaging names the class's operation lines, so a class judged for imaging lists them.
      if (r.imaging && !r.lines) throw new Error(`${path}: ${r.name}: imaging needs lines (the class's operation lines)`);
    }
  return t;
}

/** The class of a coded operation (the first row listing a prefix of it), or null. */
export function operationClassOf(code: string, t: OperationClasses | null | undefined): OperationClass | null {
  return t?.rows.find((r) => underAny(code, r.procedures)) ?? null;
}

/**
 * The coded operations (chapters 00–86) with their classes when every one falls in a class declaring its consumable
 * families and none of those uses `family` (an implant-procedures row name): the operations never use it. Null when
 * no operation is coded, one has no such class (the table cannot say what it uses), or a class uses the family.
 */
export function classesNeverUsing(family: string, procedureCodes: readonly string[], t: OperationClasses | null | undefined): { code: string; cls: OperationClass }[] | null {
  const ops = procedureCodes.filter(isOperationCode);
  if (!t || ops.length === 0) return null;
  const out: { code: string; cls: OperationClass }[] = [];
  for (const code of ops) {
    const cls = operationClassOf(code, t);
    if (!cls?.consumables || cls.consumables.uses.includes(family)) return null;
    out.push({ code, cls });
  }
  return out;
}
