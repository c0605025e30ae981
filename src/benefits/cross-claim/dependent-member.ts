import { startsWithAny, underAny } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import { toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge, HistoryLimits } from '../history-knowledge';
import { isBefore } from '../ledger-entry';
import type { MemberClaim } from '../member-claim';
import { CLINIC_VISITS } from './common';

// 冒名就医 (条例第十九条): a member discharged tube-fed, with dysphagia and a catheter, does not sprain an ankle or get
// drunk weeks later; the card was used by someone else. Each claim alone is clean; the member's record tells.

export interface DependentMemberVisit {
  /** The member's latest stay before this visit, which showed every kind of dependence mark. */
  claimId: string;
  hospitalId: string;
  stayDates: string;
  /** Its marks, in Chinese (鼻饲、吞咽困难、导尿 …). */
  marks: string;
  /** Days from its discharge to this visit. */
  days: number;
  /** This visit's presentations of a walking or drinking person, with their codes. */
  presentations: string;
  /** Every line of this visit and the fund's claim, yuan. */
  lineIds: string[];
  amount: number;
}

type Table = NonNullable<HistoryLimits['dependentMember']>;


/** The table's marks a claim shows (by its codes or the services it billed). */
function marksOf(e: Pick<MemberClaim, 'codes' | 'serviceCodes'>, t: Table): Table['marks'] {
  const codes = e.codes ?? [];
  return t.marks.filter((m) => startsWithAny(codes, m.codes) || startsWithAny(e.serviceCodes, m.services));
}

/**
 * A clinic visit coding a presentation of a walking or drinking person (`limits.json` `dependentMember.ambulatory`),
 * with no fall from a bed or wheelchair, no dependence mark and not the stay's principal category, at most `windowDays`
 * after the discharge of the member's latest earlier stay, when that stay showed every kind of dependence mark.
 */
export function dependentMemberVisit(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): DependentMemberVisit | null {
  const t = k.limits.dependentMember;
  if (!t || !CLINIC_VISITS.has(me.visitType) || !me.codes) return null;
  const mine = me.codes;
  const presentations = t.ambulatory.filter((a) => startsWithAny(mine, a.codes));
  if (!presentations.length || startsWithAny(mine, t.fromBed) || marksOf(me, t).length) return null;
  // The latest stay ended before this visit says how the member was last seen.
  let stay: MemberClaim | null = null;
  for (const e of prior) {
    if (e.visitType !== 'inpatient' || !isBefore(e, me) || e.endDate > me.serviceDate) continue;
    if (!stay || e.endDate > stay.endDate || (e.endDate === stay.endDate && isBefore(stay, e))) stay = e;
  }
  if (!stay) return null;
  const category = stay.principalCategory;
  const days = daysBetween(stay.endDate, me.serviceDate);
  if (days > t.windowDays || mine.some((c) => c.slice(0, 3) === category)) return null;
  const marks = marksOf(stay, t);
  const kinds = new Set(marks.map((m) => m.kind));
  if (t.marks.some((m) => !kinds.has(m.kind))) return null;
  return {
    claimId: stay.claimId, hospitalId: stay.hospitalId, stayDates: `${stay.serviceDate}至${stay.endDate}`,
    marks: [...new Set(marks.map((m) => m.name))].join('、'), days,
    presentations: presentations.map((a) => `${a.name}（${mine.filter((c) => underAny(c, a.codes)).join('、')}）`).join('、'),
    lineIds: items.map((i) => i.lineId), amount: toYuan(me.fundClaimedFen),
  };
}
