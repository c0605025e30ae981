import { toYuan } from '../../money/fen';
import type { HistoryKnowledge } from '../history-knowledge';
import type { LedgerLine, MemberClaim } from '../member-claim';
import { lineIn } from './common';

// 冒名就医/借卡: an unpaired organ is removed once in a life (related-conditions.json onceOnlyOperations). The member's
// ledger showing the same removal on another stay means one of the two patients was not the member — the card lent
// to a relative of the same sex and age — or one stay was never given. Each bill alone is clean; only the history tells.

export interface OrganRemovedTwice {
  /** The operation's name (the table row). */
  operation: string;
  /** The other claim billing it, its hospital and day. */
  claimId: string;
  hospitalId: string;
  otherDate: string;
  /** This claim's lines of the operation and their money (yuan). */
  lineIds: string[];
  amount: number;
}

/**
 * This claim bills an operation of a once-only row, and another claim of the member (any hospital, before or after
 * it in time: the later arrival carries the hit) bills one of that row's services too. Claims of one stay are not
 * two operations: the same hospital on the same day (a resubmission is the duplicate rules' finding) is skipped.
 */
export function organRemovedTwice(me: MemberClaim, prior: readonly MemberClaim[], k: HistoryKnowledge): OrganRemovedTwice | null {
  const rows = k.onceOnlyOperations;
  if (!rows?.length || !me.lines?.length) return null;
  for (const row of rows) {
    const items = new Set(row.items);
    const ofRow = (l: LedgerLine) => l.kind === 'service' && lineIn(items, l);
    const mine = me.lines.filter(ofRow);
    if (!mine.length) continue;
    for (const e of prior) {
      if (e.claimId === me.claimId || (e.hospitalId === me.hospitalId && e.serviceDate === me.serviceDate)) continue;
      if (!(e.lines ?? []).some(ofRow)) continue;
      return {
        operation: row.name,
        claimId: e.claimId,
        hospitalId: e.hospitalId,
        otherDate: e.serviceDate,
        lineIds: mine.map((l) => l.lineId),
        amount: toYuan(mine.reduce((sum, l) => sum + l.amountFen, 0)),
      };
    }
  }
  return null;
}
