import type { Engine } from 'json-rules-engine';

// Compiles json-rules-engine conditions into plain synchronous predicates with the same meaning:
// all/any (an empty list holds, as in the engine), not, fact + JSONPath `path`, a value that is itself a
// fact reference, and every operator the engine knows (built-ins, decorators, the project's own) taken
// from the engine's own operator map, so validators and decorator order are the engine's. Anything else
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
  const op = operators.get(n.operator);
  const lhs = compileRead(n.fact, n.path);
  if (!op || !lhs) return null;
  const value = n.value;
  if (value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, 'fact')) {
    const ref = value as { fact: unknown; path?: unknown; params?: unknown };
    if (typeof ref.fact !== 'string' || ref.params !== undefined) return null;
    const rhs = compileRead(ref.fact, ref.path);
    if (!rhs) return null;
    return (s) => op.evaluate(lhs(s), rhs(s)) === true;
  }
  return (s) => op.evaluate(lhs(s), value) === true;
}

/** The engine's operator map (built-ins, decorators and the ones registered on it). */
export function operatorsOf(engine: Engine): OperatorMap {
  return (engine as unknown as { operators: OperatorMap }).operators;
}
