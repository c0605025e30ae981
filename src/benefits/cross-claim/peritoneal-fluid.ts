import { toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { startsWithAny, underAny } from '../../contract/code-prefix';
import { itemIn, rowCodeOf } from '../../contract/catalogue-row';

// 串换: a haemodialysis centre's concentrate, included in the session price, billed through a covered drug. Peritoneal
// dialysis fluid (目录 限定: 限腹膜透析) needs peritoneal dialysis — a catheter placed (54.93), PD performed (54.98) or
// PD coded (Z49.2) on the claim or anywhere in the member's record — and is never part of a haemodialysis session.

export interface PeritonealFluid {
  /** The fluid lines of this claim, their names and money (yuan). */
  lineIds: string[];
  names: string;
  amount: number;
  /** What shows the session is haemodialysis (codes, billed items). */
  haemodialysis: string;
}

/**
 * A claim showing haemodialysis (limits.json `peritonealDialysis.haemodialysis` codes, or a `haemodialysisItems` row
 * billed) that bills a `drugs` row, while neither it nor any claim of the member seen before codes peritoneal
 * dialysis (`shows`). Entries stored before codes were kept show nothing: a member whose record predates them may be
 * judged on what is seen since.
 */
export function peritonealFluid(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): PeritonealFluid | null {
  const t = k.limits.peritonealDialysis;
  if (!t || !me.codes) return null;
  const drugs = new Set(t.drugs);
  const fluid = items.filter((i) => i.category === 'drug' && itemIn(drugs, i));
  if (!fluid.length) return null;
  const hdItems = new Set(t.haemodialysisItems);
  const hd = [
    ...me.codes.filter((c) => underAny(c, t.haemodialysis)),
    ...new Set(items.filter((i) => hdItems.has(rowCodeOf(i))).map((i) => i.name)),
  ];
  if (!hd.length) return null;
  const showsPd = (e: MemberClaim) => startsWithAny(e.codes ?? [], t.shows);
  if (showsPd(me) || prior.some((e) => e.insuredId === me.insuredId && showsPd(e))) return null;
  return {
    lineIds: fluid.map((i) => i.lineId),
    names: [...new Set(fluid.map((i) => i.name))].join('、'),
    amount: toYuan(fluid.reduce((s, i) => s + i.amountFen, 0)),
    haemodialysis: hd.join('、'),
  };
}
