import { buildEnv } from './case';
import type { BasePool } from './base-pool';
import type { CatalogueRows } from './catalogue-rows';
import { PROVIDER_CONTROLS, PROVIDER_TYPOLOGIES } from './catalogue';
import { providerCase, type ProviderCase } from './provider-case';
import { PROVIDER_CONTROL_BUILDERS } from './provider-controls';
import { PROVIDER_TYPOLOGY_BUILDERS, type ProviderBuilder } from './provider-mutations';
import { makeRng } from './random';

/** Every provider typology's and control's cases for the seed, in catalogue order; the same seed gives the same cases. */
export function buildProviderCases(o: { seed: string; perTypology: number; pool: BasePool; rows: CatalogueRows; drgs: Set<string> }): ProviderCase[] {
  const cases: ProviderCase[] = [];
  let n = 0;
  const make = (id: string, kind: ProviderCase['kind'], builder: ProviderBuilder | undefined) => {
    if (!builder) throw new Error(`no builder for provider ${kind} ${id}`);
    // Each typology its own stream, as the claim typologies (cases.ts).
    const env = buildEnv(makeRng(`${o.seed}:provider:${id}`), o.pool, o.rows, o.drgs);
    for (let k = 0; k < o.perTypology; k++) {
      n += 1;
      const tag = `P${String(n).padStart(3, '0')}`;
      let built = builder(env, tag);
      for (let t = 0; !built && t < 30; t++) built = builder(env, tag);
      if (!built) throw new Error(`provider ${kind} ${id}: no population fits after 30 tries`);
      cases.push(providerCase(built.pop, { id: `${id}#${k + 1}`, typology: id, kind, subject: built.subject, mutated: built.mutated, itemCode: built.itemCode, note: built.note, tag }));
    }
  };
  for (const t of PROVIDER_TYPOLOGIES) make(t.id, 'typology', PROVIDER_TYPOLOGY_BUILDERS[t.id]);
  for (const c of PROVIDER_CONTROLS) make(c.id, 'control', PROVIDER_CONTROL_BUILDERS[c.id]);
  return cases;
}
