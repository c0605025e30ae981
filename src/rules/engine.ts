import { Engine, type Event, type RuleProperties } from 'json-rules-engine';
import type { Hit } from '../contract/verdict';
import type { ClaimFacts, EnrichedClaim } from '../enrich/facts';
import type { ItemFacts } from '../enrich/item-fact-types';
import type { EnrichRefs } from '../enrich/load-refs';
import { compileRules, operatorsOf } from './compile';
import { mergedItem } from './group-hits';
import { hitMaker } from './hit';
import type { LoadedRule, RuleSource } from './load-ruleset';
import { CUSTOM_OPERATORS } from './operators';
import { scopeConditions } from './scope';

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
  const claimHit = claimRules.map(hitMaker);
  const itemHit = itemRules.map(hitMaker);
  const grouped = itemRules.map((r) => r.def.groupBy === 'code');

  /** Hits from the fired claim rules' indexes and the fired (line, item rule) index pairs. */
  const hitsOf = (facts: ClaimFacts, onClaim: number[], onItems: number[]): Hit[] => {
    const f = facts as unknown as Record<string, unknown>;
    const hits: Hit[] = [];
    for (let i = 0; i < onClaim.length; i++) hits.push(claimHit[onClaim[i]](f, null));
    // A grouped rule's lines of one item code make one hit, placed where its first line's would be (a slot kept in
    // `hits` and filled once its lines are known); the map only exists on claims where such a rule fired.
    let groups: Map<string, { at: number; rule: number; lines: ItemFacts[] }> | undefined;
    for (let i = 0; i < onItems.length; i += 2) {
      const item = facts.items[onItems[i]];
      const rule = onItems[i + 1];
      if (!grouped[rule]) {
        hits.push(itemHit[rule](f, item));
        continue;
      }
      groups ??= new Map();
      const key = `${rule}|${item.code}`;
      const g = groups.get(key);
      if (g) g.lines.push(item);
      else {
        groups.set(key, { at: hits.length, rule, lines: [item] });
        hits.push(undefined as unknown as Hit);
      }
    }
    if (groups) for (const g of groups.values()) hits[g.at] = { ...itemHit[g.rule](f, mergedItem(g.lines)), lineIds: g.lines.map((l) => l.lineId) };
    return hits;
  };

  return {
    version: source.version,
    rules: source.rules,
    refs,
    mode,
    interpreted: [...claimSet.interpreted, ...itemSet.interpreted].map((r) => r.def.id),
    async evaluate({ facts }: EnrichedClaim): Promise<Hit[]> {
      const f = facts as unknown as Record<string, unknown>;
      // Fully compiled, both are plain arrays: no promise per line item. Claim rules are judged first.
      const claimFired = claimSet.firedOn(f, null);
      const onClaim = claimFired instanceof Promise ? await claimFired : claimFired;
      const itemsFired = itemSet.firedOnEach(f, facts.items);
      const onItems = itemsFired instanceof Promise ? await itemsFired : itemsFired;
      return hitsOf(facts, onClaim, onItems);
    },
  };
}

interface RuleGroup {
  interpreted: LoadedRule[];
  /** Indexes of the group's rules that fire on these facts and this line (null for claim rules), in order. */
  firedOn(facts: Record<string, unknown>, item: unknown): number[] | Promise<number[]>;
  /** (line index, rule index) pairs of the item rules that fire on each line, lines in order. */
  firedOnEach(facts: Record<string, unknown>, items: readonly unknown[]): number[] | Promise<number[]>;
}

/** Claim rules or item rules: compiled into one function, with json-rules-engine for what did not compile. */
function ruleGroup(rules: LoadedRule[], operators: ReturnType<typeof operatorsOf>, mode: EvaluationMode): RuleGroup {
  const conditions = rules.map((r) => engineConditions(r.def));
  const code = mode === 'compiled' ? compileRules(conditions, operators, CUSTOM_OPERATORS) : null;
  const compiled = code ? code.compiled : rules.map(() => false);
  const interpreted = rules.filter((_, i) => !compiled[i]);
  if (!interpreted.length) {
    if (!code || !rules.length) return { interpreted, firedOn: () => [], firedOnEach: () => [] };
    return {
      interpreted,
      firedOn: (facts, item) => {
        const out: number[] = [];
        code.firedOn(facts, item, out);
        return out;
      },
      firedOnEach: (facts, items) => {
        const out: number[] = [];
        code.firedOnEach(facts, items, out);
        return out;
      },
    };
  }
  const engine = engineFor(interpreted) as Engine;
  // json-rules-engine builds a Fact object per key on every run; handing it only the facts its rules
  // read keeps its meaning and makes the reference path several times cheaper.
  const factNames = referencedFacts(interpreted);
  const firedOn = async (facts: Record<string, unknown>, item: unknown): Promise<number[]> => {
    const runFacts: Record<string, unknown> = {};
    for (const n of factNames) runFacts[n] = n === 'item' ? item : facts[n];
    const { events } = await engine.run(runFacts);
    const byEngine = new Set(events.map((e: Event) => e.type));
    const byCode = new Set<number>();
    if (code) {
      const out: number[] = [];
      code.firedOn(facts, item, out);
      out.forEach((i) => byCode.add(i));
    }
    const out: number[] = [];
    rules.forEach((r, i) => {
      if (compiled[i] ? byCode.has(i) : byEngine.has(r.def.id)) out.push(i);
    });
    return out;
  };
  return {
    interpreted,
    firedOn,
    async firedOnEach(facts, items) {
      const out: number[] = [];
      for (let k = 0; k < items.length; k++) for (const i of await firedOn(facts, items[k])) out.push(k, i);
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
