import { isOperationCode } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import type { MemberClaim } from '../member-claim';
import type { HistoryKnowledge } from '../history-knowledge';

/** A stay that began where another at the same hospital ended, in another department: a 转科 settled as a new stay. */
export interface WardTransfer {
  claimId: string;
  fromDepartment: string;
  toDepartment: string;
  daysSinceDischarge: number;
}

/**
 * A transfer between departments of one hospital (转科) settled as a discharge and a new admission (limits.json
 * wardTransfer): the earlier stay at this hospital ended on this admission's day or within `gapDays` before it, in
 * another department. A 转科 is an order inside one stay, one 病案首页 and one 结算清单 (《医疗保障基金结算清单填写规范》:
 * 转科科别 is a field of the one stay), so the later claim is a second DRG/DIP payment for one episode — 分解住院
 * whatever the two principal diagnoses (《医疗保障基金使用监督管理条例》第十五条). Not judged: a region that settles a
 * transfer into a setting it pays by the bed-day separately (`separateSettlement`, by region prefix and receiving
 * department), an emergency admission (入院途径 急诊), and — by the caller — segments already read as one stay (interim or
 * year-end settlement), a new event (related-stays.ts newEvent) and a pair the readmission check already names.
 */
export function wardTransfer(earlier: MemberClaim, later: MemberClaim, k: HistoryKnowledge): WardTransfer | null {
  const cfg = k.limits.wardTransfer;
  if (!cfg || earlier.visitType !== 'inpatient' || later.visitType !== 'inpatient' || earlier.hospitalId !== later.hospitalId) return null;
  // Entries written before departments were kept cannot tell a transfer from a same-ward readmission (split-hospitalisation's).
  if (!earlier.department || !later.department || earlier.department === later.department) return null;
  // An emergency admission is no order inside a stay: the patient came back through the emergency department.
  if (later.admissionRoute === 'emergency') return null;
  const gap = daysBetween(earlier.endDate, later.serviceDate);
  if (gap < 0 || gap > cfg.gapDays) return null;
  const region = later.region ?? '';
  if (cfg.separateSettlement.some((s) => s.regions.some((r) => region.startsWith(r)) && s.departments.includes(later.department as string))) return null;
  return { claimId: earlier.claimId, fromDepartment: earlier.department, toDepartment: later.department, daysSinceDischarge: gap };
}

/**
 * The later stay codes the earlier stay's principal condition (its ICD-10 category) beside its own: the illness the
 * patient was discharged with went on in the next ward, so a new condition found there does not make a new event —
 * the hospital moved an unresolved patient between its departments overnight (转科, 未达出院标准即办理出院).
 */
export function carriesEarlierCondition(earlier: MemberClaim, later: MemberClaim): boolean {
  // An operation the earlier stay did not code is the later stay's own treatment (a planned admission for surgery the
  // day after a medical stay, the chronic principal — diabetes, hypertension — recoded beside it): a new event still.
  const operations = (c: MemberClaim) => (c.codes ?? []).filter(isOperationCode);
  const before = new Set(operations(earlier));
  if (operations(later).some((x) => !before.has(x))) return false;
  return (later.codes ?? []).some((c) => /^[A-Z]/.test(c) && c.slice(0, 3) === earlier.principalCategory);
}
