import type { Engine } from 'json-rules-engine';

// Compiles json-rules-engine conditions into one plain JavaScript function per rule set, with the same
// meaning: all/any (an empty list holds, as in the engine), not, fact + JSONPath `path`, a value that is
// itself a fact reference, and every operator the engine knows. The built-ins and decorators below mirror
// json-rules-engine 7's own definitions (engine-default-operators.js, -operator-decorators.js, and the
// OperatorMap's decorator order); any other operator (the project's own) is taken from the engine's map.
// Generating source rather than nesting closures lets V8 inline every comparison and property read: the
// rules stage is the hot loop of re-screening a month. The differential test holds the two to the same
// results. Anything else (condition references, fact params, paths beyond `$.a.b[0]` / `$.a.3`) is left
// uncompiled and the rule runs through json-rules-engine itself.

type Operator = { evaluate(a: unknown, b: unknown): boolean };
/** json-rules-engine's Operator: evaluate(a, b) is factValueValidator(a) && cb(a, b). */
type EngineOperator = Operator & { factValueValidator(a: unknown): unknown; cb(a: unknown, b: unknown): unknown };
type OperatorMap = { get(name: string): Operator | null };
type Evaluate = (a: unknown, b: unknown) => boolean;

/** The engine's number validator for non-numbers (parseFloat(n).toString() is 'NaN' only for NaN). */
const isNumberLikeSlow = (v: unknown): boolean => Number.parseFloat(v as string).toString() !== 'NaN';
const isNumberLike = (v: unknown): boolean => (typeof v === 'number' ? !Number.isNaN(v) : isNumberLikeSlow(v));
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

/** The same built-ins as source: `a` is a temporary already holding the fact value, `b` an expression. */
const BUILT_IN_SOURCE: Record<string, (a: string, b: string) => string> = {
  equal: (a, b) => `${a} === ${b}`,
  notEqual: (a, b) => `${a} !== ${b}`,
  in: (a, b) => `${b}.indexOf(${a}) > -1`,
  notIn: (a, b) => `${b}.indexOf(${a}) === -1`,
  contains: (a, b) => `Array.isArray(${a}) && ${a}.indexOf(${b}) > -1`,
  doesNotContain: (a, b) => `Array.isArray(${a}) && ${a}.indexOf(${b}) === -1`,
  lessThan: (a, b) => `${numberLike(a)} && ${a} < ${b}`,
  lessThanInclusive: (a, b) => `${numberLike(a)} && ${a} <= ${b}`,
  greaterThan: (a, b) => `${numberLike(a)} && ${a} > ${b}`,
  greaterThanInclusive: (a, b) => `${numberLike(a)} && ${a} >= ${b}`,
};
// null and undefined are not number-like (parseFloat gives NaN): answered inline, the common case of an absent fact.
const numberLike = (a: string) => `(typeof ${a} === 'number' ? ${a} === ${a} : ${a} != null && N(${a}))`;

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
    // The engine's decorated operator, looked up once (its map caches what it builds): not on every claim.
    if (parts.length) {
      const decorated = engineOps.get(name);
      return decorated ? (a, b) => decorated.evaluate(a, b) : null;
    }
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

/**
 * Source being generated: temporaries, the constants and functions it refers to by index, and the values read
 * once per run of a chunk of rules. A read (fact, path prefix) that two or more of its conditions share is read
 * once into a local at the top of the chunk's function (run once per claim, or once per line for item rules).
 * Reads of plain data have no effects, so reading them early or once gives the values the conditions would have
 * read themselves.
 */
interface Gen {
  temps: number;
  constants: unknown[];
  functions: Evaluate[];
  operators: OperatorMap;
  /** Occurrences of each read prefix, counted in a first pass (null while counting). */
  uses: Map<string, number> | null;
  counts: Map<string, number>;
  /** Locals by read prefix, and their declarations in dependency order, per scope. */
  locals: Map<string, string>;
  claimDecls: string[];
  itemDecls: string[];
}

const temp = (g: Gen): string => `t${g.temps++}`;

function newGen(operators: OperatorMap, uses: Map<string, number> | null): Gen {
  return { temps: 0, constants: [], functions: [], operators, uses, counts: new Map(), locals: new Map(), claimDecls: [], itemDecls: [] };
}

const isObject = (v: string) => `(${v} !== null && typeof ${v} === 'object')`;

