import { daysBetween } from '../../contract/dates';
import { fenOf, toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import { genericDrugKey, type DoseSchedule } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { list } from './common';
import { startsWithAny } from '../../contract/code-prefix';
import { unitsByDay } from '../units-by-day';

export interface DoseAcrossClaims {
  /** The drug (this claim's line name) and what its label allows (the interval, or the units of a cycle). */
  drug: string;
  expected: string;
  /** The member's other claims whose days of the drug fall within the interval (or the cycle), and those days. */
  otherClaims: string;
  otherDates: string;
  /** This claim's days of the drug concerned. */
  thisDates: string;
  /** Fewest days between a day of this claim and one of the others (0: the same day). */
  gapDays: number;
  /** This claim's lines of the drug concerned, and their money, yuan. */
  lineIds: string[];
  amount: number;
}

interface Dose {
  claimId: string | null;
  /** The claim's principal ICD-10 category (the longer interval of `byPrincipal`). */
  principal: string;
  /** The claim's diagnosis and procedure codes (fullDose unlessDiagnoses). */
  codes?: readonly string[];
  /** The claim's scheduled drugs (byRegimen companions: capecitabine beside oxaliplatin is XELOX). */
  drugs?: readonly string[];
  lineId: string;
  date: string;
  quantity: number;
}

/**
 * A drug the label gives once per cycle or per week (drug-schedules.json) given again on another claim of the member
 * within its interval, at any institution or pharmacy: a next cycle given too soon, or one dose billed twice (a
 * 双通道 pharmacy's bottle and the stay's own, 重复收费/虚记药品). A cycle row (cisplatin over days 1–3 or 1–5) is
 * judged by its units within the cycle, summed over the claims. The days on one claim are the catalogue rule's
 * (catalogue.dose-interval-short): here only days of two claims are paired, so a claim whose own days alone are out
 * of the label is left to it. The claim that arrives second carries the hit, whichever is earlier in date, and names
 * the other; a resubmitted copy (same bill, same dates) is the duplicate rule's.
 */
export function doseAcrossClaims(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], schedules: ReadonlyMap<string, DoseSchedule> | undefined): DoseAcrossClaims | null {
  if (!schedules?.size) return null;
  const mine = new Map<string, BenefitItem[]>();
  for (const it of items) {
    if (it.category !== 'drug') continue;
    const key = genericDrugKey(it.code, it.catalogue);
    if (schedules.has(key)) (mine.get(key) ?? mine.set(key, []).get(key)!).push(it);
  }
  const ownDrugs = new Set(items.filter((it) => it.category === 'drug').map((it) => genericDrugKey(it.code, it.catalogue)));
  const others = prior.filter((e) => !(e.itemsSignature === me.itemsSignature && e.serviceDate === me.serviceDate && e.hospitalId === me.hospitalId));
  for (const [key, lines] of mine) {
    const row = schedules.get(key) as DoseSchedule;
    const theirs: Dose[] = others.flatMap((e) => {
      const doses = (e.lines ?? []).filter((l) => l.kind === 'drug' && l.drug === key);
      const drugs = doses.length && row.byRegimen ? (e.lines ?? []).flatMap((l) => (l.kind === 'drug' && l.drug ? [l.drug] : [])) : undefined;
      return doses.map((l) => ({ claimId: e.claimId, principal: e.principalCategory, codes: e.codes, drugs, lineId: l.lineId, date: l.date, quantity: l.quantity ?? 1 }));
    });
    if (!theirs.length) continue;
    // Both claims of the longer schedule's diagnoses (osteoporosis, not bone metastases): its interval.
    const longer = row.byPrincipal?.find((b) => b.categories.includes(me.principalCategory));
    // Either claim giving a companion of a longer regimen (capecitabine: XELOX, not FOLFOX): that regimen's interval.
    const regimenOf = (d: Dose) => row.byRegimen?.find((r) => r.companions.some((c) => ownDrugs.has(c) || d.drugs?.includes(c)));
    const baseOf = (d: Dose) => Math.max(longer?.categories.includes(d.principal) ? longer.minIntervalDays : (row.minIntervalDays as number), regimenOf(d)?.minIntervalDays ?? 0);
    // A once-per-cycle dose on both days (fullDose): the cycle's own interval, longer than the weekly dose's.
    const exempt = (codes: readonly string[] | undefined) => startsWithAny(codes ?? [], row.fullDose?.unlessDiagnoses ?? []);
    const full = row.fullDose && !exempt(me.codes) ? row.fullDose : undefined;
    const ownUnits = unitsByDay(lines, (l) => l.date);
    const theirUnits = unitsByDay(theirs, (d) => `${d.claimId} ${d.date}`);
    const isFull = (d: Dose, l: BenefitItem) => full !== undefined && !exempt(d.codes) && (ownUnits.get(l.date) ?? 0) >= full.minUnits && (theirUnits.get(`${d.claimId} ${d.date}`) ?? 0) >= full.minUnits;
    const intervalOf = (d: Dose, l: BenefitItem) => Math.max(row.minIntervalDays !== undefined ? baseOf(d) : 0, isFull(d, l) ? (full as { minIntervalDays: number }).minIntervalDays : 0);
    const found = (row.minIntervalDays !== undefined || full ? tooSoon(lines, theirs, intervalOf) : null) ?? (row.cycle ? overCycle(lines, theirs, row.cycle) : null);
    if (!found) continue;
    const ids = new Set(found.lineIds);
    const otherDates = [...new Set(found.others.map((d) => d.date))].sort();
    const ownDates = [...new Set(lines.filter((l) => ids.has(l.lineId)).map((l) => l.date))].sort();
    const unit = row.cycle ? '支' : '';
    const regimen = found.kind === 'interval' ? found.others.map(regimenOf).find((r) => r?.minIntervalDays === found.interval) : undefined;
    return {
      drug: lines[0].name,
      expected: found.kind === 'interval' && full !== undefined && found.interval === full.minIntervalDays && full.minIntervalDays > (row.minIntervalDays ?? 0) ? `每次${full?.minUnits}支及以上为每周期剂量（超出每周方案的单次剂量），给药间隔至少${found.interval}日` : found.kind === 'interval' ? `${regimen ? `按${regimen.name}方案，` : ''}给药间隔至少${found.interval}日` : `每${row.cycle?.days}日周期至多${row.cycle?.maxUnits}${unit}，本周期各单据合计${found.units}${unit}`,
      otherClaims: list(found.others.map((d) => d.claimId as string)),
      otherDates: list(otherDates),
      thisDates: list(ownDates),
      gapDays: found.gap,
      lineIds: [...ids],
      amount: toYuan(fenOf(items, ids)),
    };
  }
  return sameClassAfter(me, items, others, schedules);
}

