import type { Catalogue, CatalogueRow } from './catalogue';
import type { Draft, PatternId } from './draft';
import { allowed, capFen, indicated, LineBook, supplyQuantity } from './items';
import type { Line, LineContext } from './items';
import { policyFen, ratioFor } from './money';
import { ruleOf, type BenefitRule, type ProvincePolicy } from './policy';
import { waitingDays } from './population';
import { toIso } from './dates';
import type { Rng } from './random';
import { indicationsInForce } from '../enrich/catalogue';
import type { SerialTests } from '../enrich/serial-tests';
import { startsWithAny } from '../contract/code-prefix';

// Pattern injectors. Each changes one claim draft so that exactly one fraud pattern shows, keeps the claim
// valid per the contract, marks the lines it touched, and returns false when the draft gives it no material.
// Patterns that need a second claim (split stays, overlaps, duplicates) are built in generate.ts.

export const PATTERNS: PatternId[] = [
  'upcoding', 'split_hospitalisation', 'phantom_stay', 'low_standard_admission',
  'restricted_gender', 'restricted_age', 'restricted_level', 'restricted_setting', 'restricted_indication',
  'excess_quantity', 'excess_days', 'duplicate_charge', 'bundled_charge', 'exclusive_items', 'over_price',
  'not_covered_billed', 'swapped_items', 'waiting_period', 'over_reimbursement', 'outlier_cost_high',
  'outlier_cost_low', 'overlapping_stay', 'same_day_two_hospitals', 'duplicate_claim',
];

/** Which claim the pattern needs: built as that visit type before the injector runs. */
export const PATTERN_VISIT: Record<PatternId, 'inpatient' | 'outpatient' | 'any'> = {
  upcoding: 'inpatient', split_hospitalisation: 'inpatient', phantom_stay: 'inpatient', low_standard_admission: 'inpatient',
  outlier_cost_high: 'inpatient', outlier_cost_low: 'inpatient', overlapping_stay: 'inpatient', excess_days: 'inpatient',
  same_day_two_hospitals: 'outpatient', restricted_gender: 'any', restricted_age: 'any', restricted_level: 'any',
  restricted_setting: 'any', restricted_indication: 'any', excess_quantity: 'any', duplicate_charge: 'any',
  bundled_charge: 'any', exclusive_items: 'any', over_price: 'any', not_covered_billed: 'any', swapped_items: 'any',
  waiting_period: 'any', over_reimbursement: 'any', duplicate_claim: 'any',
};

export interface InjectEnv {
  rng: Rng;
  cat: Catalogue;
  /** Tests the claim's condition repeats the same day (serial-tests.json), which a second line does not duplicate. */
  serialTests?: SerialTests;
  policy: ProvincePolicy;
  /** A group paying more than the computed one (a DIP 病种 in DIP regions, else a DRG), or undefined. */
  upcode: () => { scheme: 'DRG' | 'DIP'; reported: string; computed: string } | undefined;
}

const ctxOf = (d: Draft): LineContext => ({
  gender: d.member.gender,
  age: d.age,
  level: d.hospital.level,
  inpatient: d.visitType === 'inpatient',
  diagnoses: d.diagnoses,
});

/** A book over the draft's existing lines, for adding checked or unchecked lines. */
function bookOf(env: InjectEnv, d: Draft): LineBook {
  const book = new LineBook(env.cat, d.hospital, ctxOf(d));
  for (const l of d.lines) {
    if (l.row) Object.assign(book.push(l.row, l.day, l.quantity, l.priceFen), l);
    else book.lines.push(l);
  }
  return book;
}

const stayDay = (env: InjectEnv, d: Draft): number => d.start + env.rng.int(0, Math.max(0, d.end - d.start - (d.end > d.start ? 1 : 0)));

function quantityFor(row: CatalogueRow, d: Draft): number {
  if (d.visitType !== 'inpatient' && row.category !== 'service') return supplyQuantity(row, Math.min(7, row.maxDays ?? 7));
  return Math.max(1, Math.min(Math.round(row.usualPerDay), row.maxPerDay ?? Infinity));
}

