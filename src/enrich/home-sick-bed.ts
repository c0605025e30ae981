import { z } from 'zod';
import { toYuan } from '../money/fen';
import type { ItemFacts } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { rowCodeOf } from '../contract/catalogue-row';

// Home sick beds (家庭病床, rules/knowledge/home-sick-beds.json): an inpatient claim of the home-sick-bed department is
// care at home, settled per 建床周期 or bed-day, with the team's visits on a schedule (查床 at least weekly). It is
// not a ward stay: its length and its thin days are not judged against the DRG norm, and ward charges (a bed fee,
// a nursing grade: WS/T 431 ward nursing) and visits beyond the schedule are what a padded home bed bills.

const table = z.strictObject({
  note: z.string(),
  /** `provider.department` values that mean a home sick bed. */
  departments: z.array(z.string().min(1)).min(1),
  /** Charges only a home sick bed bills (建床费, 巡诊费): an inpatient claim billing one is a home sick bed whatever its department is called. */
  bedCodes: z.strictObject({ codes: z.array(z.string().min(1)).min(1), source: z.string().min(1) }).optional(),
  /** Ward charges no home bed bills: catalogue subcategories (bed, nursing) and codes. */
  wardCharges: z.strictObject({ subcategories: z.array(z.string().min(1)).default([]), codes: z.array(z.string().min(1)).default([]), source: z.string().min(1) }),
  /** The physician's visit (住院诊查费 billed on a visit day) and how many visit days a week the schedule explains. */
  visits: z.strictObject({ codes: z.array(z.string().min(1)).min(1), maxPerWeek: z.number().positive(), minNights: z.number().int().min(1), source: z.string().min(1) }),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

export type HomeSickBeds = z.infer<typeof table>;

export function loadHomeSickBeds(path: string): HomeSickBeds | null {
  return readJsonTable(path, table);
}

export interface HomeSickBedFacts {
  /** The department the claim names; when a home-bed charge made it one, that charge's name beside it. */
  department: string;
  nights: number;
  /** Days billing the physician's visit, and per week of the stay. */
  visitDays: number;
  visitsPerWeek: number;
}

export interface HomeBedCharges {
  lineIds: string[];
  detail: string;
  amount: number;
}

export interface HomeSickBedInput {
  items: readonly ItemFacts[];
  inpatient: boolean;
  lengthOfStay: number;
  department: string | null | undefined;
}

/** Department codes are free text: home_sick_bed, home-sickbed and Home Sick Bed name one department (case, spaces, - and _ aside). */
function sameDepartment(a: string, b: string): boolean {
  const norm = (d: string) => d.toLowerCase().replace(/[\s_-]+/g, '');
  return norm(a) === norm(b);
}

export function homeSickBed(c: HomeSickBedInput, t: HomeSickBeds | null | undefined): { homeSickBed: HomeSickBedFacts | null; homeBedCharges: HomeBedCharges | null } {
  if (!t || !c.inpatient) return { homeSickBed: null, homeBedCharges: null };
  const byDepartment = c.department != null && t.departments.some((d) => sameDepartment(d, c.department!));
  const bedCodes = new Set(t.bedCodes?.codes ?? []);
  const bedCharge = byDepartment ? undefined : c.items.find((it) => bedCodes.has(rowCodeOf(it)));
  if (!byDepartment && !bedCharge) return { homeSickBed: null, homeBedCharges: null };
  const visitCodes = new Set(t.visits.codes);
  const visits = c.items.filter((it) => visitCodes.has(rowCodeOf(it)));
  const days = [...new Set(visits.map((l) => l.date))].sort();
  const weeks = Math.max(1, c.lengthOfStay / 7);
  const facts: HomeSickBedFacts = { department: byDepartment ? c.department! : `${c.department ?? ''}（${bedCharge!.name}）`, nights: c.lengthOfStay, visitDays: days.length, visitsPerWeek: Math.round((days.length / weeks) * 10) / 10 };

  const ward = c.items.filter((it) => it.category === 'service' && (t.wardCharges.codes.includes(rowCodeOf(it)) || t.wardCharges.subcategories.includes(String(it.catalogue?.subcategory ?? ''))));
  // The schedule explains maxPerWeek visit days a week over the stay; the latest days beyond are named.
  const allowed = Math.ceil(weeks * t.visits.maxPerWeek);
  const beyondDays = c.lengthOfStay >= t.visits.minNights && days.length > allowed ? new Set(days.slice(allowed)) : new Set<string>();
  const beyond = visits.filter((l) => beyondDays.has(l.date));
  const named = [...ward, ...beyond];
  if (named.length === 0) return { homeSickBed: facts, homeBedCharges: null };
  const parts: string[] = [];
  if (ward.length) parts.push(`病房收费项目${[...new Set(ward.map((l) => l.name))].join('、')}共${ward.length}行（家庭病床不收床位费、分级护理费）`);
  if (beyond.length) parts.push(`${visits[0].name}收费${days.length}日（${c.lengthOfStay}日，每周${facts.visitsPerWeek}日，查床安排可解释每周${t.visits.maxPerWeek}日），超出${beyondDays.size}日`);
  return {
    homeSickBed: facts,
    homeBedCharges: { lineIds: named.map((l) => l.lineId), detail: parts.join('；'), amount: toYuan(named.reduce((s, l) => s + l.amountFen, 0)) },
  };
}
