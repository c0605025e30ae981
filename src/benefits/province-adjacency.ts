import { z } from 'zod';
import { parseTable } from '../contract/json-table';

// Which provinces are neighbours (rules/history/province-adjacency.json): public geography, so two visits of one
// member on one day can be judged near (one province, or two that share a border: a border town's hospitals) or far.
// Provinces are the first two digits of a 6-digit 行政区划代码 (GB/T 2260), the treating region (admdvs) of a claim.

const tableSchema = z.looseObject({
  provinces: z.array(z.strictObject({ code: z.string().regex(/^[0-9]{2}$/), name: z.string().min(1), adjacent: z.array(z.string().regex(/^[0-9]{2}$/)) })).min(1),
  /** Provinces across a strait with same-day ferries (琼州海峡), judged as neighbours. */
  acrossWater: z.array(z.looseObject({ between: z.tuple([z.string(), z.string()]) })).default([]),
});

export interface ProvinceAdjacency {
  /** Province name by code. */
  names: ReadonlyMap<string, string>;
  /** Neighbours by code (symmetric; checked at load). */
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Parses the table; a one-sided border, an unknown code or a duplicate fails the load, naming it. */
export function parseProvinceAdjacency(json: unknown, file: string): ProvinceAdjacency {
  const parsed = parseTable(tableSchema, json, file);
  const names = new Map<string, string>();
  const neighbours = new Map<string, Set<string>>();
  for (const p of parsed.provinces) {
    if (names.has(p.code)) throw new Error(`${file}: duplicate province ${p.code}`);
    names.set(p.code, p.name);
    neighbours.set(p.code, new Set(p.adjacent));
  }
  for (const [code, set] of neighbours) {
    for (const n of set) {
      if (!neighbours.get(n)?.has(code)) throw new Error(`${file}: ${code} lists ${n} as adjacent but ${n} does not list ${code}`);
    }
  }
  for (const { between: [a, b] } of parsed.acrossWater) {
    if (!neighbours.has(a) || !neighbours.has(b)) throw new Error(`${file}: acrossWater: unknown province ${neighbours.has(a) ? b : a}`);
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
  }
  return { names, neighbours };
}

/** The province's name a treating region (or its 2-digit province prefix) lies in, else the prefix itself. */
export function provinceName(t: ProvinceAdjacency, region: string): string {
  const p = region.slice(0, 2);
  return t.names.get(p) ?? p;
}

/**
 * Whether two treating regions lie in provinces neither the same nor neighbours. A region of a province the table
 * does not know is never far: nothing is said about what cannot be placed.
 */
export function provincesFarApart(t: ProvinceAdjacency, regionA: string, regionB: string): boolean {
  const a = regionA.slice(0, 2);
  const b = regionB.slice(0, 2);
  if (a === b || !t.neighbours.has(a) || !t.neighbours.has(b)) return false;
  return !t.neighbours.get(a)!.has(b);
}
