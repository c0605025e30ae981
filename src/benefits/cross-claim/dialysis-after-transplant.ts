import { daysBetween } from '../../contract/dates';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { linesOf } from './common';
import { startsWithAny } from '../../contract/code-prefix';
import { rowCodeOf } from '../../contract/catalogue-row';

// 虚记透析: a kidney graft that works ends dialysis. After a transplant stay (55.69, or a combined liver–kidney
// transplant) a maintenance session within a year needs the graft's dysfunction on record — delayed graft function,
// rejection or failure (T86), or kidney failure coded with the graft (Z94.0) on a claim that is not a session — on the
// session, the stay or any claim since (KDIGO transplant recipient guideline 2009: dialysis after transplantation for delayed graft function;
// return to dialysis on graft failure).

export interface DialysisAfterTransplant {
  lineIds: string[];
  amount: number;
  /** The transplant stay: its claim and discharge date. */
  transplant: string;
  daysAfter: number;
}

export function dialysisAfterTransplant(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): DialysisAfterTransplant | null {
  const t = k.limits.dialysisAfterTransplant;
  if (!t || me.visitType === 'inpatient') return null;
  const sessionItems = k.dialysisSessions ?? [];
  const sessions = items.filter((i) => sessionItems.includes(rowCodeOf(i)));
  if (!sessions.length) return null;
  const stays = prior.filter((e) => e.insuredId === me.insuredId && e.visitType === 'inpatient' && e.endDate < me.serviceDate && startsWithAny(e.codes ?? [], t.transplant));
  if (!stays.length) return null;
  const stay = stays.reduce((a, b) => (b.endDate > a.endDate ? b : a));
  // Later on, a graft that failed is often coded only as kidney failure in a transplant recipient; judged within the window.
  if (daysBetween(stay.endDate, me.serviceDate) > t.windowDays) return null;
  // The graft's dysfunction coded on this claim, the stay or any claim of the member since its admission.
  const since = prior.filter((e) => e.insuredId === me.insuredId && e.endDate >= stay.serviceDate);
  if ([me, stay, ...since].some((e) => startsWithAny(e.codes ?? [], t.graftDysfunction))) return null;
  // Kidney failure coded with the graft (Z94.0) on a claim other than a centre's clinic session: the failure's record.
  const isSession = (e: MemberClaim) => e.visitType !== 'inpatient' && e.serviceCodes.some((c) => sessionItems.includes(c));
  if (since.some((e) => !isSession(e) && startsWithAny(e.codes ?? [], t.graft) && startsWithAny(e.codes ?? [], t.kidneyFailure))) return null;
  const { lineIds, amount } = linesOf(sessions);
  return {
    lineIds,
    amount,
    transplant: `${stay.claimId}（出院${stay.endDate}）`,
    daysAfter: daysBetween(stay.endDate, me.serviceDate),
  };
}
