import type { BenefitItem } from '../benefit-claim';
import { clearsDevice, deviceRecord, mayHavePlaced, removesDevice, type DeviceInPlace } from '../device-in-place';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { CLINIC_VISITS, linesOf } from './common';

// 虚记 of a stent removal: a ureteric stent comes out once for each time one is put in. A removal whose member's last
// stent event before it (any institution, within the window) is another removal, or a ureteroscopy that left no stent,
// took out a stent that was not there. A placement is a code that places one, a billed stent, or an operation that may
// leave one uncoded. A claim that places one itself (an exchange) is not judged, nor a member whose record holds no
// stent event in the window (the placement may predate the record). The devices judged are those of
// rules/history/devices-in-place.json with removal lines (stayLines; device-in-place.ts reads what places, removes and
// clears each, and its window), with their sources.

export interface StentRemovalUnplaced {
  lineIds: string[];
  names: string;
  amount: number;
  /** 'removed': the last event was a removal; 'none-left': a ureteroscopy that coded no stent. */
  reason: 'removed' | 'none-left';
  /** That event: date, hospital, claim and what it coded. */
  earlier: string;
  claimId: string;
}

export function stentRemovalUnplaced(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): StentRemovalUnplaced | null {
  for (const d of k.devicesInPlace?.devices ?? []) {
    const found = d.stayLines && removedUnplaced(me, items, prior, d, d.stayLines.nameMarks);
    if (found) return found;
  }
  return null;
}

function removedUnplaced(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], d: DeviceInPlace, stayMarks: readonly string[]): StentRemovalUnplaced | null {
  // A stent coded, billed, or possibly left inside another operation (pyeloplasty, PCNL, transplant): the removal's placement.
  const places = (e: MemberClaim) => mayHavePlaced(e, d);
  const removes = (e: MemberClaim) => removesDevice(e, d);
  if (!removes(me) || places(me)) return null;
  // Earlier days only, read back from the latest: a claim of the same day may be this visit's other half.
  const events = deviceRecord(me, prior, d, true)
    .filter((e) => places(e) || removes(e) || clearsDevice(e, d))
    .sort((a, b) => (a.endDate === b.endDate ? a.serviceDate.localeCompare(b.serviceDate) : a.endDate.localeCompare(b.endDate)));
  const last = events[events.length - 1];
  if (!last || places(last)) return null;
  const mine = CLINIC_VISITS.has(me.visitType) ? items : items.filter((i) => stayMarks.some((m) => i.name.includes(m)));
  if (!mine.length) return null;
  const reason = removes(last) ? 'removed' : 'none-left';
  const what = reason === 'removed' ? '已取出输尿管支架' : '输尿管镜手术未置入支架';
  return { ...linesOf(mine), reason, earlier: `${last.endDate} ${last.hospitalId} 单据${last.claimId}（${what}）`, claimId: last.claimId };
}
