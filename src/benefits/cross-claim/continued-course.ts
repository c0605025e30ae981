import { daysBetween } from '../../contract/dates';
import type { BenefitItem } from '../benefit-claim';
import { fenOf, toYuan } from '../../money/fen';
import { ledgerRowOf, type LedgerLine, type MemberClaim } from '../member-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import { list } from './common';
import { underAny } from '../../contract/code-prefix';

export interface ContinuedCourse {
  /** The stay whose course continues, its dates, and the first outpatient visit that continues it. */
  stayClaimId: string;
  from: string;
  to: string;
  visitClaimId: string;
  /** Every outpatient visit continuing it, their dates, and the latest one's days after discharge. */
  visits: string;
  dates: string;
  daysAfterDischarge: number;
  /** The drugs continued (names), and the stay's lines of them on its last days. */
  drugs: string;
  stayLineIds: string[];
  /** This claim's lines: the visit's administrations and continued drugs; on the stay, its last days' lines of them. */
  lineIds: string[];
  /** The visits' administrations and continued drugs, yuan. */
  amount: number;
}

interface CourseVisit {
  claim: MemberClaim;
  /** Lines of the visit continuing the course (administrations on the dates of a continued drug, the drug lines). */
  lines: LedgerLine[];
  drugs: Set<string>;
}

/**
 * Outpatient parenteral antimicrobial therapy (OPAT, 《抗菌药物临床应用指导原则（2015年版）》: an intravenous course
 * completed in the clinic once the patient is stable): a visit billing an antimicrobial (`antimicrobials`, ATC prefixes
 * of the drug key after its X) and nothing but its consultation, the infusion (`administration`), the carrier fluid
 * (`carriers`), consumables and laboratory tests — the course's response and safety checks (blood count, CRP, renal
 * function, urinalysis: IDSA OPAT guideline 2018, Norris et al., Clin Infect Dis 2019;68:e1–e35, weekly laboratory
 * monitoring; 指导原则: 疗效评估 before the course is stopped). Any other drug, an examination or a treatment
 * (monitoring, oxygen, nebulisation) is more than OPAT.
 */
function opat(visit: MemberClaim, k: HistoryKnowledge): boolean {
  const cc = k.limits.continuedCourse;
  if (!cc?.antimicrobials.length) return false;
  const antimicrobial = (l: LedgerLine) => l.kind === 'drug' && !!l.drug && underAny((l.drug as string).slice(1), cc.antimicrobials);
  const lines = visit.lines ?? [];
  const allowed = (l: LedgerLine) =>
    l.kind === 'consult' || l.kind === 'consumable' || antimicrobial(l) || (l.kind === 'drug' && cc.carriers.includes(l.drug as string)) ||
    (l.kind === 'service' && (cc.administration.includes(ledgerRowOf(l)) || (l.test === true && l.exam !== true)));
  return lines.some(antimicrobial) && lines.every(allowed);
}

/**
 * Whether an outpatient visit continues the stay's parenteral course: 普通门诊 at the hospital of the stay, from the
 * discharge day to windowDays after it, not for a planned course of its own (plannedCourses: Z51 chemotherapy,
 * Z49 dialysis), billing an intravenous administration (limits.continuedCourse.administration) on the day of a drug
 * the stay billed on its last day in bed or its discharge day (`tail`: generic drug keys); not an OPAT visit.
 */
function courseVisit(stay: MemberClaim, visit: MemberClaim, tail: ReadonlySet<string>, k: HistoryKnowledge): CourseVisit | null {
  const cc = k.limits.continuedCourse;
  if (!cc || visit.visitType !== 'outpatient' || visit.hospitalId !== stay.hospitalId || k.plannedCourses?.has(visit.principalCategory)) return null;
  // Nothing continues a stay that ended in death: a visit that day is the emergency care that led to the admission.
  if (stay.dischargeMode === 'death') return null;
  const gap = daysBetween(stay.endDate, visit.serviceDate);
  if (gap < 0 || gap > cc.windowDays) return null;
  const lines = visit.lines ?? [];
  const given = new Set(lines.filter((l) => l.kind === 'service' && cc.administration.includes(ledgerRowOf(l))).map((l) => l.date));
  const drugs = lines.filter((l) => l.kind === 'drug' && l.drug && tail.has(l.drug) && given.has(l.date));
  if (!drugs.length) return null;
  if (opat(visit, k)) return null;
  const dates = new Set(drugs.map((l) => l.date));
  const admin = lines.filter((l) => l.kind === 'service' && cc.administration.includes(ledgerRowOf(l)) && dates.has(l.date));
  return { claim: visit, lines: [...admin, ...drugs], drugs: new Set(drugs.map((l) => l.drug as string)) };
}

