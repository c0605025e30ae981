/**
 * Compiles the declarative condition objects of mdc.json / adrg.json into tests that are hash
 * lookups per code. Every key of a condition must hold (AND). Unknown keys fail the load, so a
 * variant using a key this engine does not know is refused instead of silently mis-grouped.
 */
import { GrouperLoadError } from './errors';

/** The record as the tests see it, after code mapping and checks. */
export interface RecordView {
  gender: string;
  ageYears: number;
  ageDays?: number;
  birthWeightGrams?: number;
  diagnoses: readonly string[];
  procedures: readonly string[];
}

/**
 * A compiled test. `holds` returns null when the test fails, otherwise the code that made it hold
 * ('' for tests not about a code). Text is built only by `describe`/`whyNot`, i.e. for the path.
 */
export interface Test {
  key: string;
  holds(r: RecordView): string | null;
  describe(r: RecordView, code: string): string;
  whyNot(r: RecordView): string;
  /** Set when the test is membership of the principal diagnosis/procedure, for the candidate index. */
  index?: { on: 'principalDiagnosis' | 'principalProcedure'; codes: ReadonlySet<string> };
}

export type Condition = readonly Test[];

export interface CompileEnv {
  /** Returns one shared Set per distinct list, so repeated lists cost memory once. */
  toSet(list: readonly string[]): ReadonlySet<string>;
  orProcedures: ReadonlySet<string>;
  /** The list name a string value refers to; only "OR_PROCEDURES" exists in the format. */
  orProceduresName: string;
}

type Raw = Record<string, unknown>;

