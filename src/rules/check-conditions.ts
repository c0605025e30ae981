import { CLAIM_FACT_NAMES, ITEM_FACT_NAMES } from '../enrich/facts';
import { isKnownOperator } from './operators';
import type { RuleDef } from './rule-schema';
import { templatePaths } from './template';

// The one check of a rule's meaning, run by the loader; the service's start, every reload (HTTP, file watch,
// review thread) and `rules test` all load through it, so they accept and refuse the same rules. It reports
// what the engine itself would only notice at run time (or never): unknown operators, malformed nodes, and a
// fact name that is not a fact, wherever it is read: a condition's fact, a value that is itself a fact
// reference ({"fact": …}) at any depth of all/any/not, a message placeholder, an amount, line or evidence path.
// (An unknown fact would read as undefined and silently change decisions.)

/** The facts a rule may read: claim facts, and the line item's facts for an item rule. */
export function factsFor(appliesTo: RuleDef['appliesTo']): ReadonlySet<string> {
  const facts = new Set<string>(CLAIM_FACT_NAMES);
  if (appliesTo === 'item') ITEM_FACT_NAMES.forEach((f) => facts.add(f));
  return facts;
}

/** Every problem with one rule's meaning, each naming where in the rule it is; none means the rule may load. */
export function ruleProblems(def: RuleDef): string[] {
  const facts = factsFor(def.appliesTo);
  const problems = conditionProblems(def.conditions, facts);
  // Only a clear violation may intercept: a suspicion is a reminder at every door.
  if (def.meta.resultType === '可疑' && def.severity === 'block') {
    problems.push('meta.resultType 可疑 with severity block: only a 明确违规 rule may block');
  }
  const roots = new Set<string>([...facts, 'params']);
  for (const path of [...templatePaths(def.message), def.amount, def.lineIds, ...Object.values(def.evidence ?? {})].filter(Boolean) as string[]) {
    if (!roots.has(path.split('.')[0])) problems.push(`"${path}" does not start with a known fact`);
  }
  if (def.groupBy && def.appliesTo !== 'item') problems.push('groupBy: only an item rule groups its lines');
  const retro = def.retrospective;
  if (retro) {
    // What an earlier claim is told is read from this claim's facts and the suspect entry itself.
    if (def.appliesTo !== 'claim') problems.push('retrospective: only a claim rule names earlier claims');
    if (!retro.message.startsWith('事后发现')) problems.push('retrospective.message: must begin 事后发现');
    if (!roots.has(retro.claims.split('.')[0])) problems.push(`retrospective.claims "${retro.claims}" does not start with a known fact`);
    if (retro.earlierOnly && !roots.has(retro.earlierOnly.split('.')[0])) problems.push(`retrospective.earlierOnly "${retro.earlierOnly}" does not start with a known fact`);
    const withSuspect = new Set([...roots, 'suspect']);
    for (const path of templatePaths(retro.message)) {
      if (!withSuspect.has(path.split('.')[0])) problems.push(`retrospective.message "${path}" does not start with a known fact or suspect`);
    }
  }
  return problems;
}

const isFactRef = (v: unknown): v is { fact: unknown } =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, 'fact');

export function conditionProblems(node: unknown, knownFacts: ReadonlySet<string>, at = 'conditions'): string[] {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return [`${at}: must be an object`];
  const n = node as Record<string, unknown>;
  for (const key of ['all', 'any'] as const) {
    if (key in n) {
      const list = n[key];
      if (!Array.isArray(list)) return [`${at}.${key}: must be an array`];
      return list.flatMap((c, i) => conditionProblems(c, knownFacts, `${at}.${key}[${i}]`));
    }
  }
  if ('not' in n) return conditionProblems(n.not, knownFacts, `${at}.not`);
  // json-rules-engine's shared conditions need engine.setCondition, which nothing calls (a rule file has no place
  // to define one), and the compiler leaves a reference uncompiled: such a rule would throw on every claim.
  if ('condition' in n) return [`${at}.condition: shared conditions ("condition": name) are not supported; write the conditions out`];
  const problems: string[] = [];
  if (typeof n.fact !== 'string') problems.push(`${at}: needs "fact", or all/any/not`);
  else if (!knownFacts.has(n.fact)) problems.push(`${at}: unknown fact "${n.fact}"`);
  if (typeof n.operator !== 'string') problems.push(`${at}: needs "operator"`);
  else if (!isKnownOperator(n.operator)) problems.push(`${at}: unknown operator "${n.operator}"`);
  if (!('value' in n)) problems.push(`${at}: needs "value"`);
  else if (isFactRef(n.value)) {
    // json-rules-engine reads such a value as another fact, compared at run time.
    const ref = n.value.fact;
    if (typeof ref !== 'string') problems.push(`${at}.value.fact: must be a fact name`);
    else if (!knownFacts.has(ref)) problems.push(`${at}.value: unknown fact "${ref}"`);
  }
  return problems;
}
