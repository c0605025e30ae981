import { startsWithAny, underAny } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { itemIn } from '../../contract/catalogue-row';
import { lineIn, linesOf } from './common';

// 重复收费 of one tooth's root canal at two institutions: a course is billed once, at the filling that ends it. A
// clinic billing the course with no opening or preparation of its own, weeks after another institution billed the
// filling of a tooth of the same diagnosis and with no tooth opened since, bills a course already completed. A course
// opened elsewhere (an emergency pulp extirpation) and finished here is billed once, here: the earlier institution
// billed no course. The codes and window are rules/history/dentition.json's rootCanalCourse, with their sources.

export interface RootCanalRebilled {
  lineIds: string[];
  names: string;
  amount: number;
  /** The other institution's course: date, hospital, claim, diagnoses. */
  earlier: string;
}

export function rootCanalRebilled(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): RootCanalRebilled | null {
  const rc = k.dentition?.rootCanalCourse;
  if (!rc) return null;
  const course = new Set(rc.codes);
  const mine = items.filter((i) => i.category === 'service' && itemIn(course, i));
  if (!mine.length || startsWithAny(me.codes ?? [], rc.opening)) return null;
  const window = prior.filter((e) => e.claimId !== me.claimId && e.serviceDate < me.serviceDate && daysBetween(e.serviceDate, me.serviceDate) <= rc.withinDays);
  // Prepared here: this institution's own course.
  if (window.some((e) => e.hospitalId === me.hospitalId && startsWithAny(e.codes ?? [], [...rc.opening, ...rc.continuing]))) return null;
  const teeth = (e: MemberClaim) => new Set((e.codes ?? []).filter((c) => underAny(c, rc.diagnoses)).map((c) => c.slice(0, 3)));
  const mineTeeth = teeth(me);
  const billed = window
    .filter((e) => e.hospitalId !== me.hospitalId && (e.lines ?? []).some((l) => l.kind === 'service' && lineIn(course, l)))
    .filter((e) => [...teeth(e)].some((c) => mineTeeth.has(c)))
    .sort((a, b) => (a.serviceDate < b.serviceDate ? 1 : -1));
  for (const e of billed) {
    // A tooth opened since that filling is a new course, whoever finishes it.
    if (window.some((x) => x.claimId !== e.claimId && x.serviceDate >= e.serviceDate && startsWithAny(x.codes ?? [], rc.opening))) continue;
    const dx = (e.codes ?? []).filter((c) => underAny(c, rc.diagnoses));
    return { ...linesOf(mine), earlier: `${e.serviceDate} ${e.hospitalId} 单据${e.claimId}（${dx.join('、')}）` };
  }
  return null;
}
