import { startsWithAny } from '../contract/code-prefix';
import { daysBetween } from '../contract/dates';
import type { HistoryKnowledge } from './history-knowledge';
import { ledgerRowOf, type MemberClaim } from './member-claim';

// Transfers between hospitals (双向转诊) read from the member ledger (issue 19, blind30 C04/T03). The national
// texts: 《国务院办公厅关于推进分级诊疗制度建设的指导意见》（国办发〔2015〕70号）: 基层首诊、双向转诊、急慢分治、上下联动 —
// a patient goes up to a hospital that can treat what the lower one cannot (急危重症、需手术) and comes back down for
// recovery and rehabilitation once the acute treatment is done (急性期治疗后病情稳定、需康复的患者下转). One episode
// of care in several hospitals; the treatment of the episode may be on another hospital's bill.

/**
 * A transfer hands the patient on (医嘱转院 on the earlier stay, admission by transfer on the next, at another
 * hospital, the same or the next day): one episode of care in two hospitals, not a split stay. A transfer
 * admission naming another hospital than the earlier stay's is not this transfer, nor is a stay that began before
 * the other ended (two beds at once: the overlap checks judge it).
 */
export function isTransfer(earlier: MemberClaim, later: MemberClaim, gapDays: number): boolean {
  if (gapDays < 0 || gapDays > 1 || earlier.hospitalId === later.hospitalId || later.admissionRoute !== 'transfer') return false;
  if (later.transferFromHospitalId) return later.transferFromHospitalId === earlier.hospitalId;
  return earlier.dischargeMode === 'transfer';
}

/**
 * 同级转院: a transfer between two hospitals of one level for the same condition (principal category), both stays
 * coding the same operations or interventions (none, mostly). 分级诊疗 (国办发〔2015〕70号) sends a patient up for what the
 * lower level cannot treat and down for recovery; a hand-over within one level brings the episode no capability it
 * needed, so it is judged as a discharge and readmission (分解住院) — the records say whether a bed or a specialty made it.
 * Not for care the law sends to a designated hospital (limits.json designatedCare: tuberculosis, HIV, severe mental
 * disorders), and not judged where either entry was written before lines were kept (its operations unknown).
 */
export function lateralTransfer(earlier: MemberClaim, later: MemberClaim, k: Pick<HistoryKnowledge, 'limits'>): boolean {
  if (!earlier.hospitalLevel || earlier.hospitalLevel !== later.hospitalLevel || earlier.principalCategory !== later.principalCategory) return false;
  if (earlier.lines === undefined || later.lines === undefined) return false;
  const designated = k.limits.designatedCare?.diagnoses ?? [];
  if (startsWithAny([earlier.principalCategory, later.principalCategory], designated)) return false;
  // Neither gave an operation the other did not: a hand-back after the receiver's intervention (双向转诊) is no lateral move.
  const [a, b] = [operationCodes(earlier), operationCodes(later)];
  return a.size === b.size && [...a].every((c) => b.has(c));
}

/**
 * 上转治疗: the earlier stay ended 医嘱转院 and this one is a transfer admission (入院途径 转院) naming the earlier hospital
 * (transferFromHospitalId: both ends of the 结算清单 say so), at a higher-level hospital that did an operation or
 * intervention the earlier stay did not (a county angiography, then the PCI at the chest-pain centre a few days later,
 * once a bed and the operator are free). The lower hospital could not give that treatment: the patient was referred up
 * for it (国办发〔2015〕70号 分级诊疗: 急危重症、疑难病 上转), not discharged early and taken back. Handed on within one level,
 * without the transfer fields, or with no new treatment on the way, it stays a split stay.
 */
export function referredUpForTreatment(earlier: MemberClaim, later: MemberClaim): boolean {
  if (earlier.dischargeMode !== 'transfer' || later.admissionRoute !== 'transfer' || later.transferFromHospitalId !== earlier.hospitalId) return false;
  if (earlier.hospitalId === later.hospitalId || !earlier.hospitalLevel || !later.hospitalLevel || later.hospitalLevel <= earlier.hospitalLevel) return false;
  const before = operationCodes(earlier);
  return [...operationCodes(later)].some((c) => !before.has(c));
}

/** Two stays of one transfer, whichever arrived first. */
export function transferPair(a: MemberClaim, b: MemberClaim): boolean {
  if (a.visitType !== 'inpatient' || b.visitType !== 'inpatient') return false;
  const [earlier, later] = a.serviceDate <= b.serviceDate ? [a, b] : [b, a];
  return isTransfer(earlier, later, daysBetween(earlier.endDate, later.serviceDate));
}

/** Operation and intervention lines of a stay (ledger lines marked `operation`): their codes, catalogue rows included. */
function operationCodes(e: MemberClaim): Set<string> {
  const out = new Set<string>();
  for (const l of e.lines ?? []) if (l.operation) out.add(ledgerRowOf(l));
  return out;
}

