import type { BenefitItem } from '../benefit-claim';
import { fenOf, toYuan } from '../../money/fen';
import type { MemberClaim } from '../member-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import { provinceName, provincesFarApart, type ProvinceAdjacency } from '../province-adjacency';
import { CLINIC_VISITS, sameCondition, type Suspect } from './common';

// 冒名就医 / 借卡: one member's card used on one day for care given in person at institutions in two provinces far
// apart (neither the same nor neighbours). One person does not attend a consultation in 成都 and another in 长春 on
// the same day in the ordinary course; the pair is a lead for investigators (可疑), not a rejection (a flight exists).

export interface DistantSameDay {
  /** The other claim (seen first) and its institution and treating region. */
  claimId: string;
  hospitalId: string;
  region: string;
  /** The day both claims give care in person. */
  date: string;
  /** Province names, this claim's then the other's. */
  here: string;
  there: string;
  /** What each side was, this claim's then the other's: 就诊, or a purchase no relative made on the member's behalf. */
  hereWhat: string;
  thereWhat: string;
  /** Both claims, the other first. */
  claims: string;
  /** This claim's lines of that day. */
  lineIds: string[];
  amount: number;
  /**
   * The other claim as a suspect too (事后发现): which of two same-day claims far apart was not the member is not
   * known from the pair, and the one that settled first is as likely the borrowed card's. Its lines of that day as
   * its ledger entry keeps them (every line of a visit; a stay's kept lines of the day) and their money (a visit's
   * total).
   */
  suspects: Suspect[];
}


/**
 * The days a claim shows its member in person at the institution. A clinic visit: its day, when it bills a
 * consultation or registration (诊察费, 挂号) or a service done on the person (an examination, a test, a treatment); a
 * visit of drugs alone (a 门诊慢特病 refill at the window) does not. A stay: its admission and discharge days, except
 * the days of a transfer (admitted by transfer, discharged 医嘱转院: the journey between the two hospitals); the days
 * between are visit-during-stay's and overlapping-stay's to judge. A pharmacy purchase never: a relative may buy with
 * the card (条例第十七条 委托他人代为购药; 家庭共济) and an online order (医保线上购药) settles where the pharmacy is, not
 * where the member is (distantSameDay reads one for a condition the member never had: unrecordedPurchase).
 */
export function presenceDays(e: MemberClaim): string[] {
  if (e.visitType === 'inpatient') {
    const days = new Set<string>();
    if (e.admissionRoute !== 'transfer') days.add(e.serviceDate);
    if (e.dischargeMode !== 'transfer') days.add(e.endDate);
    return [...days];
  }
  if (!CLINIC_VISITS.has(e.visitType)) return [];
  const inPerson = e.lines ? e.lines.some((l) => l.kind === 'consult' || l.kind === 'service') : e.serviceCodes.length > 0;
  return inPerson ? [e.serviceDate] : [];
}

/**
 * A pharmacy purchase for a condition the member's record never shows (no claim of the member dated that day or
 * before codes it or a related category, nor is it an approved 门诊慢特病): no relative bought it on the member's
 * behalf. 委托他人代为购药 (条例第十七条) and an online repeat (互联网诊疗 only follows up a diagnosis made in person,
 * 《互联网诊疗管理办法（试行）》第十六条) both buy the member's own treatment, which a doctor who saw the member
 * diagnosed; a purchase for another condition is someone's own use of the card. Its day then counts as the card
 * used in person (冒名购药); null otherwise. `record`: the member's other claims.
 */
function unrecordedPurchase(e: MemberClaim, record: readonly MemberClaim[], approved: readonly string[], k: Pick<HistoryKnowledge, 'related'>): string | null {
  if (e.visitType !== 'pharmacy' || !e.principalCategory) return null;
  const known = new Set(approved.map((c) => c.slice(0, 3)));
  for (const r of record) {
    if (r.claimId === e.claimId || r.serviceDate > e.serviceDate) continue;
    known.add(r.principalCategory);
    for (const c of r.codes ?? []) if (/^[A-Z]\d\d/.test(c)) known.add(c.slice(0, 3));
  }
  return [...known].some((c) => sameCondition(c, e.principalCategory, k)) ? null : e.principalCategory;
}

const purchaseWhat = (category: string) => `药店购药（${category}类疾病用药，参保人此前及当日就诊记录和门诊慢特病认定中均无该病，非代参保人本人购药）`;

/**
 * A claim seen before this one, of the same member, giving care in person on one of this claim's in-person days in
 * a province far from this one's. Two stays that overlap are left to the overlap check. Entries without a treating
 * region (written before the field existed) are not judged.
 */
export function distantSameDay(
  me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], provinces: ProvinceAdjacency | undefined,
  approved: readonly string[] = [], k: Pick<HistoryKnowledge, 'related'> = {},
): DistantSameDay | null {
  if (!provinces || !me.region) return null;
  const myPurchase = unrecordedPurchase(me, prior, approved, k);
  const mine = myPurchase ? [me.serviceDate] : presenceDays(me);
  if (!mine.length) return null;
  const record = [...prior, me];
  for (const e of prior) {
    if (!e.region || e.hospitalId === me.hospitalId || !provincesFarApart(provinces, me.region, e.region)) continue;
    if (me.visitType === 'inpatient' && e.visitType === 'inpatient' && e.serviceDate < me.endDate && me.serviceDate < e.endDate) continue;
    const theirPurchase = unrecordedPurchase(e, record, approved, k);
    const theirs = new Set(theirPurchase ? [e.serviceDate] : presenceDays(e));
    const date = mine.find((d) => theirs.has(d));
    if (!date) continue;
    // A visit's every line is at stake (whose care was it?); a stay's, the lines of that day.
    const ids = new Set(items.filter((i) => me.visitType !== 'inpatient' || i.date === date).map((i) => i.lineId));
    const theirLines = (e.lines ?? []).filter((l) => e.visitType !== 'inpatient' || l.date === date);
    const theirFen = e.visitType === 'inpatient' ? theirLines.reduce((s, l) => s + l.amountFen, 0) : e.totalFen;
    return {
      claimId: e.claimId, hospitalId: e.hospitalId, region: e.region, date, here: provinceName(provinces, me.region), there: provinceName(provinces, e.region),
      hereWhat: myPurchase ? purchaseWhat(myPurchase) : '就诊', thereWhat: theirPurchase ? purchaseWhat(theirPurchase) : '有须本人到场的诊疗',
      claims: `${e.claimId}、${me.claimId}`, lineIds: [...ids], amount: toYuan(fenOf(items, ids)),
      suspects: [{ claimId: e.claimId, lineIds: theirLines.map((l) => l.lineId), amount: toYuan(theirFen) }],
    };
  }
  return null;
}
