import { daysBetween } from '../../contract/dates';
import { injuryRegion, isExternalCause } from '../../contract/injury-code';
import { toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';

// One injury has one external cause: ICD-10 chapter 20 codes how it happened, which does not change between the
// emergency visit and the admission for it. A traffic accident (V) on the emergency claim and a fall (W01) on the
// stay the next days, for an injury of the same region, moves a third party's cost onto the fund (《社会保险法》第三十条).

/** Z04.1/Z04.2 (examination after a transport or work accident) name the accident where no chapter 20 code is written. */
const accidentExamination = (code: string) => /^Z04\.[12]/.test(code);

export interface RecodedExternalCause {
  /** The earlier claim with the third party's external cause, its hospital, day and that cause. */
  claimId: string;
  hospitalId: string;
  otherDate: string;
  otherCause: string;
  /** Days from it to this claim. */
  days: number;
  /** This claim's external cause and its injury codes of the region the earlier claim coded. */
  cause: string;
  injuries: string;
  /** Every line of this claim (the whole bill is the injury's care) and the fund's claim, yuan. */
  lineIds: string[];
  amount: number;
}

/**
 * This claim, billed to the fund, codes an injury with an external cause no one else answers for (thirdParty false:
 * not in external-causes.json) at most `limits.json` `thirdPartyAftercare.recodedWithinDays` after a claim of the member
 * whose external cause puts the cost on a third party or 工伤保险, coding an injury of the same region. Whatever the
 * earlier claim's settlement: the codes of one injury disagree. A claim with no external cause of its own is
 * third-party-aftercare's; one keeping the liable cause is the third-party rule's. The earlier claim may be of the same
 * day in either arrival order: an emergency visit and the admission it leads to share the day.
 */
export function recodedExternalCause(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): RecodedExternalCause | null {
  const within = k.limits.thirdPartyAftercare?.recodedWithinDays;
  if (within === undefined || me.thirdParty !== false || me.fundClaimedFen <= 0 || !me.codes) return null;
  const causes = me.codes.filter(isExternalCause);
  const mine = me.codes.filter((c) => injuryRegion(c) !== null);
  if (!causes.length || !mine.length) return null;
  let found: RecodedExternalCause | null = null;
  for (const e of prior) {
    if (!e.thirdParty) continue;
    const days = daysBetween(e.serviceDate, me.serviceDate);
    if (days < 0 || days > within || (found && found.days <= days)) continue;
    const regions = new Set((e.codes ?? []).map(injuryRegion).filter((r): r is string => r !== null));
    const same = mine.filter((c) => regions.has(injuryRegion(c) as string));
    if (!same.length) continue;
    found = {
      claimId: e.claimId, hospitalId: e.hospitalId, otherDate: e.serviceDate, otherCause: (e.codes ?? []).filter((c) => isExternalCause(c) || accidentExamination(c)).join('、'), days,
      cause: causes.join('、'), injuries: same.join('、'), lineIds: items.map((i) => i.lineId), amount: toYuan(me.fundClaimedFen),
    };
  }
  return found;
}
