import { join } from 'node:path';
import { claimSchema } from '../../src/contract/claim';
import { generateClaims } from '../../src/generate';
import { fastParseClaim } from '../../src/validate/fast-claim';
import { makeClaim } from '../helpers/fixtures';

// The fast path may only ever say "zod accepts this, and here is what zod builds"; anything else is zod's.

const RULES = join(__dirname, '../../rules');
/** Random mutations: 1,500 in `npm test` (~5 s of CPU); `npm run fuzz` runs six per FUZZ_RUNS (6,000 at its default). */
const MUTATION_RUNS = process.env.FUZZ_RUNS ? 6 * Number(process.env.FUZZ_RUNS) : 1500;

/** Same acceptance and the very same object (key order included) as the schema. */
function expectAgrees(input: unknown): boolean {
  const fast = fastParseClaim(input);
  if (fast === undefined) return false;
  const zod = claimSchema.safeParse(input);
  expect(zod.success).toBe(true);
  if (zod.success) {
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
    expect(fast).toEqual(zod.data);
  }
  return true;
}

/** A tiny seeded generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

const ODD_VALUES: unknown[] = [
  null, undefined, '', 'x', 'x'.repeat(65), 'x'.repeat(129), 'x'.repeat(201), -1, 0, -0, 1.5, 4, 1e400, 10000, 9999,
  2 ** 53, true, false, [], {}, [1], '2025-02-29', '2024-02-29', '2025-13-01', '2025-1-01', 'M', 'F', 'inpatient',
  'drug', 'newborn', '110000', '11000', 'J20.000', '36.06', '__proto__', Object.create(null),
];

function leaves(v: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, [...path, Array.isArray(v) ? Number(k) : k], out);
  return out;
}

/** A deep copy made in this realm (structuredClone's objects have another Object.prototype under jest). */
function clone(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clone);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)]));
  }
  return v;
}

function mutate(claim: unknown, next: () => number): unknown {
  const c = clone(claim) as Record<string, unknown>;
  const paths = leaves(c).filter((p) => p.length > 0);
  const path = paths[Math.floor(next() * paths.length)];
  const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], c);
  const key = path[path.length - 1];
  const roll = next();
  if (roll < 0.15) delete parent[key];
  else if (roll < 0.25) parent[`extra${Math.floor(next() * 3)}`] = ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
  else parent[key] = ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
  return c;
}

describe('fast claim parse', () => {
  const generated = [...generateClaims({ count: 400, seed: 'fast-claim', fraudRate: 0.3, rulesDir: RULES })].map((c) =>
    JSON.parse(JSON.stringify(c)),
  );

  it('takes every generated claim, building what zod builds', () => {
    for (const c of generated) expect(expectAgrees(c)).toBe(true);
    expect(expectAgrees(makeClaim())).toBe(true);
  });

  it('takes the settlement-list fields of CONTRACTS.md as zod does', () => {
    const c = JSON.parse(JSON.stringify(makeClaim()));
    Object.assign(c, { admissionRoute: 'emergency', dischargeMode: 'transfer', transferFromHospitalId: 'H1', insuredRegion: '510600' });
    Object.assign(c.enrollment, { chronicDiseases: ['E11.900'], zeroClaimRewardYears: 0 });
    c.items[0].longPrescription = false;
    expect(expectAgrees(c)).toBe(true);
    c.enrollment.chronicDiseases = Array.from({ length: 65 }, () => 'E11');
    expect(fastParseClaim(c)).toBeUndefined();
    expect(claimSchema.safeParse(c).success).toBe(false);
  });

  it('keeps unknown fields after the known ones, in input order, by reference', () => {
    const extra = { deep: [1] };
    const input = { zfirst: extra, ...makeClaim(), afield: 2 };
    expect(expectAgrees(input)).toBe(true);
    const out = fastParseClaim(input) as unknown as Record<string, unknown>;
    expect(Object.keys(out).slice(-2)).toEqual(['zfirst', 'afield']);
    expect(out.zfirst).toBe(extra);
  });

  it('never accepts what zod rejects, nor builds anything else (random mutations)', () => {
    const next = rng(20261126);
    let accepted = 0;
    let deferred = 0;
    for (let i = 0; i < MUTATION_RUNS; i++) {
      let c: unknown = generated[i % generated.length];
      const edits = 1 + Math.floor(next() * 3);
      for (let e = 0; e < edits; e++) c = mutate(c, next);
      if (expectAgrees(c)) accepted++;
      else {
        deferred++;
        // Whatever the fast path declines, zod still decides: nothing is lost.
        expect(typeof claimSchema.safeParse(c).success).toBe('boolean');
      }
    }
    expect(accepted).toBeGreaterThan(100);
    expect(deferred).toBeGreaterThan(100);
  });

  it('copies arrays as zod does, dropping named properties an input array had', () => {
    const c = JSON.parse(JSON.stringify(makeClaim()));
    c.items.note = 'x';
    expect(expectAgrees(c)).toBe(true);
    expect((fastParseClaim(c) as unknown as { items: { note?: string } }).items.note).toBeUndefined();
  });

  it('leaves non-objects and odd prototypes to zod', () => {
    for (const v of [null, undefined, 1, 'x', [], Object.create(null), new Date()]) expect(fastParseClaim(v)).toBeUndefined();
    const c = JSON.parse(JSON.stringify(makeClaim()).replace('{', '{"__proto__":{"a":1},'));
    expect(fastParseClaim(c)).toBeUndefined();
  });
});

