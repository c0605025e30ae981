import { addDays, daysBetween } from '../../contract/dates';
import type { BenefitItem } from '../benefit-claim';
import { fenOf, toYuan } from '../../money/fen';
import { ledgerRowOf, type LedgerLine, type MemberClaim } from '../member-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import { list, recordReaches, type Suspect } from './common';

export interface DischargeSupplyMoved {
  /** The stay whose drugs continue, its dates, the visits or purchases that carry them and their dates. */
  stayClaimId: string;
  from: string;
  to: string;
  visits: string;
  dates: string;
  daysAfterDischarge: number;
  /** The drugs (names) dispensed outside the stay. */
  drugs: string;
  /** This claim's lines: the dispensed drug lines on the visit; none on the stay (its bill lacks them). */
  lineIds: string[];
  /** The dispensed drugs, yuan. */
  amount: number;
  /** The visits or purchases that arrived before the stay (a discharge-day visit settles first): their drug lines. */
  suspects: Suspect[];
}

interface SupplyVisit {
  claim: MemberClaim;
  lines: LedgerLine[];
}

/**
 * Whether a visit or purchase dispenses the stay's own ending drugs (出院带药) outside it: 普通门诊 at the hospital of the
 * stay by its department or doctor, or a pharmacy purchase, from the discharge day to `windowDays` after it, of drugs
 * (generic keys) the stay gave on its last day in bed or its discharge day, which the member had not been dispensed
 * outside a stay in the `lookbackDays` before the admission (a regimen of its own, refilled around the stay, is not
 * the stay's supply); a ledger not reaching back the `lookbackDays` before the admission cannot show that, and is not
 * judged (recordReaches). A visit giving an infusion is the continued course's (continued-course.ts), and carrier fluids
 * are not counted.
 */
function supplyVisit(stay: MemberClaim, visit: MemberClaim, prior: readonly MemberClaim[], k: HistoryKnowledge): SupplyVisit | null {
  const cfg = k.limits.movedDischargeSupply;
  if (!cfg || stay.visitType !== 'inpatient' || stay.dischargeMode === 'death') return null;
  if (visit.visitType === 'outpatient') {
    if (visit.hospitalId !== stay.hospitalId) return null;
    const sameWard = (visit.doctorId && visit.doctorId === stay.doctorId) || (visit.department && visit.department === stay.department);
    if (!sameWard) return null;
  } else if (visit.visitType !== 'pharmacy') return null;
  const gap = daysBetween(stay.endDate, visit.serviceDate);
  if (gap < 0 || gap > cfg.windowDays) return null;
  const ending = new Set((stay.lines ?? []).filter((l) => l.kind === 'drug' && l.courseEnd && l.drug).map((l) => l.drug as string));
  if (!ending.size || !recordReaches(prior, addDays(stay.serviceDate, -cfg.lookbackDays))) return null;
  const before = new Set<string>();
  for (const e of prior) {
    if (e.visitType === 'inpatient' || e === visit || e.serviceDate >= stay.serviceDate || daysBetween(e.serviceDate, stay.serviceDate) > cfg.lookbackDays) continue;
    for (const l of e.lines ?? []) if (l.kind === 'drug' && l.drug) before.add(l.drug);
  }
  const visitLines = visit.lines ?? [];
  // A visit giving an infusion or IV injection is a treatment there, not a take-home supply: the continued course's
  // matter (history.course-continued-outpatient, OPAT allowed), and a carrier fluid is no drug of its own.
  const administration = k.limits.continuedCourse?.administration ?? [];
  if (visitLines.some((l) => l.kind === 'service' && administration.includes(ledgerRowOf(l)))) return null;
  const carriers = k.limits.newEvent?.carriers ?? [];
  const lines = visitLines.filter((l) => l.kind === 'drug' && l.drug && ending.has(l.drug) && !before.has(l.drug) && !carriers.includes(l.drug));
  return lines.length >= cfg.minDrugs && new Set(lines.map((l) => l.drug)).size >= cfg.minDrugs ? { claim: visit, lines } : null;
}

/**
 * A stay's take-home drugs (出院带药) dispensed outside it on its discharge day or the day after: the same ward's clinic
 * or a pharmacy giving the drugs the stay ended on, new to the member (费用转移: the stay's own drugs moved out of its
 * DRG/DIP payment to the outpatient or pharmacy fund; 出院带药 is settled with the stay). Whichever arrives second
 * carries the hit: a visit after its stay names the stay; a stay arriving after such a visit (a discharge-day visit
 * settles first) names it, and the visit is sent to people (suspects).
 */
export function dischargeSupplyMoved(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): DischargeSupplyMoved | null {
  if (!k.limits.movedDischargeSupply) return null;
  const names = (ids: ReadonlySet<string>) => [...new Set(items.filter((i) => ids.has(i.lineId)).map((i) => i.name))].join('、');
  if (me.visitType === 'outpatient' || me.visitType === 'pharmacy') {
    const stays = prior.filter((e) => e.visitType === 'inpatient' && e.endDate <= me.serviceDate).sort((a, b) => (a.endDate > b.endDate ? -1 : a.endDate < b.endDate ? 1 : 0));
    for (const stay of stays) {
      const v = supplyVisit(stay, me, prior, k);
      if (!v) continue;
      const ids = new Set(v.lines.map((l) => l.lineId));
      return {
        stayClaimId: stay.claimId, from: stay.serviceDate, to: stay.endDate, visits: me.claimId, dates: me.serviceDate,
        daysAfterDischarge: daysBetween(stay.endDate, me.serviceDate), drugs: names(ids), lineIds: [...ids], amount: toYuan(fenOf(items, ids)), suspects: [],
      };
    }
    return null;
  }
  if (me.visitType !== 'inpatient') return null;
  const visits = prior.map((e) => supplyVisit(me, e, prior, k)).filter((v): v is SupplyVisit => v !== null);
  if (!visits.length) return null;
  visits.sort((a, b) => (a.claim.serviceDate < b.claim.serviceDate ? -1 : a.claim.serviceDate > b.claim.serviceDate ? 1 : 0));
  const drugs = new Set(visits.flatMap((v) => v.lines.map((l) => l.drug as string)));
  const fen = (v: SupplyVisit) => v.lines.reduce((t, l) => t + l.amountFen, 0);
  return {
    stayClaimId: me.claimId, from: me.serviceDate, to: me.endDate, visits: list(visits.map((v) => v.claim.claimId)), dates: list(visits.map((v) => v.claim.serviceDate)),
    daysAfterDischarge: daysBetween(me.endDate, visits[visits.length - 1].claim.serviceDate),
    drugs: names(new Set(items.filter((i) => i.category === 'drug' && (me.lines ?? []).some((l) => l.lineId === i.lineId && drugs.has(l.drug as string))).map((i) => i.lineId))),
    lineIds: [], amount: toYuan(visits.reduce((s, v) => s + fen(v), 0)),
    suspects: visits.map((v) => ({ claimId: v.claim.claimId, lineIds: v.lines.map((l) => l.lineId), amount: toYuan(fen(v)) })),
  };
}
