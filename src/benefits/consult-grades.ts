import { z } from 'zod';
import { DOCTOR_TITLES } from './doctor-registry';
import { parseTable } from '../contract/json-table';

// rules/history/consult-grades.json: outpatient consultation fees ranked by the doctor's professional grade
// (history.doctor-grade-fees, cross-claim/doctor-grade.ts). Checked at load so a typo fails loudly.

const tableSchema = z.looseObject({
  windowDays: z.number().int().positive(),
  /** The fewest of a doctor's graded visits in the window before his or her usual grade is judged. */
  minVisits: z.number().int().positive(),
  rows: z
    .array(
      z.strictObject({
        /** Catalogue row code (a line billed under a code beneath it counts as it). */
        code: z.string().min(1),
        name: z.string().min(1),
        /** Ordinal: a higher grade bills a higher fee. */
        grade: z.number().int().nonnegative(),
        /** The grade as an investigator reads it. */
        title: z.string().min(1),
        source: z.string().min(1),
      }),
    )
    .min(2),
  /** The highest grade each registered title may bill (history.doctor-title-fees). Absent: the register is not read. */
  titles: z.array(z.strictObject({ title: z.enum(DOCTOR_TITLES), grade: z.number().int().nonnegative(), source: z.string().min(1) })).optional(),
});

export type ConsultGrade = z.infer<typeof tableSchema>['rows'][number];

export interface ConsultGrades {
  windowDays: number;
  minVisits: number;
  /** Catalogue row code → its grade. */
  byRow: ReadonlyMap<string, ConsultGrade>;
  /** 职称 → the highest grade it bills; absent: the 医保医师 register is not read. */
  titleGrade?: ReadonlyMap<string, number>;
}

export function parseConsultGrades(json: unknown, file: string): ConsultGrades {
  const parsed = parseTable(tableSchema, json, file);
  const byRow = new Map<string, ConsultGrade>();
  parsed.rows.forEach((row, i) => {
    if (byRow.has(row.code)) throw new Error(`${file} row ${i}: duplicate code ${row.code}`);
    byRow.set(row.code, row);
  });
  const titles = parsed.titles;
  const titleGrade = titles ? new Map(titles.map((t) => [t.title as string, t.grade])) : undefined;
  if (titles && titleGrade!.size !== titles.length) throw new Error(`${file}: titles: a title listed twice`);
  return { windowDays: parsed.windowDays, minVisits: parsed.minVisits, byRow, ...(titleGrade ? { titleGrade } : {}) };
}
