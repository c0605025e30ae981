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

/** Every typology's and control's cases for the seed, in catalogue order; the same seed gives the same cases. */
export function buildCases(o: CaseOptions, inputs: CaseInputs = caseInputs(o)): EvalCase[] {
  const { pool, rows, drgs } = inputs;
  const cases: EvalCase[] = [];
  let n = 0;
  const make = (id: string, kind: EvalCase['kind'], builder: Builder | undefined, order?: 'settlement') => {
    if (!builder) throw new Error(`no builder for ${kind} ${id}`);
    // Each typology draws from its own stream, so adding one leaves the others' claims unchanged (but for their ids).
    const env = buildEnv(makeRng(`${o.seed}:${id}`), pool, rows, drgs);
    for (let k = 0; k < o.perTypology; k++) {
      let built = builder(env);
      for (let t = 0; !built && t < 30; t++) built = builder(env);
      if (!built) throw new Error(`${kind} ${id}: no clean base claim fits after 30 tries`);
      cases.push(asMember(built, tagOf(o.seed), id, kind, ++n, order));
    }
  };
  for (const t of TYPOLOGIES) make(t.id, 'typology', TYPOLOGY_BUILDERS[t.id], t.order);
  for (const c of CONTROLS) make(c.id, 'control', CONTROL_BUILDERS[c.id]);
  return cases;
}

/** A short stable tag of the seed for insured ids and claim ids. */
function tagOf(seed: string): string {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h.toString(36).slice(0, 4).toUpperCase();
}