/** Adds one row that breaks exactly the restriction `kind` while passing the others. */
function addRestricted(
  env: InjectEnv,
  d: Draft,
  broken: (r: CatalogueRow, c: LineContext) => boolean,
  relax: (c: LineContext, r: CatalogueRow) => LineContext,
  kind: string,
): boolean {
  const c = ctxOf(d);
  const candidates = env.cat.rows.filter((r) => r.class !== '丙' && broken(r, c) && allowed(r, relax(c, r)));
  if (candidates.length === 0) return false;
  const row = env.rng.pick(candidates);
  const book = bookOf(env, d);
  const day = stayDay(env, d);
  if (book.conflicts(row.code, day)) return false;
  book.push(row, day, quantityFor(row, d)).marked = true;
  d.lines = book.lines;
  return label(d, `${row.name} (${row.code}) billed outside its scope: ${whatOf(row, c, kind)}`);
}

function whatOf(r: CatalogueRow, c: LineContext, kind: string): string {
  switch (kind) {
    case 'gender': return `restricted to gender ${r.gender}, patient is ${c.gender}`;
    case 'age': return `restricted to ages ${r.ageMin ?? 0}–${r.ageMax ?? '∞'}, patient is ${c.age}`;
    case 'level': return `restricted to hospital level ≥ ${r.minLevel}, hospital is level ${c.level}`;
    case 'setting': return `restricted to ${r.setting} use, claim is ${c.inpatient ? 'inpatient' : 'outpatient'}`;
    default: return `restricted to indications ${(r.indications ?? []).join(',')}, claim diagnoses ${c.diagnoses.join(',')}`;
  }
}

function restricted(env: InjectEnv, d: Draft, kind: 'gender' | 'age' | 'level' | 'setting' | 'indication'): boolean {
  switch (kind) {
    case 'gender':
      return addRestricted(env, d, (r, c) => !!r.gender && r.gender !== c.gender, (c, r) => ({ ...c, gender: r.gender! }), kind);
    case 'age':
      return addRestricted(env, d, (r, c) => (r.ageMin !== undefined && c.age < r.ageMin) || (r.ageMax !== undefined && c.age > r.ageMax), (c, r) => ({ ...c, age: r.ageMin ?? r.ageMax ?? c.age }), kind);
    case 'level':
      // A pharmacy dispenses on a prescribing institution's prescription: the level restriction is not its to break.
      if (d.visitType === 'pharmacy') return false;
      return addRestricted(env, d, (r, c) => r.minLevel !== undefined && c.level < r.minLevel, (c) => ({ ...c, level: 3 }), kind);
    case 'setting':
      return addRestricted(env, d, (r, c) => !!r.setting && r.setting !== (c.inpatient ? 'inpatient' : 'outpatient'), (c) => ({ ...c, inpatient: !c.inpatient }), kind);
    default:
      // An indication restriction dated after the claim does not apply to it, so a line under it breaks nothing.
      return addRestricted(env, d, (r, c) => !!r.indications && !indicated(r, c.diagnoses) && indicationsInForce(r, toIso(d.start)), (c, r) => ({ ...c, diagnoses: [`${r.indications![0]}${r.indications![0].length === 1 ? '00' : ''}`] }), kind);
  }
}

function label(d: Draft, note: string): true {
  d.injected = { pattern: d.injected!.pattern, lineIds: [], note };
  return true;
}

