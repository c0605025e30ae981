import { daysBetween } from '../../contract/dates';
import { toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { LedgerLine, MemberClaim } from '../member-claim';
import { doneOnce, list } from './common';

// 补报批次里的改期复制就诊: an ordinary clinic visit settles at the counter on its day (门诊直接结算), so a visit that
// arrives after a later-dated visit of the member at the same clinic has been settled is a back-dated claim. One whose
// bill is that later visit's — same doctor, diagnoses and items, every service line alike — is the later visit settled
// again under an earlier date (条例第十五条 不得重复收费, 第四十条 虚构医药服务). Claims arriving in date order (monthly
// refills, a real repeat visit) and 门诊慢特病 or pharmacy claims, whose bills repeat by nature, are not judged.

export interface BackdatedVisit {
  /** The later-dated visit, settled before this one, whose bill this one repeats, and its day. */
  claimId: string;
  otherDate: string;
  /** Days between the two visits' dates. */
  gapDays: number;
  /** The drugs whose quantity differs between the two bills (names, joined for reading; 无 when none). */
  changedDrugs: string;
  /** This claim's lines (the whole bill repeats) and both totals, yuan. */
  lineIds: string[];
  otherTotal: number;
  total: number;
}

/** A line apart from its day; a drug apart from its quantity too (a copy may edit how much was dispensed). */
const lineKey = (e: MemberClaim, l: LedgerLine) =>
  l.kind === 'drug' ? `${l.code}|drug` : `${l.code}|${l.quantity}|${l.amountFen}|${daysBetween(e.serviceDate, l.date)}`;
const bill = (e: MemberClaim) => (e.lines ?? []).map((l) => lineKey(e, l)).sort().join(';');
const codesOf = (e: MemberClaim) => [...(e.codes ?? [])].sort().join(',');

/**
 * An ordinary outpatient claim dated before a visit of the member that arrived before it, at the same hospital and
 * department, by the same doctor (both naming one), coding the same diagnoses, whose bill is that visit's: the same
 * items, each service line in the same quantity and money, drugs in any quantity, and holding a test or a take-home
 * supply. Two days apart or more (a day apart is redated-visit.ts's). Entries without lines, codes or a doctor are
 * not judged.
 */
export function backdatedVisit(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[]): BackdatedVisit | null {
  const lines = me.lines ?? [];
  if (me.visitType !== 'outpatient' || !me.doctorId || !me.codes?.length || !lines.length) return null;
  if (lines.some((l) => l.quantity === undefined) || !lines.some(doneOnce)) return null;
  const mine = bill(me);
  const myCodes = codesOf(me);
  for (const e of prior) {
    if (e.visitType !== me.visitType || e.hospitalId !== me.hospitalId || (e.department ?? null) !== (me.department ?? null)) continue;
    if (e.doctorId !== me.doctorId || codesOf(e) !== myCodes || daysBetween(me.serviceDate, e.serviceDate) < 2) continue;
    const theirs = e.lines ?? [];
    if (theirs.length !== lines.length || bill(e) !== mine) continue;
    const changed = lines.filter((l) => l.kind === 'drug' && !theirs.some((t) => t.code === l.code && t.quantity === l.quantity));
    return {
      claimId: e.claimId,
      otherDate: e.serviceDate,
      gapDays: daysBetween(me.serviceDate, e.serviceDate),
      changedDrugs: list(changed.map((l) => items.find((it) => it.lineId === l.lineId)?.name ?? l.code)) || '无',
      lineIds: lines.map((l) => l.lineId),
      otherTotal: toYuan(e.totalFen),
      total: toYuan(me.totalFen),
    };
  }
  return null;
}
