import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { daysBetween } from '../../contract/dates';

// A maintenance-dialysis member admitted for something else (a cholecystectomy) keeps the sessions at the dialysis
// centre, settled there as 门诊慢特病: the stay's kidney-failure code is treated on those claims, not on the stay's own
// bill, so the stay's lack of a session does not make the code unsupported (grouping.complication-unsupported*).

export interface DialysisBesideStay {
  /** The member's session claims dated from `daysBefore` before the admission to the discharge day. */
  claimIds: string[];
  dates: string[];
}

export function dialysisBesideStay(me: MemberClaim, _items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): DialysisBesideStay | null {
  const t = k.limits.dialysisBesideStay;
  const sessionItems = k.dialysisSessions ?? [];
  if (!t || me.visitType !== 'inpatient' || !sessionItems.length) return null;
  const sessions = prior.filter(
    (e) =>
      e.visitType !== 'inpatient' &&
      e.serviceDate <= me.endDate &&
      daysBetween(e.serviceDate, me.serviceDate) <= t.daysBefore &&
      e.serviceCodes.some((c) => sessionItems.includes(c)),
  );
  if (!sessions.length) return null;
  return { claimIds: sessions.map((e) => e.claimId), dates: [...new Set(sessions.map((e) => e.serviceDate))].sort() };
}