function excessQuantity(env: InjectEnv, d: Draft): boolean {
  const inpatient = d.visitType === 'inpatient';
  // On a stay a per-day row's line above its limit reads as a summary of the days after it (src/enrich/day-summary-lines.ts,
  // 费用汇总明细): its finding is days beyond the stay, not a quantity a day, so the pattern takes other rows there.
  const perDay = (r: CatalogueRow) => r.unit === '日' || r.unit === '天' || r.dailyUnit === true;
  const lines = d.lines.filter((l) => l.row?.maxPerDay !== undefined && (inpatient ? !perDay(l.row) : l.category === 'service'));
  if (lines.length === 0) return false;
  const l = env.rng.pick(lines);
  const max = l.row!.maxPerDay!;
  l.quantity = max + env.rng.int(1, Math.max(1, Math.ceil(max * 1.5)));
  l.marked = true;
  return label(d, `${l.name} quantity ${l.quantity} on one day, limit ${max}`);
}

function excessDays(env: InjectEnv, d: Draft): boolean {
  const stayDays = Math.max(1, d.end - d.start);
  const c = ctxOf(d);
  const candidates = env.cat.rows.filter((r) => r.category === 'drug' && r.maxDays !== undefined && r.maxDays < stayDays && allowed(r, c) && !d.lines.some((l) => l.code === r.code));
  if (candidates.length === 0) return false;
  const row = env.rng.pick(candidates);
  const book = bookOf(env, d);
  const days = Math.min(stayDays, row.maxDays! + env.rng.int(1, 5));
  for (let i = 0; i < days; i++) {
    const line = book.push(row, d.start + i, Math.max(1, Math.min(Math.round(row.usualPerDay), row.maxPerDay ?? Infinity)));
    line.marked = true;
  }
  d.lines = book.lines;
  return label(d, `${row.name} billed on ${days} days, limit ${row.maxDays} days`);
}

/**
 * Whether the claim's condition calls for `l`'s test again the same day (serial-tests.json: troponin at 0 h and 3 h
 * in an acute coronary syndrome), as the review reads it: a second line of it is a serial measurement, not a duplicate.
 */
function repeatedByCondition(env: InjectEnv, d: Draft, l: Line): boolean {
  const procedures = d.procedures.map((p) => p.code);
  return (env.serialTests?.get(l.row?.code ?? l.code) ?? []).some(
    (r) => (startsWithAny(d.diagnoses, r.diagnoses) || startsWithAny(procedures, r.procedures)) && (r.firstDays === undefined || l.day - d.start < r.firstDays),
  );
}

function duplicateCharge(env: InjectEnv, d: Draft): boolean {
  const pool = d.lines.filter((l) => l.category === 'service' && l.row && !repeatedByCondition(env, d, l));
  if (pool.length === 0) return false;
  const l = env.rng.pick(pool);
  const copy: Line = { ...l, marked: true };
  d.lines.push(copy);
  return label(d, `${l.name} billed twice on the same day`);
}

function bundledCharge(env: InjectEnv, d: Draft): boolean {
  const withIncludes = d.lines.filter((l) => l.row?.includes?.length);
  const book = bookOf(env, d);
  if (withIncludes.length > 0) {
    const host = env.rng.pick(withIncludes);
    const part = env.cat.byCode.get(env.rng.pick(host.row!.includes!))!;
    const line = book.push(part, host.day, 1);
    line.marked = true;
    d.lines = book.lines;
    return label(d, `${part.name} billed on the day of ${host.name}, which already includes it`);
  }
  const host = env.cat.byName.get('肝功能(全套)')!;
  const part = env.cat.byCode.get(host.includes![0])!;
  const day = d.start;
  if (book.conflicts(host.code, day)) return false;
  book.push(host, day, 1);
  book.push(part, day, 1).marked = true;
  d.lines = book.lines;
  return label(d, `${part.name} billed with ${host.name}, which already includes it`);
}

function exclusiveItems(env: InjectEnv, d: Draft): boolean {
  const c = ctxOf(d);
  const options: Array<[Line, CatalogueRow]> = [];
  for (const l of d.lines) {
    for (const x of env.cat.exclusive.get(l.code) ?? []) {
      const row = env.cat.byCode.get(x)!;
      if (allowed(row, c) && !d.lines.some((o) => o.day === l.day && o.code === x)) options.push([l, row]);
    }
  }
  if (options.length === 0) return false;
  const [l, row] = env.rng.pick(options);
  const book = bookOf(env, d);
  book.push(row, l.day, 1).marked = true;
  d.lines = book.lines;
  return label(d, `${row.name} billed on the same day as ${l.name}; the two are mutually exclusive`);
}