describe('fast claim dates', () => {
  it('agree with the schema on odd dates', () => {
    const dates = ['2025-01-31', '2025-02-28', '2025-02-29', '2024-02-29', '1900-02-29', '2000-02-29', '2025-04-31', '2025-00-10',
      '2025-12-32', '2025-1a-01', '202a-01-01', '2029-01-0a', '2025/01/01', '2025-01-011', '0000-01-01', '9999-12-31', ' 2025-01-01'];
    for (const d of dates) {
      const c = { ...makeClaim(), visitDate: d };
      const fast = fastParseClaim(c) !== undefined;
      expect([d, fast]).toEqual([d, claimSchema.safeParse(c).success]);
    }
  });
});

describe('fast claim parse covers every field of the schema', () => {
  // A field added to claimSchema but not to the fast path would pass through it as an unknown key: for every
  // field path of the schema, a value of the wrong type that zod rejects must make the fast path decline too.
  type Def = { type: string; shape?: Record<string, { _zod: { def: Def } }>; innerType?: { _zod: { def: Def } }; element?: { _zod: { def: Def } } };
  const defOf = (s: unknown) => (s as { _zod: { def: Def } })._zod.def;
  function fieldPaths(def: Def, at: (string | number)[] = []): { path: (string | number)[]; object: boolean }[] {
    if (def.innerType) return fieldPaths(defOf(def.innerType), at);
    if (def.type === 'array' && def.element) return fieldPaths(defOf(def.element), [...at, 0]);
    if (def.type === 'object' && def.shape) {
      return Object.entries(def.shape).flatMap(([k, v]) => [{ path: [...at, k], object: isObject(defOf(v)) }, ...fieldPaths(defOf(v), [...at, k])]);
    }
    return [];
  }
  const isObject = (d: Def): boolean => (d.innerType ? isObject(defOf(d.innerType)) : d.type === 'object' || d.type === 'array');

  it('declines a wrong value at every field zod checks', () => {
    const base = JSON.parse(JSON.stringify([...generateClaims({ count: 200, seed: 'fields', fraudRate: 0, rulesDir: RULES })]
      .find((c) => c.visitType === 'inpatient' && c.procedures.length && c.reportedGroup)!));
    base.enrollment = { ...base.enrollment, special: null, chronicDiseases: ['E11'] };
    const paths = fieldPaths(defOf(claimSchema));
    expect(paths.length).toBeGreaterThan(40);
    const unchecked: string[] = [];
    for (const { path, object } of paths) {
      const c = clone(base) as any;
      const parent = path.slice(0, -1).reduce((o, k) => (o[k] ??= typeof k === 'number' ? [] : {}), c);
      parent[path[path.length - 1]] = object ? 'not an object' : { wrong: true };
      if (claimSchema.safeParse(c).success) continue;
      if (fastParseClaim(c) !== undefined) unchecked.push(path.join('.'));
    }
    expect(unchecked).toEqual([]);
  });
});