/** The fact's value: `item`, or a claim fact read once into a local. */
function baseOf(g: Gen, fact: string): string {
  if (fact === 'item') return 'item';
  const id = JSON.stringify([fact]);
  let name = g.locals.get(id);
  if (!name) {
    name = `f${g.locals.size}`;
    g.locals.set(id, name);
    g.claimDecls.push(`const ${name} = facts[${JSON.stringify(fact)}];`);
  }
  return name;
}

/**
 * The value after the first m keys of the path, walking from an object fact value; undefined when the fact
 * value is not an object or a step meets a non-object.
 */
function prefixSource(g: Gen, fact: string, keys: (string | number)[], m: number): string {
  const id = JSON.stringify([fact, ...keys.slice(0, m)]);
  const existing = g.locals.get(id);
  if (existing) return existing;
  const key = `[${JSON.stringify(keys[m - 1])}]`;
  let src: string;
  if (m === 1) {
    const b = baseOf(g, fact);
    src = `(${isObject(b)} ? ${b}${key} : undefined)`;
  } else {
    const inner = prefixSource(g, fact, keys, m - 1);
    if (/^[fh]\d+$/.test(inner)) src = `(${isObject(inner)} ? ${inner}${key} : undefined)`;
    else {
      const t = temp(g);
      src = `((${t} = ${inner}) !== null && typeof ${t} === 'object' ? ${t}${key} : undefined)`;
    }
  }
  if ((g.uses?.get(id) ?? 0) < 2) return src;
  const name = `h${g.locals.size}`;
  g.locals.set(id, name);
  (fact === 'item' ? g.itemDecls : g.claimDecls).push(`const ${name} = ${src};`);
  return name;
}

/**
 * A fact read as an expression, with the engine's rule that a path on a non-object gives the fact value
 * itself, and a path through a non-object gives undefined.
 */
function readSource(g: Gen, fact: string, path: unknown): string | null {
  if (path !== undefined && path !== '' && typeof path !== 'string') return null;
  const keys = path === undefined || path === '' ? [] : pathKeys(path as string);
  if (!keys) return null;
  if (!g.uses) {
    // Counting pass: every prefix this read walks through.
    for (let m = 1; m <= keys.length; m++) {
      const id = JSON.stringify([fact, ...keys.slice(0, m)]);
      g.counts.set(id, (g.counts.get(id) ?? 0) + 1);
    }
    return 'undefined';
  }
  const b = baseOf(g, fact);
  if (!keys.length) return b;
  return `(${isObject(b)} ? ${prefixSource(g, fact, keys, keys.length)} : ${b})`;
}

function literal(g: Gen, value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  g.constants.push(value);
  return `K[${g.constants.length - 1}]`;
}

/**
 * A literal list of at most 8 primitives, its elements as source: `in` and `notIn` on it are written as
 * comparisons, which give indexOf's answer (strict equality; a JSON literal holds no NaN) without a call per
 * claim or line.
 */
function shortList(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > 8) return null;
  const primitive = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
  return value.every(primitive) ? value.map((v) => JSON.stringify(v)) : null;
}

