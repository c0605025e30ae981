import { startsWithAny, underAny } from '../../contract/code-prefix';
import { fenOf, toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { OUTSIDE_STAY, list } from './common';
import { codesOnRecord, onHandOn, purchasesByDrug, type Purchase } from './drug-supply';

// Antithrombotics that are not taken together (rules/history/antithrombotic-combinations.json): a second P2Y12 inhibitor beside the
// one a hospital supplies every month, or an anticoagulant added to dual antiplatelet therapy with no indication for
// anticoagulation on record. Bought at an institution that cannot see the other supply, it is not a regimen a doctor
// wrote: 串换 (a non-covered good settled as the drug) or 倒卖.

export interface AntithromboticOverlap {
  /** The row's name (两种P2Y12受体拮抗剂 …). */
  combination: string;
  /** This claim's drug lines of the row, their names and money. */
  names: string;
  lineIds: string[];
  amount: number;
  /** The supplies still on hand from other institutions, in words, and their claims. */
  onHand: string;
  claims: string;
}

/** The first row whose drug this purchase is while every `onHand` group's supply from other institutions lasts. */
export function antithromboticOverlap(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): AntithromboticOverlap | null {
  const t = k.antithromboticCombinations;
  if (!t || !OUTSIDE_STAY.has(me.visitType) || !me.lines) return null;
  const share = k.limits.multiPharmacy.overlapMinShare ?? 0.25;
  const record = codesOnRecord(me, prior);
  let earlier: Map<string, Purchase[]> | null = null;
  for (const row of t.rows) {
    const mine = me.lines.filter((l) => l.kind === 'drug' && l.drug && underAny(l.drug, row.drugs));
    if (!mine.length || startsWithAny(record, row.unless)) continue;
    earlier ??= purchasesByDrug(prior.filter((e) => e.serviceDate <= me.serviceDate && e.hospitalId !== me.hospitalId), k);
    // Another generic than the one bought: the same drug twice is oversupply's (drug-supply.ts).
    const bought = new Set(mine.map((l) => row.drugs.find((d) => (l.drug as string).startsWith(d))));
    const held: { drug: string; days: number; last: Purchase }[] = [];
    for (const group of row.onHand) {
      let best: { drug: string; days: number; last: Purchase } | null = null;
      for (const [drug, purchases] of earlier) {
        const generic = group.find((g) => drug.startsWith(g));
        if (generic === undefined || bought.has(generic)) continue;
        const h = onHandOn(purchases, me.serviceDate);
        // A supply in its last share of days is being replaced, not taken beside the new one.
        if (h && h.days > h.last.days * share && (!best || h.days > best.days)) best = { drug, ...h };
      }
      if (!best) break;
      held.push(best);
    }
    if (held.length < row.onHand.length) continue;
    const ids = new Set(mine.map((l) => l.lineId));
    const nameOf = (drug: string) => Object.entries(t.names).find(([prefix]) => drug.startsWith(prefix))?.[1] ?? drug;
    return {
      combination: row.name,
      names: [...new Set(items.filter((i) => ids.has(i.lineId)).map((i) => i.name))].join('、'),
      lineIds: [...ids], amount: toYuan(fenOf(items, ids)),
      onHand: held.map((h) => `${nameOf(h.drug)}（${h.last.date}在${h.last.hospitalId}取药${h.last.days}天，尚余约${Math.round(h.days)}天）`).join('；'),
      claims: list(held.map((h) => h.last.claimId)),
    };
  }
  return null;
}
