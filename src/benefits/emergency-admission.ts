import { daysBetween } from '../contract/dates';
import { CLINIC_VISITS, emergencyVisit } from './cross-claim/common';
import type { ExamRecognition } from './history-knowledge';
import type { MemberClaim } from './member-claim';

export interface AdmittedFromEmergency {
  /** The emergency visit (急诊, 急诊留观) that ended in this admission. */
  claimId: string;
  /** Service codes the visit billed (catalogue rows included): its work-up counts for this stay's diagnosis. */
  serviceCodes: string[];
}

/**
 * The same hospital's emergency visit on the admission day or the day before (急诊转住院): the diagnosis was made
 * there (the head CT that shows a bleed), and the stay need not repeat it — the emergency care leading to an
 * admission is one episode with the stay (《医疗保障基金结算清单填写规范》: 入院途径 急诊; 国卫医发〔2022〕6号
 * 检查检验结果互认). Read by grouping.principal-unsupported, as the sending stay of a transfer is.
 */
export function admittedFromEmergency(me: MemberClaim, prior: readonly MemberClaim[], table: ExamRecognition | undefined): AdmittedFromEmergency | null {
  if (me.visitType !== 'inpatient') return null;
  for (const e of prior) {
    if (!CLINIC_VISITS.has(e.visitType) || e.hospitalId !== me.hospitalId || !emergencyVisit(e, table)) continue;
    const gap = daysBetween(e.serviceDate, me.serviceDate);
    if (gap < 0 || gap > 1) continue;
    const codes = new Set(e.serviceCodes);
    for (const l of e.lines ?? []) if (l.row) codes.add(l.row);
    return { claimId: e.claimId, serviceCodes: [...codes].sort() };
  }
  return null;
}