/**
 * A stay's acute parenteral course continued as outpatient visits at the same hospital right after discharge
 * (将住院费用分解至门诊结算, or a discharge before the course was over): a visit within the window billing an
 * intravenous administration of a drug (the same generic drug in the same dosage form: the catalogue row) that the
 * stay billed on its last day in bed or its discharge day. An antibiotic course completed in the clinic (OPAT,
 * 《抗菌药物临床应用指导原则（2015年版）》) is outpatient care. A follow-up with a consultation and a dressing, a
 * subcutaneous injection (insulin, erythropoietin, heparin bridging), a chemotherapy or dialysis visit, and a visit
 * elsewhere are not. Whichever arrives second carries the hit: a visit after its stay names the stay; a stay
 * arriving after such visits names them.
 */
export function continuedCourse(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): ContinuedCourse | null {
  if (!k.limits.continuedCourse) return null;
  const tailOf = (lines: readonly LedgerLine[]) => new Set(lines.filter((l) => l.kind === 'drug' && l.courseEnd && l.drug).map((l) => l.drug as string));
  const nameOf = (lineIds: ReadonlySet<string>, source: readonly { lineId: string; name?: string }[]) => [...new Set(source.filter((i) => lineIds.has(i.lineId) && i.name).map((i) => i.name as string))].join('、');
  if (me.visitType === 'outpatient') {
    const stays = prior.filter((e) => e.visitType === 'inpatient' && e.hospitalId === me.hospitalId && e.endDate <= me.serviceDate).sort((a, b) => (a.endDate > b.endDate ? -1 : a.endDate < b.endDate ? 1 : 0));
    for (const stay of stays) {
      const stayLines = (stay.lines ?? []).filter((l) => l.courseEnd);
      const v = courseVisit(stay, me, tailOf(stayLines), k);
      if (!v) continue;
      const ids = new Set(v.lines.map((l) => l.lineId));
      const drugIds = new Set(v.lines.filter((l) => l.kind === 'drug').map((l) => l.lineId));
      return {
        stayClaimId: stay.claimId, from: stay.serviceDate, to: stay.endDate, visitClaimId: me.claimId, visits: me.claimId, dates: me.serviceDate,
        daysAfterDischarge: daysBetween(stay.endDate, me.serviceDate), drugs: nameOf(drugIds, items),
        stayLineIds: stayLines.filter((l) => v.drugs.has(l.drug as string)).map((l) => l.lineId), lineIds: [...ids], amount: toYuan(fenOf(items, ids)),
      };
    }
    return null;
  }
  if (me.visitType !== 'inpatient' || !me.lines) return null;
  const tail = tailOf(me.lines);
  if (!tail.size) return null;
  const visits = prior.map((e) => courseVisit(me, e, tail, k)).filter((v): v is CourseVisit => v !== null);
  if (!visits.length) return null;
  visits.sort((a, b) => (a.claim.serviceDate < b.claim.serviceDate ? -1 : a.claim.serviceDate > b.claim.serviceDate ? 1 : 0));
  const drugs = new Set(visits.flatMap((v) => [...v.drugs]));
  const ids = new Set(me.lines.filter((l) => l.courseEnd && drugs.has(l.drug as string)).map((l) => l.lineId));
  const last = visits[visits.length - 1].claim;
  return {
    stayClaimId: me.claimId, from: me.serviceDate, to: me.endDate, visitClaimId: visits[0].claim.claimId, visits: list(visits.map((v) => v.claim.claimId)),
    dates: list(visits.map((v) => v.claim.serviceDate)), daysAfterDischarge: daysBetween(me.endDate, last.serviceDate), drugs: nameOf(ids, items),
    stayLineIds: [...ids], lineIds: [...ids], amount: toYuan(visits.reduce((s, v) => s + v.lines.reduce((t, l) => t + l.amountFen, 0), 0)),
  };
}
