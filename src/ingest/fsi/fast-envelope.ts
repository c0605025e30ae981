import type { Request3101 } from './envelope';

// A fast path for parsing 3101 requests. zod spends ~0.3 ms (and ~400 kB of garbage) on a 50-order message,
// mostly in the code/number unions and loose objects; this walks the same layout in plain code. It only ever
// accepts a message zod would accept, giving the same output (transformed values; known keys in schema order,
// then unknown keys as sent); anything else returns null and zod parses it, so error messages are zod's.
// The layout below mirrors envelope.ts field by field; test/fsi/fast-envelope.test.ts holds them together.

export type FieldKind = 'string' | 'nonEmpty' | 'code' | 'num' | 'date' | ObjectLayout | ArrayKind;
export interface ArrayKind {
  array: FieldKind;
  min: number;
}
/** [name, kind, optional], in the zod schema's key order. */
export type ObjectLayout = readonly (readonly [string, FieldKind, boolean])[];

const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;
/** Returned by a check that fails; never a valid output. */
const FAIL = Symbol('fail');

const many = (kind: FieldKind, min = 0): ArrayKind => ({ array: kind, min });

export const DIAGNOSE: ObjectLayout = [
  ['dise_codg', 'nonEmpty', false],
  ['dise_name', 'string', true],
  ['maindise_flag', 'code', true],
  ['dias_srt_no', 'num', true],
  ['inout_dise_type', 'code', true],
];
export const OPERATION: ObjectLayout = [
  ['oprn_oprt_code', 'nonEmpty', false],
  ['oprn_oprt_name', 'string', true],
  ['oprn_oprt_date', 'date', true],
];
export const ORDER: ObjectLayout = [
  ['rx_id', 'code', false],
  ['hilist_code', 'nonEmpty', false],
  ['hilist_name', 'string', true],
  ['hilist_type', 'code', false],
  ['hilist_lv', 'code', true],
  ['chrg_type', 'code', true],
  ['cnt', 'num', false],
  ['pric', 'num', false],
  ['sumamt', 'num', false],
  ['drord_begn_date', 'date', false],
  ['drord_dr_codg', 'string', true],
  ['long_drord_flag', 'code', true],
];
export const ENCOUNTER: ObjectLayout = [
  ['mdtrt_id', 'code', false],
  ['medins_id', 'string', true],
  ['medins_lv', 'code', false],
  ['medins_admdvs', 'code', true],
  ['adm_date', 'date', false],
  ['dscg_date', 'date', true],
  ['adm_way', 'code', true],
  ['dscg_way', 'code', true],
  ['dscg_main_dise_codg', 'string', true],
  ['dr_codg', 'string', true],
  ['adm_dept_codg', 'string', true],
  ['med_mdtrt_type', 'code', true],
  ['med_type', 'code', false],
  ['insutype', 'code', false],
  ['matn_stas', 'code', true],
  ['medfee_sumamt', 'num', true],
  ['hifp_payamt', 'num', true],
  ['fsi_diagnose_dtos', many(DIAGNOSE, 1), false],
  ['fsi_operation_dtos', many(OPERATION), true],
  ['fsi_order_dtos', many(ORDER), true],
];
export const PATIENT: ObjectLayout = [
  ['patn_id', 'code', false],
  ['patn_name', 'string', true],
  ['gend', 'code', false],
  ['brdy', 'date', false],
  ['poolarea', 'code', true],
  ['curr_mdtrt_id', 'code', true],
  ['fsi_encounter_dtos', many(ENCOUNTER, 1), false],
];
export const DATA: ObjectLayout = [
  ['rule_ids', many('string'), true],
  ['trig_scen', 'code', false],
  ['syscode', 'string', true],
  ['task_id', 'string', true],
  ['patient_dtos', many(PATIENT, 1), false],
];
export const INPUT: ObjectLayout = [['data', DATA, false]];
/** infno is checked apart (it must be "3101"); here it is a code like the others. */
export const REQUEST_3101: ObjectLayout = [
  ['infno', 'code', false],
  ['inf_time', 'string', true],
  ['msgid', 'string', true],
  ['fixmedins_code', 'nonEmpty', false],
  ['fixmedins_name', 'string', true],
  ['mdtrtarea_admvs', 'code', true],
  ['insuplc_admdvs', 'code', true],
  ['input', INPUT, false],
];

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** The value as zod would output it, or FAIL. */
export function checkField(kind: FieldKind, v: unknown): unknown {
  switch (kind) {
    case 'string':
      return typeof v === 'string' ? v : FAIL;
    case 'nonEmpty':
      return typeof v === 'string' && v.length >= 1 ? v : FAIL;
    case 'code':
      if (typeof v === 'string') return v;
      return typeof v === 'number' && Number.isFinite(v) ? String(v) : FAIL;
    case 'num':
      if (typeof v === 'number') return Number.isFinite(v) ? v : FAIL;
      return typeof v === 'string' && NUMBER_TEXT.test(v) ? Number(v) : FAIL;
    case 'date':
      return typeof v === 'string' && DATE_TIME.test(v) ? v.slice(0, 10) : FAIL;
    default:
      if ('array' in kind) {
        if (!Array.isArray(v) || v.length < kind.min) return FAIL;
        const out = new Array(v.length);
        for (let i = 0; i < v.length; i++) {
          const x = checkField(kind.array, v[i]);
          if (x === FAIL) return FAIL;
          out[i] = x;
        }
        return out;
      }
      return checkObject(kind, v);
  }
}

function checkObject(layout: ObjectLayout, v: unknown): unknown {
  if (!isPlainObject(v)) return FAIL;
  const out: Record<string, unknown> = {};
  let known = 0;
  for (const [name, kind, optional] of layout) {
    if (!Object.hasOwn(v, name)) {
      if (!optional) return FAIL;
      continue;
    }
    known += 1;
    const x = v[name];
    if (x === undefined && optional) {
      out[name] = undefined;
      continue;
    }
    const checked = checkField(kind, x);
    if (checked === FAIL) return FAIL;
    out[name] = checked;
  }
  // Unknown keys pass through as sent (looseObject). __proto__ would need care zod takes: leave it to zod.
  const keys = Object.keys(v);
  if (keys.length !== known) {
    const names = new Set(layout.map((f) => f[0]));
    for (const k of keys) {
      if (names.has(k)) continue;
      if (k === '__proto__') return FAIL;
      out[k] = v[k];
    }
  }
  return out;
}

/** The parsed 3101 request when the fast path can vouch for it; null means "ask zod". */
export function fastParse3101(body: unknown): Request3101 | null {
  const out = checkObject(REQUEST_3101, body);
  if (out === FAIL || (out as { infno: string }).infno !== '3101') return null;
  return out as Request3101;
}
