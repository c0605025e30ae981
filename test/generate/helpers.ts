import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Independent readers and arithmetic for the generator tests: nothing here imports generator code.

export const RULES = join(__dirname, '../../rules');

export interface Row {
  code: string;
  name: string;
  category: string;
  class: string;
  selfPayShare: number;
  priceCap: Record<string, number>;
  usualPerDay?: number;
  gender?: string;
  ageMin?: number;
  ageMax?: number;
  minLevel?: number;
  setting?: string;
  indications?: string[];
  indicationClauses?: { diagnoses: string[] }[];
  maxPerDay?: number;
  maxDays?: number;
  includes?: string[];
  excludes?: string[];
  /** Drug rows: SAMPLE 23-character product codes beneath the row (what claims bill). */
  products?: string[];
}

export function catalogueRows(): Row[] {
  return ['drugs.json', 'services.json', 'consumables.json'].flatMap(
    (f) => (JSON.parse(readFileSync(join(RULES, 'catalogue', f), 'utf8')) as { rows: Row[] }).rows,
  );
}

export const fen = (y: number): number => Math.round(y * 100);
export const isWholeFen = (y: number): boolean => Math.abs(y * 100 - Math.round(y * 100)) < 1e-6;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClaim = any;

/** The arithmetic and date invariants of the contract, written out here, independent of the generator. */
export function invariantErrors(c: AnyClaim): string[] {
  const e: string[] = [];
  const inpatient = c.visitType === 'inpatient';
  const start = inpatient ? c.admissionDate : c.visitDate;
  const end = inpatient ? c.dischargeDate : c.visitDate;
  if (!start || !end) e.push('service dates missing');
  if (inpatient && c.visitDate !== undefined) e.push('inpatient claim carries visitDate');
  if (!inpatient && (c.admissionDate !== undefined || c.dischargeDate !== undefined)) e.push('non-inpatient claim carries stay dates');
  if (start && end && end < start) e.push('discharge before admission');
  if (c.patient.birthDate > start) e.push('born after service');
  if (c.diagnoses.filter((d: AnyClaim) => d.principal === true).length !== 1) e.push('not exactly one principal');
  let sum = 0;
  const ids = new Set<string>();
  for (const it of c.items) {
    if (ids.has(it.lineId)) e.push(`duplicate lineId ${it.lineId}`);
    ids.add(it.lineId);
    if (!isWholeFen(it.amount)) e.push(`line ${it.lineId} amount not whole fen`);
    if (Math.abs(it.quantity * it.unitPrice - it.amount) > 0.01 + 1e-9) e.push(`line ${it.lineId} amount ≠ quantity × unitPrice`);
    if (it.date < start || it.date > end) e.push(`line ${it.lineId} date outside the stay`);
    if (it.quantity < 0 || it.amount < 0) e.push(`line ${it.lineId} negative`);
    sum += fen(it.amount);
  }
  for (const p of c.procedures ?? []) if (p.date && (p.date < start || p.date > end)) e.push('procedure date outside the stay');
  const { total, policy, fundClaimed } = c.amounts;
  for (const v of [total, policy, fundClaimed]) if (!isWholeFen(v) || v < 0) e.push('amount not whole non-negative fen');
  if (sum !== fen(total)) e.push(`total ${total} ≠ sum ${sum / 100}`);
  if (fen(policy) > fen(total)) e.push('policy > total');
  if (fen(fundClaimed) > fen(policy)) e.push('fundClaimed > policy');
  return e;
}
