import fc from 'fast-check';

// Mutations of a valid input for the door fuzzing suite (issue 18, point 11): types, nesting, sizes, unicode,
// missing and extra fields. A mutation is plain data (path picks by index, so any claim shape works) and is
// applied to a deep copy; a hostile nesting depth travels as a placeholder string that `toJsonText` swaps
// for nested JSON text, so no test-side JSON.stringify has to cope with 5,000 levels.

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** How many runs and which seed: fixed in `npm test`; FUZZ_RUNS / FUZZ_SEED for longer runs (`npm run fuzz`). */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 18);
export const fuzzRuns = (inTests: number) => Number(process.env.FUZZ_RUNS ?? inTests);

const DEEP = /"__DEEP_(\d+)__"/g;
const deepText = (levels: number) => '{"d":'.repeat(levels - 1) + '[0]' + '}'.repeat(levels - 1);

/** The JSON text of a (mutated) value, with each deep placeholder replaced by that many nested levels. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value).replace(DEEP, (_m, n: string) => deepText(Number(n)));
}

export type Mutation =
  | { kind: 'retype'; at: number; value: Json }
  | { kind: 'remove'; at: number }
  | { kind: 'extra'; at: number; key: string; value: Json }
  | { kind: 'nest'; at: number; levels: number }
  | { kind: 'long'; at: number; length: number; char: string }
  | { kind: 'unicode'; at: number; text: string }
  | { kind: 'number'; at: number; value: number }
  | { kind: 'repeat'; at: number; times: number };

const HOSTILE_CHARS = ['\u0000', '\u001b[31m', '\u202e', '\u2066', '\ud800', '\udfff', '\ufeff', '𠜎', '\u0301', '\r\n', '"', '\\', '=1+1', '$ne', '../'];
const KEYS = ['__proto__', 'constructor', 'prototype', '$where', '$ne', '', ' ', 'claimId', '字段', '\u0000', 'a.b', 'toString'];

const scalar: fc.Arbitrary<Json> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const smallJson: fc.Arbitrary<Json> = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 3 }),
);
const unicodeText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_CHARS), fc.string({ unit: 'binary', maxLength: 6 })), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));
// Mostly modest, sometimes just past the door's limit, sometimes far past it (the stack-overflow depths).
const levels = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 40 }) }, { weight: 1, arbitrary: fc.constantFrom(1000, 5000) });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: smallJson }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('extra' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...KEYS), unicodeText), value: smallJson }),
  fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), levels }),
  fc.record({ kind: fc.constant('long' as const), at: fc.nat(), length: fc.integer({ min: 65, max: 20000 }), char: fc.constantFrom('x', '医', '𠜎', '\u0000') }),
  fc.record({ kind: fc.constant('unicode' as const), at: fc.nat(), text: unicodeText }),
  fc.record({ kind: fc.constant('number' as const), at: fc.nat(), value: fc.constantFrom(-1, -0, 0.1 + 0.2, 1e308, 5e-324, 2 ** 53 + 2, 12.345, -100000) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), times: fc.integer({ min: 2, max: 300 }) }),
);

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

type Container = Json[] | { [k: string]: Json };
interface Place {
  parent: Container;
  key: string | number;
}

/** Every place in the value (parent and key), depth first: what a mutation's `at` picks from. */
function places(root: Json): Place[] {
  const out: Place[] = [];
  const walk = (v: Json) => {
    if (Array.isArray(v)) v.forEach((x, i) => (out.push({ parent: v, key: i }), walk(x)));
    else if (v && typeof v === 'object') for (const k of Object.keys(v)) out.push({ parent: v, key: k }), walk(v[k]);
  };
  walk(root);
  return out;
}

const get = (p: Place): Json => (p.parent as Record<string | number, Json>)[p.key];
const set = (p: Place, v: Json) => ((p.parent as Record<string | number, Json>)[p.key] = v);

/** The mutated copy of a plain JSON value (the original is untouched). */
export function mutate<T>(value: T, ms: readonly Mutation[]): Json {
  const root = JSON.parse(JSON.stringify(value)) as Json;
  for (const m of ms) {
    const all = places(root);
    if (!all.length) break;
    const p = all[m.at % all.length];
    const current = get(p);
    switch (m.kind) {
      case 'retype':
        set(p, m.value);
        break;
      case 'remove':
        if (Array.isArray(p.parent)) p.parent.splice(p.key as number, 1);
        else delete p.parent[p.key as string];
        break;
      case 'extra': {
        const target = current && typeof current === 'object' && !Array.isArray(current) ? current : p.parent;
        if (Array.isArray(target)) target.push(m.value);
        // defineProperty: a "__proto__" key must be an own key, as JSON.parse would make it.
        else Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
        break;
      }
      case 'nest':
        set(p, `__DEEP_${m.levels}__`);
        break;
      case 'long':
        set(p, m.char.repeat(m.length));
        break;
      case 'unicode':
        set(p, typeof current === 'string' ? current + m.text : m.text);
        break;
      case 'number':
        set(p, m.value);
        break;
      case 'repeat': {
        // Many copies of something small (300 items), a few of something big: bodies stay under the 10 MB limit.
        const times = JSON.stringify(current ?? null).length > 2000 ? 2 : m.times;
        if (Array.isArray(current) && current.length) set(p, Array.from({ length: times }, (_, i) => current[i % current.length]));
        else set(p, Array.from({ length: times }, () => current));
        break;
      }
    }
  }
  return root;
}

/** Whether a list of field errors is what the house asks of an `invalid`: at least one, each naming a path. */
export function namesAField(errors: unknown): boolean {
  return (
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every((e) => typeof e?.path === 'string' && typeof e?.message === 'string' && e.message.length > 0) &&
    errors.some((e) => e.path !== '')
  );
}
