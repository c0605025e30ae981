import { startsWithAny } from '../../contract/code-prefix';
import { fenOf, toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { OUTSIDE_STAY, list } from './common';
import { codesOnRecord, onHandOn, purchasesByDrug } from './drug-supply';

// A second drug of a class a long regimen already holds one of (regimen-duplicates.json): a fluoroquinolone for
// "bronchitis" at one institution while the member's MDR-TB regimen, dispensed at another, supplies levofloxacin daily.
// Two drugs of the class are never given together (抗菌药物临床应用指导原则2015; 耐药结核共识2019: Lfx or Mfx), and no
// doctor who saw the regimen adds one, so any overlap with the regimen's supply on hand is the finding, not only a
// supply above the oversupply limit. The regimen's own institution (its course, C02) and a claim coding the regimen's
// condition (care of it moved elsewhere) are not judged.

export interface RegimenDuplicate {
  /** The row's name, the class and the regimen, for the message. */
  combination: string;
  className: string;
  regimenName: string;
  /** This claim's lines of the class: names, ids, money. */
  names: string;
  lineIds: string[];
  amount: number;
  /** The regimen's supply on hand from other institutions, in words, and its claims. */
  onHand: string;
  claims: string;
}

export function regimenDuplicate(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): RegimenDuplicate | null {
  const t = k.regimenDuplicates;
  if (!t || !OUTSIDE_STAY.has(me.visitType) || !me.lines) return null;
  const record = codesOnRecord(me, prior);
  for (const row of t.rows) {
    const mine = me.lines.filter((l) => l.kind === 'drug' && l.drug && startsWithAny([l.drug], row.drugs));
    if (!mine.length || startsWithAny(me.codes ?? [], row.regimen)) continue;
    // The regimen's supply: purchases of the class on claims of another institution coding the regimen's condition.
    const regimenClaims = prior.filter((e) => e.serviceDate <= me.serviceDate && e.hospitalId !== me.hospitalId && startsWithAny(e.codes ?? [], row.regimen));
    const held: { drug: string; days: number; date: string; hospitalId: string; bought: number; claimId: string }[] = [];
    for (const [drug, purchases] of purchasesByDrug(regimenClaims, k, record)) {
      if (!startsWithAny([drug], row.drugs)) continue;
      const h = onHandOn(purchases, me.serviceDate);
      if (h && h.days > 0) held.push({ drug, days: h.days, date: h.last.date, hospitalId: h.last.hospitalId, bought: h.last.days, claimId: h.last.claimId });
    }
    if (!held.length) continue;
    const ids = new Set(mine.map((l) => l.lineId));
    return {
      combination: row.name, className: row.className, regimenName: row.regimenName,
      names: [...new Set(items.filter((i) => ids.has(i.lineId)).map((i) => i.name))].join('、'),
      lineIds: [...ids], amount: toYuan(fenOf(items, ids)),
      onHand: held.map((h) => `${h.drug}（${h.date}在${h.hospitalId}取药${Math.round(h.bought)}天，尚余约${Math.round(h.days)}天）`).join('；'),
      claims: list(held.map((h) => h.claimId)),
    };
  }
  return null;
}
