import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBasePool, type BasePool } from './base-pool';
import { asMember, buildEnv, type Builder, type EvalCase } from './case';
import { loadCatalogueRows, type CatalogueRows } from './catalogue-rows';
import { CONTROLS, TYPOLOGIES } from './catalogue';
import { CONTROL_BUILDERS } from './controls';
import { TYPOLOGY_BUILDERS } from './mutations';
import { makeRng } from './random';

export interface CaseOptions {
  seed: string;
  perTypology: number;
  rulesDir: string;
}

export interface CaseInputs {
  pool: BasePool;
  rows: CatalogueRows;
  /** `${region}:${drg}` pairs of the DRG norms table. */
  drgs: Set<string>;
}

/** The clean base pool of the seed and the catalogue rows the builders pick items from (claim and provider cases share them). */
export function caseInputs(o: CaseOptions): CaseInputs {
  const pool = loadBasePool(o.rulesDir, `eval-base:${o.seed}`);
  const rows = loadCatalogueRows(o.rulesDir);
  const norms = JSON.parse(readFileSync(join(o.rulesDir, 'grouping', 'norms', 'drg-norms.json'), 'utf8')) as { rows: Array<{ region: string; drg: string }> };
  return { pool, rows, drgs: new Set(norms.rows.map((r) => `${r.region}:${r.drg}`)) };
}

/** Cases a builder could not make from the seed's base pool (30 tries of 400 draws each), per typology or control. */
export interface Unbuilt {
  kind: EvalCase['kind'];
  id: string;
  count: number;
}

/** Every typology's and control's cases for the seed; throws when one cannot be built (see buildCaseSet). */
export function buildCases(o: CaseOptions, inputs: CaseInputs = caseInputs(o)): EvalCase[] {
  const { cases, unbuilt } = buildCaseSet(o, inputs);
  if (unbuilt.length) throw new Error(unbuilt.map((u) => `${u.kind} ${u.id}: ${u.count} of ${o.perTypology} cases unbuilt (no clean base claim fits after 30 tries)`).join('; '));
  return cases;
}

/**
 * Every typology's and control's cases for the seed, in catalogue order; the same seed gives the same cases. A
 * case no base claim fits is not skipped silently: it is counted in `unbuilt`, which the report prints.
 */
export function buildCaseSet(o: CaseOptions, inputs: CaseInputs = caseInputs(o)): { cases: EvalCase[]; unbuilt: Unbuilt[] } {
  const { pool, rows, drgs } = inputs;
  const cases: EvalCase[] = [];
  const unbuilt: Unbuilt[] = [];
  let n = 0;
  const make = (id: string, kind: EvalCase['kind'], builder: Builder | undefined, order?: 'settlement') => {
    if (!builder) throw new Error(`no builder for ${kind} ${id}`);
    // Each typology draws from its own stream, so adding one leaves the others' claims unchanged (but for their ids).
    const env = buildEnv(makeRng(`${o.seed}:${id}`), pool, rows, drgs);
    let missing = 0;
    for (let k = 0; k < o.perTypology; k++) {
      let built = builder(env);
      for (let t = 0; !built && t < 30; t++) built = builder(env);
      if (built) cases.push(asMember(built, tagOf(o.seed), id, kind, ++n, order));
      else missing += 1;
    }
    if (missing) unbuilt.push({ kind, id, count: missing });
  };
  for (const t of TYPOLOGIES) make(t.id, 'typology', TYPOLOGY_BUILDERS[t.id], t.order);
  for (const c of CONTROLS) make(c.id, 'control', CONTROL_BUILDERS[c.id]);
  return { cases, unbuilt };
}

/** A short stable tag of the seed for insured ids and claim ids. */
function tagOf(seed: string): string {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h.toString(36).slice(0, 4).toUpperCase();
}