/**
 * A drug of the same class dispensed within a longer interval after the drug, both claims of that interval's diagnoses
 * (byPrincipal sameClass: an oral bisphosphonate within the year after zoledronic acid 5 mg for osteoporosis, given
 * once a year by its label): a second treatment of the kind while the first still acts, from another institution or
 * pharmacy, which cannot see the first (跨机构重复开药; the institution that gave the infusion has it in its own record
 * and its own 处方审核). Only after it: an oral course given up for the yearly infusion is a switch, not a duplicate.
 */
function sameClassAfter(me: MemberClaim, items: readonly BenefitItem[], others: readonly MemberClaim[], schedules: ReadonlyMap<string, DoseSchedule>): DoseAcrossClaims | null {
  const codesOf = new Map<DoseSchedule, string[]>();
  for (const [code, row] of schedules) (codesOf.get(row) ?? codesOf.set(row, []).get(row)!).push(code);
  for (const [row, codes] of codesOf) {
    for (const b of row.byPrincipal ?? []) {
      if (!b.sameClass || !b.categories.includes(me.principalCategory)) continue;
      const lines = items.filter((it) => it.category === 'drug' && b.sameClass!.codes.includes(genericDrugKey(it.code, it.catalogue)));
      if (!lines.length) continue;
      const theirs = others.filter((e) => e.hospitalId !== me.hospitalId && b.categories.includes(e.principalCategory)).flatMap((e) => (e.lines ?? []).filter((l) => l.kind === 'drug' && codes.includes(l.drug as string)).map((l) => ({ claimId: e.claimId, date: l.date })));
      const near = new Set<(typeof theirs)[number]>();
      const hit: BenefitItem[] = [];
      let gap = Infinity;
      for (const l of lines) {
        const within = theirs.filter((d) => daysBetween(d.date, l.date) >= 0 && daysBetween(d.date, l.date) < b.minIntervalDays);
        if (!within.length) continue;
        hit.push(l);
        for (const d of within) {
          near.add(d);
          gap = Math.min(gap, daysBetween(d.date, l.date));
        }
      }
      if (!hit.length) continue;
      const ids = new Set(hit.map((l) => l.lineId));
      return {
        drug: hit[0].name,
        expected: `同类药（${row.name}）给药间隔至少${b.minIntervalDays}日`,
        otherClaims: list([...near].map((d) => d.claimId)),
        otherDates: list([...new Set([...near].map((d) => d.date))].sort()),
        thisDates: list([...new Set(hit.map((l) => l.date))].sort()),
        gapDays: gap,
        lineIds: [...ids],
        amount: toYuan(fenOf(items, ids)),
      };
    }
  }
  return null;
}

