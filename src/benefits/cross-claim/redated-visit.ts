import { daysBetween } from '../../contract/dates';
import { toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { LedgerLine, MemberClaim } from '../member-claim';
import { CLINIC_VISITS, doneOnce, list } from './common';

// 重复结算 under a new claim the next day: a clinic visit's bill settled again with every date moved by one day. A daily
// course (infusion, injection, nebulisation, dressing, physiotherapy) repeats its items day after day by nature; an
// examination or test, or a drug supply dispensed for several days, is done once for the episode: the same ones billed
// again the next day, line for line, are the first day's bill paid twice (条例第十五条 不得重复收费, 第四十条).

export interface RedatedVisit {
  /** The claim seen before this one whose bill this one repeats, and its day. */
  claimId: string;
  otherDate: string;
  /** The items done once for the episode that the bill repeats (names, joined for reading). */
  onceItems: string;
  /** This claim's lines (the whole bill repeats) and both totals, yuan. */
  lineIds: string[];
  otherTotal: number;
  total: number;
}


/** A line as its claim bills it apart from the day: item, quantity, money and its day within the visit. */
const lineKey = (e: MemberClaim, l: LedgerLine) => `${l.code}|${l.quantity}|${l.amountFen}|${daysBetween(e.serviceDate, l.date)}`;
const bill = (e: MemberClaim) => (e.lines ?? []).map((l) => lineKey(e, l)).sort().join(';');

/**
 * A clinic or 门诊慢特病 claim seen before this one, of the same member, visit type, hospital, department and principal
 * diagnosis category, one day before or after it, whose bill is this one's line for line (code, quantity, money) with
 * every date moved by that day, the bill holding a test, an examination or a several-day drug supply. The later
 * arrival carries the hit and names the other, whichever day each is dated. Entries without lines (written before
 * they existed) or without quantities are not judged; a bill of daily treatment and its drugs only is a course.
 */
export function redatedVisit(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[]): RedatedVisit | null {
  const lines = me.lines ?? [];
  if (!CLINIC_VISITS.has(me.visitType) || !lines.length || lines.some((l) => l.quantity === undefined)) return null;
  const onceLines = lines.filter(doneOnce);
  if (!onceLines.length) return null;
  const mine = bill(me);
  for (const e of prior) {
    if (e.visitType !== me.visitType || e.hospitalId !== me.hospitalId || (e.department ?? null) !== (me.department ?? null)) continue;
    if (e.principalCategory !== me.principalCategory || Math.abs(daysBetween(e.serviceDate, me.serviceDate)) !== 1) continue;
    if ((e.lines ?? []).length !== lines.length || bill(e) !== mine) continue;
    return {
      claimId: e.claimId,
      otherDate: e.serviceDate,
      onceItems: list(onceLines.map((l) => items.find((it) => it.lineId === l.lineId)?.name ?? l.code)),
      lineIds: lines.map((l) => l.lineId),
      otherTotal: toYuan(e.totalFen),
      total: toYuan(me.totalFen),
    };
  }
  return null;
}
