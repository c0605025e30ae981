import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { daysBetween } from '../../contract/dates';
import { lineIn } from './common';

// A maintenance-dialysis member admitted for something else (a cholecystectomy) keeps the sessions at the dialysis
// centre, settled there as 门诊慢特病: the stay's kidney-failure code is treated on those claims, not on the stay's own
// bill, so the stay's lack of a session does not make the code unsupported (grouping.complication-unsupported*).
// A 门诊慢特病 claim may settle a month of sessions on its last one's date, after the discharge: its session lines'
// dates are what fall beside the stay; the claim's date only on an entry written before lines were kept.

export interface DialysisBesideStay {
  /** The member's claims with a session dated from `daysBefore` before the admission to the discharge day. */
  claimIds: string[];
  /** Those sessions' dates. */
  dates: string[];
}

export function dialysisBesideStay(me: MemberClaim, _items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): DialysisBesideStay | null {
  const t = k.limits.dialysisBesideStay;
  const sessionItems = k.dialysisSessions ?? [];
  if (!t || me.visitType !== 'inpatient' || !sessionItems.length) return null;
  const codes = new Set(sessionItems);
  const beside = (date: string) => date <= me.endDate && daysBetween(date, me.serviceDate) <= t.daysBefore;
  const found: { claimId: string; dates: string[] }[] = [];
  for (const e of prior) {
    if (e.visitType === 'inpatient' || !e.serviceCodes.some((c) => codes.has(c))) continue;
    const dates = e.lines === undefined ? [e.serviceDate] : e.lines.filter((l) => lineIn(codes, l)).map((l) => l.date);
    const inside = dates.filter(beside);
    if (inside.length) found.push({ claimId: e.claimId, dates: inside });
  }
  if (!found.length) return null;
  return { claimIds: found.map((f) => f.claimId), dates: [...new Set(found.flatMap((f) => f.dates))].sort() };
}
