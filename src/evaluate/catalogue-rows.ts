import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The shipped catalogue rows (rules/catalogue/{drugs,services,consumables}.json), read as data to pick real
// items by name for the typologies that add one. The evaluation reads no rule file. A row is seen as the item a
// claim bills: a drug row (a generic in one dosage form) by its first sample product code (`products`), the
// 23-character code beneath it that generated claims carry; other rows by their own code.

export interface CatalogueRow {
  code: string;
  name: string;
  category: 'drug' | 'service' | 'consumable';
  subcategory?: string;
  class?: string;
  priceCap: Record<string, number>;
  usualPerDay?: number;
  /** Units a day of supply, where the row states one beyond its usual quantity (days-of-supply checks read it). */
  supplyPerDay?: number;
  [k: string]: unknown;
}

/** Units that make one day of supply: the row's `supplyPerDay`, else its usual daily quantity, else one. */
export function unitsPerDayOf(row: CatalogueRow | undefined): number {
  return row?.supplyPerDay ?? row?.usualPerDay ?? 1;
}

export interface CatalogueRows {
  all: CatalogueRow[];
  /** The row whose name is exactly `name`; throws when the catalogue has none (the report says which). */
  byName(name: string): CatalogueRow;
  byCode(code: string): CatalogueRow | undefined;
}

function billed(r: CatalogueRow): CatalogueRow {
  const products = r.products;
  return Array.isArray(products) && typeof products[0] === 'string' ? { ...r, code: products[0], catalogueCode: r.code } : r;
}

export function loadCatalogueRows(rulesDir: string): CatalogueRows {
  const all: CatalogueRow[] = [];
  for (const f of ['drugs', 'services', 'consumables']) {
    const data = JSON.parse(readFileSync(join(rulesDir, 'catalogue', `${f}.json`), 'utf8')) as { rows: CatalogueRow[] };
    for (const r of data.rows) all.push(billed(r));
  }
  const names = new Map(all.map((r) => [r.name, r]));
  const codes = new Map(all.map((r) => [r.code, r]));
  for (const r of all) if (typeof r.catalogueCode === 'string' && !codes.has(r.catalogueCode)) codes.set(r.catalogueCode, r);
  return {
    all,
    byName(name) {
      const row = names.get(name);
      if (!row) throw new Error(`catalogue in ${rulesDir} has no item named ${name}`);
      return row;
    },
    byCode: (code) => codes.get(code),
  };
}
