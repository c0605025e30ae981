import { isKnownOperator } from './operators';

// Walk a json-rules-engine condition tree and report what the engine itself would only notice at
// run time (or never): unknown operators, unknown facts, malformed nodes.

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
  if ('condition' in n) return typeof n.condition === 'string' ? [] : [`${at}.condition: must be a name`];
  const problems: string[] = [];
  if (typeof n.fact !== 'string') problems.push(`${at}: needs "fact", or all/any/not`);
  else if (!knownFacts.has(n.fact)) problems.push(`${at}: unknown fact "${n.fact}"`);
  if (typeof n.operator !== 'string') problems.push(`${at}: needs "operator"`);
  else if (!isKnownOperator(n.operator)) problems.push(`${at}: unknown operator "${n.operator}"`);
  if (!('value' in n)) problems.push(`${at}: needs "value"`);
  return problems;
}
