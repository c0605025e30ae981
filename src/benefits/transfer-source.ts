import { addDays, daysBetween } from '../contract/dates';
import type { MemberClaim } from './member-claim';
import { list } from './cross-claim/common';

// Where an admission by transfer came from (虚构/倒签转诊来源). Two ways a patient is sent on, 医保发〔2022〕22号
// 《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》 and the 结算清单's admission route 3 (其他医疗机构转入):
// - 医嘱转院 from a ward or an emergency consultation: the sender's claim settles at the transfer, the same or the
//   day before the receiving admission;
// - 异地转诊 (转诊备案, a kind of 临时外出就医): the home hospital's specialist issues the referral at an outpatient
//   visit, the member files it and is admitted away within its validity, days or weeks later, when the receiving
//   centre has a bed.
// A referral visit dated after the admission it supports was written afterwards (倒签).

/**
 * Days a referral visit may precede the admission it supports: 医保发〔2022〕22号 asks the insuring region to keep a
 * 临时外出就医 备案 valid 原则上不少于6个月, and a member referred on waits for a bed within that validity (weeks, at
 * times months, for a national medical centre), so a clinic visit at the sender within 180 days counts as the referral.
 */
export const REFERRAL_VALID_DAYS = 180;

/**
 * SAMPLE: days after discharge within which a first visit at the named sender is read as the stay's referral written
 * afterwards (a 转诊单 补开 for the reimbursement at home is asked for soon after the stay; a visit months later is
 * ordinary care there).
 */
export const LATE_REFERRAL_DAYS = 30;

/** A claim of the member at X that sends the patient on to a stay admitted on `admission`. */
function sends(e: MemberClaim, x: string, admission: string): boolean {
  if (e.hospitalId !== x || e.visitType === 'pharmacy' || e.serviceDate > admission) return false;
  // 医嘱转院: a stay or an (emergency) visit there settling the same or the day before.
  if (daysBetween(e.endDate, admission) <= 1) return true;
  // 异地转诊: an outpatient visit there within the referral's validity.
  return e.visitType !== 'inpatient' && e.serviceDate >= addDays(admission, -REFERRAL_VALID_DAYS);
}

export interface TransferWithoutSender {
  /** The hospital the stay says the patient came from (transferFromHospitalId). */
  hospitalId: string;
  /** Its region (6 digits): from the member's own claims there, else from its national institution code. */
  region: string;
  /** The member's earlier claims in that region (the ledger holds the region's claims), joined for reading. */
  claims: string;
  count: number;
}

/** 定点医疗机构代码 (国家医疗保障局《医疗保障信息业务编码规范》): H, the 6-digit 行政区划 of the institution, a sequence number. */
const INSTITUTION_CODE = /^H(\d{6})\d+$/;

/**
 * An admission by transfer from hospital X (虚构转院来源) that the ledger cannot match: where the ledger holds X's region
 * (the member has earlier claims there), a transfer with no stay or visit of the member at X that sends it (above) is
 * a source the records do not show. Returned only then (and when X's region is known); whether X lies in the member's
 * pooling region while this stay is elsewhere (the 异地转诊 a referral record buys) is the rule's to judge.
 */
export function transferWithoutSender(me: MemberClaim, prior: readonly MemberClaim[]): TransferWithoutSender | null {
  const x = me.transferFromHospitalId;
  if (me.visitType !== 'inpatient' || me.admissionRoute !== 'transfer' || !x || x === me.hospitalId) return null;
  if (prior.some((e) => sends(e, x, me.serviceDate))) return null;
  const region = regionOf(x, prior);
  if (!region) return null;
  const there = prior.filter((e) => e.region === region && e.serviceDate <= me.serviceDate);
  if (!there.length) return null;
  return { hospitalId: x, region, claims: list(there.map((e) => e.claimId)), count: there.length };
}

function regionOf(x: string, prior: readonly MemberClaim[]): string | null {
  return prior.find((e) => e.hospitalId === x && e.region)?.region ?? INSTITUTION_CODE.exec(x)?.[1] ?? null;
}

export interface LateReferral {
  /** The stay admitted by transfer from this visit's hospital, before this visit. */
  stayClaimId: string;
  stayRegion: string;
  admission: string;
  discharge: string;
  /** Days from the admission to this visit. */
  daysAfterAdmission: number;
}

/**
 * This visit is the member's first at hospital X (the ledger holds no claim of the member there before it) after a stay
 * in another province admitted by transfer from X: the only contact with the named sender comes after the admission —
 * during the stay, or within LATE_REFERRAL_DAYS of its discharge — the referral written afterwards (倒签转诊). Any
 * earlier visit at X may be the referral (a 备案 is valid months), so only a first visit is read. Judged on the visit
 * because it settles after the stay; the stay's own check could not see it.
 */
export function lateReferral(me: MemberClaim, prior: readonly MemberClaim[]): LateReferral | null {
  if (me.visitType === 'inpatient' || me.visitType === 'pharmacy' || !me.region) return null;
  const atX = prior.filter((e) => e.hospitalId === me.hospitalId && e.claimId !== me.claimId && e.visitType !== 'pharmacy' && e.serviceDate <= me.serviceDate);
  for (const s of prior) {
    if (s.visitType !== 'inpatient' || s.admissionRoute !== 'transfer' || s.transferFromHospitalId !== me.hospitalId) continue;
    if (s.hospitalId === me.hospitalId || !s.region || me.serviceDate <= s.serviceDate) continue;
    // 异地转诊 across provinces: a stay in the visit's own province is no 跨省 referral to buy.
    if (s.region.slice(0, 2) === me.region.slice(0, 2)) continue;
    if (daysBetween(s.endDate, me.serviceDate) > LATE_REFERRAL_DAYS) continue;
    // Not the first visit there: an earlier one may be the referral, a later one the stay's follow-up.
    if (atX.length) continue;
    return { stayClaimId: s.claimId, stayRegion: s.region, admission: s.serviceDate, discharge: s.endDate, daysAfterAdmission: daysBetween(s.serviceDate, me.serviceDate) };
  }
  return null;
}
