import type { Verdict } from '../contract/verdict';
import { generateClaims } from '../generate';
import { createModelHolder } from '../model/model-holder';
import { review, reviewWithRevisions, type ReviewContext } from '../features/reviews/review';
import { createRulesetHolder } from '../rules/ruleset-holder';
import { createSqliteStore } from '../features/stores';
import type { EvalCase } from './case';
import { buildCaseSet, caseInputs, type Unbuilt } from './cases';
import { CONTROLS, TYPOLOGIES } from './catalogue';
import { settleFunds } from './settle-funds';
import { controlFigures, typologyFigures, type ControlFigures, type TypologyFigures } from './metrics';
import { modelShare, peerGroupsOf, type ModelShare } from './peer-alerts';
import { buildProviderCaseSet } from './provider-cases';
import { runProviderCases, summariseProviders, type ProviderOutcome, type ProviderReport } from './provider-run';

// Runs every case through the real review() (real rules, shipped model, a real in-memory SQLite store so the
// member ledger works), one case after another, each case its own member, its claims in service order.

export interface EvaluationOptions {
  seed: string;
  perTypology: number;
  rulesDir: string;
  modelsDir: string;
  /** A model version under modelsDir; undefined = newest; 'none' = no model. */
  modelName?: string;
  /** Overrides the model's alert rate (MODEL_ALERT_RATE); undefined = the rate it was trained for. */
  alertRate?: number;
  /** Claims of the generator's own labelled set for the circular comparison; 0 skips it. */
  generatorCount: number;
  /** Seed of that set (default 'evaluate-generator'). */
  generatorSeed?: string;
  /** Called with every case and its verdicts (in the case's claim order), e.g. to write them out for inspection. */
  onCase?: (c: EvalCase, verdicts: Verdict[]) => void | Promise<void>;
  /** The provider-level typologies and controls (provider patterns); default true. */
  providers?: boolean;
  /** Cases per provider typology and control; default perTypology. */
  providerCases?: number;
  /** Called with every provider case and its pattern findings. */
  onProviderCase?: (o: ProviderOutcome) => void | Promise<void>;
}

export interface GeneratorFigures {
  seed: string;
  claims: number;
  patterns: Array<{ pattern: string; claims: number; flagged: number; recall: number }>;
  clean: { claims: number; flagged: number; rate: number };
  /** The anomaly model on the clean claims: anomaly-only share of their flags, alert rate per peer group. */
  cleanModel: ModelShare;
}

export interface EvaluationReport {
  seed: string;
  perTypology: number;
  rulesetVersion: string;
  modelVersion: string;
  typologies: Array<TypologyFigures & { name: string; category: string }>;
  overall: { cases: number; recall: number; rightEvidenceRate: number; modelOnlyShare: number };
  controls: Array<ControlFigures & { name: string }>;
  controlsOverall: { cases: number; flagged: number; falseFlagRate: number };
  /** The anomaly model on the controls' target claims (reference row included): anomaly-only share, alert rate per peer group. */
  controlsModel: ModelShare;
  /** Cases a builder could not make from the seed's base pool: not in the figures above, printed with the report. */
  unbuilt: Unbuilt[];
  generator: GeneratorFigures | null;
  /** Provider-level typologies and controls through the pattern service; null when skipped (--no-providers). */
  providers: ProviderReport | null;
}

/** A fixed clock: verdict times do not enter the figures, and a run is repeatable. */
const FIXED_CLOCK = () => new Date('2025-06-30T00:00:00Z');

function context(o: EvaluationOptions): ReviewContext & { close(): Promise<void> } {
  const rules = createRulesetHolder(o.rulesDir);
  const model = createModelHolder({ modelsDir: o.modelsDir, name: o.modelName, alertRate: o.alertRate });
  const store = createSqliteStore({ path: ':memory:' });
  return { rules, model, store, clock: FIXED_CLOCK, close: () => store.close() };
}

export async function runCases(cases: readonly EvalCase[], ctx: ReviewContext): Promise<Map<string, Verdict>> {
  const byClaim = new Map<string, Verdict>();
  for (const c of cases) {
    // The final verdict of each claim: a later claim's finding may revise an earlier one's (事后发现).
    const { verdicts, revisions } = await reviewWithRevisions(c.claims, ctx, { source: 'evaluate' });
    verdicts.forEach((v, i) => byClaim.set(c.claims[i].claimId, v));
    for (const { verdict } of revisions) if (verdict.claimId) byClaim.set(verdict.claimId, verdict);
  }
  return byClaim;
}

