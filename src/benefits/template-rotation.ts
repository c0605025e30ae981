import type { BenefitItem } from './benefit-claim';
import { list } from './cross-claim/common';
import type { HistoryKnowledge } from './history-knowledge';
import { billKey, drugsOf } from './identical-bills';
import type { MemberClaim } from './member-claim';
import { toYuan } from '../money/fen';

// 集中刷卡 with rotating templates (虚构医药服务, 《医疗保障基金使用监督管理条例》第十五条、第三十八条; 国家医保局 曝光台: a 村卫生室
// keeping members' cards settles a few set prescriptions on them in turn — a cold, a sore throat, a blood-pressure refill).
// A bill is each patient's own (《处方管理办法》第十四条), so one template billed to many members is identicalBills' matter;
// rotating two or three templates keeps each below its count. Read across the doctor's day instead: the members whose
// bill (two or more drugs, line for line) another member of that day also has, summed over the few most-billed such
// bills. Many members in very few exact bills, each bill shared, is the rotation; what stays quiet, and why:
// - a busy day of varied prescriptions (an influenza surge, a doctor dosing by age band): patients with similar bills
//   differ in a drug or a quantity, and the coincident pairs stay under the member count;
// - a household seen together: a pair or three with one bill, below the count;
// - a home-visit round, a 家庭病床 member's weekly dressing: few members, or one member on many days;
// - a food poisoning (identicalBills.outbreakCategories), a bill with fewer than identicalBills.minDrugs drugs (a chronic
//   refill of one drug, a vaccination or dialysis session, a screening day), a treatment bundle, a stay, a pharmacy's
//   purchases: not judged here (billKey; their own checks read them).

/** What a doctor's day of bills is looked up by: one doctor of one institution, one service date. */
export interface DoctorDayKey {
  hospitalId: string;
  doctorId: string;
  serviceDate: string;
}

/** Another clinic visit of the doctor's day as the check reads it: whose, when it arrived, its bill and how many drugs it holds. */
export type DayBill = Pick<MemberClaim, 'claimId' | 'insuredId' | 'arrival' | 'hospitalId' | 'doctorId' | 'serviceDate' | 'itemsSignature'> & { drugs: number };

export interface TemplateRotation {
  doctorId: string;
  /** Members of the day in the counted bills (this one included), and how many distinct bills they share. */
  members: number;
  bills: number;
  /** Members per counted bill, most first, for reading (e.g. 4、3、3). */
  split: string;
  /** The earlier claims of the counted bills, joined for reading. */
  claims: string;
  lineIds: string[];
  /** The whole bill (yuan): a visit that did not take place is claimed in full. */
  amount: number;
}

const CLINIC = new Set(['outpatient', 'chronic']);

/** The day this claim's doctor's bills are read for, or null when the claim is not judged (a visit billKey judges line for line). */
export function doctorDayKey(e: MemberClaim, k: HistoryKnowledge | undefined): DoctorDayKey | null {
  if (!k?.limits.templateRotation || !CLINIC.has(e.visitType) || !e.doctorId) return null;
  const key = billKey(e, k, false);
  if (!key || key.bundle) return null;
  return { hospitalId: e.hospitalId, doctorId: e.doctorId, serviceDate: e.serviceDate };
}

/** A ledger entry as a day's bill: what a store returns for it (its drug count read from its lines). */
export const dayBillOf = (e: MemberClaim): DayBill => ({
  claimId: e.claimId,
  insuredId: e.insuredId,
  arrival: e.arrival,
  hospitalId: e.hospitalId,
  doctorId: e.doctorId,
  serviceDate: e.serviceDate,
  itemsSignature: e.itemsSignature,
  drugs: drugsOf(e),
});

/**
 * This claim against its doctor's day (`day`: bills of any member by the doctor at the institution that day, stored and
 * of the batch; others arrived after it are not counted): the bills of at least identicalBills.minDrugs drugs shared by
 * two or more members, this claim's among them; when the maxBills most-billed hold at least minMembers members, the
 * finding. A bill already billed to identicalBills' count is that rule's (the caller leaves it).
 */
export function templateRotation(me: MemberClaim, items: readonly BenefitItem[], day: readonly DayBill[], k: HistoryKnowledge | undefined): TemplateRotation | null {
  const cfg = k?.limits.templateRotation;
  const minDrugs = k?.limits.identicalBills?.minDrugs;
  const key = doctorDayKey(me, k);
  if (!cfg || !key || minDrugs === undefined) return null;
  const myArrival = me.arrival ?? Number.POSITIVE_INFINITY;
  const bySignature = new Map<string, { members: Set<string>; claims: string[] }>();
  const add = (b: Pick<DayBill, 'itemsSignature' | 'insuredId' | 'claimId'>) => {
    const g = bySignature.get(b.itemsSignature) ?? bySignature.set(b.itemsSignature, { members: new Set(), claims: [] }).get(b.itemsSignature)!;
    g.members.add(b.insuredId);
    if (b.claimId !== me.claimId) g.claims.push(b.claimId);
  };
  add(me);
  for (const b of day) {
    if (b.claimId === me.claimId || (b.arrival ?? 0) >= myArrival || b.drugs < minDrugs) continue;
    if (b.hospitalId !== key.hospitalId || b.doctorId !== key.doctorId || b.serviceDate !== key.serviceDate) continue;
    add(b);
  }
  const mine = bySignature.get(me.itemsSignature)!;
  if (mine.members.size < 2) return null;
  const shared = [...bySignature.values()].filter((g) => g.members.size >= 2).sort((a, b) => b.members.size - a.members.size);
  // This claim's bill counts whatever its rank: the finding is about its bill being one of the day's few.
  const counted = shared.slice(0, cfg.maxBills);
  if (!counted.includes(mine)) counted[counted.length - 1] = mine;
  // A member in two counted bills (seen twice that day) is one member.
  const members = new Set(counted.flatMap((g) => [...g.members]));
  if (members.size < cfg.minMembers) return null;
  return {
    doctorId: key.doctorId,
    members: members.size,
    bills: counted.length,
    split: counted.map((g) => g.members.size).join('、'),
    claims: list(counted.flatMap((g) => g.claims), 8),
    lineIds: items.map((i) => i.lineId),
    amount: toYuan(me.totalFen),
  };
}
