import { Engine, type Event, type RuleProperties } from 'json-rules-engine';
import type { Hit } from '../contract/verdict';
import type { EnrichedClaim } from '../enrich/facts';
import type { ItemFacts } from '../enrich/item-fact-types';
import type { EnrichRefs } from '../enrich/load-refs';
import { toYuan } from '../money/fen';
import { compileRules, operatorsOf } from './compile';
import type { LoadedRule, RuleSource } from './load-ruleset';
import { CUSTOM_OPERATORS } from './operators';
import { scopeConditions } from './scope';
import { renderMessage, resolvePath } from './template';

/** One whole loaded rule set: a claim is always judged by exactly one of these. */
export interface Ruleset {
  version: string;
  rules: LoadedRule[];
  /** The tables (catalogue, grouper) loaded with these rules: enrich joins against the same snapshot. */
  refs: EnrichRefs;
  /** How rules run: compiled predicates (json-rules-engine for what does not compile) or the engine alone. */
  mode: EvaluationMode;
  /** Rule ids that did not compile and run through json-rules-engine. */
  interpreted: string[];
  evaluate(claim: EnrichedClaim): Promise<Hit[]>;
}

export type EvaluationMode = 'compiled' | 'reference';

/** Scope conditions first, then the rule's own: scoped rules keep the engine's meaning. */
function engineConditions(def: LoadedRule['def']): Record<string, unknown> {
  const scope = scopeConditions(def.scope);
  return scope.length ? { all: [...scope, def.conditions] } : def.conditions;
}

function toEngineRule({ def }: LoadedRule): RuleProperties {
  return {
    name: def.id,
    priority: def.priority ?? 1,
    conditions: engineConditions(def) as RuleProperties['conditions'],
    event: { type: def.id, params: def.params ?? {} },
  };
}

function makeEngine(rules: LoadedRule[]): Engine {
  const engine = new Engine(rules.map(toEngineRule), { allowUndefinedFacts: true });
  for (const [name, fn] of Object.entries(CUSTOM_OPERATORS)) engine.addOperator(name, fn);
  return engine;
}

function resolveEvidence(paths: Record<string, string>, scope: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, path] of Object.entries(paths)) out[name] = resolvePath(scope, path) ?? null;
  return out;
}

function toHit(rule: LoadedRule, facts: Record<string, unknown>, item: ItemFacts | null): Hit {
  const { def } = rule;
  const scope = { ...facts, ...(item ? { item } : {}), params: def.params ?? {} };
  const amountYuan = def.amount ? resolvePath(scope, def.amount) : item ? item.amount : undefined;
  const lineIdsValue = def.lineIds ? resolvePath(scope, def.lineIds) : undefined;
  const lineIds = item ? [item.lineId] : Array.isArray(lineIdsValue) ? lineIdsValue.map(String) : [];
  return {
    ruleId: def.id,
    family: def.family,
    severity: def.severity,
    message: renderMessage(def.message, scope),
    lineIds,
    amount: typeof amountYuan === 'number' ? toYuan(Math.round(amountYuan * 100)) : null,
    ...(def.evidence ? { evidence: resolveEvidence(def.evidence, scope) } : {}),
  };
}

/**
 * Builds the evaluator for a rule source. Hits come in one defined order on both paths: claim rules by
 * priority (higher first) then file order; then each line item in claim order, its rules likewise.
 */
