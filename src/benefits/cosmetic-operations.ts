import { z } from 'zod';
import { parseTable } from '../contract/json-table';

// rules/history/cosmetic-operations.json: what makes a visit cosmetic and which covered operations a cosmetic removal
// is settled as (美容项目串换为医保项目, cross-claim/cosmetic-operation.ts). Checked at load so a typo fails loudly.

const tableSchema = z.looseObject({
  windowDays: z.number().int().nonnegative(),
  /** Catalogue rows of a cosmetic consultation (医疗美容咨询); a line billed under a code beneath one counts as it. */
  consultItems: z.array(z.string().min(1)).default([]),
  /** provider.department values of a cosmetic department. */
  departments: z.array(z.string().min(1)).default([]),
  /**
   * ICD-10 categories of principal diagnoses that are appearance concerns (the ledger keeps the principal's category
   * only), or a longer code within a category where the category also holds covered conditions (N47.x01 包皮过长
   * beside N47.x00x001 包茎): a visit of that category coding it.
   */
  categories: z.array(
    z.looseObject({
      code: z.string().regex(/^[A-Z][0-9]{2}(\.[0-9a-z]+)?$/, 'must be an ICD-10 category or a code within one'),
      /** Names of `operations` on the category's site: the covered operations its removal would be settled as. */
      operations: z.array(z.string().min(1)).min(1),
      /** ICD-10 prefixes that make the operation an indicated one: either claim of the pair coding one is not judged. */
      unlessCodes: z.array(z.string().regex(/^[A-Z][0-9]{2}/, 'must be an ICD-10 prefix')).default([]),
      name: z.string().min(1),
      source: z.string().min(1),
    }),
  ),
  operations: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        /** Catalogue rows of the operation (a line under a code beneath one counts as it): read on ledger entries too. */
        codes: z.array(z.string().min(1)),
        /** ICD-9-CM-3 prefixes of the claim's coded procedures. */
        procedures: z.array(z.string().min(1)),
        /** Marks in a billed service line's name (a local code outside the catalogue). */
        nameMarks: z.array(z.string().min(1)),
        /**
         * ICD-10 prefixes of the operation's site: a consultation or a cosmetic department pairs with it only when the
         * visit codes one (septal surgery is common functional care: only a visit about the nose leads to it). Absent: any.
         */
        visitCodes: z.array(z.string().regex(/^[A-Z][0-9]{2}/, 'must be an ICD-10 prefix')).min(1).optional(),
        source: z.string().min(1),
      }),
    )
    .min(1),
});

export interface CosmeticOperations {
  windowDays: number;
  consultItems: ReadonlySet<string>;
  departments: ReadonlySet<string>;
  /** Category → its name, the operations on its site and the codes that indicate the operation. */
  categories: ReadonlyMap<string, { name: string; operations: ReadonlySet<string>; unlessCodes: readonly string[] }>;
  operations: readonly z.infer<typeof tableSchema>['operations'][number][];
}

export function parseCosmeticOperations(json: unknown, file: string): CosmeticOperations {
  const parsed = parseTable(tableSchema, json, file);
  const t = parsed;
  const names = new Set(t.operations.map((o) => o.name));
  for (const c of t.categories) {
    const unknown = c.operations.find((o) => !names.has(o));
    if (unknown) throw new Error(`${file}: categories ${c.code}: operations: unknown operation "${unknown}"`);
  }
  return {
    windowDays: t.windowDays,
    consultItems: new Set(t.consultItems),
    departments: new Set(t.departments),
    categories: new Map(t.categories.map((c) => [c.code, { name: c.name, operations: new Set(c.operations), unlessCodes: c.unlessCodes }])),
    operations: t.operations,
  };
}
