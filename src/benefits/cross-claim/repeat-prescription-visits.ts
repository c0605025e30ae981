import { daysBetween } from '../../contract/dates';
import { fenOf, toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import { genericDrugKey, type HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { list } from './common';

// 虚构诊疗 at a grassroots clinic (国家医保局 曝光台: 村卫生室/诊所 settling visits nobody made): the member's card
// settled at the same clinic again and again, each visit its consultation fee and the same drugs. A prescription runs up
// to 7 days (《处方管理办法》第十九条), so one course of the same drugs needs no visit more than weekly; visits with a
// treatment (a dressing, an injection course) or a test have their own reason and are not judged. The prescription is
// what is compared, not the diagnosis: the same drugs under a changing code is one treatment, not a new illness each time.

export interface RepeatPrescriptionVisits {
  /** The earlier visits counted (ids) and their dates. */
  claims: string;
  dates: string;
  /** Visits with this one within the window. */
  visitCount: number;
  windowDays: number;
  drugs: string;
  lineIds: string[];
  amount: number;
}

/** A visit of nothing but its consultation and drugs, at least one drug. */
const prescriptionOnly = (e: MemberClaim) =>
  e.lines != null && e.lines.some((l) => l.kind === 'drug') && e.lines.every((l) => l.kind === 'consult' || l.kind === 'drug');

/**
 * A 普通门诊 visit at an institution of `levels` billing only its consultation and drugs, when the member's earlier
 * such visits there on other days within `windowDays` before it (the first less than windowDays before) dispensed every
 * drug of this one, enough to make `minVisits` with it. Names every line of the visit.
 */
export function repeatPrescriptionVisits(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): RepeatPrescriptionVisits | null {
  const t = k.limits.repeatPrescriptionVisits;
  if (!t || me.visitType !== 'outpatient' || me.hospitalLevel == null || !t.levels.includes(me.hospitalLevel)) return null;
  const drugs = items.filter((i) => i.category === 'drug');
  if (!drugs.length || !items.every((i) => i.category === 'drug' || i.catalogue?.subcategory === 'consult')) return null;
  const keys = new Set(drugs.map((i) => genericDrugKey(i.code, i.catalogue)));
  const earlier = prior.filter(
    (e) =>
      e.claimId !== me.claimId &&
      e.insuredId === me.insuredId &&
      e.hospitalId === me.hospitalId &&
      e.visitType === 'outpatient' &&
      e.serviceDate < me.serviceDate &&
      daysBetween(e.serviceDate, me.serviceDate) < t.windowDays &&
      prescriptionOnly(e) &&
      [...keys].every((d) => e.lines!.some((l) => l.kind === 'drug' && l.drug === d)) &&
      !weekSupply(e, keys, t.refillDays),
  );
  const days = [...new Set(earlier.map((e) => e.serviceDate))].sort();
  if (days.length + 1 < t.minVisits) return null;
  return {
    claims: list(earlier.map((e) => e.claimId)),
    dates: list(days, 12),
    visitCount: days.length + 1,
    windowDays: t.windowDays,
    drugs: [...new Set(drugs.map((i) => i.name))].join('、'),
    lineIds: items.map((i) => i.lineId),
    amount: toYuan(fenOf(items)),
  };
}

// A visit that dispensed every shared drug for `refillDays` or more is a refill of a week's prescription (a chronic
// drug collected a day or two early): the supply checks judge it, not the count of visits.
function weekSupply(e: MemberClaim, keys: ReadonlySet<string>, refillDays: number): boolean {
  return [...keys].every((d) => e.lines!.some((l) => l.kind === 'drug' && l.drug === d && (l.days ?? 0) >= refillDays));
}
