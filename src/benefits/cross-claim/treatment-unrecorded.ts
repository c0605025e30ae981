import { startsWithAny, underAny } from '../../contract/code-prefix';
import { atcOfDrugCode } from '../../contract/drug-code';
import { addDays } from '../../contract/dates';
import { fenOf, toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { list } from './common';

// 超限定支付范围: a drug whose restriction names a treatment (重组人促红素: 非骨髓恶性肿瘤化疗引起的贫血) paid on a
// 门诊慢特病 visit because the member's approved cancer stands in for that treatment (enrich: indicationByApproval),
// while the member's record of that cancer over the window shows none of it (radiotherapy alone: 单纯放疗患者用促红素).

export interface TreatmentUnrecorded {
  /** The lines, their names and money (yuan). */
  lineIds: string[];
  names: string;
  amount: number;
  /** The catalogue's restriction (限定支付范围) and the clause the approval met. */
  restriction: string;
  clause: string;
  /** The treatment the record lacks, and what would show it. */
  treatment: string;
  shownBy: string;
  /** The member's claims of the condition in the window, their count, and the window (days). */
  claims: string;
  count: number;
  windowDays: number;
}

/** A ledger entry that shows the treatment: one of its codes, or a drug line of its ATC classes (医保药品代码: X + ATC). */
const shows = (e: MemberClaim, codes: readonly string[], atc: readonly string[]) =>
  startsWithAny(e.codes ?? [], codes) || (e.lines ?? []).some((l) => l.kind === 'drug' && underAny(atcOfDrugCode(l.code) ?? '', atc));

/**
 * Lines whose restriction only the member's approval met (`indicationByApproval`), when the member's claims dated
 * within `treatmentRecord.windowDays` before this one (or after it, arrived first) include some coding the clause's
 * condition — the member's care of it is in the record — and none shows the treatment (its codes or drug classes) nor
 * codes the row's own indications (renal anaemia: N18, dialysis). An empty record says nothing and is not judged.
 */
export function treatmentUnrecorded(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): TreatmentUnrecorded | null {
  const t = k.limits.treatmentRecord;
  if (!t) return null;
  const lines = items.filter((i) => i.indicationByApproval);
  if (!lines.length) return null;
  const from = addDays(me.serviceDate, -t.windowDays);
  const window = prior.filter((e) => e.insuredId === me.insuredId && e.claimId !== me.claimId && e.endDate >= from && e.serviceDate <= me.endDate);
  const flagged: BenefitItem[] = [];
  let seen: MemberClaim[] = [];
  for (const it of lines) {
    const a = it.indicationByApproval!;
    const ofCondition = window.filter((e) => startsWithAny(e.codes ?? [], a.condition));
    if (!ofCondition.length) continue;
    if (window.some((e) => shows(e, a.codes, a.drugAtc) || startsWithAny(e.codes ?? [], it.catalogue?.indications ?? []))) continue;
    flagged.push(it);
    if (ofCondition.length > seen.length) seen = ofCondition;
  }
  if (!flagged.length) return null;
  const a = flagged[0].indicationByApproval!;
  return {
    lineIds: flagged.map((i) => i.lineId),
    names: [...new Set(flagged.map((i) => i.name))].join('、'),
    amount: toYuan(fenOf(flagged)),
    restriction: typeof flagged[0].catalogue?.indicationsText === 'string' ? flagged[0].catalogue.indicationsText : a.clause,
    clause: a.clause,
    treatment: a.treatment,
    shownBy: [...a.codes, ...a.drugAtc.map((x) => `ATC分类${x}药品`)].join('、'),
    claims: list(seen.map((e) => e.claimId)),
    count: seen.length,
    windowDays: t.windowDays,
  };
}
