import { isOperationCode, underAny } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import { toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge, HistoryLimits } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { CLINIC_VISITS, list } from './common';

// 串换项目 (条例第十五条; 《社会保险法》第三十条: 应当由公共卫生负担的 不纳入基金支付范围): a child's well-child check
// (0～6岁儿童健康管理, 国家基本公共卫生服务) is paid by public health, and a 儿童保健体检 row is 丙类. A nutritional
// deficiency diagnosed is treated (vitamin D, iron, zinc, diet counselling with a review); one coded visit after visit,
// each billing a consultation and tests and never a treatment, is the screening schedule billed as care.

export interface UntreatedDeficiency {
  /** The member's earlier visits of the same kind, their dates, and how many visits this one makes. */
  claims: string;
  dates: string;
  visitCount: number;
  /** This visit's deficiency codes. */
  codes: string;
  lineIds: string[];
  amount: number;
}

type Table = NonNullable<HistoryLimits['untreatedDeficiency']>;

const diagnosesOf = (codes: readonly string[]) => codes.filter((c) => !isOperationCode(c));

/** Every diagnosis a deficiency (`deficiencies`), at least one coded. */
const deficiencyOnly = (codes: readonly string[], t: Table) => {
  const dx = diagnosesOf(codes);
  return dx.length > 0 && dx.every((c) => underAny(c, t.deficiencies));
};

/** An earlier claim that treated a deficiency: it codes one and dispenses a drug. */
const treated = (e: MemberClaim, t: Table) => diagnosesOf(e.codes ?? []).some((c) => underAny(c, t.deficiencies)) && (e.lines ?? []).some((l) => l.kind === 'drug');

/** An earlier clinic visit coding deficiencies only and billing nothing but its consultation and tests. */
const untreatedVisit = (e: MemberClaim, t: Table) =>
  CLINIC_VISITS.has(e.visitType) && deficiencyOnly(e.codes ?? [], t) && e.lines != null && e.lines.length > 0 && e.lines.every((l) => l.kind === 'consult' || l.test === true);

/**
 * A clinic visit coding only nutritional deficiencies (`deficiencies`) and billing only a consultation and tests, when the
 * member's earlier claims within `windowDays` hold such visits on other days enough to make `minVisits` with this one and
 * no claim coding a deficiency dispenses a drug. The age the rule judges is the rule's condition (0～6岁).
 */
export function untreatedDeficiency(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): UntreatedDeficiency | null {
  const t = k.limits.untreatedDeficiency;
  if (!t || !CLINIC_VISITS.has(me.visitType) || !items.length || !deficiencyOnly(me.codes ?? [], t)) return null;
  const sub = (i: BenefitItem) => i.catalogue?.subcategory;
  if (!items.every((i) => i.category === 'service' && (sub(i) === 'consult' || sub(i) === 'lab' || sub(i) === 'exam'))) return null;
  const window = prior.filter((e) => e.claimId !== me.claimId && e.serviceDate <= me.serviceDate && daysBetween(e.serviceDate, me.serviceDate) <= t.windowDays);
  if (window.some((e) => treated(e, t))) return null;
  const earlier = window.filter((e) => e.serviceDate < me.serviceDate && untreatedVisit(e, t));
  const days = [...new Set(earlier.map((e) => e.serviceDate))].sort();
  if (days.length + 1 < t.minVisits) return null;
  return {
    claims: list(earlier.map((e) => e.claimId)),
    dates: list(days),
    visitCount: days.length + 1,
    codes: diagnosesOf(me.codes ?? []).join('、'),
    lineIds: items.map((i) => i.lineId),
    amount: toYuan(me.fundClaimedFen),
  };
}
