import type { BenefitItem } from '../benefit-claim';
import type { ExamRecognition } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { fenOf, toYuan } from '../../money/fen';
import { CLINIC_VISITS, emergencyVisit } from './common';

// 分解就诊 / 分次结算: one clinic visit settled as several claims, each with its own consultation fee. A
// consultation (诊察费) is priced per visit and a registration holds for the day with that doctor (《全国医疗服务价格项目规范》
// 诊察费 以次计价; 挂号当日有效): the same doctor billing the member twice in a day splits one visit (分解项目收费,
// 《医疗保障基金使用监督管理条例》第十五条、第三十八条).

export interface SplitVisit {
  /** The claim seen before this one: the same visit's first settlement. */
  claimId: string;
  /** What the two claims share: 同一医师 (doctorId) or 同一科室 (department, where either names no doctor). */
  same: string;
  /** The doctor or department, as the claims name it. */
  who: string;
  /** This claim's consultation lines (the fee charged again) and their money, yuan. */
  lineIds: string[];
  amount: number;
}

const consults = (e: MemberClaim) => (e.lines ?? []).filter((l) => l.kind === 'consult' && l.date === e.serviceDate);

/**
 * A clinic or 门诊慢特病 claim seen before this one, of the same member, at the same hospital on the same day, with the
 * same doctor (where either names none, the same department), both billing a consultation: this claim's consultation
 * lines. Not judged: an emergency visit on either side (急诊 is its own registration, a patient worse by evening), a
 * claim without a consultation (a pharmacy purchase, a procedure or refill billed alone), another doctor or department
 * (a second specialty the same day is a second visit). The same bill again is duplicateOf's and nudgedDuplicate's.
 */
export function splitVisit(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], table: ExamRecognition | undefined): SplitVisit | null {
  if (!CLINIC_VISITS.has(me.visitType) || emergencyVisit(me, table)) return null;
  const mine = consults(me);
  if (!mine.length) return null;
  for (const e of prior) {
    if (!CLINIC_VISITS.has(e.visitType) || e.hospitalId !== me.hospitalId || e.serviceDate !== me.serviceDate) continue;
    if (e.itemsSignature === me.itemsSignature || !consults(e).length || emergencyVisit(e, table)) continue;
    const byDoctor = !!me.doctorId && !!e.doctorId;
    if (byDoctor ? e.doctorId !== me.doctorId : !me.department || e.department !== me.department) continue;
    const ids = new Set(mine.map((l) => l.lineId));
    return {
      claimId: e.claimId,
      same: byDoctor ? '同一医师' : '同一科室',
      who: (byDoctor ? me.doctorId : me.department) as string,
      lineIds: [...ids],
      amount: toYuan(fenOf(items, ids)),
    };
  }
  return null;
}
