import { buildEnv } from './case';
import type { BasePool } from './base-pool';
import type { Unbuilt } from './cases';
import type { CatalogueRows } from './catalogue-rows';
import { PROVIDER_CONTROLS, PROVIDER_TYPOLOGIES } from './catalogue';
import { providerCase, type ProviderCase } from './provider-case';
import { PROVIDER_CONTROL_BUILDERS } from './provider-controls';
import { PROVIDER_TYPOLOGY_BUILDERS, type ProviderBuilder } from './provider-mutations';
import { makeRng } from './random';

interface ProviderCaseOptions {
  seed: string;
  perTypology: number;
  pool: BasePool;
  rows: CatalogueRows;
  drgs: Set<string>;
}

/** Every provider typology's and control's cases for the seed; throws when one cannot be built (see buildProviderCaseSet). */
export function buildProviderCases(o: ProviderCaseOptions): ProviderCase[] {
  const { cases, unbuilt } = buildProviderCaseSet(o);
  if (unbuilt.length) throw new Error(unbuilt.map((u) => `provider ${u.kind} ${u.id}: ${u.count} of ${o.perTypology} cases unbuilt (no population fits after 30 tries)`).join('; '));
  return cases;
}

/**
 * Every provider typology's and control's cases for the seed, in catalogue order; the same seed gives the same
 * cases. A case no population of the seed's base pool fits is counted in `unbuilt` (the report prints it), as
 * claim cases are (cases.ts): one seed's pool lacking a description's claims is no reason to stop the run.
 */
export function buildProviderCaseSet(o: ProviderCaseOptions): { cases: ProviderCase[]; unbuilt: Unbuilt[] } {
  const cases: ProviderCase[] = [];
  const unbuilt: Unbuilt[] = [];
  let n = 0;
  const make = (id: string, kind: ProviderCase['kind'], builder: ProviderBuilder | undefined) => {
    if (!builder) throw new Error(`no builder for provider ${kind} ${id}`);
    // Each typology its own stream, as the claim typologies (cases.ts).
    const env = buildEnv(makeRng(`${o.seed}:provider:${id}`), o.pool, o.rows, o.drgs);
    let missing = 0;
    for (let k = 0; k < o.perTypology; k++) {
      // The tag (hospital and member ids) counts every slot, built or not, so one unbuilt case leaves the others' ids.
      n += 1;
      const tag = `P${String(n).padStart(3, '0')}`;
      let built = builder(env, tag);
      for (let t = 0; !built && t < 30; t++) built = builder(env, tag);
      if (!built) {
        missing += 1;
        continue;
      }
      cases.push(providerCase(built.pop, { id: `${id}#${k + 1}`, typology: id, kind, subject: built.subject, mutated: built.mutated, itemCode: built.itemCode, note: built.note, tag }));
    }
    if (missing) unbuilt.push({ kind, id, count: missing });
  };
  for (const t of PROVIDER_TYPOLOGIES) make(t.id, 'typology', PROVIDER_TYPOLOGY_BUILDERS[t.id]);
  for (const c of PROVIDER_CONTROLS) make(c.id, 'control', PROVIDER_CONTROL_BUILDERS[c.id]);
  return { cases, unbuilt };
}