/**
 * The round trip of 双向转诊: a stay at hospital A ending in a transfer to hospital B, B's stay ending in a transfer,
 * and this stay a transfer admission back at A — where B did an operation or intervention (PCI, surgery) that A's
 * first stay did not: the patient went up for a treatment A could not give and came back down after it. Returns
 * B's stay, or null; likewise where B, a higher-level hospital, treated a new condition (newConditionUp) or the acute
 * phase of an event whose rehabilitation brings the patient back (backForRehabilitation). Stays
 * handed between hospitals with no treatment added on the way (each a full work-up of the same condition:
 * 医疗机构间相互转诊以分解住院) are not this, and stay split stays.
 */
export function returnAfterTreatment(first: MemberClaim, later: MemberClaim, prior: readonly MemberClaim[], k: Pick<HistoryKnowledge, 'courseStays'>): MemberClaim | null {
  if (first.hospitalId !== later.hospitalId || later.admissionRoute !== 'transfer') return null;
  const before = operationCodes(first);
  for (const b of prior) {
    if (b.visitType !== 'inpatient' || b.hospitalId === first.hospitalId) continue;
    if (!isTransfer(first, b, daysBetween(first.endDate, b.serviceDate)) || !isTransfer(b, later, daysBetween(b.endDate, later.serviceDate))) continue;
    if ([...operationCodes(b)].some((c) => !before.has(c)) || newConditionUp(first, b) || backForRehabilitation(first, b, later, rehabilitationCategories(k))) return b;
  }
  return null;
}

/**
 * B took the patient up for a condition A's first stay did not have (a rehabilitation patient's deep-vein thrombosis
 * or pneumonia treated at a higher-level hospital, 急危重症上转): B is of a higher level and its principal diagnosis
 * category is none of A's first stay's diagnoses. Likewise at one level where B's department is another specialty
 * than A's ward (a psychiatric inpatient's pneumonia treated in a general hospital's internal medicine ward and the
 * patient transferred back: 《精神障碍诊疗规范（2020年版）》 — the specialist hospital transfers a serious somatic
 * illness it does not treat, 结算清单 离院方式 医嘱转院 and 入院途径 转院): the ward that sent the patient could not
 * treat what B treated. Stays handed between hospitals of one level and one specialty, or for the same condition,
 * stay split stays.
 */
function newConditionUp(first: MemberClaim, b: MemberClaim): boolean {
  if (!first.codes) return false;
  const higher = !!first.hospitalLevel && !!b.hospitalLevel && b.hospitalLevel > first.hospitalLevel;
  const otherSpecialty = !!first.department && !!b.department && b.department !== first.department;
  if (!higher && !otherSpecialty) return false;
  return !first.codes.some((c) => c.slice(0, 3) === b.principalCategory);
}

/**
 * ICD-10 categories of a stay that is the rehabilitation after an acute event (related-conditions.json courseStays,
 * 康复疗程: cerebral palsy and paralysis G80–G83, a cerebrovascular disease's sequela I69, care involving
 * rehabilitation Z50).
 */
const rehabilitationCategories = (k: Pick<HistoryKnowledge, 'courseStays'>): readonly string[] => (k.courseStays ?? []).flatMap((c) => c.categories);

/**
 * 下转康复: the first stay coded the acute event (not already its rehabilitation), B — a higher-level hospital — took
 * the acute phase, and the patient comes back coded for its rehabilitation (急性期治疗后病情稳定、需康复的患者下转,
 * 国办发〔2015〕70号): the phases of one episode, not one stay split. Handed on at one level, or back for the same acute
 * code, it stays a split stay.
 */
function backForRehabilitation(first: MemberClaim, b: MemberClaim, later: MemberClaim, rehabilitation: readonly string[]): boolean {
  if (!first.hospitalLevel || !b.hospitalLevel || b.hospitalLevel <= first.hospitalLevel) return false;
  return rehabilitation.includes(later.principalCategory) && !rehabilitation.includes(first.principalCategory);
}

export interface TransferredFrom {
  /** The sending stay (医嘱转院, this stay a transfer admission from its hospital the same or the next day). */
  claimId: string;
  hospitalId: string;
  from: string;
  to: string;
  /** Service codes the sending stay billed (catalogue rows included): its treatment counts for this stay's diagnosis. */
  serviceCodes: string[];
}

/**
 * The stay this one was transferred from, when the ledger holds it: the treatment of the episode (the PCI of an
 * infarction) may be on the sender's bill, and the receiving stay (下转: recovery, secondary prevention,
 * rehabilitation) keeps the principal diagnosis still under treatment. Read by grouping.principal-unsupported.
 */
export function transferredFrom(me: MemberClaim, prior: readonly MemberClaim[]): TransferredFrom | null {
  if (me.visitType !== 'inpatient' || me.admissionRoute !== 'transfer') return null;
  for (const e of prior) {
    if (e.visitType !== 'inpatient' || !isTransfer(e, me, daysBetween(e.endDate, me.serviceDate))) continue;
    const codes = new Set(e.serviceCodes);
    for (const l of e.lines ?? []) if (l.row) codes.add(l.row);
    return { claimId: e.claimId, hospitalId: e.hospitalId, from: e.serviceDate, to: e.endDate, serviceCodes: [...codes].sort() };
  }
  return null;
}
