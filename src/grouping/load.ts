/**
 * Reads one scheme directory (the file shapes of rules/grouping/<scheme>/README.md) and compiles
 * it. Everything scheme-specific comes from the files, so another version or a regional variant
 * is just another directory.
 */
import { applyAmendments, readAmendments } from './amend';
import { buildIndex } from './candidates';
import { GrouperLoadError } from './errors';
import { compileCondition, type CompileEnv } from './conditions';
import { readJson } from './read-json';
import type { AmbiguousGroup, CodeMaps, CompiledAdrg, CompiledDrg, CompiledMdc, CompiledScheme } from './scheme';
import { SPLIT_KINDS, type SplitKind } from './split';

/** The only list name a condition may refer to by string. */
const OR_PROCEDURES = 'OR_PROCEDURES';

type Raw = Record<string, unknown>;

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function objectOf(v: unknown, where: string): Raw {
  if (!isObject(v)) throw new GrouperLoadError(`${where} must be an object`);
  return v;
}

/** A JSON object of string -> string, as a Map. */
function stringMap(v: unknown, where: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const [k, x] of Object.entries(objectOf(v, where))) {
    if (typeof x !== 'string') throw new GrouperLoadError(`${where}: value of "${k}" must be a string`);
    m.set(k, x);
  }
  return m;
}

function stringList(v: unknown, where: string): string[] {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new GrouperLoadError(`${where} must be a list of strings`);
  return v;
}

/** One Set per distinct list content; many ADRGs share lists (e.g. PS1–PS4). */
function setInterner(): (list: readonly string[]) => ReadonlySet<string> {
  const byContent = new Map<string, ReadonlySet<string>>();
  return (list) => {
    const key = list.join('\n');
    let s = byContent.get(key);
    if (!s) {
      s = new Set(list);
      byContent.set(key, s);
    }
    return s;
  };
}

function compileAdrg(env: CompileEnv, code: string, raw: unknown): CompiledAdrg {
  const where = `adrg.json ${code}`;
  const a = objectOf(raw, where);
  if (typeof a.mdc !== 'string' || typeof a.name !== 'string') throw new GrouperLoadError(`${where}: needs string mdc and name`);
  if (!Array.isArray(a.drgs) || a.drgs.length === 0) throw new GrouperLoadError(`${where}: needs a non-empty drgs list`);
  const drgs: CompiledDrg[] = a.drgs.map((d, i) => {
    const o = objectOf(d, `${where} drgs[${i}]`);
    if (typeof o.drg !== 'string' || !SPLIT_KINDS.includes(o.split as SplitKind))
      throw new GrouperLoadError(`${where} drgs[${i}]: needs drg and split in ${SPLIT_KINDS.join('/')}`);
    return { drg: o.drg, split: o.split as SplitKind };
  });
  return {
    code,
    mdc: `MDC${a.mdc}`,
    name: a.name,
    condition: compileCondition(env, `ADRG ${code}`, a.condition),
    drgs,
    splitsOn: {
      mcc: drgs.some((d) => d.split !== 'none'),
      cc: drgs.some((d) => d.split === 'mcc_or_cc'),
    },
  };
}

function compileAmbiguous(raw: unknown, where: string, adrgCount: number): AmbiguousGroup {
  const g = objectOf(raw, where);
  const { code, position, active } = g;
  if (typeof code !== 'string' || typeof position !== 'number' || typeof active !== 'boolean' || position < 0 || position > adrgCount)
    throw new GrouperLoadError(`${where}: needs code, position 0..${adrgCount} and active`);
  return { code, position, active };
}

export function loadScheme(dir: string, useCodeMaps: boolean): CompiledScheme {
  const mdcFile = objectOf(readJson(dir, 'mdc.json'), 'mdc.json');
  const adrgFile = objectOf(readJson(dir, 'adrg.json'), 'adrg.json');
  const scheme = mdcFile.scheme;
  if (typeof scheme !== 'string') throw new GrouperLoadError('mdc.json: needs a scheme name');

  const orProcedures = new Set(stringList(readJson(dir, 'or_procedures.json'), 'or_procedures.json'));
  const env: CompileEnv = { toSet: setInterner(), orProcedures, orProceduresName: OR_PROCEDURES };

  const adrgs = new Map<string, CompiledAdrg>();
  const rawAdrgs = applyAmendments(objectOf(adrgFile.adrgs, 'adrg.json adrgs'), readAmendments(dir));
  for (const [code, raw] of Object.entries(rawAdrgs)) adrgs.set(code, compileAdrg(env, code, raw));

  const rawMdcs = new Map<string, Raw>();
  if (!Array.isArray(mdcFile.mdcs)) throw new GrouperLoadError('mdc.json: needs an mdcs list');
  for (const [i, m] of mdcFile.mdcs.entries()) {
    const o = objectOf(m, `mdc.json mdcs[${i}]`);
    if (typeof o.code !== 'string') throw new GrouperLoadError(`mdc.json mdcs[${i}]: needs a code`);
    rawMdcs.set(o.code, o);
  }

  const order = stringList(mdcFile.evaluationOrder, 'mdc.json evaluationOrder');
  const mdcs: CompiledMdc[] = order.map((code) => {
    const o = rawMdcs.get(code);
    if (!o) throw new GrouperLoadError(`mdc.json: evaluationOrder names ${code}, which is not in mdcs`);
    const members = stringList(o.adrgs, `mdc.json ${code} adrgs`).map((a) => {
      const adrg = adrgs.get(a);
      if (!adrg) throw new GrouperLoadError(`mdc.json ${code}: ADRG ${a} is not in adrg.json`);
      // The result's mdc is derived from the DRG code, so the tables must agree with it.
      if (adrg.mdc !== code) throw new GrouperLoadError(`mdc.json ${code}: ADRG ${a} says it belongs to ${adrg.mdc}`);
      return adrg;
    });
    return {
      code,
      entry: compileCondition(env, `${code} entry`, o.entry),
      adrgs: members,
      adrgIndex: buildIndex(members.map((a) => a.condition)),
      ambiguous: compileAmbiguous(o.ambiguousGroup, `mdc.json ${code} ambiguousGroup`, members.length),
    };
  });

  const drgNames = stringMap(readJson(dir, 'drg.json'), 'drg.json');
  const drgToAdrg = new Map<string, CompiledAdrg>();
  for (const a of adrgs.values()) for (const d of a.drgs) drgToAdrg.set(d.drg, a);

  const codeMaps: CodeMaps | null = useCodeMaps
    ? {
        diagnosis: stringMap(readJson(dir, 'diagnosis_map.json'), 'diagnosis_map.json'),
        procedure: stringMap(readJson(dir, 'procedure_map.json'), 'procedure_map.json'),
      }
    : null;

  return {
    scheme,
    mdcs,
    mdcIndex: buildIndex(mdcs.map((m) => m.entry)),
    adrgs,
    drgToAdrg,
    drgNames,
    diagnosisNames: stringMap(readJson(dir, 'diagnoses.json'), 'diagnoses.json'),
    procedureNames: stringMap(readJson(dir, 'procedures.json'), 'procedures.json'),
    orProcedures,
    complications: {
      mcc: stringMap(readJson(dir, 'mcc.json'), 'mcc.json'),
      cc: stringMap(readJson(dir, 'cc.json'), 'cc.json'),
      cce: stringMap(readJson(dir, 'cce.json'), 'cce.json'),
    },
    codeMaps,
  };
}
