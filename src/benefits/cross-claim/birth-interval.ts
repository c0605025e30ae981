import { startsWithAny, underAny } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import { toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge, HistoryLimits } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';

// 冒名就医 on a woman's card (条例第十九条): she cannot give birth again before she has ovulated, conceived and carried
// the next pregnancy to viability. Each delivery alone is clean; the two together are not one woman's.

export interface BirthTooSoon {
  /** The member's earlier delivery stay. */
  claimId: string;
  hospitalId: string;
  stayDates: string;
  /** Days from its admission to this stay's discharge: the widest the two births can be apart. */
  days: number;
  /** The biological minimum that applies, days, and what it is for (in Chinese). */
  minDays: number;
  kind: string;
  /** This stay's delivery codes. */
  codes: string;
  lineIds: string[];
  amount: number;
}

type Table = NonNullable<HistoryLimits['birthInterval']>;

const deliveryCodes = (e: Pick<MemberClaim, 'codes' | 'visitType'>, t: Table) =>
  e.visitType === 'inpatient' ? (e.codes ?? []).filter((c) => underAny(c, t.deliveries)) : [];

/** A delivery stay too soon after the member's earlier one for a second birth (`limits.json` `birthInterval`). */
export function birthTooSoon(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): BirthTooSoon | null {
  const t = k.limits.birthInterval;
  if (!t) return null;
  const mine = deliveryCodes(me, t);
  if (!mine.length || startsWithAny(me.codes ?? [], t.multiple)) return null;
  const term = !startsWithAny(me.codes ?? [], t.notTerm);
  const minDays = term ? t.termMinDays : t.anyMinDays;
  let nearest: { e: MemberClaim; days: number } | null = null;
  for (const e of prior) {
    if (e.claimId === me.claimId || !deliveryCodes(e, t).length || startsWithAny(e.codes ?? [], t.multiple)) continue;
    // Within the puerperium of the earlier stay (or overlapping it) it is the same birth's record, judged elsewhere.
    if (e.endDate >= me.serviceDate || daysBetween(e.endDate, me.serviceDate) < t.sameBirthDays) continue;
    const days = daysBetween(e.serviceDate, me.endDate);
    if (days < minDays && (!nearest || days < nearest.days)) nearest = { e, days };
  }
  if (!nearest) return null;
  const { e, days } = nearest;
  return {
    claimId: e.claimId, hospitalId: e.hospitalId, stayDates: `${e.serviceDate}至${e.endDate}`, days, minDays,
    kind: term ? '足月分娩（未编码早产）' : '任何可存活的分娩（孕22周起）',
    codes: mine.join('、'), lineIds: items.map((i) => i.lineId), amount: toYuan(me.fundClaimedFen),
  };
}