type Found = { kind: 'interval' | 'cycle'; lineIds: string[]; others: Dose[]; gap: number; units: number; interval?: number };

/** This claim's days of the drug within the interval (of the pair) of another claim's day (before or after it). */
function tooSoon(lines: readonly BenefitItem[], theirs: readonly Dose[], intervalOf: (d: Dose, l: BenefitItem) => number): Found | null {
  const lineIds: string[] = [];
  const near = new Set<Dose>();
  let gap = Infinity;
  let interval = 0;
  for (const l of lines) {
    let hit = false;
    for (const d of theirs) {
      const g = Math.abs(daysBetween(d.date, l.date));
      const within = intervalOf(d, l);
      if (g >= within) continue;
      hit = true;
      near.add(d);
      gap = Math.min(gap, g);
      interval = Math.max(interval, within);
    }
    if (hit) lineIds.push(l.lineId);
  }
  return lineIds.length ? { kind: 'interval', lineIds, others: [...near], gap, units: 0, interval } : null;
}

/**
 * Cycles opened on an administration day, as the catalogue rule walks one claim's days, over the days of every claim:
 * a cycle holding days of this claim and of another whose units together pass the cycle's most. This claim's lines of
 * that cycle counted after the most was reached, or all of them when the other claim's units come later.
 */
function overCycle(lines: readonly BenefitItem[], theirs: readonly Dose[], cycle: { days: number; maxUnits: number }): Found | null {
  const own: Dose[] = lines.map((l) => ({ claimId: null, principal: '', lineId: l.lineId, date: l.date, quantity: l.quantity }));
  const all = [...own, ...theirs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let start = 0;
  while (start < all.length) {
    let end = start;
    while (end < all.length && daysBetween(all[start].date, all[end].date) < cycle.days) end++;
    const span = all.slice(start, end);
    start = end;
    const others = span.filter((d) => d.claimId !== null);
    const ownHere = span.filter((d) => d.claimId === null);
    const units = span.reduce((s, d) => s + d.quantity, 0);
    if (!others.length || !ownHere.length || units <= cycle.maxUnits) continue;
    // A claim over the cycle's most on its own is the catalogue rule's finding.
    if (ownHere.reduce((s, d) => s + d.quantity, 0) > cycle.maxUnits) continue;
    let running = 0;
    const over: string[] = [];
    for (const d of span) {
      running += d.quantity;
      if (running > cycle.maxUnits && d.claimId === null) over.push(d.lineId);
    }
    const gap = Math.min(...ownHere.flatMap((o) => others.map((d) => Math.abs(daysBetween(d.date, o.date)))));
    return { kind: 'cycle', lineIds: over.length ? over : ownHere.map((d) => d.lineId), others, gap, units };
  }
  return null;
}
