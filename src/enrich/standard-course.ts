import { z } from 'zod';
import { startsWithAny } from '../contract/code-prefix';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { itemSelector } from './json-table';

// Conditions whose guideline course is long (rules/knowledge/standard-courses.json): infective endocarditis, 4–6 weeks
// of IV antibiotics; osteomyelitis, 4–6 weeks; a pyogenic liver abscess, 2–3 weeks IV then oral; palliative care, as
// long as life lasts. A stay coding one, whose days carry the course's treatment, has a length its DRG norm (set by
// the group's ordinary stays) does not know: the length is the course, not held beds. A stay coding the condition whose
// days carry no such treatment is not explained (a long phantom stay stays a finding).

const prefixes = z.array(z.string().min(1)).min(1);

const row = z.strictObject({
  name: z.string().min(1),
  /** ICD-10 prefixes; any diagnosis of the claim (a diabetic foot's osteomyelitis is often coded after E11.5). */
  diagnoses: prefixes,
  /** Longest stay the course explains (days); a stay beyond it is judged as any other. */
  maxStayDays: z.number().int().min(1),
  /** What must be on the bill throughout: catalogue row codes (a drug row covers its products) or name marks. */
  treatment: itemSelector.extend({ name: z.string().min(1) }),
  /** Share of the stay's nights on which the treatment is billed. */
  minShare: z.number().gt(0).max(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const file = z.strictObject({ note: z.string(), rows: z.array(row) });

export type StandardCourseRow = z.infer<typeof row>;

/** Loads standard-courses.json; a missing file is no explanation (null). */
export function loadStandardCourses(path: string): readonly StandardCourseRow[] | null {
  return readJsonTable(path, file)?.rows ?? null;
}

export interface StandardCourseFacts {
  /** The course's condition, e.g. 感染性心内膜炎. */
  name: string;
  /** The treatment that carries the days, e.g. 静脉抗菌药物. */
  treatment: string;
  /** Nights of the stay and those billing the treatment. */
  nights: number;
  treatmentDays: number;
  /** Longest stay the course explains. */
  maxStayDays: number;
}

export interface StandardCourseInput {
  items: readonly ItemFacts[];
  inpatient: boolean;
  lengthOfStay: number;
  diagnosisCodes: readonly string[];
}

/** The first row whose condition is coded, whose length it covers and whose treatment carries the days; else null. */
export function standardCourse(c: StandardCourseInput, rows: readonly StandardCourseRow[] | null | undefined): StandardCourseFacts | null {
  if (!rows || !c.inpatient || c.lengthOfStay < 1) return null;
  for (const r of rows) {
    if (c.lengthOfStay > r.maxStayDays) continue;
    if (!startsWithAny(c.diagnosisCodes, r.diagnoses)) continue;
    const days = new Set<number>();
    for (const it of c.items) if (it.dayIndex >= 0 && it.dayIndex < c.lengthOfStay && lineMatches(r.treatment, it)) days.add(it.dayIndex);
    if (days.size >= r.minShare * c.lengthOfStay)
      return { name: r.name, treatment: r.treatment.name, nights: c.lengthOfStay, treatmentDays: days.size, maxStayDays: r.maxStayDays };
  }
  return null;
}
