import { ADMISSION_ROUTES, CHRONIC_DISEASE_CODE, DIAGNOSIS_CODE, DISCHARGE_MODES, INSURANCE_TYPES, UNSAFE_TEXT, isCalendarDate, ITEM_CATEGORIES, PROCEDURE_CODE, REGION_CODE, SPECIAL_ENROLLMENT, VISIT_TYPES, type Claim } from '../contract/claim';

// A hand-written fast path for claimSchema.safeParse on inputs that are well-formed: zod costs ~40-80 µs
// per 30-line claim, this a few. It is deliberately one-sided: it returns the claim only when it is sure zod
// would accept the input, and then an object just like zod's (shape keys in shape order when present, then
// unknown keys in input order, unknown values by reference) — the input itself when it is already so.
// On anything else it returns undefined and the caller asks zod, so errors come from the schema alone.

type Obj = Record<string, unknown>;
type Build = (v: unknown) => unknown | typeof NO;
const NO = Symbol('no');

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const str = (min: number, max: number): Build => (v) => (typeof v === 'string' && v.length >= min && v.length <= max && !UNSAFE_TEXT.test(v) ? v : NO);
const matching = (re: RegExp): Build => (v) => (typeof v === 'string' && re.test(v) ? v : NO);
const oneOf = (values: readonly unknown[]): Build => (v) => (values.includes(v) ? v : NO);
const bool: Build = (v) => (typeof v === 'boolean' ? v : NO);
const date: Build = (v) => (typeof v === 'string' && isDate(v) ? v : NO);
const nonNegative: Build = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : NO);
const count: Build = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : NO);
const weight: Build = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 && v <= 9999 ? v : NO);
const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN; // NaN fails every comparison below
};
/** isCalendarDate without the regex and slices (a claim carries ~60 dates); falls back to it for Feb 29. */
function isDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  if (!(y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= DAYS_IN_MONTH[m])) return false;
  return m !== 2 || d < 29 || isCalendarDate(s);
}
const nullOr = (b: Build): Build => (v) => (v === null ? null : b(v));

/** A field: its check, and whether it may be absent. */
type Field = [Build, boolean];
const req = (b: Build): Field => [b, false];
const opt = (b: Build): Field => [b, true];

/**
 * A looseObject: zod's output has the known keys in shape order, then unknown keys in input order. An input
 * already in that order, whose parts come back unchanged, is returned as it is: the copy zod makes would be
 * indistinguishable from it, and not making one halves what a claim allocates.
 */
function object(shape: Record<string, Field>): Build {
  const keys = Object.keys(shape);
  const builds = keys.map((k) => shape[k][0]);
  const optional = keys.map((k) => shape[k][1]);
  const known = new Set(keys);
  const has = (v: Obj, k: string) => Object.prototype.hasOwnProperty.call(v, k);
  return (v) => {
    if (!isObj(v)) return NO;
    let present = 0;
    // What a field came back as, kept only once one comes back as a copy (an array, or a reordered object).
    let built: unknown[] | null = null;
    for (let i = 0; i < keys.length; i++) {
      const x = v[keys[i]];
      if (x === undefined) {
        // Absent is fine when optional; an explicit undefined is rare and zod's handling subtle: zod's call.
        if (optional[i] && !has(v, keys[i])) continue;
        return NO;
      }
      if (!has(v, keys[i])) return NO;
      const r = builds[i](x);
      if (r === NO) return NO;
      if (r !== x && !built) built = keys.map((k) => v[k]);
      if (built) built[i] = r;
      present++;
    }
    const all = Object.keys(v);
    if (all.length !== present) for (const k of all) if (k === '__proto__') return NO;
    if (!built && inShapeOrder(v, all, present)) return v;
    const out: Obj = {};
    for (let i = 0; i < keys.length; i++) if (has(v, keys[i])) out[keys[i]] = built ? built[i] : v[keys[i]];
    for (const k of all) if (!known.has(k)) out[k] = v[k];
    return out;
  };

  /** The present known keys come first, in shape order (the unknown ones then follow, as zod puts them). */
  function inShapeOrder(v: Obj, all: string[], present: number): boolean {
    let j = 0;
    for (let i = 0; i < keys.length && j < present; i++) {
      if (!Object.prototype.hasOwnProperty.call(v, keys[i])) continue;
      if (all[j++] !== keys[i]) return false;
    }
    return true;
  }
}

