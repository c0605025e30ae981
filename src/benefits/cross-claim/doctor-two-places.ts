import type { BenefitItem } from '../benefit-claim';
import { fenOf, toYuan } from '../../money/fen';
import type { MemberClaim } from '../member-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import { provinceName, provincesFarApart, type ProvinceAdjacency } from '../province-adjacency';
import { CLINIC_VISITS } from './common';
import type { DistantSameDay } from './distant-same-day';
import { isOnlineVisit } from './online-visit';

// 冒名医生 / 挂证 (冒用医师身份; the same-day reading is this project's inference, not a rule's text): a stay's operation dated on a day its doctor also sees clinic patients at
// another institution in a province far from this one (neither the same nor neighbours). One surgeon does not operate
// in 成都 and hold a clinic in 济南 on one day; 多点执业 at a nearby private hospital on another day (the legitimate
// look-alike) is neither the same day nor far. A lead (可疑), not a rejection: a clerk's mistyped doctor id reads the
// same, and only the operation record and the doctor's 多点执业 filing tell them apart.

/**
 * The pair's shape is distant-same-day's (the other claim, the day, the provinces, this claim's lines, the other as a
 * suspect): here the other claim is the clinic visit, the day the operation's, and the doctor is named.
 */
export interface DoctorTwoPlaces extends Omit<DistantSameDay, 'hereWhat' | 'thereWhat'> {
  doctorId: string;
  /** What the doctor did on this claim and on the other, in the message's words (为患者实施手术 / 出诊接诊): either claim may be the one reviewed. */
  hereDid: string;
  thereDid: string;
}

/**
 * A doctor's day at any institution but this claim's own (his own clinic there is no second place): what the store is
 * asked for, a stay's clinic visits (ReviewStore.getDoctorClinics) or a visit's stays operating that day (getDoctorOperations).
 */
export interface DoctorDateKey {
  doctorId: string;
  serviceDate: string;
  /** This claim's institution, whose entries are not returned. */
  hospitalId: string;
}

const OPERATED = '为患者实施手术';
const SAW_PATIENTS = '出诊接诊';

/**
 * Whether a doctor id is a 医保医师代码, one person wherever it is billed: 13 characters, D, the GB/T 2260 region code
 * of the registration (6 digits), a 6-digit sequence within the city (国家医保局医保信息业务编码; the same 3-part
 * shape as 医保办函〔2022〕39号's 14-character HY/HJ codes). Anything else (an institution's own 工号: D0001, D000123,
 * D+8 or more digits) names a doctor only at its institution, as the other doctor checks key it (hospitalId,
 * doctorId): the same 工号 at two institutions is two people.
 */
export function nationalDoctorCode(doctorId: string, provinces: ProvinceAdjacency): boolean {
  const m = /^D(\d{6})\d{6}$/.exec(doctorId);
  return m !== null && provinces.names.has(m[1].slice(0, 2));
}

/** A clinic visit at which its doctor saw the patient in person: it bills a consultation (诊察费, 挂号). */
function doctorPresent(e: MemberClaim): boolean {
  return CLINIC_VISITS.has(e.visitType) && (e.consult ? true : (e.lines ?? []).some((l) => l.kind === 'consult'));
}

/**
 * The first clinic visit in person (not online) by this stay's doctor (a 医保医师代码) on one of its operation days at
 * another institution in a province far from this one. Entries without a treating region are not judged. Stored visits
 * and the stay's batch alike, whichever came first: a pair is one finding whatever the order it is uploaded in, and
 * the visit gets it as 事后发现.
 */
export function doctorTwoPlaces(me: MemberClaim, items: readonly BenefitItem[], days: readonly string[], visits: readonly MemberClaim[], k: HistoryKnowledge): DoctorTwoPlaces | null {
  const provinces = k.provinces;
  if (!provinces || !me.region || !me.doctorId || me.visitType !== 'inpatient' || !days.length || !nationalDoctorCode(me.doctorId, provinces)) return null;
  for (const e of visits) {
    if (e.claimId === me.claimId || e.doctorId !== me.doctorId || e.hospitalId === me.hospitalId || !e.region) continue;
    // An internet-hospital 复诊 is given from wherever the doctor is (互联网诊疗).
    if (!days.includes(e.serviceDate) || !doctorPresent(e) || isOnlineVisit(e, k)) continue;
    if (!provincesFarApart(provinces, me.region, e.region)) continue;
    const ids = new Set(items.filter((i) => i.date === e.serviceDate).map((i) => i.lineId));
    return {
      claimId: e.claimId, hospitalId: e.hospitalId, region: e.region, doctorId: me.doctorId, date: e.serviceDate, here: provinceName(provinces, me.region), there: provinceName(provinces, e.region),
      hereDid: OPERATED, thereDid: SAW_PATIENTS, claims: `${e.claimId}、${me.claimId}`, lineIds: [...ids], amount: toYuan(fenOf(items, ids)),
      suspects: [{ claimId: e.claimId, lineIds: (e.lines ?? []).map((l) => l.lineId), amount: toYuan(e.totalFen) }],
    };
  }
  return null;
}

/**
 * The stays' operation days a clinic visit's doctor is asked for (getDoctorOperations): an in-person visit (not online)
 * naming a 医保医师代码; null for anything else.
 */
export function visitDoctorKey(me: MemberClaim, k: HistoryKnowledge | undefined): DoctorDateKey | null {
  if (!k?.provinces || !me.doctorId || !doctorPresent(me) || !nationalDoctorCode(me.doctorId, k.provinces) || isOnlineVisit(me, k)) return null;
  return { doctorId: me.doctorId, serviceDate: me.serviceDate, hospitalId: me.hospitalId };
}

/**
 * doctorTwoPlaces the other way round: a clinic visit in person reviewed after a stay of its doctor, stored before it,
 * coding an operation on the visit's day at an institution in a far province (stays settle at discharge, days after
 * the operation: the visit may arrive first or second). The visit's lines of the day are flagged, and the stay is the
 * suspect too (事后发现), its kept lines of the day. Stays of the visit's own batch are not read here: the stay's own
 * review finds them.
 */
export function doctorOperatedElsewhere(me: MemberClaim, items: readonly BenefitItem[], stays: readonly MemberClaim[], k: HistoryKnowledge): DoctorTwoPlaces | null {
  const provinces = k.provinces;
  if (!provinces || !me.region || !visitDoctorKey(me, k)) return null;
  for (const s of stays) {
    if (s.claimId === me.claimId || s.visitType !== 'inpatient' || s.doctorId !== me.doctorId || s.hospitalId === me.hospitalId || !s.region) continue;
    if (!(s.operationDays ?? []).includes(me.serviceDate) || !provincesFarApart(provinces, me.region, s.region)) continue;
    const ids = new Set(items.filter((i) => i.date === me.serviceDate).map((i) => i.lineId));
    const kept = (s.lines ?? []).filter((l) => l.date === me.serviceDate);
    return {
      claimId: s.claimId, hospitalId: s.hospitalId, region: s.region, doctorId: me.doctorId!, date: me.serviceDate, here: provinceName(provinces, me.region), there: provinceName(provinces, s.region),
      hereDid: SAW_PATIENTS, thereDid: OPERATED, claims: `${s.claimId}、${me.claimId}`, lineIds: [...ids], amount: toYuan(fenOf(items, ids)),
      suspects: [{ claimId: s.claimId, lineIds: kept.map((l) => l.lineId), amount: toYuan(fenOf(kept)) }],
    };
  }
  return null;
}
