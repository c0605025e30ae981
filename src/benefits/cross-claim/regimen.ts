import { startsWithAny } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import { fenOf, toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import { genericDrugKey, type HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import type { Regimens } from '../regimens';
import { list, OUTSIDE_STAY } from './common';

// The member's regimen over time (rules/history/regimens.json): which antineoplastic drugs were given when, by which
// route, read from the ledger (a stay's entry keeps every day of them; a visit or purchase keeps every line). What a
// regimen replaced or a coded adverse effect stopped, billed again, is a drug the member no longer takes.

/** One day a regimen drug was given or dispensed, on an earlier claim. */
export interface RegimenDay {
  claimId: string;
  drug: string;
  date: string;
  route: 'oral' | 'parenteral';
}

/** The member's regimen days on the claims seen before (this claim's copies left out), in date order. */
export function regimenDays(me: MemberClaim, prior: readonly MemberClaim[], t: Regimens): RegimenDay[] {
  const route = new Map(t.drugs.map((d) => [d.code, d.route]));
  const days: RegimenDay[] = [];
  for (const e of prior) {
    if (e.claimId === me.claimId || (e.itemsSignature === me.itemsSignature && e.serviceDate === me.serviceDate)) continue;
    for (const l of e.lines ?? []) {
      const r = l.kind === 'drug' && l.drug ? route.get(l.drug) : undefined;
      if (r) days.push({ claimId: e.claimId, drug: l.drug as string, date: l.date, route: r });
    }
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface OralRegimenReplaced {
  /** The oral drug bought (this claim's line name) and the days. */
  drug: string;
  thisDates: string;
  /** The intravenous regimen the member was on: its drugs, the claims and days that gave them. */
  regimen: string;
  otherClaims: string;
  otherDates: string;
  /** The regimens the oral drug is part of (none of them the member's current one). */
  partOf: string;
  lineIds: string[];
  amount: number;
}

/**
 * An oral antineoplastic bought outside a stay (pharmacy, clinic, 门诊慢特病) while the member's current intravenous
 * regimen — its drugs given on other claims within `currentDays` before the purchase — together with the oral drug is
 * no listed regimen: the intravenous regimen replaced it (capecitabine during FOLFOX: the same fluoropyrimidine twice;
 * during GEMOX after progression). The drug bought is not taken: 倒卖药品 or a card lent. Quiet: the oral drug beside
 * its partner (oxaliplatin in XELOX), bought once the intravenous regimen stopped (a switch back, no intravenous day
 * within the window), or before it started.
 */
export function oralRegimenReplaced(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): OralRegimenReplaced | null {
  const t = k.regimens;
  if (!t || !OUTSIDE_STAY.has(me.visitType)) return null;
  const oral = new Set(t.drugs.filter((d) => d.route === 'oral').map((d) => d.code));
  const lines = items.filter((it) => it.category === 'drug' && oral.has(genericDrugKey(it.code, it.catalogue)));
  if (!lines.length) return null;
  const iv = regimenDays(me, prior, t).filter((d) => d.route === 'parenteral');
  if (!iv.length) return null;
  const nameOf = new Map(t.drugs.map((d) => [d.code, d.name]));
  for (const l of lines) {
    const drug = genericDrugKey(l.code, l.catalogue);
    const current = iv.filter((d) => daysBetween(d.date, l.date) >= 0 && daysBetween(d.date, l.date) < t.currentDays);
    if (!current.length) continue;
    const onRegimen = new Set([...current.map((d) => d.drug), drug]);
    const partOf = t.rows.filter((r) => r.drugs.includes(drug));
    if (partOf.some((r) => [...onRegimen].every((c) => r.drugs.includes(c)))) continue;
    const same = lines.filter((x) => genericDrugKey(x.code, x.catalogue) === drug);
    const ids = new Set(same.map((x) => x.lineId));
    return {
      drug: l.name,
      thisDates: list([...new Set(same.map((x) => x.date))].sort()),
      regimen: [...new Set(current.map((d) => nameOf.get(d.drug) as string))].join('＋'),
      otherClaims: list(current.map((d) => d.claimId)),
      otherDates: list([...new Set(current.map((d) => d.date))].sort()),
      partOf: partOf.map((r) => r.name).join('；'),
      lineIds: [...ids],
      amount: toYuan(fenOf(items, ids)),
    };
  }
  return null;
}

export interface StoppedDrugGiven {
  /** The drug given (this claim's line name) and its days. */
  drug: string;
  thisDates: string;
  /** The adverse effect coded earlier: code(s), its name, the claims coding it and their dates. */
  diagnosis: string;
  diagnosisName: string;
  otherClaims: string;
  otherDates: string;
  /** When the drug was last given before the adverse effect was coded (the course that caused it). */
  givenBefore: string;
  lineIds: string[];
  amount: number;
}

/**
 * A drug given on this claim after an earlier claim of the member coded the adverse effect its label stops it for
 * (`stopOn`: oxaliplatin after 药物性多神经病 G62.0), the member's record showing the drug given on or before that
 * claim (its course caused it). The claim that found the effect is not judged (the cycle during which it appeared), nor
 * a drug given before it was coded. For investigators: a neuropathy that resolved allows the drug again.
 */
export function stoppedDrugGiven(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): StoppedDrugGiven | null {
  const t = k.regimens;
  if (!t?.stopOn.length) return null;
  const earlier = prior.filter((e) => e.claimId !== me.claimId && !(e.itemsSignature === me.itemsSignature && e.serviceDate === me.serviceDate));
  const days = regimenDays(me, earlier, t);
  for (const s of t.stopOn) {
    const lines = items.filter((it) => it.category === 'drug' && genericDrugKey(it.code, it.catalogue) === s.drug);
    if (!lines.length) continue;
    const first = lines.map((l) => l.date).sort()[0];
    // The claims coding the effect, ended before this claim's first day of the drug, after a day of the drug.
    const coding = earlier.filter((e) => startsWithAny(e.codes ?? [], s.diagnoses) && e.endDate < first && days.some((d) => d.drug === s.drug && d.date <= e.endDate));
    if (!coding.length) continue;
    const codes = [...new Set(coding.flatMap((e) => (e.codes ?? []).filter((c) => startsWithAny([c], s.diagnoses))))];
    const lastGiven = days.filter((d) => d.drug === s.drug && coding.some((e) => d.date <= e.endDate)).map((d) => d.date).sort().pop() as string;
    const ids = new Set(lines.map((l) => l.lineId));
    return {
      drug: lines[0].name,
      thisDates: list([...new Set(lines.map((l) => l.date))].sort()),
      diagnosis: codes.join('、'),
      diagnosisName: s.diagnosisName,
      otherClaims: list(coding.map((e) => e.claimId)),
      otherDates: list([...new Set(coding.map((e) => e.endDate))].sort()),
      givenBefore: lastGiven,
      lineIds: [...ids],
      amount: toYuan(fenOf(items, ids)),
    };
  }
  return null;
}
