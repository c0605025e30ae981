// Operators a rule may name: json-rules-engine's built-ins, its decorators, and the project's own.

export const BUILTIN_OPERATORS = [
  'equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive',
  'in', 'notIn', 'contains', 'doesNotContain',
] as const;

export const BUILTIN_DECORATORS = ['someFact', 'someValue', 'everyFact', 'everyValue', 'swap', 'not'] as const;

/**
 * The project's custom operators, registered on every engine. Keep each a pure comparison that never throws
 * (type-check its arguments): the compiler judges an item rule's claim-level conjuncts once per claim, ahead of
 * line conjuncts written before them (compile.ts splitItemRule).
 */
export const CUSTOM_OPERATORS: Record<string, (factValue: unknown, value: unknown) => boolean> = {
  /** A code starts with one of the given prefixes (ICD-10 categories such as "E11"). */
  startsWithAny: (fact, value) =>
    typeof fact === 'string' && Array.isArray(value) && value.some((p) => typeof p === 'string' && fact.startsWith(p)),
  /** Some string of an array starts with one of the prefixes: "a diagnosis on the claim supports it". */
  anyStartsWithAny: (fact, value) =>
    Array.isArray(fact) &&
    Array.isArray(value) &&
    fact.some((f) => typeof f === 'string' && value.some((p) => typeof p === 'string' && f.startsWith(p))),
  /** Neither the fact nor the prefixes list is empty and no element matches any prefix. */
  noneStartsWithAny: (fact, value) =>
    Array.isArray(fact) &&
    Array.isArray(value) &&
    value.length > 0 &&
    !fact.some((f) => typeof f === 'string' && value.some((p) => typeof p === 'string' && f.startsWith(p))),
  /** The fact is present (not null/undefined): json-rules-engine has no such built-in. */
  exists: (fact, value) => (fact !== undefined && fact !== null) === (value !== false),
};

export function isKnownOperator(name: string): boolean {
  const parts = name.split(':');
  const base = parts.pop() as string;
  const decoratorsOk = parts.every((d) => (BUILTIN_DECORATORS as readonly string[]).includes(d));
  return decoratorsOk && ((BUILTIN_OPERATORS as readonly string[]).includes(base) || base in CUSTOM_OPERATORS);
}
