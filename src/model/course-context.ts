import type { ClaimFacts } from '../enrich/facts';
import type { GroupNorm } from './features';

// A stay whose length a coded condition's guideline course explains (rules/knowledge/standard-courses.json: infective
// endocarditis, osteomyelitis, a liver abscess, palliative care; the course's treatment billed through its days) is
// read against that course, not against its group's ordinary stays (issue 19.5: condition the features on the
// clinical context). Its expected length is its own, and its expected cost the group's daily cost over those days: a
// 5-week endocarditis stay at its group's daily cost is not 5 × the norm. Cost per day above the peers, padded
// quantities, prices and unsupported lines are judged as before; a long stay whose days carry no treatment has no
// course (stay.standardCourse null) and keeps its length and cost against the group.

/** Days the stay's course explains beyond the norm's length: the factor the norm's length and cost are stretched by (1 when none). */
export function courseStretch(f: ClaimFacts, normLos: number): number {
  const course = f.inpatient ? f.stay?.standardCourse : null;
  if (!course || !(normLos > 0) || f.lengthOfStay <= normLos) return 1;
  return f.lengthOfStay / normLos; // a course is found only for stays within its maxStayDays (standard-course.ts)
}

/** The group norm stretched over the course's days. */
export function courseNorm(f: ClaimFacts, norm: GroupNorm): GroupNorm {
  const k = courseStretch(f, norm.los);
  return k === 1 ? norm : { los: norm.los * k, cost: norm.cost * k };
}
