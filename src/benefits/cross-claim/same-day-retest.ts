import type { BenefitItem } from '../benefit-claim';
import type { ExamRecognition } from '../history-knowledge';
import { ledgerRowOf, type LedgerLine, type MemberClaim } from '../member-claim';
import { fenOf, toYuan } from '../../money/fen';
import { CLINIC_VISITS, emergencyVisit, list } from './common';

// 拆单重复收费: the day's visit settled again on a second claim without a consultation of its own, repeating tests the
// visit already billed. A claim with no consultation is not a new visit — it carries orders of the day's visit at the
// hospital (a prescription filled, a test drawn) — and a test of that visit was done once: its result is the
// hospital's own that day (国卫医发〔2022〕6号 检查检验结果互认, a fortiori within one hospital on one day), so billing it
// again is 重复收费 (《医疗保障基金使用监督管理条例》第十五条、第三十八条). What stays quiet: a second visit with a consultation
// of its own (another department, or the patient back worse: a new question, split-visit.ts judges the fee), an emergency
// visit on either side (serial tests are its work), a stay (its own course), the same bill again (duplicateOf's).

export interface SameDayRetest {
  /** The day's visit (with its consultation) that billed the tests first. */
  claimId: string;
  /** The repeated tests' names, this claim's lines and their money, yuan. */
  tests: string;
  lineIds: string[];
  amount: number;
}

const hasConsult = (e: MemberClaim) => (e.lines ?? []).some((l) => l.kind === 'consult');
const testsOn = (e: MemberClaim, date: string): LedgerLine[] => (e.lines ?? []).filter((l) => l.kind === 'service' && l.test && l.date === date);

/**
 * A 门诊 or 门诊慢特病 claim without a consultation, billing a test (same catalogue row) that a clinic claim of the member
 * seen before it, at the same hospital on the same day and with a consultation, already billed: this claim's repeated
 * test lines. Null otherwise (see above for what is not judged).
 */
export function sameDayRetest(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], table: ExamRecognition | undefined): SameDayRetest | null {
  if (!CLINIC_VISITS.has(me.visitType) || !me.lines || hasConsult(me) || emergencyVisit(me, table)) return null;
  const mine = testsOn(me, me.serviceDate);
  if (!mine.length) return null;
  for (const e of prior) {
    if (e.claimId === me.claimId || !CLINIC_VISITS.has(e.visitType) || e.hospitalId !== me.hospitalId || e.serviceDate !== me.serviceDate) continue;
    if (e.itemsSignature === me.itemsSignature || !hasConsult(e) || emergencyVisit(e, table)) continue;
    const theirs = new Set(testsOn(e, me.serviceDate).map(ledgerRowOf));
    const ids = new Set(mine.filter((l) => theirs.has(ledgerRowOf(l))).map((l) => l.lineId));
    if (!ids.size) continue;
    return {
      claimId: e.claimId,
      tests: list(items.filter((i) => ids.has(i.lineId)).map((i) => i.name)),
      lineIds: [...ids],
      amount: toYuan(fenOf(items, ids)),
    };
  }
  return null;
}
