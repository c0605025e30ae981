import { startsWithAny, underAny } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { itemIn } from '../../contract/catalogue-row';
import { CLINIC_VISITS, lineIn, linesOf } from './common';

// 重复收费 of one tooth's canals at the visits of its course at one institution: 根管治疗术 is charged per canal for the
// whole treatment, so a course bills a tooth's canals once. Claims carry no tooth number, so the teeth a course holds
// are those its visits show: each distinct tooth diagnosis, each visit coding an opening procedure, and each visit
// under local anaesthesia (a vital pulp is extirpated under anaesthesia; a later visit of the same tooth's course —
// dressing, obturation — needs none). Canals billed over the course beyond the most a tooth has, times the teeth so
// shown, are the same canals charged again (a molar's three canals at access, at preparation and at filling). Teeth
// in parallel under one code each open under anaesthesia; single-canal teeth filled one a visit stay under the
// ceiling. The codes, window and ceiling are rules/history/dentition.json's rootCanalCourse, with their sources.

export interface RootCanalCanalsRebilled {
  lineIds: string[];
  names: string;
  amount: number;
  /** Canals billed over the course at this institution, this claim's included. */
  canals: number;
  /** Teeth the course's visits show. */
  teeth: number;
  /** The course's earlier billing visits: date, claim, units. */
  earlier: string;
}

export function rootCanalCanalsRebilled(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): RootCanalCanalsRebilled | null {
  const rc = k.dentition?.rootCanalCourse;
  if (!rc?.canalsPerTooth || !CLINIC_VISITS.has(me.visitType)) return null;
  const course = new Set(rc.codes);
  const mine = items.filter((i) => i.category === 'service' && itemIn(course, i));
  if (!mine.length) return null;
  const visits = prior.filter(
    (e) => e.claimId !== me.claimId && e.hospitalId === me.hospitalId && CLINIC_VISITS.has(e.visitType) && e.serviceDate <= me.serviceDate && daysBetween(e.serviceDate, me.serviceDate) <= rc.withinDays,
  );
  const billedIn = (e: MemberClaim) => (e.lines ?? []).filter((l) => l.kind === 'service' && lineIn(course, l)).reduce((n, l) => n + (l.quantity ?? 1), 0);
  const billing = visits.filter((e) => billedIn(e) > 0);
  if (!billing.length) return null;
  const anaesthesia = new Set(rc.anaesthesiaItems ?? []);
  const opens = (e: MemberClaim) => startsWithAny(e.codes ?? [], rc.opening) || (e.lines ?? []).some((l) => lineIn(anaesthesia, l));
  const opensHere = startsWithAny(me.codes ?? [], rc.opening) || items.some((i) => itemIn(anaesthesia, i));
  const all = [...visits, me];
  const diagnoses = new Set(all.flatMap((e) => (e.codes ?? []).filter((c) => underAny(c, rc.diagnoses))));
  const teeth = Math.max(1, diagnoses.size, visits.filter(opens).length + (opensHere ? 1 : 0));
  const canals = billing.reduce((n, e) => n + billedIn(e), 0) + mine.reduce((n, i) => n + i.quantity, 0);
  if (canals <= rc.canalsPerTooth * teeth) return null;
  const earlier = billing
    .sort((a, b) => (a.serviceDate < b.serviceDate ? -1 : 1))
    .map((e) => `${e.serviceDate} 单据${e.claimId}（${billedIn(e)}根管）`)
    .join('、');
  return { ...linesOf(mine), canals, teeth, earlier };
}
