import { daysBetween } from '../../contract/dates';
import { injuryRegion, isExternalCause } from '../../contract/injury-code';
import { toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import { isBefore } from '../ledger-entry';
import type { MemberClaim } from '../member-claim';

// 《社会保险法》第三十条: costs a third party must bear are outside the fund, and the later care of the same injury is
// the same liability. The first claim of a traffic injury carries the external cause and is settled by the liable party
// (fund 0); its rehabilitation stay and visits weeks later code the fracture alone (Z50/Z47/Z09 aftercare) and are
// billed to the fund. Each later bill alone is clean; the member's record tells.

export interface ThirdPartyAftercare {
  /** The earlier claim with the third party's external cause, its hospital and day. */
  claimId: string;
  hospitalId: string;
  otherDate: string;
  /** Days from it to this claim. */
  days: number;
  /** This claim's injury codes of the injured region the earlier claim coded. */
  injuries: string;
  /** Every line of this claim (the whole bill is the injury's care) and the fund's claim, yuan. */
  lineIds: string[];
  amount: number;
}

/**
 * This claim, billed to the fund and coding an injury with no external cause of its own, follows within
 * `limits.json` `thirdPartyAftercare.windowDays` a claim of the member (before it in service date) whose external cause
 * puts the cost on a third party or 工伤保险, settled with no fund money (the liable party paid), coding an injury of
 * the same region. An earlier claim the fund paid (先行支付) is benefits.third-party-liability's own finding.
 */
export function thirdPartyAftercare(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): ThirdPartyAftercare | null {
  const windowDays = k.limits.thirdPartyAftercare?.windowDays;
  if (windowDays === undefined || me.thirdParty !== false || me.fundClaimedFen <= 0 || !me.codes) return null;
  // An external cause of its own makes this claim a new event, judged by itself.
  if (me.codes.some(isExternalCause)) return null;
  const mine = me.codes.filter((c) => injuryRegion(c) !== null);
  if (!mine.length) return null;
  let found: ThirdPartyAftercare | null = null;
  for (const e of prior) {
    if (!e.thirdParty || e.fundClaimedFen !== 0 || !isBefore(e, me)) continue;
    const days = daysBetween(e.serviceDate, me.serviceDate);
    if (days < 0 || days > windowDays) continue;
    const regions = new Set((e.codes ?? []).map(injuryRegion).filter((r): r is string => r !== null));
    const same = mine.filter((c) => regions.has(injuryRegion(c) as string));
    if (!same.length) continue;
    // The nearest earlier injury names the liability.
    if (found && found.days <= days) continue;
    found = {
      claimId: e.claimId, hospitalId: e.hospitalId, otherDate: e.serviceDate, days, injuries: same.join('、'),
      lineIds: items.map((i) => i.lineId), amount: toYuan(me.fundClaimedFen),
    };
  }
  return found;
}