function conditionSource(g: Gen, node: unknown): string | null {
  if (!node || typeof node !== 'object') return null;
  const n = node as Record<string, unknown>;
  for (const key of ['all', 'any'] as const) {
    if (!(key in n)) continue;
    if (!Array.isArray(n[key])) return null;
    const parts = (n[key] as unknown[]).map((c) => conditionSource(g, c));
    if (parts.some((p) => p === null)) return null;
    if (parts.length === 0) return 'true';
    return `(${parts.join(key === 'all' ? ' && ' : ' || ')})`;
  }
  if ('not' in n) {
    const inner = conditionSource(g, n.not);
    return inner && `!${inner}`;
  }
  if ('condition' in n || 'params' in n || typeof n.fact !== 'string' || typeof n.operator !== 'string') return null;
  const lhs = readSource(g, n.fact, n.path);
  if (!lhs) return null;
  let rhs: string | null;
  const value = n.value;
  if (value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, 'fact')) {
    const ref = value as { fact: unknown; path?: unknown; params?: unknown };
    if (typeof ref.fact !== 'string' || ref.params !== undefined) return null;
    rhs = readSource(g, ref.fact, ref.path);
    if (!rhs) return null;
  } else {
    const list = n.operator === 'in' || n.operator === 'notIn' ? shortList(value) : null;
    if (list) {
      const a = temp(g);
      const found = list.length ? list.map((v) => `${a} === ${v}`).join(' || ') : 'false';
      return `((${a} = ${lhs}), ${n.operator === 'in' ? '' : '!'}(${found}))`;
    }
    rhs = literal(g, value);
  }
  const builtIn = BUILT_IN_SOURCE[n.operator];
  if (builtIn) {
    const a = temp(g);
    const b = temp(g);
    // Both sides are read first, as the engine does, then compared.
    return `((${a} = ${lhs}), (${b} = ${rhs}), ${builtIn(a, b)})`;
  }
  const own = n.operator.includes(':') ? null : (g.operators.get(n.operator) as Partial<EngineOperator> | null);
  if (own && typeof own.factValueValidator === 'function' && typeof own.cb === 'function') {
    // A registered (project) operator: its Operator.evaluate written out, validator then callback, each
    // called on the operator as the engine calls them; direct calls that V8 can inline.
    const a = temp(g);
    const b = temp(g);
    const o = literal(g, own);
    return `((${a} = ${lhs}), (${b} = ${rhs}), (${o}.factValueValidator(${a}) && ${o}.cb(${a}, ${b})) === true)`;
  }
  const evaluate = resolveOperator(n.operator, g.operators);
  if (!evaluate) return null;
  g.functions.push(evaluate);
  return `(F[${g.functions.length - 1}](${lhs}, ${rhs}) === true)`;
}

export interface CompiledRules {
  /** Per rule (in the order given): whether it compiled; the others must run through the engine. */
  compiled: boolean[];
  /** Pushes onto `out` the index of each compiled rule whose conditions hold on these facts and item, in order. */
  firedOn(facts: Record<string, unknown>, item: unknown, out: number[]): void;
  /**
   * Item rules over every line of the claim in one call: pushes a (line index, rule index) pair for each
   * compiled rule that holds on a line, lines in order and rules in order within a line.
   */
  firedOnEach(facts: Record<string, unknown>, items: readonly unknown[], out: number[]): void;
  /** The generated source, for debugging. */
  source: string;
}

/**
 * Rules per generated function. One function for all 60 claim rules took TurboFan 180–380 ms to compile and was
 * compiled again whole each time a rarely taken branch deoptimised it (insufficient type feedback), so a
 * month's first pass ran mostly unoptimised; chunks of 8 compile in a few ms each and a deopt costs one chunk.
 * Reads shared within a chunk are still read once. 8: the best first pass of 1, 2, 4, 8 and all measured.
 */
const RULES_PER_FUNCTION = 8;

/** Whether a condition (or a value reference in it) reads the line item. */
function readsItem(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(readsItem);
  if (!node || typeof node !== 'object') return false;
  const n = node as Record<string, unknown>;
  return n.fact === 'item' || Object.values(n).some(readsItem);
}

