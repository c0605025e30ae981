import { startsWithAny, underAny } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import { toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge, HistoryLimits } from '../history-knowledge';
import { ledgerRowOf, type MemberClaim } from '../member-claim';
import { list } from './common';
import { rowCodeOf } from '../../contract/catalogue-row';

// 串换诊断 (条例第十五条、第四十条): threatened abortion (先兆流产 O20) is a complication of a pregnancy, so it presupposes
// one shown by hCG or an ultrasound (《孕激素维持早期妊娠及防治流产的中国专家共识》2015). Hormones under O20 for a member
// in infertility treatment, with no pregnancy shown anywhere, are the luteal support of an assisted-reproduction cycle
// (the ART items themselves are outside the fund where the province has not brought them in) settled as 保胎.

export interface UnconfirmedPregnancy {
  /** The member's infertility claims (N97, Z31) within the context window, and their dates. */
  claims: string;
  dates: string;
  /** This claim's threatened-abortion codes and the hormones it bills (names). */
  codes: string;
  drugs: string;
  lineIds: string[];
  amount: number;
}

type Table = NonNullable<HistoryLimits['unconfirmedPregnancy']>;

const codesOf = (e: Pick<MemberClaim, 'codes'>) => e.codes ?? [];

/** An earlier claim showing a pregnancy: a pregnancy test or obstetric scan billed, or a pregnancy coded (other than O20 itself). */
function showsPregnancy(e: MemberClaim, t: Table): boolean {
  if ((e.lines ?? []).some((l) => t.confirmingItems.includes(ledgerRowOf(l))) || e.serviceCodes.some((c) => t.confirmingItems.includes(c))) return true;
  return codesOf(e).some((c) => underAny(c, t.pregnancy) && !underAny(c, t.threatened));
}

/**
 * A clinic visit coding threatened abortion (`threatened`) that bills a sex hormone (`drugs`, national drug-code
 * prefixes) with no pregnancy test or pelvic scan (`onClaimItems`), while the member's earlier claims show infertility
 * care (`infertility`) within `contextDays` and nothing showing a pregnancy within `confirmationDays`.
 */
export function unconfirmedPregnancy(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): UnconfirmedPregnancy | null {
  const t = k.limits.unconfirmedPregnancy;
  if (!t || me.visitType !== 'outpatient') return null;
  const threatened = codesOf(me).filter((c) => underAny(c, t.threatened));
  if (!threatened.length) return null;
  const hormones = items.filter((i) => i.category === 'drug' && underAny(i.code, t.drugs));
  if (!hormones.length) return null;
  if (items.some((i) => t.onClaimItems.includes(rowCodeOf(i)) || t.confirmingItems.includes(rowCodeOf(i)))) return null;
  const before = prior.filter((e) => e.claimId !== me.claimId && e.serviceDate <= me.serviceDate);
  if (before.some((e) => daysBetween(e.serviceDate, me.serviceDate) <= t.confirmationDays && showsPregnancy(e, t))) return null;
  const context = before.filter((e) => daysBetween(e.serviceDate, me.serviceDate) <= t.contextDays && startsWithAny(codesOf(e), t.infertility));
  if (!context.length) return null;
  context.sort((a, b) => (a.serviceDate < b.serviceDate ? -1 : a.serviceDate > b.serviceDate ? 1 : 0));
  return {
    claims: list(context.map((e) => e.claimId)),
    dates: list(context.map((e) => e.serviceDate)),
    codes: threatened.join('、'),
    drugs: [...new Set(hormones.map((i) => i.name))].join('、'),
    lineIds: hormones.map((i) => i.lineId),
    amount: toYuan(hormones.reduce((s, i) => s + i.amountFen, 0)),
  };
}