function overPrice(env: InjectEnv, d: Draft): boolean {
  const pool = d.lines.filter((l) => l.row && l.priceFen >= 100);
  if (pool.length === 0) return false;
  const l = env.rng.pick(pool);
  const cap = capFen(l.row!, d.hospital.level);
  l.priceFen = Math.round(cap * (1.15 + env.rng.next() * 0.65));
  l.marked = true;
  return label(d, `${l.name} charged ${(l.priceFen / 100).toFixed(2)} per ${l.row!.unit}, cap at level ${d.hospital.level} is ${(cap / 100).toFixed(2)}`);
}

function notCovered(env: InjectEnv, d: Draft): boolean {
  const book = bookOf(env, d);
  const day = stayDay(env, d);
  if (env.rng.chance(0.3)) {
    // A code the catalogue does not know, billed as a covered drug: a 23-character 西药 code in a class (V06DX,
    // other nutrients) the sample catalogue has no row in.
    const code = `XV06DXZ${String(env.rng.int(100, 999))}A001010100000`;
    const priceFen = env.rng.int(2000, 30000);
    const line: Line = { code, name: '自备营养补充剂', category: 'drug', day, quantity: env.rng.int(1, 3), priceFen, row: undefined, billedAsCovered: true, marked: true };
    d.lines.push(line);
    return label(d, `unknown code ${code} billed to the fund as covered`);
  }
  const c = ctxOf(d);
  const rows = env.cat.rows.filter((r) => r.class === '丙' && allowed(r, c) && !book.conflicts(r.code, day));
  if (rows.length === 0) return false;
  const row = env.rng.pick(rows);
  const line = book.push(row, day, quantityFor(row, d));
  line.billedAsCovered = true;
  line.marked = true;
  d.lines = book.lines;
  return label(d, `丙类 item ${row.name} counted in the policy amount and billed to the fund`);
}

function swappedItems(env: InjectEnv, d: Draft): boolean {
  // An uncovered item (丙类, e.g. 阿胶) billed under the code of a cheap covered drug: the covered code shows up
  // with a quantity far beyond its usual use and a line amount matching the uncovered item's price. "Far beyond" is
  // at least ten days of the code's usual daily use on the one line: a cheap hidden item spread over a few more
  // units than usual (5 vials of a muscle relaxant, 20 bags of saline in a day) is what a busy day of real care
  // bills too, not a swap anyone could see in the claim.
  const pool = d.lines.filter((l) => l.category === 'drug' && l.row && l.row.class !== '丙' && l.row.maxPerDay === undefined && l.row.maxDays === undefined && l.priceFen > 0);
  if (pool.length === 0) return false;
  const l = env.rng.pick(pool);
  const hidden = env.rng.pick(env.cat.rows.filter((r) => r.class === '丙' && capFen(r, 3) >= 5000));
  const targetFen = capFen(hidden, 3) * env.rng.int(1, 2);
  l.quantity = Math.max(l.quantity * 5, Math.ceil((l.row?.usualPerDay ?? 1) * 10), Math.ceil(targetFen / l.priceFen));
  l.marked = true;
  return label(d, `${hidden.name} (丙类) billed as ${l.quantity} × ${l.name}: unusual quantity for the code`);
}

