/**
 * Parent diagnosis codes (the 医保版 ICD-10 subcategory code, `K80.100`, `P59.900`) that the CHS-DRG 1.1 tables do not
 * list as a principal diagnosis, while they list the extension or detail codes beneath it (`K80.100x001`, `P59.901`).
 * Coders use the parent; the national grouper leaves it ungroupable (无法入组). Where every listed code beneath the
 * parent (the same first five characters: one ICD-10 four-character subcategory) groups this record into one ADRG, the
 * parent is that ADRG: the subcategory is the union of its detail codes, and they all say the same thing to the
 * grouper. Where they part (T81.400: wound infection groups to SS1, VT1 or EZ1 by the detail), the parent does not say
 * which and stays ungroupable. A code beneath that leaves the record ungroupable (a newborn-only detail for an adult)
 * is not counted. 《医疗保障疾病诊断分类及代码（ICD-10）》医保版 codes a detail as subcategory + two digits
 * or an xNNN extension beneath the subcategory; the fallback reads only the national tables of this folder.
 */
import type { CompiledScheme } from './scheme';
import type { GrouperInput, GroupingResult } from './types';

/** A subcategory code: letter, two digits, point, one digit, then 00. */
const PARENT = /^[A-Z]\d\d\.\d00$/;

const listed = new WeakMap<CompiledScheme, readonly string[]>();

/** The principal diagnoses some MDC entry lists, sorted (computed once a scheme). */
function listedPrincipals(s: CompiledScheme): readonly string[] {
  let l = listed.get(s);
  if (!l) {
    l = [...s.mdcIndex.byPrincipalDiagnosis.keys()].sort();
    listed.set(s, l);
  }
  return l;
}

/**
 * The listed principal diagnoses beneath an unlisted parent code, or [] when the code is listed, no parent, or not in
 * the 医保版 dictionary (a code outside it is the coder's error, whatever is listed beneath its shape).
 */
export function listedBeneath(s: CompiledScheme, code: string): string[] {
  if (!PARENT.test(code) || s.mdcIndex.byPrincipalDiagnosis.has(code) || !s.diagnosisNames.has(code)) return [];
  const prefix = code.slice(0, 5);
  return listedPrincipals(s).filter((c) => c.startsWith(prefix));
}

/**
 * The grouping of a record whose principal diagnosis is an unlisted parent code, read through the codes beneath it:
 * when each groups the record (`group` with that code as principal) into one and the same ADRG, that ADRG, with the
 * least severe of their DRGs (a CC split depends on each detail code's exclusion table, and the parent does not say
 * which applies). `parts` (the ADRGs they give) when the codes beneath it part; null when nothing listed beneath groups.
 */
export function groupThroughParent(
  s: CompiledScheme,
  input: GrouperInput,
  group: (input: GrouperInput) => GroupingResult,
): GroupingResult | { parts: string[]; beneath: string[] } | null {
  const pdx = input.diagnoses[0];
  const beneath = listedBeneath(s, pdx);
  if (!beneath.length) return null;
  // A code beneath that leaves this record ungroupable does not fit the patient (A09.900x005 新生儿腹泻 enters MDCP
  // only at age 0): the parent, for this patient, is one of the others.
  const results = beneath.map((c) => group({ ...input, diagnoses: [c, ...input.diagnoses.slice(1)] })).filter((r) => r.status !== 'ungroupable');
  if (!results.length) return null;
  const adrg = results[0].adrg;
  // The codes beneath part (Z51.100: 终末期化疗 RW2, 术前/术后/维持/姑息化疗 RU1): a valid code that does not say which.
  if (results.some((r) => r.status !== 'grouped' || r.adrg !== adrg)) return { parts: [...new Set(results.map((r) => r.adrg))], beneath };
  // DRG suffix digits: 1 with MCC, 3 with CC, 5 without, 9 not split; the highest is the least severe.
  const least = results.reduce((a, b) => (b.drg > a.drg ? b : a));
  return {
    ...least,
    path: [
      {
        step: 'parent_code',
        detail: `principal diagnosis ${pdx} is not listed; every listed code beneath it (${beneath.join(', ')}) groups to ${adrg}, so ${pdx} does`,
        code: pdx,
      },
      ...least.path,
    ],
  };
}