/** `groups`: the model's peer group per claim id (for the controls' figures); missing ids count as 'none'. */
export function summarise(
  cases: readonly EvalCase[],
  verdicts: Map<string, Verdict>,
  groups: ReadonlyMap<string, string> = new Map(),
): Pick<EvaluationReport, 'typologies' | 'overall' | 'controls' | 'controlsOverall' | 'controlsModel'> {
  const target = (c: EvalCase) => {
    const v = verdicts.get(c.target);
    if (!v) throw new Error(`no verdict for ${c.target} (case ${c.id})`);
    return v;
  };
  const typologies = TYPOLOGIES.map((t) => ({
    ...typologyFigures(
      t.id,
      cases.filter((c) => c.kind === 'typology' && c.typology === t.id).map((c) => ({ c, v: target(c) })),
      { evidence: t.evidence, families: t.families },
    ),
    name: t.name,
    category: t.category,
  }));
  const controlCases = cases.filter((c) => c.kind === 'control');
  const controls = CONTROLS.map((k) => ({ ...controlFigures(k.id, cases.filter((c) => c.kind === 'control' && c.typology === k.id).map(target)), name: k.name }));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const n = sum(typologies.map((t) => t.cases));
  const flagged = sum(typologies.map((t) => t.flagged));
  const counted = controls.filter((c) => !CONTROLS.find((k) => k.id === c.id)?.reference);
  const cn = sum(counted.map((c) => c.cases));
  const cf = sum(counted.map((c) => c.flagged));
  return {
    typologies,
    overall: {
      cases: n,
      recall: n ? flagged / n : 0,
      rightEvidenceRate: n ? sum(typologies.map((t) => t.rightEvidence)) / n : 0,
      modelOnlyShare: flagged ? sum(typologies.map((t) => t.modelOnly)) / flagged : 0,
    },
    controls,
    controlsOverall: { cases: cn, flagged: cf, falseFlagRate: cn ? cf / cn : 0 },
    controlsModel: modelShare(controlCases.map(target), controlCases.map((c) => groups.get(c.target) ?? 'none'), 10),
  };
}

/** The generator's own labelled claims through the same pipeline: circular (the rules were written from the same list). */
export async function generatorFigures(o: EvaluationOptions, seed = 'evaluate-generator'): Promise<GeneratorFigures> {
  const ctx = context(o);
  try {
    const claims = [...generateClaims({ count: o.generatorCount, seed, fraudRate: 0.1, rulesDir: o.rulesDir })];
    const byPattern = new Map<string, { claims: number; flagged: number }>();
    const clean = { claims: 0, flagged: 0 };
    const cleanVerdicts: Verdict[] = [];
    const cleanGroups: string[] = [];
    for (let i = 0; i < claims.length; i += 500) {
      const batch = claims.slice(i, i + 500).map(({ injected, ...c }) => ({ injected, claim: c }));
      const verdicts = await review(batch.map((b) => b.claim), ctx, { source: 'evaluate' });
      const groups = peerGroupsOf(ctx.model.current(), batch.map((b) => b.claim), ctx.rules.current().refs);
      verdicts.forEach((v, k) => {
        const flagged = v.decision === 'review' || v.decision === 'reject' ? 1 : 0;
        const pattern = batch[k].injected?.pattern;
        if (!pattern) {
          clean.claims += 1;
          clean.flagged += flagged;
          cleanVerdicts.push(v);
          cleanGroups.push(groups[k]);
          return;
        }
        const p = byPattern.get(pattern) ?? { claims: 0, flagged: 0 };
        p.claims += 1;
        p.flagged += flagged;
        byPattern.set(pattern, p);
      });
    }
    return {
      seed,
      claims: claims.length,
      patterns: [...byPattern.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([pattern, p]) => ({ pattern, ...p, recall: p.flagged / p.claims })),
      clean: { ...clean, rate: clean.claims ? clean.flagged / clean.claims : 0 },
      cleanModel: modelShare(cleanVerdicts, cleanGroups),
    };
  } finally {
    await ctx.close();
  }
}

export async function runEvaluation(o: EvaluationOptions): Promise<EvaluationReport> {
  const inputs = caseInputs({ seed: o.seed, perTypology: o.perTypology, rulesDir: o.rulesDir });
  const { cases, unbuilt } = buildCaseSet({ seed: o.seed, perTypology: o.perTypology, rulesDir: o.rulesDir }, inputs);
  const ctx = context(o);
  let verdicts: Map<string, Verdict>;
  let providers: ProviderReport | null = null;
  const groups = new Map<string, string>();
  try {
    await settleFunds(cases, ctx.rules.current());
    verdicts = await runCases(cases, ctx);
    const targets = cases.filter((c) => c.kind === 'control').map((c) => c.claims.find((x) => x.claimId === c.target)!);
    peerGroupsOf(ctx.model.current(), targets, ctx.rules.current().refs).forEach((g, i) => groups.set(targets[i].claimId, g));
    if (o.onCase) for (const c of cases) await o.onCase(c, c.claims.map((x) => verdicts.get(x.claimId)!));
    if (o.providers ?? true) {
      const built = buildProviderCaseSet({ seed: o.seed, perTypology: o.providerCases ?? o.perTypology, ...inputs });
      providers = summariseProviders(await runProviderCases(built.cases, { rules: ctx.rules, model: ctx.model, clock: ctx.clock }, o.onProviderCase), built.unbuilt);
    }
  } finally {
    await ctx.close();
  }
  const any = verdicts.values().next().value as Verdict;
  return {
    seed: o.seed,
    perTypology: o.perTypology,
    rulesetVersion: any.rulesetVersion,
    modelVersion: any.modelVersion,
    ...summarise(cases, verdicts, groups),
    unbuilt,
    generator: o.generatorCount > 0 ? await generatorFigures(o, o.generatorSeed) : null,
    providers,
  };
}
