import { fenOf, toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { CLINIC_VISITS, sameCondition, type Suspect } from './common';

// 虚记 (远程影像诊断按检查收费): an examination needs the patient at the machine, and someone to order it. In a 医联体 or
// 医共体 the higher-level member reads the images the township takes (基层检查、上级诊断; 国办发〔2017〕32号), and
// that reading is a remote diagnosis (价格项目规范 远程影像诊断 / a consultation), not the modality. A higher-level
// hospital's bill of examinations alone — no consultation, no earlier claim of the member there to order them — on
// the day the member was seen and examined in person at a lower-level institution for the same condition is what
// such a reading billed as a scan it never took looks like. A lead (可疑): the scan's own record settles it.

export interface UnseenImaging {
  /** The examination-only claim and its institution. */
  claimId: string;
  hospitalId: string;
  /** The visit that day where the member was seen and examined, and its institution. */
  visitClaimId: string;
  visitHospitalId: string;
  date: string;
  /** Both claims, the visit first. */
  claims: string;
  /** This claim's lines concerned: the examinations on the examination-only claim; none on the visit. */
  lineIds: string[];
  /** The examinations' money, yuan; null on the visit, whose own money is not in doubt. */
  amount: number | null;
  /** The examination-only claim, when it arrived before the visit (事后发现). */
  suspects: Suspect[];
}

/** A clinic claim billing examinations and nothing else: no consultation, drug, test or consumable. */
const examinationsOnly = (e: MemberClaim) => CLINIC_VISITS.has(e.visitType) && !!e.lines?.length && e.lines.every((l) => l.kind === 'service' && l.exam);

/** A clinic claim with a consultation and an examination: the member seen and examined in person. */
const seenAndExamined = (e: MemberClaim) => CLINIC_VISITS.has(e.visitType) && !!e.lines?.some((l) => l.kind === 'consult') && e.lines.some((l) => l.kind === 'service' && l.exam);

/** `scan` (examinations only) at a higher level than `visit`, the same day and condition, no order for it at its hospital in `all`. */
function pairs(scan: MemberClaim, visit: MemberClaim, all: readonly MemberClaim[], k: HistoryKnowledge): boolean {
  if (scan.hospitalId === visit.hospitalId || scan.serviceDate !== visit.serviceDate) return false;
  if (scan.hospitalLevel == null || visit.hospitalLevel == null || scan.hospitalLevel <= visit.hospitalLevel) return false;
  if (!sameCondition(scan.principalCategory, visit.principalCategory, k)) return false;
  // Any earlier or same-day claim of the member at the scan's hospital may hold the order (a visit, a stay).
  return !all.some((e) => e.claimId !== scan.claimId && e.hospitalId === scan.hospitalId && e.serviceDate <= scan.serviceDate);
}

/**
 * Whichever arrives second carries the hit: the examination-only claim names the visit; a visit arriving after such
 * a claim names it (事后发现 on it).
 */
export function unseenImaging(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): UnseenImaging | null {
  if (examinationsOnly(me)) {
    const visit = prior.find((e) => seenAndExamined(e) && pairs(me, e, prior, k));
    if (!visit) return null;
    return {
      claimId: me.claimId, hospitalId: me.hospitalId, visitClaimId: visit.claimId, visitHospitalId: visit.hospitalId, date: me.serviceDate,
      claims: `${visit.claimId}、${me.claimId}`, lineIds: items.map((i) => i.lineId), amount: toYuan(fenOf(items)), suspects: [],
    };
  }
  if (!seenAndExamined(me)) return null;
  const scan = prior.find((e) => examinationsOnly(e) && pairs(e, me, prior, k));
  if (!scan) return null;
  const lines = scan.lines ?? [];
  return {
    claimId: scan.claimId, hospitalId: scan.hospitalId, visitClaimId: me.claimId, visitHospitalId: me.hospitalId, date: me.serviceDate,
    claims: `${me.claimId}、${scan.claimId}`, lineIds: [], amount: null,
    suspects: [{ claimId: scan.claimId, lineIds: lines.map((l) => l.lineId), amount: toYuan(fenOf(lines)) }],
  };
}
