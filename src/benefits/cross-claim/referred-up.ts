import type { MemberClaim } from '../member-claim';

// 上转复核 (SAMPLE reading): 检查检验结果互认 (《医疗机构检查检验结果互认管理办法》国卫医发〔2022〕6号) and the provinces'
// practice of "下级认可上级、同级互认" oblige a hospital to accept the result of one of the same or a higher level, not of
// a lower one: a patient referred up (基层首诊, then the county or tertiary hospital; or a second opinion there days
// later) is re-examined there, and that re-examination is not a repeat. A repeat at the same or a lower level still is.

/**
 * Whether the later of two claims of the member is at a hospital of a higher level (provider.level) than the earlier:
 * its tests re-examine the earlier's (上转复核), not repeat them. On one day the order of the two is unknown and the
 * lower-level visit is read as the first (referral goes up). Entries stored before the level was kept are not excused.
 */
export function referredUp(a: Pick<MemberClaim, 'serviceDate' | 'hospitalLevel'>, b: Pick<MemberClaim, 'serviceDate' | 'hospitalLevel'>): boolean {
  if (a.hospitalLevel == null || b.hospitalLevel == null || a.hospitalLevel === b.hospitalLevel) return false;
  if (a.serviceDate === b.serviceDate) return true;
  const [earlier, later] = a.serviceDate < b.serviceDate ? [a, b] : [b, a];
  return (later.hospitalLevel as number) > (earlier.hospitalLevel as number);
}