export function buildRuleset(source: RuleSource, refs: EnrichRefs, mode: EvaluationMode = 'compiled'): Ruleset {
  const ordered = source.rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => (b.rule.def.priority ?? 1) - (a.rule.def.priority ?? 1) || a.index - b.index)
    .map((x) => x.rule);
  const claimRules = ordered.filter((r) => r.def.appliesTo === 'claim');
  const itemRules = ordered.filter((r) => r.def.appliesTo === 'item');
  const operators = operatorsOf(makeEngine([]));

  const claimSet = ruleGroup(claimRules, operators, mode);
  const itemSet = ruleGroup(itemRules, operators, mode);

  return {
    version: source.version,
    rules: source.rules,
    refs,
    mode,
    interpreted: [...claimSet.interpreted, ...itemSet.interpreted].map((r) => r.def.id),
    async evaluate({ facts }: EnrichedClaim): Promise<Hit[]> {
      const f = facts as unknown as Record<string, unknown>;
      const hits: Hit[] = [];
      if (claimRules.length) {
        const v = claimSet.firing(f, null);
        const fired = v instanceof Uint8Array ? v : await v;
        for (let i = 0; i < claimRules.length; i++) if (fired[i]) hits.push(toHit(claimRules[i], f, null));
      }
      if (itemRules.length) {
        for (const item of facts.items) {
          const v = itemSet.firing(f, item);
          const fired = v instanceof Uint8Array ? v : await v;
          for (let i = 0; i < itemRules.length; i++) if (fired[i]) hits.push(toHit(itemRules[i], f, item));
        }
      }
      return hits;
    },
  };
}

interface RuleGroup {
  interpreted: LoadedRule[];
  /** Which rules of the group fire on these facts (1 = fired), by index; the array is reused per call. */
  firing(facts: Record<string, unknown>, item: unknown): Uint8Array | Promise<Uint8Array>;
}

/** Claim rules or item rules: compiled into one function, with json-rules-engine for what did not compile. */
function ruleGroup(rules: LoadedRule[], operators: ReturnType<typeof operatorsOf>, mode: EvaluationMode): RuleGroup {
  const conditions = rules.map((r) => engineConditions(r.def));
  const { compiled, run } = mode === 'compiled' ? compileRules(conditions, operators) : { compiled: rules.map(() => false), run: null };
  const interpreted = rules.filter((_, i) => !compiled[i]);
  const fired = new Uint8Array(rules.length);
  if (!interpreted.length) {
    // Fully compiled: synchronous, no promise per line item.
    return { interpreted, firing: (facts, item) => (run?.(facts, item, fired), fired) };
  }
  const engine = engineFor(interpreted) as Engine;
  // json-rules-engine builds a Fact object per key on every run; handing it only the facts its rules
  // read keeps its meaning and makes the reference path several times cheaper.
  const factNames = referencedFacts(interpreted);
  return {
    interpreted,
    async firing(facts, item) {
      const runFacts: Record<string, unknown> = {};
      for (const n of factNames) runFacts[n] = n === 'item' ? item : facts[n];
      const { events } = await engine.run(runFacts);
      const byEngine = new Set(events.map((e: Event) => e.type));
      // A fresh array: runs on the engine may interleave between callers.
      const out = new Uint8Array(rules.length);
      if (run) run(facts, item, out);
      rules.forEach((r, i) => {
        if (!compiled[i]) out[i] = byEngine.has(r.def.id) ? 1 : 0;
      });
      return out;
    },
  };
}

/**
 * json-rules-engine keeps its run status on the engine: when one run finishes, a run still in progress
 * on the same engine skips its remaining rules. Runs on one engine are therefore queued, one at a time.
 */
function engineFor(rules: LoadedRule[]): Engine | null {
  if (!rules.length) return null;
  const engine = makeEngine(rules);
  let queue: Promise<unknown> = Promise.resolve();
  const run = engine.run.bind(engine);
  engine.run = ((facts?: Record<string, unknown>) => {
    const next = queue.then(() => run(facts));
    queue = next.catch(() => undefined);
    return next;
  }) as Engine['run'];
  return engine;
}

/** Every fact name the rules' conditions read, directly or as a value reference. */
function referencedFacts(rules: LoadedRule[]): string[] {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n.fact === 'string') names.add(n.fact);
      Object.values(n).forEach(walk);
    }
  };
  rules.forEach((r) => walk(engineConditions(r.def)));
  return [...names];
}
