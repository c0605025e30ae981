import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

// The 医保目录 as data (rules/catalogue/*.json). Checked at load so a typo in a table fails loudly
// instead of silently switching a restriction off.

const levelPrices = z.record(z.enum(['1', '2', '3']), z.number().nonnegative());

export const catalogueEntrySchema = z.looseObject({
  code: z.string().min(1),
  name: z.string().min(1),
  category: z.enum(['drug', 'service', 'consumable']),
  subcategory: z.string().optional(),
  class: z.enum(['甲', '乙', '丙']),
  selfPayShare: z.number().min(0).max(1).optional(),
  priceCap: levelPrices.optional(),
  unit: z.string().optional(),
  gender: z.enum(['M', 'F']).optional(),
  ageMin: z.number().nonnegative().optional(),
  ageMax: z.number().nonnegative().optional(),
  minLevel: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  setting: z.enum(['inpatient', 'outpatient']).optional(),
  indications: z.array(z.string().min(1)).optional(),
  /** Typical quantity per day of use: the divisor for outpatient days of supply. */
  usualPerDay: z.number().positive().optional(),
  maxPerDay: z.number().positive().optional(),
  maxDays: z.number().int().positive().optional(),
  includes: z.array(z.string()).optional(),
  excludes: z.array(z.string()).optional(),
});

export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;
export type Catalogue = ReadonlyMap<string, CatalogueEntry>;

export const CATALOGUE_FILES = ['drugs.json', 'services.json', 'consumables.json'] as const;

/** A table file is {"note": "...", "rows": [...]}: the note says where the figures come from. */
function rowsOf(json: unknown): unknown[] {
  if (json && typeof json === 'object' && Array.isArray((json as { rows?: unknown }).rows)) {
    return (json as { rows: unknown[] }).rows;
  }
  throw new Error('expected {"note": "...", "rows": [...]}');
}

/** Loads rules/catalogue/{drugs,services,consumables}.json into one map by code. */
export function loadCatalogue(dir: string): Catalogue {
  const map = new Map<string, CatalogueEntry>();
  for (const name of CATALOGUE_FILES) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    const rows = rowsOf(JSON.parse(readFileSync(file, 'utf8')));
    rows.forEach((row, i) => {
      const parsed = catalogueEntrySchema.safeParse(row);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`${file} row ${i}: ${issue.path.join('.')}: ${issue.message}`);
      }
      if (map.has(parsed.data.code)) throw new Error(`${file} row ${i}: duplicate code ${parsed.data.code}`);
      map.set(parsed.data.code, parsed.data);
    });
  }
  return map;
}
