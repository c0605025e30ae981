import type { Verdict } from '../contract/verdict';
import { patternRefs, runPatterns } from '../features/patterns/pattern-service';
import type { PatternFinding } from '../features/patterns/pattern-store';
import { review, type ReviewContext } from '../features/reviews/review';
import { createSqliteStore } from '../features/stores';
import { PROVIDER_CONTROLS, PROVIDER_TYPOLOGIES } from './catalogue';
import type { Unbuilt } from './cases';
import type { ProviderCase } from './provider-case';
import { providerControlFigures, providerTypologyFigures, type ProviderControlFigures, type ProviderTypologyFigures } from './provider-metrics';

// Provider cases the way the product finds provider patterns: every claim of a case through the real review()
// into a store of its own (in-memory SQLite: one population, its peers and nobody else's), then the pattern
// service over that store for the case's period (runPatterns, the code path of `yibao-review patterns` and of the
// service's scheduled run) with the rule set's catalogue and norms and the default cluster settings.

export interface ProviderReport {
  period: { from: string; to: string };
  claims: number;
  typologies: Array<ProviderTypologyFigures & { name: string; category: string; metrics: string[] }>;
  overall: { cases: number; found: number; recall: number };
  controls: Array<ProviderControlFigures & { name: string }>;
  controlsOverall: { cases: number; falseFindings: number; falseFindingRate: number };
  /** Cases no population of the seed fits (provider-cases.ts): not in the figures above, printed with them. */
  unbuilt: Unbuilt[];
}

export type ProviderOutcome = { c: ProviderCase; findings: PatternFinding[] };

/** Reviews one case's claims into a fresh store and returns the pattern findings over its period. */
export async function runProviderCase(c: ProviderCase, ctx: Omit<ReviewContext, 'store'>): Promise<{ findings: PatternFinding[]; verdicts: Verdict[] }> {
  const store = createSqliteStore({ path: ':memory:' });
  try {
    const verdicts: Verdict[] = [];
    for (let i = 0; i < c.claims.length; i += 500) verdicts.push(...(await review(c.claims.slice(i, i + 500), { ...ctx, store }, { source: 'evaluate' })));
    const refs = patternRefs(ctx.rules.current().refs);
    const { findings } = await runPatterns(store, c.period, refs, { trigger: 'evaluate', now: ctx.clock });
    return { findings, verdicts };
  } finally {
    await store.close();
  }
}

export async function runProviderCases(cases: readonly ProviderCase[], ctx: Omit<ReviewContext, 'store'>, onCase?: (o: ProviderOutcome) => void | Promise<void>): Promise<ProviderOutcome[]> {
  const out: ProviderOutcome[] = [];
  for (const c of cases) {
    const { findings } = await runProviderCase(c, ctx);
    out.push({ c, findings });
    if (onCase) await onCase({ c, findings });
  }
  return out;
}

export function summariseProviders(outcomes: readonly ProviderOutcome[], unbuilt: Unbuilt[] = []): ProviderReport {
  const of = (id: string) => outcomes.filter((o) => o.c.typology === id);
  const typologies = PROVIDER_TYPOLOGIES.map((t) => ({ ...providerTypologyFigures(t.id, t.metrics, of(t.id)), name: t.name, category: t.category, metrics: t.metrics }));
  const controls = PROVIDER_CONTROLS.map((k) => ({ ...providerControlFigures(k.id, of(k.id)), name: k.name }));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const n = sum(typologies.map((t) => t.cases));
  const found = sum(typologies.map((t) => t.found));
  const cn = sum(controls.map((c) => c.cases));
  const cf = sum(controls.map((c) => c.falseFindings));
  return {
    period: outcomes[0]?.c.period ?? { from: '', to: '' },
    claims: sum(outcomes.map((o) => o.c.claims.length)),
    typologies,
    overall: { cases: n, found, recall: n ? found / n : 0 },
    controls,
    controlsOverall: { cases: cn, falseFindings: cf, falseFindingRate: cn ? cf / cn : 0 },
    unbuilt,
  };
}
