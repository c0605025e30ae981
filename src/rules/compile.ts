import type { Engine } from 'json-rules-engine';

// Compiles json-rules-engine conditions into plain synchronous predicates with the same meaning:
// all/any (an empty list holds, as in the engine), not, fact + JSONPath `path`, a value that is itself a
// fact reference, and every operator the engine knows: the built-ins and decorators below mirror
// json-rules-engine 7's own definitions (engine-default-operators.js, -operator-decorators.js, and the
// OperatorMap's decorator order); any other operator (the project's own) is taken from the engine's map.
// The differential test holds the two to the same results. Anything else
// (condition references, fact params, paths beyond `$.a.b[0]` / `$.a.3`) makes compile return null and the rule runs
// through json-rules-engine itself.

/** What a predicate reads: the claim facts, and the line item for item rules. */
export interface FactScope {
  facts: Record<string, unknown>;
  item: unknown;
}

export type Predicate = (scope: FactScope) => boolean;

type Operator = { evaluate(a: unknown, b: unknown): boolean };
type OperatorMap = { get(name: string): Operator | null };
type Evaluate = (a: unknown, b: unknown) => boolean;

/** The engine's number validator, with a fast path for numbers (parseFloat(n).toString() is 'NaN' only for NaN). */
const isNumberLike = (v: unknown): boolean =>
  typeof v === 'number' ? !Number.isNaN(v) : Number.parseFloat(v as string).toString() !== 'NaN';
const any = (): boolean => true;
type Op = { validate: (v: unknown) => boolean; cb: (a: any, b: any) => boolean };

const BUILT_IN: Record<string, Op> = {
  equal: { validate: any, cb: (a, b) => a === b },
  notEqual: { validate: any, cb: (a, b) => a !== b },
  in: { validate: any, cb: (a, b) => b.indexOf(a) > -1 },
  notIn: { validate: any, cb: (a, b) => b.indexOf(a) === -1 },
  contains: { validate: Array.isArray, cb: (a, b) => a.indexOf(b) > -1 },
  doesNotContain: { validate: Array.isArray, cb: (a, b) => a.indexOf(b) === -1 },
  lessThan: { validate: isNumberLike, cb: (a, b) => a < b },
  lessThanInclusive: { validate: isNumberLike, cb: (a, b) => a <= b },
  greaterThan: { validate: isNumberLike, cb: (a, b) => a > b },
  greaterThanInclusive: { validate: isNumberLike, cb: (a, b) => a >= b },
};

type Decorator = { validate: (v: unknown) => boolean; cb: (a: any, b: any, next: Evaluate) => boolean };
const DECORATORS: Record<string, Decorator> = {
  someFact: { validate: Array.isArray, cb: (a, b, next) => a.some((x: unknown) => next(x, b)) },
  someValue: { validate: any, cb: (a, b, next) => b.some((y: unknown) => next(a, y)) },
  everyFact: { validate: Array.isArray, cb: (a, b, next) => a.every((x: unknown) => next(x, b)) },
  everyValue: { validate: any, cb: (a, b, next) => b.every((y: unknown) => next(a, y)) },
  swap: { validate: any, cb: (a, b, next) => next(b, a) },
  not: { validate: any, cb: (a, b, next) => !next(a, b) },
};

/**
 * An operator name such as "someFact:not:equal" as the engine's OperatorMap builds it: the base operator
 * decorated innermost-first, each layer checking its own validator before its callback.
 */
function resolveOperator(name: string, engineOps: OperatorMap): Evaluate | null {
  const parts = name.split(':');
  const baseName = parts.pop() as string;
  const base = BUILT_IN[baseName];
  let evaluate: Evaluate;
  if (base) evaluate = (a, b) => base.validate(a) && base.cb(a, b);
  else {
    if (parts.length) return engineOps.get(name) ? (a, b) => (engineOps.get(name) as Operator).evaluate(a, b) : null;
    const op = engineOps.get(baseName);
    if (!op) return null;
    evaluate = (a, b) => op.evaluate(a, b);
  }
  for (const d of parts.reverse()) {
    const dec = DECORATORS[d];
    if (!dec) return null;
    const next = evaluate;
    evaluate = (a, b) => dec.validate(a) && dec.cb(a, b, next);
  }
  return evaluate;
}

const SIMPLE_PATH = /^\$((\.([A-Za-z_$][\w$]*|\d+))|(\[\d+\]))*$/;

function pathKeys(path: string): (string | number)[] | null {
  if (!SIMPLE_PATH.test(path)) return null;
  return [...path.slice(1).matchAll(/\.([A-Za-z_$][\w$]*|\d+)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
}

/** A fact read, with the engine's rule that a path on a non-object gives the fact value itself. */
function compileRead(fact: string, path: unknown): ((s: FactScope) => unknown) | null {
  const base = fact === 'item' ? (s: FactScope) => s.item : (s: FactScope) => s.facts[fact];
  if (path === undefined || path === '') return base;
  if (typeof path !== 'string') return null;
  const keys = pathKeys(path);
  if (!keys) return null;
  if (keys.length === 1) {
    const [k] = keys;
    return (s) => {
      const v = base(s);
      return v === null || typeof v !== 'object' ? v : (v as Record<string | number, unknown>)[k];
    };
  }
  return (s) => {
    const v = base(s);
    if (v === null || typeof v !== 'object') return v;
    let cur: unknown = v;
    for (const k of keys) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string | number, unknown>)[k];
    }
    return cur;
  };
}

export function compileCondition(node: unknown, operators: OperatorMap): Predicate | null {
  if (!node || typeof node !== 'object') return null;
  const n = node as Record<string, unknown>;
  for (const key of ['all', 'any'] as const) {
    if (!(key in n)) continue;
    const parts = (n[key] as unknown[]).map((c) => compileCondition(c, operators));
    if (parts.some((p) => p === null)) return null;
    const ps = parts as Predicate[];
    if (ps.length === 0) return () => true;
    return key === 'all' ? (s) => ps.every((p) => p(s)) : (s) => ps.some((p) => p(s));
  }
  if ('not' in n) {
    const inner = compileCondition(n.not, operators);
    return inner && ((s) => !inner(s));
  }
  if ('condition' in n || 'params' in n || typeof n.fact !== 'string' || typeof n.operator !== 'string') return null;
  const evaluate = resolveOperator(n.operator, operators);
  const lhs = compileRead(n.fact, n.path);
  if (!evaluate || !lhs) return null;
  const value = n.value;
  if (value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, 'fact')) {
    const ref = value as { fact: unknown; path?: unknown; params?: unknown };
    if (typeof ref.fact !== 'string' || ref.params !== undefined) return null;
    const rhs = compileRead(ref.fact, ref.path);
    if (!rhs) return null;
    return (s) => evaluate(lhs(s), rhs(s)) === true;
  }
  return (s) => evaluate(lhs(s), value) === true;
}

/** The engine's operator map (built-ins, decorators and the ones registered on it). */
export function operatorsOf(engine: Engine): OperatorMap {
  return (engine as unknown as { operators: OperatorMap }).operators;
}
