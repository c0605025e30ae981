import { daysBetween } from '../../contract/dates';
import { underAny } from '../../contract/code-prefix';
import { toYuan } from '../../money/fen';
import { ledgerRowOf, type MemberClaim } from '../member-claim';
import { list, type Suspect } from './common';

/**
 * This claim read as a 公卫 follow-up visit (enrich/public-health-visit.ts, a `lead` service of
 * knowledge/public-health-services.json): the rows and diagnoses the same visit shows in a ledger entry, the
 * schedule's spacing, and how far back a drug supply covers the visits.
 */
export interface FollowUpVisit {
  service: string;
  consultations: readonly string[];
  panel: readonly string[];
  diagnoses: readonly string[];
  minDays: number;
  maxDays: number;
  supplyDays: number;
  lineIds: string[];
  /** Yuan. */
  amount: number;
}

export interface PublicHealthSchedule {
  service: string;
  /** The earlier follow-up visits of the run, oldest first, and their dates. */
  claims: string;
  dates: string;
  /** Visits of the run, this one included. */
  visitCount: number;
  window: string;
  lineIds: string[];
  amount: number;
  suspects: Suspect[];
}

/**
 * 公卫随访按季度转为医保门诊: the 规范's 高血压/2型糖尿病 follow-up is a schedule (每年至少4次面对面随访), which one visit
 * cannot show. Read on a follow-up-shaped visit (`me`, its facts `visit`): the member's earlier visits at the same
 * institution of the same shape (an ordinary outpatient visit billing only the consultation and the measurement, every
 * code the service's), each `minDays`–`maxDays` after the one before (quarterly), back from this one. A drug supplied to
 * the member at any institution or pharmacy from `supplyDays` before the run's first visit to this one makes the
 * visits the checks between refills of his own care (a 长处方 or a pharmacy's supply), not the 公卫 schedule: quiet.
 */
export function publicHealthSchedule(me: MemberClaim, prior: readonly MemberClaim[], visit: FollowUpVisit | null | undefined): PublicHealthSchedule | null {
  if (!visit) return null;
  const consult = new Set(visit.consultations);
  const panel = new Set(visit.panel);
  const shaped = (e: MemberClaim) => {
    if (e.visitType !== 'outpatient' || e.hospitalId !== me.hospitalId || !e.lines?.length || !e.codes?.length) return false;
    if (!e.codes.every((c) => underAny(c, visit.diagnoses))) return false;
    const rows = e.lines.map(ledgerRowOf);
    return rows.every((r) => consult.has(r) || panel.has(r)) && rows.some((r) => consult.has(r)) && rows.some((r) => panel.has(r));
  };
  const earlier = prior.filter((e) => e.serviceDate < me.serviceDate && shaped(e)).sort((a, b) => (a.serviceDate < b.serviceDate ? 1 : -1));
  const run: MemberClaim[] = [];
  let last = me.serviceDate;
  for (const e of earlier) {
    const gap = daysBetween(e.serviceDate, last);
    // A check sooner than the quarter (monthly while a drug is titrated, the lifestyle phase's 1–3 months) is care's pace, not the schedule's.
    if (gap < visit.minDays || gap > visit.maxDays) break;
    run.unshift(e);
    last = e.serviceDate;
  }
  if (!run.length) return null;
  const from = run[0].serviceDate;
  const supplied = prior.some((e) => (e.lines ?? []).some((l) => l.kind === 'drug' && daysBetween(l.date, from) <= visit.supplyDays && l.date <= me.serviceDate));
  if (supplied) return null;
  return {
    service: visit.service,
    claims: list(run.map((e) => e.claimId)),
    dates: [...run.map((e) => e.serviceDate), me.serviceDate].join('、'),
    visitCount: run.length + 1,
    window: `${visit.minDays}～${visit.maxDays}天`,
    lineIds: visit.lineIds,
    amount: visit.amount,
    suspects: run.map((e) => ({ claimId: e.claimId, lineIds: (e.lines ?? []).map((l) => l.lineId), amount: toYuan(e.fundClaimedFen) })),
  };
}
