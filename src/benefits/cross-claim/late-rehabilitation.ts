import { daysBetween } from '../../contract/dates';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { linesOf } from './common';
import { rowCodeOf } from '../../contract/catalogue-row';

// 超限定支付 (康复时限): an inpatient rehabilitation course belongs to the recovery phase after the acute event
// (分阶段康复, 国卫医发〔2021〕19号); years after it, the sequela's care is maintenance in the community or at home. The
// bill alone cannot tell the onset (a careful stay codes I69.3 恢复期); the member's ledger holding the acute stay can.

export interface LateRehabilitation {
  /** The latest acute-event stay on record: its claim and admission day. */
  onset: string;
  daysSinceOnset: number;
  maxDays: number;
  /** This stay's rehabilitation therapy lines and their money (yuan). */
  lineIds: string[];
  amount: number;
}

/**
 * A stay coded for an acute event's rehabilitation (limits.json rehabilitationAfterOnset `rehabilitation`) billing its
 * therapy, more than `maxDays` after the admission of the member's latest stay coding the acute event (`onset`, any of its codes) on record.
 * Not when this claim codes the acute event itself (a new event), nor when no acute stay is on record.
 */
export function lateRehabilitation(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): LateRehabilitation | null {
  const t = k.limits.rehabilitationAfterOnset;
  if (!t || me.visitType !== 'inpatient' || !t.rehabilitation.includes(me.principalCategory)) return null;
  if ((me.codes ?? []).some((c) => t.onset.includes(c.slice(0, 3)))) return null;
  // Any code of the earlier stay: a recurrence admitted for its complication (J69 principal, I63 secondary) is an onset.
  const codesOnset = (e: MemberClaim) => t.onset.includes(e.principalCategory) || (e.codes ?? []).some((c) => t.onset.includes(c.slice(0, 3)));
  const therapy = items.filter((i) => t.therapy.includes(rowCodeOf(i)));
  if (!therapy.length) return null;
  const onsets = prior.filter((e) => e.insuredId === me.insuredId && e.visitType === 'inpatient' && e.serviceDate < me.serviceDate && codesOnset(e));
  if (!onsets.length) return null;
  const onset = onsets.reduce((a, b) => (b.serviceDate > a.serviceDate ? b : a));
  const days = daysBetween(onset.serviceDate, me.serviceDate);
  if (days <= t.maxDays) return null;
  const { lineIds, amount } = linesOf(therapy);
  return { onset: `${onset.claimId}（入院${onset.serviceDate}）`, daysSinceOnset: days, maxDays: t.maxDays, lineIds, amount };
}
