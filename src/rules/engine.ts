import { Engine, type RuleProperties } from 'json-rules-engine';
import type { Hit } from '../contract/verdict';
import type { ClaimFacts, EnrichedClaim, ItemFacts } from '../enrich/facts';
import type { EnrichRefs } from '../enrich/load-refs';
import { toYuan } from '../money/fen';
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
  evaluate(claim: EnrichedClaim): Promise<Hit[]>;
}

function toEngineRule({ def }: LoadedRule): RuleProperties {
  const scope = scopeConditions(def.scope);
  const conditions = scope.length ? { all: [...scope, def.conditions] } : def.conditions;
  return {
    name: def.id,
    priority: def.priority ?? 1,
    conditions: conditions as RuleProperties['conditions'],
    event: { type: def.id, params: def.params ?? {} },
  };
}

function makeEngine(rules: LoadedRule[]): Engine {
  const engine = new Engine(rules.map(toEngineRule), { allowUndefinedFacts: true });
  for (const [name, fn] of Object.entries(CUSTOM_OPERATORS)) engine.addOperator(name, fn);
  return engine;
}

function toHit(rule: LoadedRule, scope: Record<string, unknown>, item: ItemFacts | null): Hit {
  const { def } = rule;
  const amountYuan = def.amount ? resolvePath(scope, def.amount) : item ? item.amount : undefined;
  const lineIdsValue = def.lineIds ? resolvePath(scope, def.lineIds) : undefined;
  const lineIds = item
    ? [item.lineId]
    : Array.isArray(lineIdsValue)
      ? lineIdsValue.map(String)
      : [];
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

function resolveEvidence(paths: Record<string, string>, scope: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, path] of Object.entries(paths)) out[name] = resolvePath(scope, path) ?? null;
  return out;
}

export function buildRuleset(source: RuleSource, refs: EnrichRefs): Ruleset {
  const byId = new Map(source.rules.map((r) => [r.def.id, r]));
  const claimRules = source.rules.filter((r) => r.def.appliesTo === 'claim');
  const itemRules = source.rules.filter((r) => r.def.appliesTo === 'item');
  const claimEngine = claimRules.length ? makeEngine(claimRules) : null;
  const itemEngine = itemRules.length ? makeEngine(itemRules) : null;

  async function fire(engine: Engine, facts: Record<string, unknown>, item: ItemFacts | null): Promise<Hit[]> {
    const { events } = await engine.run(facts);
    return events.map((ev) => {
      const rule = byId.get(ev.type) as LoadedRule;
      return toHit(rule, { ...facts, params: ev.params ?? {} }, item);
    });
  }

  return {
    version: source.version,
    rules: source.rules,
    refs,
    async evaluate({ facts }: EnrichedClaim): Promise<Hit[]> {
      const base = facts as unknown as Record<string, unknown> & ClaimFacts;
      const hits: Hit[] = [];
      if (claimEngine) hits.push(...(await fire(claimEngine, base, null)));
      if (itemEngine) {
        for (const item of facts.items) hits.push(...(await fire(itemEngine, { ...base, item }, item)));
      }
      return hits;
    },
  };
}
