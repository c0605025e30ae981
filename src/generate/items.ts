import type { Catalogue, CatalogueRow } from './catalogue';
import type { Hospital } from './population';
import type { Rng } from './random';
import { startsWithAny } from '../contract/code-prefix';

// Billing lines (费用明细) built from a scenario and the catalogue. Clean lines respect every catalogue
// restriction: the restricted-item patterns in fraud.ts break exactly one on purpose.

export interface Line {
  code: string;
  name: string;
  category: CatalogueRow['category'];
  day: number;
  quantity: number;
  priceFen: number;
  row: CatalogueRow | undefined;
  /** Set by not_covered_billed: the hospital billed an uncovered item as if the fund owed it. */
  billedAsCovered?: boolean;
  /** Set on lines an injector added or changed, so the label can name them. */
  marked?: boolean;
}

export interface LineContext {
  gender: 'M' | 'F';
  age: number;
  level: 1 | 2 | 3;
  inpatient: boolean;
  diagnoses: string[];
}

export function indicated(row: CatalogueRow, diagnoses: string[]): boolean {
  if (!row.indications) return true;
  // A clause's evidence is the scenario's own (the cirrhosis stay bills its diuretics daily): its diagnoses suffice here.
  return startsWithAny(diagnoses, row.indications) || (row.indicationClauses ?? []).some((c) => startsWithAny(diagnoses, c.diagnoses));
}

/** Every scope restriction of the row holds for this claim (gender, age, level, setting, indication). */
export function allowed(row: CatalogueRow, c: LineContext): boolean {
  if (row.gender && row.gender !== c.gender) return false;
  if (row.ageMin !== undefined && c.age < row.ageMin) return false;
  if (row.ageMax !== undefined && c.age > row.ageMax) return false;
  if (row.minLevel !== undefined && c.level < row.minLevel) return false;
  if (row.setting && row.setting !== (c.inpatient ? 'inpatient' : 'outpatient')) return false;
  return indicated(row, c.diagnoses);
}

/** Clean unit price: drugs and consumables at the cap (zero mark-up), services at the hospital's share of it. */
export function priceFen(row: CatalogueRow, h: Hospital): number {
  const cap = Math.round(row.priceCap[String(h.level) as '1' | '2' | '3'] * 100);
  return row.category === 'service' ? Math.max(1, Math.floor(cap * h.priceFactor)) : cap;
}

export const capFen = (row: CatalogueRow, level: 1 | 2 | 3): number => Math.round(row.priceCap[String(level) as '1' | '2' | '3'] * 100);

/** Collects lines, refusing same-date duplicates, mutually exclusive pairs and items a same-date service includes. */
export class LineBook {
  readonly lines: Line[] = [];
  // Keys are day × 4096 + catalogue index: numbers hash much faster than "day|code" strings.
  private readonly seen = new Set<number>();
  constructor(
    private readonly cat: Catalogue,
    private readonly h: Hospital,
    private readonly ctx: LineContext,
  ) {}

  conflicts(code: string, day: number): boolean {
    const i = this.cat.index.get(code);
    if (i === undefined) return false;
    const base = day * 4096;
    if (this.seen.has(base + i)) return true;
    for (const x of this.cat.clash[i]) if (this.seen.has(base + x)) return true;
    return false;
  }

  /** Adds a clean line; returns false when a restriction or a same-date conflict forbids it. */
  add(row: CatalogueRow, day: number, quantity: number): boolean {
    if (quantity <= 0 || !allowed(row, this.ctx) || this.conflicts(row.code, day)) return false;
    const q = this.ctx.inpatient || row.category === 'service' ? Math.min(quantity, row.maxPerDay ?? quantity) : quantity;
    if (!this.hoursFit(row, day, q)) return false;
    this.push(row, day, q);
    return true;
  }

  /**
   * A timed service and what it includes while it runs (oxygen during high-flow or ventilation, monitoring during
   * anaesthesia) share the day's 24 hours: clean care never bills more (the review's bundledInto, item-facts.ts).
   */
  private hoursFit(row: CatalogueRow, day: number, quantity: number): boolean {
    const pairs = this.cat.hoursPairs.get(row.code);
    if (!pairs) return true;
    const onDay = (code: string) => (code === row.code ? quantity : this.lines.reduce((n, l) => (l.day === day && l.code === code ? n + l.quantity : n), 0));
    for (const [host, inc] of pairs) {
      const other = host === row.code ? inc : host;
      if (onDay(other) === 0) continue;
      const free = 24 - onDay(host);
      const incRow = this.cat.byCode.get(inc);
      const hours = incRow?.unit === '日' ? 0 : (onDay(inc) * 24) / (incRow?.maxPerDay ?? 24);
      if (free <= 0 || hours > free) return false;
    }
    return true;
  }

  /** Adds a line with no checks (injectors use it). */
  push(row: CatalogueRow, day: number, quantity: number, price = priceFen(row, this.h)): Line {
    const line: Line = { code: row.code, name: row.name, category: row.category, day, quantity, priceFen: price, row };
    this.lines.push(line);
    const i = this.cat.index.get(row.code);
    if (i !== undefined) this.seen.add(day * 4096 + i);
    return line;
  }
}

/** Per-day quantity from a usual daily amount: fractions accumulate (a 0.3/day item is billed every 3–4 days). */
export function dailyQuantities(usualPerDay: number, days: number, rng: Rng): number[] {
  const out: number[] = [];
  let acc = rng.next() * Math.min(1, usualPerDay);
  for (let i = 0; i < days; i++) {
    acc += usualPerDay;
    const q = Math.floor(acc + 1e-9);
    acc -= q;
    out.push(q);
  }
  return out;
}

/** Quantity to dispense for `days` days of supply (outpatient, chronic, pharmacy). */
export function supplyQuantity(row: CatalogueRow, days: number): number {
  return Math.max(1, Math.ceil(row.usualPerDay * days - 1e-9));
}
