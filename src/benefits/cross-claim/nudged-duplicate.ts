import { toYuan } from '../../money/fen';
import type { LedgerLine, MemberClaim } from '../member-claim';
import { OUTSIDE_STAY } from './common';

export interface NudgedDuplicate {
  /** The claim seen before that this one repeats. */
  claimId: string;
  /** This claim's line whose quantity differs (outside a stay; a stay's bill is named whole), its quantity and the other claim's. */
  lineIds: string[];
  quantity: number | null;
  otherQuantity: number | null;
  /** What differs, in words: the line and its two quantities, or (a stay) the two totals. */
  difference: string;
  /** The other claim's total and this one's, yuan. */
  otherTotal: number;
  total: number;
}

/** A line's identity apart from its quantity: the same item, the same day, the same unit price (fen a unit). */
const key = (l: LedgerLine) => `${l.code}|${l.date}`;
const samePrice = (a: LedgerLine, b: LedgerLine) => Math.abs(a.amountFen * (b.quantity as number) - b.amountFen * (a.quantity as number)) <= Math.max(a.quantity as number, b.quantity as number);

/**
 * The bill's lines equal to the other's line for line, but for one line whose quantity is one more or one less at the
 * same unit price: that line of `mine`, else null (also when the bills are identical: duplicateOf's).
 */
function oneQuantityApart(mine: readonly LedgerLine[], theirs: readonly LedgerLine[]): { mine: LedgerLine; theirs: LedgerLine } | null {
  if (mine.length !== theirs.length || mine.some((l) => l.quantity === undefined) || theirs.some((l) => l.quantity === undefined)) return null;
  const open = new Map<string, LedgerLine[]>();
  for (const l of theirs) open.set(key(l), [...(open.get(key(l)) ?? []), l]);
  const left: LedgerLine[] = [];
  for (const l of mine) {
    const same = open.get(key(l)) ?? [];
    const i = same.findIndex((o) => o.quantity === l.quantity && o.amountFen === l.amountFen);
    if (i >= 0) same.splice(i, 1);
    else left.push(l);
  }
  if (left.length !== 1) return null;
  const other = open.get(key(left[0])) ?? [];
  const match = other.find((o) => Math.abs((o.quantity as number) - (left[0].quantity as number)) === 1 && samePrice(o, left[0]));
  return match ? { mine: left[0], theirs: match } : null;
}

/**
 * The same visit, purchase or stay settled again under another serial with one quantity moved by one (重复结算): a
 * claim seen before of the same member at the same institution, of the same visit type, dates and principal
 * diagnosis category, whose bill is this one's line for line but for one line's quantity, one more or one less at
 * the same unit price. The exact copy is duplicateOf's; nudging one quantity only changes the hash. A visit the same
 * day for another problem has another diagnosis and bill; a second visit for the same problem bills its own
 * consultation and treatment, not the first visit's bill over again. A stay's ledger entry keeps only some of its lines, so two
 * stays at one hospital with the same admission and discharge days and principal category are judged by their
 * totals (within `maxTotalDiffShare`, as the re-dated copy: near-duplicate-stay.ts): one bed cannot hold two stays.
 */
export function nudgedDuplicate(me: MemberClaim, prior: readonly MemberClaim[], maxTotalDiffShare: number): NudgedDuplicate | null {
  for (const e of prior) {
    if (e.hospitalId !== me.hospitalId || e.visitType !== me.visitType || e.serviceDate !== me.serviceDate || e.endDate !== me.endDate) continue;
    if (e.principalCategory !== me.principalCategory || e.itemsSignature === me.itemsSignature) continue;
    const totals = { otherTotal: toYuan(e.totalFen), total: toYuan(me.totalFen) };
    if (OUTSIDE_STAY.has(me.visitType)) {
      const apart = oneQuantityApart(me.lines ?? [], e.lines ?? []);
      if (apart) {
        const [q, other] = [apart.mine.quantity as number, apart.theirs.quantity as number];
        return { claimId: e.claimId, lineIds: [apart.mine.lineId], quantity: q, otherQuantity: other, difference: `费用明细逐项相同，仅第${apart.mine.lineId}行数量本次${q}、原${other}`, ...totals };
      }
    } else if (me.visitType === 'inpatient' && me.totalFen > 0 && Math.abs(e.totalFen - me.totalFen) <= me.totalFen * maxTotalDiffShare) {
      return { claimId: e.claimId, lineIds: [], quantity: null, otherQuantity: null, difference: `入院、出院日期相同，总费用相差${toYuan(Math.abs(e.totalFen - me.totalFen))}元`, ...totals };
    }
  }
  return null;
}