const NOT_LITERAL = Symbol('fact reference');
/** Operators whose compiled test never throws on plain data, whatever the fact values (equal, <, contains: typeof-guarded). */
const TOTAL_ANY_VALUE = new Set(['equal', 'notEqual', 'contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);

/**
 * Whether an operator's test never throws on plain data (facts are JSON values) given its right-hand side
 * (a literal, or NOT_LITERAL for a fact reference). `in` calls value.indexOf, someValue value.some: total
 * only on a literal array; the project's own operators check their argument types (operators.ts) and count
 * only when the engine holds that very function.
 */
function operatorTotal(name: string, value: unknown, operators: OperatorMap, own: Record<string, unknown>): boolean {
  const parts = name.split(':');
  const base = parts.pop() as string;
  const literalList = value !== NOT_LITERAL && (Array.isArray(value) || typeof value === 'string');
  let total: boolean;
  if (TOTAL_ANY_VALUE.has(base)) total = true;
  else if (base === 'in' || base === 'notIn') total = literalList;
  else {
    const op = operators.get(base) as Partial<EngineOperator> | null;
    total = !!op && Object.prototype.hasOwnProperty.call(own, base) && op.cb === own[base];
  }
  for (const d of parts) {
    if (d === 'someValue' || d === 'everyValue') total &&= value !== NOT_LITERAL && Array.isArray(value);
    else if (d !== 'someFact' && d !== 'everyFact' && d !== 'not') total = false; // swap: the fact value becomes the list
  }
  return total;
}

/** Whether evaluating a condition can never throw (so reordering it among `all` conjuncts cannot change what throws). */
function conditionTotal(node: unknown, operators: OperatorMap, own: Record<string, unknown>): boolean {
  if (!node || typeof node !== 'object') return false;
  const n = node as Record<string, unknown>;
  for (const key of ['all', 'any'] as const) {
    if (key in n) return Array.isArray(n[key]) && (n[key] as unknown[]).every((c) => conditionTotal(c, operators, own));
  }
  if ('not' in n) return conditionTotal(n.not, operators, own);
  if (typeof n.operator !== 'string') return false;
  const v = n.value;
  const ref = v !== null && typeof v === 'object' && Object.prototype.hasOwnProperty.call(v, 'fact');
  return operatorTotal(n.operator, ref ? NOT_LITERAL : v, operators, own);
}

/** The conjuncts of a top-level `all`, nested `all`s flattened in order (&& is associative); null if not an `all`. */
function conjuncts(node: unknown): unknown[] | null {
  if (!node || typeof node !== 'object' || !Array.isArray((node as { all?: unknown }).all)) return null;
  return ((node as { all: unknown[] }).all).flatMap((c) => conjuncts(c) ?? [c]);
}

/**
 * An item rule split into a guard judged once per claim and the test judged per line. The guard takes the
 * top-level `all` conjuncts that read no line fact, and only those that cannot throw and have only conjuncts
 * that cannot throw before them: then `guard && rest` gives, on every line, the value and the throw of the
 * conjuncts in their written order (a false guard is a conjunct the written order reaches without a throw; a
 * true one is skipped over). Everything else (any, not, a line read) stays per line, in order.
 */
export function splitItemRule(node: unknown, operators: OperatorMap, own: Record<string, unknown>): { guard: unknown[]; rest: unknown[] } | null {
  const all = conjuncts(node);
  if (!all) return null;
  const guard: unknown[] = [];
  const rest: unknown[] = [];
  let prefixTotal = true;
  for (const c of all) {
    const total = conditionTotal(c, operators, own);
    if (prefixTotal && total && !readsItem(c)) guard.push(c);
    else rest.push(c);
    prefixTotal &&= total;
  }
  return guard.length ? { guard, rest } : null;
}

/**
 * Pushes `base + b` for each set bit b of `fired`, lowest first (rule order). Each chunk reports its rules through
 * one such call, made whether or not any fired: a push in each rule's own rarely taken branch had no type feedback
 * when V8 optimised the chunk, which was then thrown away at the first claim that rule fired on. These helpers'
 * pushes are shared by every chunk, so they have feedback from the first hit of any rule.
 */
function report(out: number[], base: number, fired: number): void {
  for (let b = 0; fired !== 0; b++, fired >>>= 1) if (fired & 1) out.push(base + b);
}

/** The same for one line `k` of an item-rule chunk: a (line, rule) pair per fired rule. */
function reportLine(out: number[], k: number, base: number, fired: number): void {
  for (let b = 0; fired !== 0; b++, fired >>>= 1) if (fired & 1) out.push(k, base + b);
}

/** Orders (line, rule) pairs from `start` by line then rule: each chunk of item rules pushes its own lines in order. */
function orderPairs(out: number[], start: number): void {
  const pairs: [number, number][] = [];
  for (let i = start; i < out.length; i += 2) pairs.push([out[i], out[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  pairs.forEach(([k, i], j) => {
    out[start + 2 * j] = k;
    out[start + 2 * j + 1] = i;
  });
}

/**
 * One chunk's source, with its counting pass: `c` judges one item (or none) per call; `e` loops over the claim's
 * lines itself, the claim facts read and each rule's guard judged once before the loop, and skips the loop
 * when every rule of the chunk has a false guard. Each rule's outcome is a bit (rules in order, at most 8 a
 * chunk), reported in one call (report).
 */
function chunkSource(c: number, idx: number[], conditions: unknown[], operators: OperatorMap, own: Record<string, unknown>, shared: Pick<Gen, 'constants' | 'functions'>, compiled: boolean[]): string[] {
  const gen = (nodes: unknown[]): Gen => {
    const counting = newGen(operators, null);
    nodes.forEach((n) => conditionSource(counting, n));
    const g = newGen(operators, counting.counts);
    g.constants = shared.constants;
    g.functions = shared.functions;
    return g;
  };
  const header = (g: Gen, decls: string[]) =>
    (g.temps ? `  let ${Array.from({ length: g.temps }, (_, i) => `t${i}`).join(', ')};\n` : '') + decls.map((d) => `  ${d}\n`).join('');

  const g = gen(idx.map((i) => conditions[i]));
  const base = idx[0];
  const bit = (i: number, src: string) => `(${src} ? ${1 << (i - base)} : 0)`;
  const one: string[] = [];
  for (const i of idx) {
    const src = conditionSource(g, conditions[i]);
    if (src === null) continue;
    compiled[i] = true;
    one.push(bit(i, src));
  }
  if (!one.length) return [];

  const e = gen(idx.filter((i) => compiled[i]).map((i) => conditions[i]));
  const guards: string[] = [];
  const names: string[] = [];
  const each: string[] = [];
  let unguarded = false;
  for (const i of idx.filter((j) => compiled[j])) {
    const split = splitItemRule(conditions[i], operators, own);
    if (!split) {
      unguarded = true;
      each.push(bit(i, conditionSource(e, conditions[i]) as string));
      continue;
    }
    const q = `q${i}`;
    names.push(q);
    guards.push(`  const ${q} = ${conditionSource(e, { all: split.guard })};`);
    each.push(bit(i, `${q} && ${conditionSource(e, { all: split.rest })}`));
  }
  const skip = unguarded ? '' : `  if (!(${names.join(' || ')})) return;\n`;
  return [
    `function c${c}(facts, item, out) {\n${header(g, [...g.claimDecls, ...g.itemDecls])}  R(out, ${base}, ${one.join(' |\n    ')});\n}`,
    `function e${c}(facts, items, out) {\n${header(e, e.claimDecls)}${guards.join('\n')}${guards.length ? '\n' : ''}${skip}` +
      `  for (let k = 0; k < items.length; k++) {\n    const item = items[k];\n${e.itemDecls.map((d) => `    ${d}\n`).join('')}` +
      `    RK(out, k, ${base}, ${each.join(' |\n      ')});\n  }\n}`,
  ];
}

/**
 * Compiles each rule's conditions (in order) into functions over the claim facts and the line item: a function
 * per chunk of rules (claim facts and line values it reads twice or more read once at its top), called in rule
 * order by firedOn and, over all lines, by firedOnEach. `own` holds the project's operators by name (their
 * tests never throw: an item rule's claim-level conjuncts may then be judged once per claim, splitItemRule).
 */
export function compileRules(conditions: unknown[], operators: OperatorMap, own: Record<string, unknown> = {}): CompiledRules {
  const shared = { constants: [] as unknown[], functions: [] as Evaluate[] };
  const compiled = conditions.map(() => false);
  const parts: string[] = [];
  const chunks: number[] = [];
  for (let from = 0; from < conditions.length; from += RULES_PER_FUNCTION) {
    const idx = conditions.map((_, i) => i).slice(from, from + RULES_PER_FUNCTION);
    const src = chunkSource(chunks.length, idx, conditions, operators, own, shared, compiled);
    if (!src.length) continue;
    chunks.push(chunks.length);
    parts.push(...src);
  }
  const source = [
    '"use strict";',
    ...parts,
    'function firedOn(facts, item, out) {',
    ...chunks.map((c) => `  c${c}(facts, item, out);`),
    '}',
    // Each chunk pushes its pairs line by line; pairs from two chunks or more are put back in line order.
    'function firedOnEach(facts, items, out) {',
    '  if (items.length === 0) return;',
    '  const start = out.length;',
    '  let from = start, chunks = 0;',
    ...chunks.map((c) => `  e${c}(facts, items, out); if (out.length > from) { chunks++; from = out.length; }`),
    '  if (chunks > 1) P(out, start);',
    '}',
    'return { firedOn, firedOnEach };',
  ].join('\n');
  const fns = new Function('K', 'F', 'N', 'P', 'R', 'RK', source)(shared.constants, shared.functions, isNumberLikeSlow, orderPairs, report, reportLine) as Pick<CompiledRules, 'firedOn' | 'firedOnEach'>;
  return { compiled, ...fns, source };
}

/** The engine's operator map (built-ins, decorators and the ones registered on it). */
export function operatorsOf(engine: Engine): OperatorMap {
  return (engine as unknown as { operators: OperatorMap }).operators;
}
