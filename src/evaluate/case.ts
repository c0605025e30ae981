import type { BasePool, Institution } from './base-pool';
import type { CatalogueRow, CatalogueRows } from './catalogue-rows';
import type { EvalClaim } from './claim-edit';
import { clone, dayOf, startOf } from './claim-edit';
import type { Rng } from './random';
import { underAny } from '../contract/code-prefix';

/** One evaluation case: one member's claims in service order, and which claim and lines carry the typology. */
export interface EvalCase {
  id: string;
  typology: string;
  kind: 'typology' | 'control';
  claims: EvalClaim[];
  /** The claim whose verdict counts (the one completing the pattern, or the mutated one). */
  target: string;
  /** The mutated lines of the target claim ([] where the typology has none). */
  lineIds: string[];
  /** Other claims of the case a hit may name as the other half of a pair. */
  related: string[];
  note: string;
}

/** What a builder returns: claims in service order, indexes into them. */
export interface Built {
  claims: EvalClaim[];
  target: number;
  lineIds: string[];
  note: string;
}

export interface BuildEnv {
  rng: Rng;
  pool: BasePool;
  rows: CatalogueRows;
  /** `${region}:${drg}` pairs of the DRG norms table, to keep an upcoded group a real one. */
  drgs: Set<string>;
  /** A clean claim (a copy) of that visit type that `fits`, or undefined after many tries. */
  base(visitTypes: EvalClaim['visitType'][], fits?: (c: EvalClaim) => boolean): EvalClaim | undefined;
  row(name: string): CatalogueRow;
  subcategory(code: string): string | undefined;
  /** Another institution of the region (a pharmacy or not), not one of `exclude`. */
  institution(region: string, pharmacy: boolean, exclude: string[], minLevel?: number): Institution | undefined;
}

export type Builder = (env: BuildEnv) => Built | undefined;

export function buildEnv(rng: Rng, pool: BasePool, rows: CatalogueRows, drgs: Set<string>): BuildEnv {
  const byType = new Map<string, EvalClaim[]>();
  for (const c of pool.claims) (byType.get(c.visitType) ?? byType.set(c.visitType, []).get(c.visitType)!).push(c);
  // A base claim already given to a case is drawn again only when no other fits, and then under another doctor of
  // its ward: two cases cloned from one claim would be one stay billed alike to two members by one doctor on one day,
  // a cross-member pattern (identical bills) that neither case was written to carry.
  const drawn = new Map<EvalClaim, number>();
  const draw = (list: EvalClaim[], fits: (c: EvalClaim) => boolean, fresh: boolean) => {
    for (let i = 0; i < 400; i++) {
      const c = rng.pick(list);
      const times = drawn.get(c) ?? 0;
      if ((!fresh || times === 0) && fits(c)) {
        drawn.set(c, times + 1);
        const copy = clone(c);
        if (times > 0 && copy.provider.doctorId) copy.provider = { ...copy.provider, doctorId: `${copy.provider.doctorId}-${times}` };
        return copy;
      }
    }
    return undefined;
  };
  return {
    rng,
    pool,
    rows,
    drgs,
    base(types, fits = () => true) {
      const list = types.flatMap((t) => byType.get(t) ?? []);
      return draw(list, fits, true) ?? draw(list, fits, false);
    },
    row: (name) => rows.byName(name),
    subcategory: (code) => rows.byCode(code)?.subcategory,
    institution(region, pharmacy, exclude, minLevel = 1) {
      const list = (pool.institutions.get(region) ?? []).filter((h) => h.pharmacy === pharmacy && !exclude.includes(h.hospitalId) && h.level >= minLevel);
      return list.length ? rng.pick(list) : undefined;
    },
  };
}

/** Age in whole years on a date. */
export function ageOn(c: EvalClaim, iso = startOf(c)): number {
  const b = c.patient.birthDate;
  let age = Number(iso.slice(0, 4)) - Number(b.slice(0, 4));
  if (iso.slice(5) < b.slice(5)) age -= 1;
  return age;
}

export const hasDiagnosis = (c: EvalClaim, prefixes: string[]): boolean => c.diagnoses.some((d) => underAny(d.code, prefixes));

/**
 * Claim b (of another generated member) can be the member of claim a's: same sex and scheme, both adults of a
 * similar age, and none of b's lines restricted by sex or age against a's member on b's date, so moving b to a's
 * member adds no catalogue finding the typology was not written to carry.
 */
export function samePersonKind(rows: CatalogueRows, a: EvalClaim, b: EvalClaim): boolean {
  if (a.patient.gender !== b.patient.gender || a.insuranceType !== b.insuranceType) return false;
  if (ageOn(a) < 18 || ageOn(b) < 18 || Math.abs(ageOn(a) - ageOn(b)) > 8) return false;
  const age = ageOn({ ...b, patient: a.patient });
  return b.items.every((i) => {
    const row = rows.byCode(i.code);
    if (!row) return true;
    if (row.gender && row.gender !== a.patient.gender) return false;
    if (typeof row.ageMin === 'number' && age < row.ageMin) return false;
    if (typeof row.ageMax === 'number' && age > row.ageMax) return false;
    return true;
  });
}

/**
 * Makes the claims one member's (the first claim's patient and enrollment, a case-own insured id) with
 * case-own claim ids in the usual region-hospital-year-serial shape.
 */
export function asMember(built: Built, tag: string, typology: string, kind: EvalCase['kind'], n: number, order?: 'settlement'): EvalCase {
  const first = built.claims[0];
  const insuredId = `EV${tag}${String(n).padStart(5, '0')}`;
  built.claims.forEach((c, k) => {
    c.patient = { ...clone(first.patient), insuredId };
    c.insuranceType = first.insuranceType;
    if (first.enrollment) c.enrollment = clone(first.enrollment);
    c.claimId = `${c.region}-${c.provider.hospitalId}-${startOf(c).slice(0, 4)}-EV${tag}${String(n).padStart(5, '0')}${k}`;
  });
  // In service order, or as the claims settle (a stay at its discharge, a visit on its day).
  const key = (c: EvalClaim) => dayOf(order === 'settlement' ? (c.dischargeDate ?? startOf(c)) : startOf(c));
  const ordered = [...built.claims].map((c, i) => ({ c, i })).sort((a, b) => key(a.c) - key(b.c) || dayOf(startOf(a.c)) - dayOf(startOf(b.c)) || a.i - b.i);
  const target = built.claims[built.target].claimId;
  return {
    id: `${typology}#${n}`,
    typology,
    kind,
    claims: ordered.map((x) => x.c),
    target,
    lineIds: built.lineIds,
    related: built.claims.filter((c) => c.claimId !== target).map((c) => c.claimId),
    note: built.note,
  };
}

