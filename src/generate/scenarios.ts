import { z } from 'zod';
import data from './data/scenarios.json';

// Clinical scenarios the generator draws from, as data in data/scenarios.json (see its "about"). Checked
// once at load, so a malformed table fails with the scenario and field named rather than mid-generation.

export type Gender = 'M' | 'F';

export interface InpatientScenario {
  id: string;
  department: string;
  /** Candidate principal diagnoses (one is drawn). */
  principal: string[];
  /** Ordinary secondary diagnoses (comorbidities) drawn now and then. */
  comorbid: string[];
  /** CC/MCC complications (from cc.json / mcc.json) added to a minority of stays. */
  complications: string[];
  /** Procedures in order, first = principal; empty for medical stays. */
  procedures: string[];
  los: [number, number];
  ages: [number, number];
  gender?: Gender;
  minLevel: 1 | 2 | 3;
  weight: number;
  /** Drugs and services billed every day of the stay. */
  daily: string[];
  /** Drugs given for a course of a few days, starting on day 1 or the procedure day. */
  course: string[];
  /**
   * A course given together (an intravenous drug with its drip and monitoring) runs over one length drawn from this
   * range for all its rows, so no drip or monitoring outlasts the drug; without it each row draws 3–7 days.
   */
  courseDays?: [number, number];
  /**
   * A clean operation's antibacterial prophylaxis: a course antibacterial (ATC J01) runs at most this many days from
   * the operation day (2: the operation day and the next, ≤ 24 h; 《抗菌药物临床应用指导原则（2015年版）》).
   */
  prophylaxisDays?: number;
  /** Labs and exams at admission. */
  admission: string[];
  /** Services and consumables on the procedure day. */
  operation: string[];
  /** Tests repeated through the stay every `every` days after admission (acute illness: blood count and CRP every other day, electrolytes every third). */
  repeat: Array<{ items: string[]; every: number }>;
  /** Operation items billed once per treated lesion (a stent and a balloon per coronary lesion), lesions drawn from `lesions`. */
  perLesion: string[];
  lesions: [number, number];
  /** Alternative regimens (chemotherapy drugs): one is drawn per stay and given on the procedure day. */
  regimens: string[][];
  /** Secondary diagnoses always coded (the cancer a treatment stay is for). */
  always: string[];
  /** A planned course of stays (chemotherapy cycles): the member returns every `every` days, `count` stays in all. */
  cycle?: { every: [number, number]; count: [number, number] };
}

export interface VisitScenario {
  id: string;
  visitType: 'outpatient' | 'chronic' | 'pharmacy';
  department: string;
  principal: string[];
  comorbid: string[];
  ages: [number, number];
  gender?: Gender;
  weight: number;
  /** Drugs dispensed for `days` days of supply. */
  drugs: string[];
  days: [number, number];
  /** Labs, exams and treatments done at the visit (none at a pharmacy). */
  services: string[];
}

const range = z.tuple([z.number().int(), z.number().int()]);
const names = z.array(z.string().min(1));
const inpatient = z.object({
  id: z.string().min(1), department: z.string().min(1), principal: names, comorbid: names.optional(), complications: names.optional(),
  procedures: names, los: range, ages: range, gender: z.enum(['M', 'F']).optional(), minLevel: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  weight: z.number().positive(), daily: names, course: names, courseDays: range.optional(), prophylaxisDays: z.number().int().positive().optional(), admission: names, operation: names,
  repeat: z.array(z.object({ items: names, every: z.number().int().positive() }).strict()).optional(),
  perLesion: names.optional(), lesions: range.optional(), regimens: z.array(names).optional(), always: names.optional(),
  cycle: z.object({ every: range, count: range }).strict().optional(),
}).strict();
const visit = z.object({
  id: z.string().min(1), visitType: z.enum(['outpatient', 'chronic', 'pharmacy']), department: z.string().min(1), principal: names, comorbid: names,
  ages: range, gender: z.enum(['M', 'F']).optional(), weight: z.number().positive(), drugs: names, days: range, services: names,
}).strict();
const file = z.object({
  about: z.string(),
  itemSets: z.record(z.string(), names),
  inpatientDefaults: z.object({ comorbid: names, complications: names }).strict(),
  inpatient: z.array(inpatient),
  visits: z.array(visit),
}).strict();

/** Reads the scenario tables: "@NAME" in a list stands for the item set NAME, spliced in place. */
export function readScenarios(raw: unknown): { inpatient: InpatientScenario[]; visits: VisitScenario[] } {
  const parsed = file.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`scenarios.json: ${issue.path.join('.')}: ${issue.message}`);
  }
  const { itemSets, inpatientDefaults } = parsed.data;
  const expand = (list: string[], where: string): string[] =>
    list.flatMap((name) => {
      if (!name.startsWith('@')) return [name];
      const set = itemSets[name.slice(1)];
      if (!set) throw new Error(`scenarios.json: ${where}: no item set ${name.slice(1)}`);
      return set;
    });
  const lists = <T extends object>(s: T, where: string): T =>
    Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Array.isArray(v) && typeof v[0] === 'string' ? expand(v, `${where}.${k}`) : v])) as T;
  const specialty = { repeat: [], perLesion: [], lesions: [1, 1] as [number, number], regimens: [], always: [] };
  return {
    inpatient: parsed.data.inpatient.map((s, i) => {
      const x = lists({ ...specialty, ...inpatientDefaults, ...s }, `inpatient.${i}`) as InpatientScenario;
      x.repeat = x.repeat.map((r, k) => ({ every: r.every, items: expand(r.items, `inpatient.${i}.repeat.${k}`) }));
      x.regimens = x.regimens.map((r, k) => expand(r, `inpatient.${i}.regimens.${k}`));
      return x;
    }),
    visits: parsed.data.visits.map((s, i) => lists(s, `visits.${i}`) as VisitScenario),
  };
}

const scenarios = readScenarios(data);
export const INPATIENT_SCENARIOS: InpatientScenario[] = scenarios.inpatient;
export const VISIT_SCENARIOS: VisitScenario[] = scenarios.visits;
