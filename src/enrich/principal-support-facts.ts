import { startsWithAny, underAny } from '../contract/code-prefix';
import { atcOf } from './knowledge';
import type { PrincipalSupportRow } from './stay-knowledge';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { routineLineIds } from './stay-day-content';
import { rowCodeOf } from '../contract/catalogue-row';
import { unitsByDay } from '../benefits/units-by-day';

// A heavy principal diagnosis with none of its characteristic work-up on the bill (主要诊断高编,
// rules/knowledge/principal-support.json).

/**
 * A principal diagnosis of the table (stroke, myocardial infarction, heart failure, pneumonia …) whose stay
 * bills none of the items, drugs or procedures its diagnosis and treatment need: the disease was likely not
 * there, and the principal diagnosis was coded up to a heavier group. Every row the diagnosis falls under is a
 * requirement of its own: the category's (appendicitis: an appendectomy or antibiotics) and a graver form's
 * (appendicitis with peritonitis: a course of antibiotics, drainage or a culture), so coding the graver form of
 * the same disease is judged by what tells the forms apart. Stays too short for a work-up, and stays that ended
 * in death or a transfer, are not judged. Names the stay's bed and nursing lines (the stay billed under the
 * heavier group).
 */
export function principalUnsupported(c: StayContentInput): StayContentFacts['principalUnsupported'] {
  const table = c.knowledge!.principalSupport;
  if (!table || c.lengthOfStay < table.minNights) return null;
  if (c.dischargeMode !== null && table.notJudgedDischargeModes.includes(c.dischargeMode)) return null;
  for (const row of table.rows) {
    if (!underAny(c.principalDiagnosis, row.diagnoses)) continue;
    if (!rowSupported(c, row)) return { name: row.name, expected: row.expected, items: [...row.items], lineIds: routineLineIds(c.items) };
  }
  return null;
}

function rowSupported(c: StayContentInput, row: PrincipalSupportRow): boolean {
  if (c.admissionRoute !== null && row.admissionRoutes.includes(c.admissionRoute)) return true;
  if (startsWithAny(c.procedureCodes, row.procedures)) return true;
  for (const r of row.repeated) {
    const lines = c.items.filter((it) => r.codes.includes(rowCodeOf(it)));
    if (new Set(lines.map((it) => it.date)).size >= r.days) return true;
    if (r.perDay === undefined ? lines.some((it) => it.quantity >= r.days) : Math.max(0, ...unitsByDay(lines, (it) => it.date).values()) >= r.perDay) return true;
  }
  const courseDays = row.courses.map(() => new Set<string>());
  for (const it of c.items) {
    if (row.items.includes(rowCodeOf(it))) return true;
    if (it.category !== 'drug') continue;
    const atc = atcOf(rowCodeOf(it), it.catalogue);
    if (!atc) continue;
    if (underAny(atc, row.atc)) return true;
    row.courses.forEach((course, i) => {
      if (underAny(atc, course.atc)) courseDays[i].add(it.date);
    });
  }
  return row.courses.some((course, i) => courseDays[i].size >= course.days);
}

