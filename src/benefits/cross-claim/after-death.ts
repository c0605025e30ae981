import type { BenefitItem } from '../benefit-claim';
import { toYuan } from '../../money/fen';
import type { MemberClaim } from '../member-claim';
import { list } from './common';

export interface AfterDeath {
  /** This claim is dated after the member's death (true), or is the stay that ended in death (false). */
  posthumous: boolean;
  /** The other claim: the stay that ended in death, or the first claim dated after it. */
  claimId: string;
  hospitalId: string;
  /** Discharge date of the stay that ended with 离院方式 5 死亡. */
  deathDate: string;
  /** Every claim dated after the death (this one included when posthumous). */
  claims: string;
  dates: string;
  /** This claim's lines when posthumous (all of them); none on the death stay. */
  lineIds: string[];
  /** Money at stake, yuan: this claim's total when posthumous, else the later claims' total. */
  amount: number;
}

const DEATH = 'death';

/**
 * A claim dated after the member died (离院方式 5 死亡 on a stay): the dead do not visit or buy drugs, someone used
 * the identity. Whichever arrives second carries the hit: a claim after a death stay already seen names that
 * stay; a death stay arriving after such claims names them.
 */
export function afterDeath(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[]): AfterDeath | null {
  const deaths = prior.filter((e) => e.visitType === 'inpatient' && e.dischargeMode === DEATH && e.endDate < me.serviceDate);
  if (deaths.length) {
    const death = deaths.reduce((a, b) => (b.endDate < a.endDate ? b : a));
    const ids = new Set(items.map((i) => i.lineId));
    return {
      posthumous: true, claimId: death.claimId, hospitalId: death.hospitalId, deathDate: death.endDate,
      claims: me.claimId, dates: me.serviceDate, lineIds: [...ids], amount: toYuan(me.totalFen),
    };
  }
  if (me.visitType !== 'inpatient' || me.dischargeMode !== DEATH) return null;
  const later = prior.filter((e) => e.serviceDate > me.endDate).sort((a, b) => (a.serviceDate < b.serviceDate ? -1 : a.serviceDate > b.serviceDate ? 1 : 0));
  if (!later.length) return null;
  return {
    posthumous: false, claimId: later[0].claimId, hospitalId: later[0].hospitalId, deathDate: me.endDate,
    claims: list(later.map((e) => e.claimId)), dates: list(later.map((e) => e.serviceDate)), lineIds: [],
    amount: toYuan(later.reduce((s, e) => s + e.totalFen, 0)),
  };
}
