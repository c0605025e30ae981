import { daysBetween } from '../../contract/dates';
import { toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { ExamRecognitionRow, HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { transferPair } from '../transfer-episode';
import { emergencyVisit, list } from './common';

// 检查检验结果互认 between claims (《医疗机构检查检验结果互认管理办法》国卫医发〔2022〕6号): a result within its recognised
// period serves the next institution — or the same one at the next settlement — and is not repeated without a reason:
// an emergency, a changed condition, the period lapsed, another body part or method (another catalogue row), or at the
// patient's own request and cost (self-paid, not on a fund claim). NHSA's typical cases: the same CT, MRI, ultrasound
// or stable lab panel billed again days later for the member, at the same hospital or after a referral elsewhere.

export interface ExamRepeat {
  /** The earlier claims whose results this claim repeats, their dates and institutions. */
  claims: string;
  dates: string;
  hospitals: string;
  /** Names of this claim's repeated items, each with its recognition interval: "头颅CT平扫（CT，14天）". */
  names: string;
  /** Fewest days between an earlier result and its repeat. */
  days: number;
  /** This claim's repeating lines and their money, yuan. */
  lineIds: string[];
  amount: number;
}

const rowKey = (code: string, row: string | undefined | null) => row ?? code;

/**
 * Examinations and stable lab panels of this claim (outpatient, 门诊慢特病 or stay) that an earlier claim of the
 * member (arrived before it, any institution) billed 1 to `intervalDays` days before (exam-recognition.json, by
 * catalogue row). Not judged: an emergency admission or visit (急诊诊察费 billed, or an emergency department); a repeat called for by a diagnosis of
 * this claim outside the earlier claim's condition (changedCondition); an earlier
 * stay with an operation or intervention (the course's follow-up imaging; post-thrombolysis scans fall inside the stay); the two stays of a transfer (the receiving hospital retests the condition that made the transfer, as
 * billing-frequency counts them); `exclude` (lines another rule names: the admission-day repeat of a clinic
 * examination, repeated-exams.ts). A stay's own repeats are its course, not this check's. Read on the later claim,
 * which settles after the earlier in the usual order.
 */
export function examRepeat(
  me: MemberClaim,
  items: readonly BenefitItem[],
  prior: readonly MemberClaim[],
  k: HistoryKnowledge,
  context: { exclude?: ReadonlySet<string>; department?: string | null } = {},
): ExamRepeat | null {
  const table = k.examRecognition;
  if (!table || me.visitType === 'pharmacy') return null;
  const exclude = context.exclude ?? new Set<string>();
  if (emergencyVisit(me, items, table, context.department)) return null;
  const mine = items
    .map((i) => ({ i, row: i.category === 'service' && !exclude.has(i.lineId) ? table.byRow.get(rowKey(i.code, i.catalogue?.code)) : undefined }))
    .filter((x): x is { i: BenefitItem; row: ExamRecognitionRow } => x.row !== undefined);
  if (!mine.length) return null;
  const group = (c: string) => k.related?.get(c);
  const sameCondition = (a: string, b: string) => a === b || (group(a) !== undefined && group(a) === group(b));
  // Per repeating line, the nearest earlier result.
  const found = new Map<string, { i: BenefitItem; row: ExamRecognitionRow; e: MemberClaim; date: string; gap: number }>();
  for (const e of prior) {
    if (e.visitType === 'pharmacy' || !e.lines || transferPair(e, me)) continue;
    // A stay with an operation or intervention: imaging after it is the course's follow-up.
    if (e.visitType === 'inpatient' && e.lines.some((l) => l.operation)) continue;
    for (const l of e.lines) {
      if (l.kind !== 'service') continue;
      const key = rowKey(l.code, l.row);
      for (const { i, row } of mine) {
        if (rowKey(i.code, i.catalogue?.code) !== key) continue;
        const gap = daysBetween(l.date, i.date);
        if (gap < 1 || gap > row.intervalDays) continue;
        if (changedCondition(me, i, e, sameCondition)) continue;
        const seen = found.get(i.lineId);
        if (!seen || gap < seen.gap) found.set(i.lineId, { i, row, e, date: l.date, gap });
      }
    }
  }
  if (!found.size) return null;
  const hits = [...found.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.e.claimId < b.e.claimId ? -1 : 1));
  return {
    claims: list(hits.map((h) => h.e.claimId)),
    dates: list(hits.map((h) => h.date)),
    hospitals: list(hits.map((h) => h.e.hospitalId)),
    names: list(hits.map((h) => `${h.i.name}（${h.row.name}，${h.row.intervalDays}天）`), 8),
    days: Math.min(...hits.map((h) => h.gap)),
    lineIds: hits.map((h) => h.i.lineId),
    amount: toYuan(hits.reduce((s, h) => s + h.i.amountFen, 0)),
  };
}

/**
 * A changed condition (病情变化): a diagnosis of this claim that calls for the test (test-indications.json; a test
 * without a row there: the principal diagnosis) outside the earlier claim's condition (its principal category and
 * related-conditions group). The earlier entry keeps only its principal category, so a secondary diagnosis that may
 * have been on the earlier claim too (hypertension beside a stroke) is read as new: the check errs quiet.
 */
function changedCondition(me: MemberClaim, i: BenefitItem, e: MemberClaim, same: (a: string, b: string) => boolean): boolean {
  return (i.indicatedBy ?? [me.principalCategory]).some((d) => !same(d.slice(0, 3), e.principalCategory));
}