function waitingPeriod(env: InjectEnv, d: Draft): boolean {
  // Only where the provision covers the member's scheme on the service date, as the review judges it.
  const p = env.policy.waitingPeriod;
  if (!p || !p.schemes.includes(d.member.scheme)) return false;
  const lapsedYears = env.rng.int(1, 5);
  const e = { ...d.enrollment, inConcentratedPeriod: false, continuousYears: 0, lapsedYears, backPaidYears: 0, special: null };
  const wait = waitingDays(e, env.policy.waitingPeriod);
  const enrolled = d.start - env.rng.int(1, wait - 1);
  const birth = Date.parse(`${d.member.birthDate}T00:00:00Z`) / 86_400_000;
  if (enrolled <= birth) return false;
  d.enrollment = { ...e, enrolledOn: new Date(enrolled * 86_400_000).toISOString().slice(0, 10) };
  return label(d, `service ${d.start - enrolled} days after enrolment with ${lapsedYears} lapsed year(s): waiting period ${wait} days`);
}

function overReimbursement(env: InjectEnv, d: Draft, rule: BenefitRule): boolean {
  const policyEstimate = d.lines.reduce((sum, l) => sum + policyFen(l.quantity * l.priceFen, l.row), 0);
  // Against editable-default figures only a fund above the ceiling of the policy scope is a finding (policy.ts
  // figures): the bill must leave room above it (5% of at least 100 yuan).
  const { confirmed, ceilingRatio } = env.policy.figures;
  if (policyEstimate < (confirmed ? 2000 : 10000)) return false;
  const ratio = ratioFor(rule, d.hospital.level, d.member.retired);
  const bump = 0.1 + env.rng.next() * 0.2;
  d.fundOverride = (entitled, policy) => {
    const upper = Math.floor(policy * ratio);
    const floor = confirmed ? Math.max(entitled + 100, upper + 100) : Math.floor(policy * ceilingRatio) + 200;
    return Math.min(policy, Math.max(floor, Math.round(policy * Math.min(1, ratio + bump))));
  };
  return label(d, confirmed
    ? `fundClaimed set above the entitlement (ratio ${ratio}, deductible ignored, +${Math.round(bump * 100)}%)`
    : `fundClaimed set above ${ceilingRatio * 100}% of the policy scope (deductible ignored, near the whole policy amount)`);
}

/** Runs the in-claim injector for `pattern`; the draft already has the right shape for stay patterns. */
export function inject(env: InjectEnv, d: Draft, pattern: PatternId): boolean {
  d.injected = { pattern, lineIds: [], note: '' };
  const rule = ruleOf(env.policy, d.member.scheme, d.visitType);
  let ok: boolean;
  switch (pattern) {
    case 'upcoding': {
      const up = env.upcode();
      ok = up !== undefined;
      if (up?.scheme === 'DIP') {
        d.reportedDip = up.reported;
        label(d, `reported DIP ${up.reported}, the coded record falls in ${up.computed}`);
      } else if (up) {
        d.reportedDrg = up.reported;
        label(d, `reported DRG ${up.reported}, the coded record groups to ${up.computed}`);
      }
      break;
    }
    case 'restricted_gender': ok = restricted(env, d, 'gender'); break;
    case 'restricted_age': ok = restricted(env, d, 'age'); break;
    case 'restricted_level': ok = restricted(env, d, 'level'); break;
    case 'restricted_setting': ok = restricted(env, d, 'setting'); break;
    case 'restricted_indication': ok = restricted(env, d, 'indication'); break;
    case 'excess_quantity': ok = excessQuantity(env, d); break;
    case 'excess_days': ok = excessDays(env, d); break;
    case 'duplicate_charge': ok = duplicateCharge(env, d); break;
    case 'bundled_charge': ok = bundledCharge(env, d); break;
    case 'exclusive_items': ok = exclusiveItems(env, d); break;
    case 'over_price': ok = overPrice(env, d); break;
    case 'not_covered_billed': ok = notCovered(env, d); break;
    case 'swapped_items': ok = swappedItems(env, d); break;
    case 'waiting_period': ok = waitingPeriod(env, d); break;
    case 'over_reimbursement': ok = overReimbursement(env, d, rule); break;
    default: ok = true; // stay-shaped patterns: generate.ts built the draft that way and wrote the note
  }
  if (!ok) d.injected = null;
  return ok;
}
