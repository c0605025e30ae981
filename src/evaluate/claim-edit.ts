import { dayNumber, isoOfDay } from '../contract/dates';
import { lineFen, toFen, toYuan } from '../money/fen';
import type { CatalogueRow, CatalogueRows } from './catalogue-rows';

// Plain edits on contract claims (JSON objects): clone, re-date, add lines, keep amounts consistent.

export interface EvalItem {
  lineId: string;
  code: string;
  name: string;
  category: 'drug' | 'service' | 'consumable';
  date: string;
  quantity: number;
  unitPrice: number;
  amount: number;
  longPrescription?: boolean;
}

export interface EvalClaim {
  claimId: string;
  region: string;
  insuranceType: 'employee' | 'resident';
  visitType: 'inpatient' | 'outpatient' | 'chronic' | 'pharmacy';
  patient: { insuredId: string; gender: 'M' | 'F'; birthDate: string; retired?: boolean };
  enrollment?: Record<string, unknown>;
  provider: { hospitalId: string; level: 1 | 2 | 3; department?: string; doctorId?: string };
  admissionDate?: string;
  dischargeDate?: string;
  visitDate?: string;
  admissionRoute?: 'emergency' | 'outpatient' | 'transfer' | 'other';
  dischargeMode?: 'ordered' | 'transfer' | 'community' | 'against_advice' | 'death' | 'other';
  transferFromHospitalId?: string;
  diagnoses: Array<{ code: string; principal?: boolean }>;
  procedures?: Array<{ code: string; date?: string }>;
  reportedGroup?: { drg?: string | null; dip?: string | null } | null;
  items: EvalItem[];
  amounts: { total: number; policy: number; fundClaimed: number };
}

export const dayOf = (iso: string): number => dayNumber(iso);
export const isoOf = (day: number): string => isoOfDay(day);
export const addDays = (iso: string, n: number): string => isoOf(dayOf(iso) + n);

/**
 * A deep copy of JSON data (what structuredClone gives for it, undefined members kept): the provider cases place
 * thousands of base claims, and structuredClone's serialise-and-read was the largest part of building them.
 */
export function clone<T>(x: T): T {
  if (typeof x !== 'object' || x === null) return x;
  if (Array.isArray(x)) return x.map(clone) as T;
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) return structuredClone(x);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(x)) out[k] = clone((x as Record<string, unknown>)[k]);
  return out as T;
}
export const startOf = (c: EvalClaim): string => (c.visitType === 'inpatient' ? c.admissionDate! : c.visitDate!);
export const endOf = (c: EvalClaim): string => (c.visitType === 'inpatient' ? c.dischargeDate! : c.visitDate!);
export const nightsOf = (c: EvalClaim): number => dayOf(endOf(c)) - dayOf(startOf(c));
export const principalOf = (c: EvalClaim): string => (c.diagnoses.find((d) => d.principal) ?? c.diagnoses[0]).code;

/** Moves every date of the claim by n days. */
export function shift(c: EvalClaim, n: number): EvalClaim {
  if (n === 0) return c;
  if (c.admissionDate) c.admissionDate = addDays(c.admissionDate, n);
  if (c.dischargeDate) c.dischargeDate = addDays(c.dischargeDate, n);
  if (c.visitDate) c.visitDate = addDays(c.visitDate, n);
  for (const i of c.items) i.date = addDays(i.date, n);
  for (const p of c.procedures ?? []) if (p.date) p.date = addDays(p.date, n);
  return c;
}

/** Moves the claim so that it starts on `iso`. */
export const startOn = (c: EvalClaim, iso: string): EvalClaim => shift(c, dayOf(iso) - dayOf(startOf(c)));

const nextLineId = (c: EvalClaim): string => String(c.items.reduce((m, i) => Math.max(m, Number(i.lineId) || 0), 0) + 1);

/** Price a hospital of this level may charge for the row: its cap (the catalogue's price standard). */
export const capPrice = (row: CatalogueRow, level: 1 | 2 | 3): number => row.priceCap[String(level)];

/** Adds a line (price: the row's cap at the claim's level unless given) and returns its lineId. */
export function addLine(c: EvalClaim, row: CatalogueRow, date: string, quantity: number, unitPrice = capPrice(row, c.provider.level), extra: Partial<EvalItem> = {}): string {
  const lineId = nextLineId(c);
  c.items.push({ lineId, code: row.code, name: row.name, category: row.category, date, quantity, unitPrice, amount: toYuan(lineFen(quantity, unitPrice)), ...extra });
  return lineId;
}

/** Copies an existing line (new lineId), optionally re-dated. */
export function copyLine(c: EvalClaim, item: EvalItem, date = item.date): string {
  const lineId = nextLineId(c);
  c.items.push({ ...item, lineId, date });
  return lineId;
}

export function setQuantity(item: EvalItem, quantity: number): void {
  item.quantity = quantity;
  item.amount = toYuan(lineFen(quantity, item.unitPrice));
}

export function setUnitPrice(item: EvalItem, unitPrice: number): void {
  item.unitPrice = unitPrice;
  item.amount = toYuan(lineFen(item.quantity, unitPrice));
}

/** The part of a line the catalogue covers (甲 whole, 乙 less its self-pay share, 丙 and unknown none), in fen. */
export function policyPartFen(item: EvalItem, rows: CatalogueRows): number {
  const row = rows.byCode(item.code);
  const fen = toFen(item.amount);
  if (!row || row.class === '丙') return 0;
  const share = typeof row.selfPayShare === 'number' ? row.selfPayShare : 0;
  return fen - Math.round(fen * share);
}

/**
 * Runs an edit of the lines and re-settles the amounts: total = Σ lines; the policy amount moves by the change
 * in the covered part of the lines; the fund keeps the claim's own fund/policy ratio on a rise (never more than
 * a settlement would pay, since the deductible is already counted in the old figures) and gives up a fall whole.
 */
export function edit(c: EvalClaim, rows: CatalogueRows, f: (c: EvalClaim) => void): EvalClaim {
  const coveredBefore = c.items.reduce((s, i) => s + policyPartFen(i, rows), 0);
  const oldPolicy = toFen(c.amounts.policy);
  const oldFund = toFen(c.amounts.fundClaimed);
  f(c);
  const totalFen = c.items.reduce((s, i) => s + toFen(i.amount), 0);
  const coveredAfter = c.items.reduce((s, i) => s + policyPartFen(i, rows), 0);
  const policyFen = Math.min(totalFen, Math.max(0, oldPolicy + coveredAfter - coveredBefore));
  const ratio = oldPolicy > 0 ? oldFund / oldPolicy : 0;
  const fundFen = policyFen >= oldPolicy ? oldFund + Math.floor((policyFen - oldPolicy) * ratio) : Math.max(0, oldFund - (oldPolicy - policyFen));
  c.amounts = { total: toYuan(totalFen), policy: toYuan(policyFen), fundClaimed: toYuan(Math.min(policyFen, fundFen)) };
  return c;
}

/** Keeps only the lines `keep` accepts (renumbering nothing: lineIds stay as billed). */
export function keepLines(c: EvalClaim, keep: (i: EvalItem) => boolean): void {
  c.items = c.items.filter(keep);
}
