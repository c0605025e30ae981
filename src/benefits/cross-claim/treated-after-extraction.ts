import { underAny } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { itemIn } from '../../contract/catalogue-row';
import { CLINIC_VISITS, lineIn, linesOf } from './common';

// 虚构医药服务 on a tooth no longer there: an extracted tooth is neither root-filled nor restored. Claims carry no
// tooth number, so the tooth is read from its diagnosis: a claim that extracts and root-fills under one tooth
// diagnosis (one tooth shown) bills treatment of the tooth it extracts; and a clinic that was treating a tooth
// billing its filling or root canal after another institution extracted a tooth of every diagnosis the clinic's claim
// codes (the tooth split, 牙根纵裂, and was taken out elsewhere) bills the closing visit of a tooth that is gone. A
// filling of another tooth carries that tooth's own diagnosis (dentine caries) and is not judged. Items and
// diagnoses are rules/history/dentition.json's extractionItems, perToothItems and rootCanalCourse.

export interface TreatedAfterExtraction {
  lineIds: string[];
  names: string;
  amount: number;
  /** Where the tooth was extracted: this claim, or the other institution's claim. */
  extracted: string;
}

export function treatedAfterExtraction(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): TreatedAfterExtraction | null {
  const d = k.dentition;
  if (!d || !CLINIC_VISITS.has(me.visitType)) return null;
  const rc = d.rootCanalCourse;
  const extraction = new Set(d.extractionItems.codes);
  const perTooth = new Set(d.perToothItems.codes);
  const course = new Set(rc.codes);
  const teeth = (codes: readonly string[] | undefined) => new Set((codes ?? []).filter((c) => underAny(c, rc.diagnoses)));
  const mineTeeth = teeth(me.codes);
  if (!mineTeeth.size) return null;
  const treated = items.filter((i) => i.category === 'service' && itemIn(perTooth, i));
  if (!treated.length) return null;
  // One claim, one tooth shown: extracted and root-filled at once.
  const extractsHere = items.some((i) => i.category === 'service' && itemIn(extraction, i));
  const rootFilled = treated.filter((i) => itemIn(course, i));
  // Any other dental condition coded (a residual root K08.3, periodontitis K05, an impacted tooth K01) shows another tooth.
  const dental = new Set((me.codes ?? []).filter((c) => underAny(c, [...rc.diagnoses, 'K0'])));
  if (extractsHere && rootFilled.length && dental.size === 1) return { ...linesOf(treated.filter((i) => !itemIn(extraction, i))), extracted: `本单据（${[...mineTeeth].join('、')}）` };
  // Extracted elsewhere, after this institution had begun on the tooth.
  const window = prior.filter((e) => e.claimId !== me.claimId && e.serviceDate <= me.serviceDate && daysBetween(e.serviceDate, me.serviceDate) <= rc.withinDays);
  for (const e of window) {
    if (e.hospitalId === me.hospitalId || !(e.lines ?? []).some((l) => l.kind === 'service' && lineIn(extraction, l))) continue;
    const theirs = teeth(e.codes);
    if (![...mineTeeth].every((c) => theirs.has(c))) continue;
    const begunHere = window.some((x) => x.hospitalId === me.hospitalId && x.serviceDate < e.serviceDate && [...teeth(x.codes)].some((c) => theirs.has(c)));
    if (!begunHere) continue;
    return { ...linesOf(treated), extracted: `${e.serviceDate} ${e.hospitalId} 单据${e.claimId}（${[...theirs].join('、')}）` };
  }
  return null;
}
