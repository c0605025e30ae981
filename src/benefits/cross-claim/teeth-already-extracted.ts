import { startsWithAny } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { LedgerLine, MemberClaim } from '../member-claim';
import { linesOf } from './common';

// 虚记 on teeth no longer there: claims carry no tooth position, but an extraction is billed per tooth and a tooth
// taken out does not come back. After a full-mouth extraction, any later extraction or root canal bills a tooth the
// mouth no longer has (a retained root or impacted tooth extracted after the window aside); short of it, extractions billed beyond the teeth a mouth holds within the window do. The
// figures and codes are rules/history/dentition.json's, with their sources.

export interface TeethAlreadyExtracted {
  lineIds: string[];
  names: string;
  amount: number;
  /** Teeth already extracted on the member's earlier claims (the mouth's count after a full-mouth extraction). */
  extracted: number;
  /** Teeth this claim bills as extracted. */
  billed: number;
  /** The full-mouth extraction's claim, or the earlier claims counted: date, hospital, claim and teeth. */
  earlier: string;
}

export function teethAlreadyExtracted(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): TeethAlreadyExtracted | null {
  const t = k.dentition;
  if (!t) return null;
  const extraction = new Set(t.extractionItems.codes);
  const perTooth = new Set([...extraction, ...t.perToothItems.codes]);
  const ofRow = (codes: ReadonlySet<string>, code: string, row?: string) => codes.has(code) || (row !== undefined && codes.has(row));
  const mine = items.filter((i) => i.category === 'service' && ofRow(perTooth, i.code, i.catalogue?.code));
  if (!mine.length) return null;
  // Earlier days only: a claim of the same day may be this visit's own other half.
  const earlier = prior.filter((e) => e.claimId !== me.claimId && e.serviceDate < me.serviceDate);
  const cleared = earlier.find((e) => startsWithAny(e.codes ?? [], t.fullMouthProcedures.codes));
  // A retained root or an impacted tooth found under the denture after the window is extracted rightly: not judged.
  const leftOver = (e: MemberClaim) => daysBetween(e.serviceDate, me.serviceDate) >= t.windowDays.days && startsWithAny(me.codes ?? [], t.leftAfterClearance.diagnoses);
  const afterClearance = cleared && leftOver(cleared) ? mine.filter((i) => !ofRow(extraction, i.code, i.catalogue?.code)) : mine;
  if (cleared && !afterClearance.length) return null;
  if (cleared) {
    return { ...linesOf(afterClearance), extracted: t.teeth.count, billed: units(afterClearance.filter((i) => ofRow(extraction, i.code, i.catalogue?.code))), earlier: `${cleared.serviceDate} ${cleared.hospitalId} 单据${cleared.claimId}（全口牙拔除术）` };
  }
  // A primary tooth is not one of the mouth's permanent teeth: a claim coding its extraction is not counted.
  const primary = (e: MemberClaim) => startsWithAny(e.codes ?? [], t.primaryToothProcedures.codes);
  if (primary(me)) return null;
  const mineExtracted = mine.filter((i) => ofRow(extraction, i.code, i.catalogue?.code));
  if (!mineExtracted.length) return null;
  const counted = earlier
    .filter((e) => daysBetween(e.serviceDate, me.serviceDate) < t.windowDays.days && !primary(e))
    .map((e) => ({ e, n: units((e.lines ?? []).filter((l: LedgerLine) => l.kind === 'service' && ofRow(extraction, l.code, l.row))) }))
    .filter((x) => x.n > 0);
  const extracted = counted.reduce((s, x) => s + x.n, 0);
  const billed = units(mineExtracted);
  if (extracted + billed <= t.teeth.count) return null;
  return {
    ...linesOf(mineExtracted),
    extracted,
    billed,
    earlier: counted.map((x) => `${x.e.serviceDate} ${x.e.hospitalId} 单据${x.e.claimId}（${x.n}牙）`).join('；'),
  };
}

const units = (lines: readonly { quantity?: number }[]) => lines.reduce((s, l) => s + Math.max(1, l.quantity ?? 1), 0);
