import { daysBetween } from '../../contract/dates';
import type { BenefitItem } from '../benefit-claim';
import { fenOf, toYuan } from '../../money/fen';
import { ledgerRowOf, type LedgerLine, type MemberClaim } from '../member-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import { emergencyVisit, list } from './common';

// Ward care billed as clinic visits after a discharge (出院后收费, 分解住院): hourly monitoring and oxygen are services
// of a bed, not of a clinic consultation.

export interface WardCareAfterDischarge {
  /** The stay the visits follow, its dates. */
  stayClaimId: string;
  from: string;
  to: string;
  /** The clinic visits of ward care from the discharge to this one (this one last), their dates. */
  visits: string;
  dates: string;
  daysAfterDischarge: number;
  /** This visit's ward services (names, hours in a day). */
  services: string;
  hours: number;
  /** Every line of this visit: the visit is the ward day billed outside the stay. */
  lineIds: string[];
  amount: number;
}

/**
 * An ordinary clinic visit's ward services (limits.continuedCourse.wardServices: 心电监测, 血氧饱和度监测, 吸氧, priced by
 * the hour) when billed for `minHours` or more on one day; none at an emergency visit (its observation beds give them).
 */
export function wardLines(visit: MemberClaim, k: HistoryKnowledge): LedgerLine[] {
  const ward = k.limits.continuedCourse?.wardServices;
  if (!ward || visit.visitType !== 'outpatient' || emergencyVisit(visit, k.examRecognition)) return [];
  const lines = (visit.lines ?? []).filter((l) => l.kind === 'service' && ward.codes.includes(ledgerRowOf(l)));
  // Hours a day of one service: monitoring runs beside oxygen, so the services are not added together.
  const hours = new Map<string, number>();
  for (const l of lines) hours.set(`${l.date}|${ledgerRowOf(l)}`, (hours.get(`${l.date}|${ledgerRowOf(l)}`) ?? 0) + (l.quantity ?? 1));
  const days = new Set([...hours].filter(([, h]) => h >= ward.minHours).map(([key]) => key.slice(0, 10)));
  return lines.filter((l) => days.has(l.date));
}

/**
 * A clinic visit billing ward services (wardLines) at the hospital of a stay, within the window after its discharge,
 * or within the window after an earlier such visit that continues it (ward care day after day): the stay's inpatient
 * care billed as outpatient claims, outside the DRG/DIP-paid stay. Judged on the visit (it arrives after its stay).
 */
export function wardCareAfterDischarge(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): WardCareAfterDischarge | null {
  const cc = k.limits.continuedCourse;
  const mine = wardLines(me, k);
  if (!cc || !mine.length) return null;
  const stays = prior.filter((e) => e.visitType === 'inpatient' && e.hospitalId === me.hospitalId && e.endDate <= me.serviceDate);
  const stay = stays.sort((a, b) => (a.endDate > b.endDate ? -1 : a.endDate < b.endDate ? 1 : 0))[0];
  if (!stay) return null;
  const earlier = prior
    .filter((e) => e.hospitalId === me.hospitalId && e.serviceDate >= stay.endDate && e.serviceDate < me.serviceDate && wardLines(e, k).length > 0)
    .sort((a, b) => (a.serviceDate < b.serviceDate ? -1 : a.serviceDate > b.serviceDate ? 1 : 0));
  // The run of ward visits from the discharge: each within the window of the last.
  let last = stay.endDate;
  const run: MemberClaim[] = [];
  for (const e of earlier) {
    if (daysBetween(last, e.serviceDate) > cc.windowDays) break;
    run.push(e);
    last = e.serviceDate;
  }
  if (daysBetween(last, me.serviceDate) > cc.windowDays) return null;
  const names = new Map(items.map((i) => [i.lineId, i.name]));
  const hours = Math.max(...mine.map((l) => mine.filter((m) => m.date === l.date && ledgerRowOf(m) === (ledgerRowOf(l))).reduce((s, m) => s + (m.quantity ?? 1), 0)));
  const all = new Set(items.map((i) => i.lineId));
  return {
    stayClaimId: stay.claimId, from: stay.serviceDate, to: stay.endDate,
    visits: list([...run.map((e) => e.claimId), me.claimId]), dates: list([...run.map((e) => e.serviceDate), me.serviceDate]),
    daysAfterDischarge: daysBetween(stay.endDate, me.serviceDate),
    services: [...new Set(mine.map((l) => names.get(l.lineId) ?? l.code))].join('、'), hours,
    lineIds: [...all], amount: toYuan(fenOf(items, all)),
  };
}