function fail(where: string, key: string, what: string): never {
  throw new GrouperLoadError(`${where}: condition key "${key}" ${what}`);
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A list value, or the name of the OR-procedure list. */
function codeSet(env: CompileEnv, where: string, key: string, v: unknown): { set: ReadonlySet<string>; label: string } {
  if (v === env.orProceduresName) return { set: env.orProcedures, label: 'an OR procedure' };
  if (isStringList(v)) return { set: env.toSet(v), label: `in the ${where} list` };
  return fail(where, key, `needs a list of codes or "${env.orProceduresName}"`);
}

function firstIn(codes: readonly string[], set: ReadonlySet<string>): string | null {
  for (let i = 0; i < codes.length; i++) if (set.has(codes[i])) return codes[i];
  return null;
}

const principalDiagnosisIn = (env: CompileEnv, where: string, key: string, v: unknown): Test => {
  if (!isStringList(v)) fail(where, key, 'needs a list of codes');
  const set = env.toSet(v);
  return {
    key,
    holds: (r) => (r.diagnoses.length > 0 && set.has(r.diagnoses[0]) ? r.diagnoses[0] : null),
    describe: (_r, c) => `principal diagnosis ${c} is in the ${where} list`,
    whyNot: (r) => `principal diagnosis ${r.diagnoses[0]} is not in the ${where} list`,
    index: { on: 'principalDiagnosis', codes: set },
  };
};

const anyDiagnosisIn = (env: CompileEnv, where: string, key: string, v: unknown): Test => {
  if (!isStringList(v)) fail(where, key, 'needs a list of codes');
  const set = env.toSet(v);
  return {
    key,
    holds: (r) => firstIn(r.diagnoses, set),
    describe: (r, c) => `${c === r.diagnoses[0] ? 'principal' : 'secondary'} diagnosis ${c} is in the ${where} any-diagnosis list`,
    whyNot: () => `no diagnosis is in the ${where} any-diagnosis list`,
  };
};

const principalProcedureIn = (env: CompileEnv, where: string, key: string, v: unknown): Test => {
  const { set, label } = codeSet(env, where, key, v);
  return {
    key,
    holds: (r) => (r.procedures.length > 0 && set.has(r.procedures[0]) ? r.procedures[0] : null),
    describe: (_r, c) => `principal procedure ${c} is ${label}`,
    whyNot: (r) => (r.procedures.length === 0 ? 'there is no procedure' : `principal procedure ${r.procedures[0]} is not ${label}`),
    index: { on: 'principalProcedure', codes: set },
  };
};

const noProcedureIn = (env: CompileEnv, where: string, key: string, v: unknown): Test => {
  const { set, label } = codeSet(env, where, key, v);
  // The README: an empty list never matches, whatever the key.
  if (set.size === 0) return never(key, `${where}: ${key} has an empty list`);
  return {
    key,
    holds: (r) => (firstIn(r.procedures, set) === null ? '' : null),
    describe: () => `no procedure is ${label}`,
    whyNot: (r) => `procedure ${firstIn(r.procedures, set)} is ${label}`,
  };
};

const anyProcedureInEach = (env: CompileEnv, where: string, key: string, v: unknown): Test => {
  if (!Array.isArray(v) || !v.every(isStringList)) fail(where, key, 'needs a list of code lists');
  const sets = (v as string[][]).map((l) => env.toSet(l));
  if (sets.length === 0 || sets.some((s) => s.size === 0)) return never(key, `${where}: ${key} has an empty list`);
  const hits = (r: RecordView) => sets.map((s) => firstIn(r.procedures, s));
  return {
    key,
    holds: (r) => {
      let first: string | null = null;
      for (const s of sets) {
        const c = firstIn(r.procedures, s);
        if (c === null) return null;
        if (first === null) first = c;
      }
      return first;
    },
    describe: (r) => `procedures ${hits(r).join(' + ')} cover each of the ${sets.length} ${where} procedure lists`,
    whyNot: (r) => `no procedure is in ${where} procedure list ${hits(r).indexOf(null) + 1}`,
  };
};

const procedureGroups = (_env: CompileEnv, where: string, key: string, v: unknown): Test => {
  if (!isObject(v) || !isObject(v.groups) || !Array.isArray(v.anyOf) || !v.anyOf.every(isStringList))
    fail(where, key, 'needs {groups: {id: [codes]}, anyOf: [[ids]]}');
  const groupOf = new Map<string, string>();
  for (const [id, codes] of Object.entries(v.groups as Raw)) {
    if (!isStringList(codes)) fail(where, key, `group ${id} needs a list of codes`);
    // First occurrence wins, as in the source.
    for (const c of codes) if (!groupOf.has(c)) groupOf.set(c, id);
  }
  const combos = (v.anyOf as string[][]).filter((c) => c.length > 0);
  const found = (r: RecordView): Map<string, string> => {
    const g = new Map<string, string>(); // group id -> first procedure in it
    for (const p of r.procedures) {
      const id = groupOf.get(p);
      if (id !== undefined && !g.has(id)) g.set(id, p);
    }
    return g;
  };
  const match = (g: Map<string, string>) => combos.find((combo) => combo.every((id) => g.has(id)));
  return {
    key,
    holds: (r) => {
      const g = found(r);
      const combo = match(g);
      return combo ? (g.get(combo[0]) as string) : null;
    },
    describe: (r) => {
      const g = found(r);
      const combo = match(g) as string[];
      return `procedures ${combo.map((id) => `${g.get(id)} (group ${id})`).join(', ')} complete ${where} group combination [${combo.join('+')}]`;
    },
    whyNot: (r) => {
      const ids = [...found(r).keys()];
      return `${where} procedure groups present: [${ids.join(',')}], no combination of [${combos.map((c) => c.join('+')).join('], [')}] complete`;
    },
  };
};

const birthWeightGrams = (_env: CompileEnv, where: string, key: string, v: unknown): Test => {
  if (!isObject(v)) fail(where, key, 'needs {min, below}');
  const min = v.min ?? null;
  const below = v.below ?? null;
  if ((min !== null && typeof min !== 'number') || (below !== null && typeof below !== 'number'))
    fail(where, key, 'needs numbers or null for min and below');
  const band = `${min === null ? '' : `>= ${min} g`}${min !== null && below !== null ? ' and ' : ''}${below === null ? '' : `< ${below} g`}`;
  return {
    key,
    holds: (r) => {
      const w = r.birthWeightGrams;
      if (w === undefined || !(w > 0)) return null;
      if (min !== null && w < min) return null;
      if (below !== null && w >= below) return null;
      return '';
    },
    describe: (r) => `birth weight ${r.birthWeightGrams} g is ${band}`,
    whyNot: (r) =>
      r.birthWeightGrams === undefined || !(r.birthWeightGrams > 0)
        ? 'birth weight is absent or not positive'
        : `birth weight ${r.birthWeightGrams} g is not ${band}`,
  };
};

const ageDaysMax = (_env: CompileEnv, where: string, key: string, v: unknown): Test => {
  if (typeof v !== 'number') fail(where, key, 'needs a number');
  return {
    key,
    holds: (r) => (r.ageDays !== undefined && r.ageDays <= v ? '' : null),
    describe: (r) => `age ${r.ageDays} days <= ${v}`,
    whyNot: (r) => (r.ageDays === undefined ? 'age in days is absent' : `age ${r.ageDays} days > ${v}`),
  };
};

const ageYearsEq = (_env: CompileEnv, where: string, key: string, v: unknown): Test => {
  if (typeof v !== 'number') fail(where, key, 'needs a number');
  return {
    key,
    holds: (r) => (r.ageYears === v ? '' : null),
    describe: () => `age ${v} years`,
    whyNot: (r) => `age ${r.ageYears} years is not ${v}`,
  };
};

const gender = (_env: CompileEnv, where: string, key: string, v: unknown): Test => {
  if (typeof v !== 'string') fail(where, key, 'needs "M" or "F"');
  return {
    key,
    holds: (r) => (r.gender === v ? '' : null),
    describe: () => `gender is ${v}`,
    whyNot: (r) => `gender ${r.gender} is not ${v}, as ${where} requires`,
  };
};

const always = (_env: CompileEnv, where: string, key: string, v: unknown): Test => {
  if (v !== true) fail(where, key, 'needs true');
  return { key, holds: () => '', describe: () => `${where} is a catch-all`, whyNot: () => '' };
};

const multipleTraumaRegions = (_env: CompileEnv, where: string, key: string, v: unknown): Test => {
  if (!isObject(v) || typeof v.minDistinctRegions !== 'number' || !isObject(v.regions))
    fail(where, key, 'needs {minDistinctRegions, regions: {name: [codes]}}');
  const need = v.minDistinctRegions;
  const regionOf = new Map<string, string>();
  for (const [name, codes] of Object.entries(v.regions as Raw)) {
    if (!isStringList(codes)) fail(where, key, `region ${name} needs a list of codes`);
    for (const c of codes) if (!regionOf.has(c)) regionOf.set(c, name);
  }
  const found = (r: RecordView): Map<string, string> => {
    const seen = new Map<string, string>(); // region -> first diagnosis in it
    for (const d of r.diagnoses) {
      const region = regionOf.get(d);
      if (region !== undefined && !seen.has(region)) seen.set(region, d);
    }
    return seen;
  };
  const list = (m: Map<string, string>) => [...m].map(([region, d]) => `${d} (${region})`).join(', ');
  return {
    key,
    holds: (r) => {
      // Count without allocating for the common case of one diagnosis.
      let first: string | undefined;
      let count = 0;
      let seen: Set<string> | undefined;
      for (const d of r.diagnoses) {
        const region = regionOf.get(d);
        if (region === undefined) continue;
        if (first === undefined) {
          first = region;
          count = 1;
        } else if (region !== first) {
          seen ??= new Set([first]);
          if (!seen.has(region)) {
            seen.add(region);
            count++;
          }
        }
      }
      return count >= need ? '' : null;
    },
    describe: (r) => `${found(r).size} distinct trauma regions (>= ${need}): ${list(found(r))}`,
    whyNot: (r) => {
      const f = found(r);
      return `only ${f.size} distinct trauma region(s), ${need} needed${f.size ? `: ${list(f)}` : ''}`;
    },
  };
};

function never(key: string, why: string): Test {
  return { key, holds: () => null, describe: () => '', whyNot: () => why };
}

const COMPILERS: Record<string, (env: CompileEnv, where: string, key: string, v: unknown) => Test> = {
  principalDiagnosisIn,
  anyDiagnosisIn,
  principalProcedureIn,
  noProcedureIn,
  anyProcedureInEach,
  procedureGroups,
  birthWeightGrams,
  ageDaysMax,
  ageYearsEq,
  gender,
  always,
  multipleTraumaRegions,
};

/** Tests run in COMPILERS order: code membership first, so most failing conditions stop at one lookup. */
const ORDER = Object.keys(COMPILERS);

export function compileCondition(env: CompileEnv, where: string, raw: unknown): Condition {
  if (!isObject(raw)) throw new GrouperLoadError(`${where}: condition must be an object`);
  const keys = Object.keys(raw);
  if (keys.length === 0) throw new GrouperLoadError(`${where}: condition is empty`);
  for (const k of keys) if (!Object.hasOwn(COMPILERS, k)) throw new GrouperLoadError(`${where}: unknown condition key "${k}"`);
  return keys
    .sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))
    .map((k) => {
      const v = raw[k];
      // An empty list never matches (README); compile it to a test that never holds.
      if (Array.isArray(v) && v.length === 0) return never(k, `${where}: ${k} has an empty list`);
      return COMPILERS[k](env, where, k, v);
    });
}

/** Evaluates a condition, stopping at the first failing test; allocates only past the first test. */
export function holdsAll(cond: Condition, r: RecordView): string[] | null {
  const first = cond[0].holds(r);
  if (first === null) return null;
  const codes = [first];
  for (let i = 1; i < cond.length; i++) {
    const c = cond[i].holds(r);
    if (c === null) return null;
    codes.push(c);
  }
  return codes;
}

/** Human text for a condition that held, and the code that decided it (the first code-bearing test). */
export function explain(cond: Condition, r: RecordView, codes: string[]): { detail: string; code?: string } {
  const parts = cond.map((t, i) => t.describe(r, codes[i]));
  const code = codes.find((c) => c !== '');
  return code === undefined ? { detail: parts.join('; ') } : { detail: parts.join('; '), code };
}