/** Arrays are always copied, as zod copies them (a copy drops any named property an input array had). */
function array(b: Build, min: number): Build {
  return (v) => {
    if (!Array.isArray(v) || v.length < min) return NO;
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) return NO;
      const r = b(v[i]);
      if (r === NO) return NO;
      out[i] = r;
    }
    return out;
  };
}

const arrayMax = (b: Build, max: number): Build => {
  const inner = array(b, 0);
  return (v) => (Array.isArray(v) && v.length > max ? NO : inner(v));
};

// Mirrors src/contract/claim.ts; test/validate/fast-claim.test.ts checks both agree.
const claim = object({
  claimId: req(str(1, 128)),
  region: req(matching(REGION_CODE)),
  insuranceType: req(oneOf(INSURANCE_TYPES)),
  visitType: req(oneOf(VISIT_TYPES)),
  patient: req(
    object({
      insuredId: req(str(1, 64)),
      gender: req(oneOf(['M', 'F'])),
      birthDate: req(date),
      retired: opt(bool),
      birthWeightGrams: opt(weight),
      name: opt(str(0, 64)),
      idNumber: opt(str(0, 32)),
    }),
  ),
  enrollment: opt(
    object({
      enrolledOn: opt(date),
      inConcentratedPeriod: opt(bool),
      continuousYears: opt(count),
      lapsedYears: opt(count),
      backPaidYears: opt(count),
      lapseDays: opt(count),
      zeroClaimLastYear: opt(bool),
      contributionYears: opt(count),
      special: opt(nullOr(oneOf(SPECIAL_ENROLLMENT))),
      chronicDiseases: opt(arrayMax(matching(CHRONIC_DISEASE_CODE), 64)),
      zeroClaimRewardYears: opt(count),
    }),
  ),
  provider: req(
    object({
      hospitalId: req(str(1, 64)),
      level: req(oneOf([1, 2, 3])),
      department: opt(str(0, 64)),
      doctorId: opt(str(0, 64)),
    }),
  ),
  admissionDate: opt(date),
  dischargeDate: opt(date),
  visitDate: opt(date),
  admissionRoute: opt(oneOf(ADMISSION_ROUTES)),
  dischargeMode: opt(oneOf(DISCHARGE_MODES)),
  transferFromHospitalId: opt(str(1, 64)),
  insuredRegion: opt(matching(REGION_CODE)),
  diagnoses: req(array(object({ code: req(matching(DIAGNOSIS_CODE)), principal: opt(bool) }), 1)),
  procedures: opt(array(object({ code: req(matching(PROCEDURE_CODE)), date: opt(date) }), 0)),
  reportedGroup: opt(nullOr(object({ drg: opt(nullOr(str(0, 16))), dip: opt(nullOr(str(0, 64))) }))),
  items: req(
    array(
      object({
        lineId: req(str(1, 32)),
        code: req(str(1, 64)),
        name: opt(str(0, 200)),
        category: req(oneOf(ITEM_CATEGORIES)),
        date: req(date),
        quantity: req(nonNegative),
        unitPrice: req(nonNegative),
        amount: req(nonNegative),
        longPrescription: opt(bool),
      }),
      0,
    ),
  ),
  amounts: req(object({ total: req(nonNegative), policy: req(nonNegative), fundClaimed: req(nonNegative) })),
});

/** The claim zod would produce from this input, or undefined when only zod can say (then ask it). */
export function fastParseClaim(input: unknown): Claim | undefined {
  const r = claim(input);
  return r === NO ? undefined : (r as Claim);
}
