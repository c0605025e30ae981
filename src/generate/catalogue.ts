import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The sample catalogue (rules/catalogue) as the generator reads it; the benefit policy table is the review's (policy.ts).

export type ItemClass = '甲' | '乙' | '丙';
export type Category = 'drug' | 'service' | 'consumable';

export interface CatalogueRow {
  code: string;
  name: string;
  category: Category;
  subcategory: string;
  class: ItemClass;
  selfPayShare: number;
  priceCap: Record<'1' | '2' | '3', number>;
  unit: string;
  usualPerDay: number;
  gender?: 'M' | 'F';
  ageMin?: number;
  ageMax?: number;
  minLevel?: 1 | 2 | 3;
  setting?: 'inpatient' | 'outpatient';
  indications?: string[];
  /** Diagnoses that qualify only with evidence beside them (rules/catalogue/README.md); the generator reads the diagnoses. */
  indicationClauses?: { diagnoses: string[] }[];
  /** First day the indications apply (rules/catalogue/README.md): before it the row is not restricted by them. */
  indicationsFrom?: string;
  maxPerDay?: number;
  /** Priced per day of care like a 日 row (静脉输液 第一组; rules/catalogue/README.md). */
  dailyUnit?: boolean;
  maxDays?: number;
  includes?: string[];
  excludes?: string[];
  /** Items included while this service runs (rules/catalogue/README.md); the generator reads the `hours` groups. */
  includesDuring?: { codes: string[]; hours?: boolean; visitTypes?: string[] }[];
  /** Drug rows (a generic in one dosage form): SAMPLE 23-character product codes beneath the row; claims bill the first. */
  products?: string[];
}

export interface Catalogue {
  rows: CatalogueRow[];
  byCode: Map<string, CatalogueRow>;
  byName: Map<string, CatalogueRow>;
  /** code → codes it cannot share a date with (both directions of `excludes`). */
  exclusive: Map<string, Set<string>>;
  /** code → codes of services that already include it (reverse of `includes`). */
  includedBy: Map<string, Set<string>>;
  /** code → position in rows, and per position the positions that may not share its date (exclusive or bundled). */
  index: Map<string, number>;
  clash: number[][];
  /** code → [host, included] pairs it belongs to whose hours on one day must fit in 24 (includesDuring `hours`). */
  hoursPairs: Map<string, [string, string][]>;
}

export const CATALOGUE_FILES = ['drugs.json', 'services.json', 'consumables.json'] as const;

export function loadCatalogue(rulesDir: string): Catalogue {
  const rows: CatalogueRow[] = [];
  for (const f of CATALOGUE_FILES) {
    const doc = JSON.parse(readFileSync(join(rulesDir, 'catalogue', f), 'utf8')) as { rows: CatalogueRow[] };
    rows.push(...doc.rows);
  }
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const byName = new Map(rows.map((r) => [r.name, r]));
  const exclusive = new Map<string, Set<string>>();
  const includedBy = new Map<string, Set<string>>();
  const link = (m: Map<string, Set<string>>, a: string, b: string) => {
    let s = m.get(a);
    if (!s) m.set(a, (s = new Set()));
    s.add(b);
  };
  for (const r of rows) {
    for (const x of r.excludes ?? []) {
      link(exclusive, r.code, x);
      link(exclusive, x, r.code);
    }
    for (const x of r.includes ?? []) link(includedBy, x, r.code);
  }
  const hoursPairs = new Map<string, [string, string][]>();
  for (const r of rows) {
    for (const g of r.includesDuring ?? []) {
      if (!g.hours) continue;
      for (const x of g.codes) for (const c of [r.code, x]) hoursPairs.set(c, [...(hoursPairs.get(c) ?? []), [r.code, x]]);
    }
  }
  const index = new Map(rows.map((r, i) => [r.code, i]));
  if (rows.length > 4000) throw new Error('catalogue too large for the generator line index');
  const clash = rows.map((r) => {
    const codes = new Set([...(exclusive.get(r.code) ?? []), ...(includedBy.get(r.code) ?? []), ...(r.includes ?? [])]);
    return [...codes].flatMap((c) => (index.has(c) ? [index.get(c)!] : []));
  });
  return { rows, byCode, byName, exclusive, includedBy, index, clash, hoursPairs };
}

export function rowByName(cat: Catalogue, name: string): CatalogueRow {
  const r = cat.byName.get(name);
  if (!r) throw new Error(`scenario names an item the catalogue lacks: ${name}`);
  return r;
}
