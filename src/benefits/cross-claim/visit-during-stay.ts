import type { BenefitItem } from '../benefit-claim';
import { fenOf, toYuan } from '../../money/fen';
import type { MemberClaim } from '../member-claim';
import { CLINIC_VISITS, OUTSIDE_STAY, list, type Suspect } from './common';


export interface VisitDuringStay {
  /** The other claim (the stay, or the first visit inside this stay) and its institution. */
  claimId: string;
  hospitalId: string;
  from: string;
  to: string;
  /** Every other claim in the pattern. */
  claims: string;
  dates: string;
  lineIds: string[];
  amount: number;
  /**
   * The earlier-arrived claims that may be the false side (事后发现): when this claim is the stay, the visits and
   * purchases inside it, each with every line and its total (their care is what the stay puts in doubt); when
   * this claim is the visit, none (the hit is already on it).
   */
  suspects: Suspect[];
}

/**
 * An outpatient, chronic or pharmacy claim dated inside an inpatient stay (strictly between admission and
 * discharge: visits on those days are how people arrive and leave), whichever of the two arrives second.
 * `sameHospital` false: at another institution (冒名就医, or the patient was not in the bed: 挂床); the stay's lines
 * on the visit dates are named. `sameHospital` true: an outpatient or 门诊慢特病 visit at the hospital of the stay
 * (住院期间门诊另收费: what the ward gives an inpatient belongs on the stay's bill); pharmacies are not hospitals, so
 * purchases are left to the other-institution check. The money is then the visits' own: their lines when this is
 * the visit, their totals when this is the stay.
 */
export function visitDuringStay(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], sameHospital = false): VisitDuringStay | null {
  const kinds = sameHospital ? CLINIC_VISITS : OUTSIDE_STAY;
  const inside = (stay: MemberClaim, visit: MemberClaim) =>
    (stay.hospitalId === visit.hospitalId) === sameHospital && visit.serviceDate > stay.serviceDate && visit.serviceDate < stay.endDate;
  if (kinds.has(me.visitType)) {
    const stays = prior.filter((e) => e.visitType === 'inpatient' && inside(e, me));
    if (stays.length) {
      const ids = new Set(items.map((i) => i.lineId));
      return {
        claimId: stays[0].claimId, hospitalId: stays[0].hospitalId, from: stays[0].serviceDate, to: stays[0].endDate,
        claims: list(stays.map((s) => s.claimId)), dates: me.serviceDate, lineIds: [...ids], amount: toYuan(fenOf(items, ids)), suspects: [],
      };
    }
    return linesDuringStay(me, items, prior, sameHospital);
  }
  if (me.visitType !== 'inpatient') return null;
  // A visit inside the stay by its date, or a claim settling a period (门诊慢特病 按月结算) dated after the stay whose
  // lines fall inside it — the stay arriving second finds what linesDuringStay finds when the settlement arrives second.
  const within = (date: string) => date > me.serviceDate && date < me.endDate;
  // Each visit read once: whether it is inside the stay by its date, and its lines inside the stay.
  const visits: { v: MemberClaim; whole: boolean; lines: NonNullable<MemberClaim['lines']> }[] = [];
  for (const v of prior) {
    if (!kinds.has(v.visitType) || (me.hospitalId === v.hospitalId) !== sameHospital) continue;
    const whole = inside(me, v);
    const lines = whole ? (v.lines ?? []) : (v.lines ?? []).filter((l) => within(l.date));
    if (lines.length > 0) visits.push({ v, whole, lines });
  }
  if (!visits.length) return null;
  const dates = new Set(visits.flatMap(({ v, whole, lines }) => (whole ? [v.serviceDate] : lines.map((l) => l.date))));
  const ids = sameHospital ? new Set<string>() : new Set(items.filter((i) => dates.has(i.date)).map((i) => i.lineId));
  const fenInside = ({ v, whole, lines }: (typeof visits)[number]) => (whole ? v.totalFen : lines.reduce((s, l) => s + l.amountFen, 0));
  const first = visits[0].v;
  return {
    claimId: first.claimId, hospitalId: first.hospitalId, from: me.serviceDate, to: me.endDate,
    claims: list(visits.map(({ v }) => v.claimId)), dates: [...dates].sort().join('、'), lineIds: [...ids],
    amount: toYuan(sameHospital ? visits.reduce((s, e) => s + fenInside(e), 0) : fenOf(items, ids)),
    suspects: visits.map((e) => ({ claimId: e.v.claimId, lineIds: e.lines.map((l) => l.lineId), amount: toYuan(fenInside(e)) })),
  };
}

/**
 * A claim settling a period (门诊慢特病 按月结算: visitDate its last session, each line on its own day) whose lines are
 * dated inside a stay of the member that the claim's own date is not: the sessions on those days were billed while the
 * patient was in a ward bed (虚记透析次数, or 住院期间门诊另收费 at the stay's hospital). Those days' lines are named.
 */
function linesDuringStay(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], sameHospital: boolean): VisitDuringStay | null {
  for (const stay of prior) {
    if (stay.visitType !== 'inpatient' || (stay.hospitalId === me.hospitalId) !== sameHospital) continue;
    const during = items.filter((i) => i.date > stay.serviceDate && i.date < stay.endDate);
    if (!during.length) continue;
    const ids = new Set(during.map((i) => i.lineId));
    return {
      claimId: stay.claimId, hospitalId: stay.hospitalId, from: stay.serviceDate, to: stay.endDate, claims: stay.claimId,
      dates: [...new Set(during.map((i) => i.date))].sort().join('、'), lineIds: [...ids], amount: toYuan(fenOf(items, ids)), suspects: [],
    };
  }
  return null;
}
