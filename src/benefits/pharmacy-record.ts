import { prefixList, startsWithAny } from '../contract/code-prefix';
import { addDays } from '../contract/dates';
import type { BenefitItem } from './benefit-claim';
import { genericDrugKey, type HistoryLimits } from './history-knowledge';
import type { MemberClaim } from './member-claim';
import { linesOf } from './cross-claim/common';

// 限定支付范围 at a pharmacy: the drug is paid for a condition (目录 限定, catalogue `indications`), and the pharmacy's
// settlement met it with a diagnosis code of its own. A pharmacy diagnoses nothing: that code is the prescription's,
// and the prescription (外配处方, a 门诊慢特病 approval) comes from a medical institution. When the member's record at
// medical institutions holds claims and none of them codes the condition, nor does the member's approval, the
// condition exists only on the pharmacy's bill (药品目录凡例: 经办机构在支付费用前应核查相关证据) — a restricted drug
// bought for a condition nobody diagnosed (串换诊断, or a product that is not the drug: 串换药品). One purchase may rest on
// a prescription whose visit the record does not hold (before it began, or not yet settled); a supply bought again and
// again with no prescriber anywhere may not: each 外配 dispensing needs a prescription (《处方管理办法》第十八条:
// valid the day it is written, three days at most), so the purchase judged is one with at least `minEarlier` earlier
// pharmacy purchases of the drug within `windowDays` (limits.json pharmacyRecord, SAMPLE figures).

/** An approval (a category, or a narrower code) within one of the restriction's conditions, or covering one. */
const approvedFor = (approved: readonly string[], conditions: readonly string[]) =>
  approved.some((a) => conditions.some((p) => a.startsWith(p) || p.startsWith(a)));

export interface PharmacyDiagnosisUnrecorded {
  /** The lines, their names and money (yuan). */
  lineIds: string[];
  names: string;
  amount: number;
  /** The restriction's conditions (ICD-10 prefixes) the pharmacy's codes met. */
  conditions: string;
  /** This claim's diagnosis codes. */
  pharmacyCodes: string;
  /** The diagnoses the member's record does hold (ICD-10 codes of earlier claims at medical institutions), and how many such claims. */
  recordCodes: string;
  recordClaims: number;
  /** Earlier pharmacy purchases of the drugs within the window. */
  earlierPurchases: number;
}

/**
 * On a pharmacy claim, the drug lines whose catalogue restriction (`indications`) this claim's own codes meet while
 * no earlier claim of the member at a medical institution (any visit type but pharmacy, up to this date) codes one of
 * its conditions and the member's approved chronic diseases do not name one, bought at a pharmacy at least
 * `limits.minEarlier` times before within `limits.windowDays`. Judged only where that record holds at least one claim:
 * with none, nothing is known of the member's care to read the purchase against. No limits: not judged.
 */
export function pharmacyDiagnosisUnrecorded(
  me: MemberClaim,
  items: readonly BenefitItem[],
  prior: readonly MemberClaim[],
  approved: readonly string[] | null | undefined,
  limits: HistoryLimits['pharmacyRecord'],
): PharmacyDiagnosisUnrecorded | null {
  if (!limits || me.visitType !== 'pharmacy' || !me.codes) return null;
  const record = prior.filter((e) => e.visitType !== 'pharmacy' && e.serviceDate <= me.serviceDate && e.codes);
  if (!record.length) return null;
  const codes = me.codes;
  const recordCodes = [...new Set(record.flatMap((e) => e.codes ?? []).filter((c) => /^[A-Z]/.test(c)))].sort();
  const from = addDays(me.serviceDate, -limits.windowDays);
  const purchases = prior.filter((e) => e.visitType === 'pharmacy' && e.serviceDate >= from && e.serviceDate <= me.serviceDate);
  const boughtBefore = (i: BenefitItem) => {
    const key = genericDrugKey(i.code, i.catalogue);
    return purchases.filter((e) => (e.lines ?? []).some((l) => l.kind === 'drug' && l.drug === key)).length;
  };
  // Each restricted line with its earlier purchases, counted once.
  const judged = items.flatMap((i) => {
    const ind = i.category === 'drug' ? i.catalogue?.indications : undefined;
    if (!ind?.length || !startsWithAny(codes, ind) || startsWithAny(recordCodes, ind) || approvedFor(approved ?? [], ind)) return [];
    const before = boughtBefore(i);
    return before >= limits.minEarlier ? [{ i, before }] : [];
  });
  if (!judged.length) return null;
  const lines = judged.map((j) => j.i);
  const conditions = [...new Set(lines.flatMap((i) => i.catalogue!.indications!.filter((p) => codes.some((c) => c.startsWith(p)))))];
  return {
    ...linesOf(lines),
    conditions: prefixList(conditions),
    pharmacyCodes: codes.filter((c) => /^[A-Z]/.test(c)).join('、'),
    recordCodes: prefixList(recordCodes),
    recordClaims: record.length,
    earlierPurchases: Math.max(...judged.map((j) => j.before)),
  };
}
