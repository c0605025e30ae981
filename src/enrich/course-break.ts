import { addDays, weekday } from '../contract/dates';
import { fenOf, toYuan } from '../money/fen';
import { startsWithAny } from '../contract/code-prefix';
import { atcOf } from './knowledge';
import { rowCodeOf } from '../contract/catalogue-row';
import type { ItemFacts } from './item-fact-types';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { isRoutine } from './stay-day-content';
import { calendarOf } from './idle-days';

// 周末挂床 read from a drug course (stay-content.json bedBlocking.courseBreak): a standing order runs every day until it
// is stopped, weekends and public holidays included, so a daily drug that pauses exactly on the days off and resumes
// after them shows days the patient was not on the ward, however few (idle-days.ts needs many or a long run of them).

/**
 * The days a drug course pauses on: a drug billed on `minCourseDays` consecutive days (its last no larger a quantity
 * than the one before: no supply handed over ahead), then absent, then billed again, where every day of the pause is a
 * Saturday, a Sunday or a public holiday billing only bed, nursing, the ward round and oral drugs. The pauses' days and
 * lines are named; null when there is none.
 */
export function courseBreak(c: StayContentInput): StayContentFacts['courseBreak'] {
  const limits = c.knowledge!.stayContent?.bedBlocking;
  const rule = limits?.courseBreak;
  if (!limits || !rule || c.lengthOfStay < rule.minCourseDays + 2) return null;
  if (startsWithAny(c.diagnosisCodes, limits.notJudgedDiagnoses)) return null;
  const { holidays } = calendarOf(limits.publicHolidays);
  const careNursing = new Set(limits.careNursing);
  const los = c.lengthOfStay;
  const dateOf = (day: number) => addDays(c.endDate, day - los);
  const byDay: ItemFacts[][] = Array.from({ length: los }, () => []);
  for (const it of c.items) if (it.dayIndex >= 0 && it.dayIndex < los && it.date < c.endDate) byDay[it.dayIndex].push(it);
  // Bed, nursing (not the care grades of the critically ill or a newborn), the ward round and oral drugs: nothing given on the ward.
  // A treatment service that is not the giving of a drug (courseBreak.administration: injection and infusion fees).
  const session = (it: ItemFacts) => it.category === 'service' && it.catalogue?.subcategory === 'treatment' && !rule.administration.some((p) => it.code.startsWith(p));
  const quiet = (day: number) => byDay[day].every((it) => (isRoutine(it) && !careNursing.has(it.code)) || (it.category === 'drug' && !it.parenteral));
  // A Saturday, a Sunday or a public holiday: the days a family takes a child home, 调休 working weekends included.
  const restDay = (day: number) => holidays.has(dateOf(day)) || weekday(dateOf(day)) === 0 || weekday(dateOf(day)) === 6;
  const classOf = (it: ItemFacts) => atcOf(rowCodeOf(it), it.catalogue)?.slice(0, 5) || null;
  // Each drug's quantity per day, in one pass over the days (a drug's name and class from its first line).
  const drugDays = new Map<string, { name: string; cls: string | null; qty: Map<number, number> }>();
  for (let day = 0; day < los; day++) {
    for (const it of byDay[day]) {
      if (it.category !== 'drug') continue;
      const code = rowCodeOf(it);
      let e = drugDays.get(code);
      if (!e) drugDays.set(code, (e = { name: it.catalogue?.name ?? it.name, cls: classOf(it), qty: new Map<number, number>() }));
      e.qty.set(day, (e.qty.get(day) ?? 0) + it.quantity);
    }
  }
  // A carrier fluid (plainDrip.fluids: the saline a drug is dissolved in) runs as the drugs it carries: resumed after the
  // days off carrying only drugs not given before them, it is a new order (a prophylaxis ended, a complication's
  // antibiotic begun), not the old one paused.
  const carriers = new Set(limits.plainDrip?.fluids ?? []);
  const carried = (day: number) => new Set(byDay[day].filter((it) => it.category === 'drug' && it.parenteral && !carriers.has(rowCodeOf(it))).map(rowCodeOf));
  const newOrder = (lastBefore: number, firstAfter: number) => {
    const before = carried(lastBefore);
    const after = carried(firstAfter);
    return after.size > 0 && ![...after].some((code) => before.has(code));
  };
  const breakDays = new Set<number>();
  const drugs = new Set<string>();
  for (const [code, { name, qty, cls }] of drugDays) {
    const days = [...qty.keys()].sort((a, b) => a - b);
    for (let i = 1; i < days.length; i++) {
      const b = days[i - 1] + 1;
      const e = days[i] - 1;
      if (e < b || b - rule.minCourseDays < 0) continue;
      // The course daily before the pause, its last day no larger supply than the day before it (no doses handed over ahead).
      const before = Array.from({ length: rule.minCourseDays }, (_, k) => b - 1 - k);
      if (!before.every((d) => qty.has(d))) continue;
      if (rule.minCourseDays > 1 && qty.get(b - 1)! > qty.get(b - 2)!) continue;
      const gap = Array.from({ length: e - b + 1 }, (_, k) => b + k);
      if (!gap.every((d) => restDay(d) && byDay[d].length > 0 && quiet(d))) continue;
      // Another product of the drug's class (ATC 4th level: one SSRI for another) on a day off is the course going on.
      if (cls && gap.some((d) => byDay[d].some((it) => it.category === 'drug' && classOf(it) === cls))) continue;
      if (carriers.has(code) && newOrder(b - 1, e + 1)) continue;
      // A session billed on the day before and the day after (dialysis, the therapy of a ward working on weekdays) has
      // rested with the drug: the drug follows the sessions' schedule (the dialysis circuit's heparin), not a standing order.
      const sessionsOf = (d: number) => new Set(byDay[d].filter(session).map(rowCodeOf));
      const after = sessionsOf(e + 1);
      if ([...sessionsOf(b - 1)].some((code) => after.has(code))) continue;
      gap.forEach((d) => breakDays.add(d));
      drugs.add(name);
    }
  }
  const run = [...breakDays].sort((a, b) => a - b);
  const lines = run.flatMap((d) => byDay[d]);
  const dates = run.map(dateOf);
  if (lines.length === 0) return null;
  return {
    days: dates.length, dates: dates.join('、'), drugs: [...drugs].join('、'),
    lineIds: lines.map((l) => l.lineId),
    amount: toYuan(fenOf(lines)),
  };
}
