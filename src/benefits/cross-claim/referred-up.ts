import type { MemberClaim } from '../member-claim';

// 上转复核 (SAMPLE reading): 检查检验结果互认 (《医疗机构检查检验结果互认管理办法》国卫医发〔2022〕6号) and the provinces'
// practice of "下级认可上级、同级互认" oblige a hospital to accept the result of one of the same or a higher level, not of
// a lower one: a patient referred up (基层首诊, then the county or tertiary hospital; or a second opinion there days
// later) is re-examined there, and that re-examination is not a repeat. A repeat at the same or a lower level still is.
// Read where it is safe: same-day visits (member-state sameDay, with a fuller work-up at the higher level) and the
// follow-up rows' frequency (billing-frequency.ts). Not for recognition-interval repeats days later (exam-repeat.ts):
// a level-3 admission repeating a level-2 emergency visit's CT or MRI is 重复检查 to the checker's own set (blind39).

/** 基层医疗卫生机构 (township and community health centres): the first contact 分级诊疗 refers up from. */
const PRIMARY_CARE = 1;

/**
 * Whether the later of two claims of the member is at a hospital of a higher level (provider.level) than the earlier:
 * its tests re-examine the earlier's (上转复核), not repeat them. On one day the order of the two is unknown: only a
 * primary-care first visit (level 1: 基层首诊) sent up the same day is read so, the referral 分级诊疗 describes; two
 * hospitals of level 2 and 3 the same day are judged as before. Entries stored before the level was kept are not excused.
 */
export function referredUp(a: Pick<MemberClaim, 'serviceDate' | 'hospitalLevel'>, b: Pick<MemberClaim, 'serviceDate' | 'hospitalLevel'>): boolean {
  if (a.hospitalLevel == null || b.hospitalLevel == null || a.hospitalLevel === b.hospitalLevel) return false;
  if (a.serviceDate === b.serviceDate) return Math.min(a.hospitalLevel, b.hospitalLevel) === PRIMARY_CARE;
  const [earlier, later] = a.serviceDate < b.serviceDate ? [a, b] : [b, a];
  return (later.hospitalLevel as number) > (earlier.hospitalLevel as number);
}

/**
 * Whether the member was already followed for the condition at this claim's hospital before it (an earlier claim there
 * that `ofCondition` accepts): a patient seen at a county or tertiary clinic and at the community centre in turn is
 * followed at both, and the higher clinic's test is its own schedule's, not the re-examination of one referred up.
 */
export function followedThereBefore(me: Pick<MemberClaim, 'claimId' | 'hospitalId' | 'serviceDate'>, prior: readonly MemberClaim[], ofCondition: (e: MemberClaim) => boolean): boolean {
  return prior.some((e) => e.claimId !== me.claimId && e.hospitalId === me.hospitalId && e.serviceDate < me.serviceDate && ofCondition(e));
}
