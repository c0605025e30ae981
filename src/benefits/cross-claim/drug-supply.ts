import { addDays, daysBetween } from '../../contract/dates';
import type { BenefitItem } from '../benefit-claim';
import { fenOf, toYuan } from '../../money/fen';
import { ledgerRowOf, type LedgerLine, type MemberClaim } from '../member-claim';
import { onDaysShare, supplyPerDay } from '../days-of-supply';
import type { HistoryKnowledge } from '../history-knowledge';
import type { TitrationRow } from '../drug-titration';
import { CLINIC_VISITS, OUTSIDE_STAY, emergencyVisit, list, sameCondition } from './common';
import { startsWithAny } from '../../contract/code-prefix';

// Drug supply across institutions: both checks read one ledger of purchases outside a stay.

export interface Oversupply {
  /** The drug furthest above its limit (its key), and the names of every drug of the claim above it. */
  drug: string;
  name: string;
  /** Days of supply on hand after this purchase. */
  onHandDays: number;
  limitDays: number;
  /** Why the limit is shorter (a controlled drug) and how the days were counted where not at the catalogue's daily quantity (the member's own cycle of the drug), else ''. */
  basis: string;
  claims: string;
  lineIds: string[];
  amount: number;
}

export interface Purchase {
  date: string;
  days: number;
  long: boolean;
  claimId: string;
  hospitalId: string;
  fen: number;
  /** Units dispensed (absent on entries written before the ledger kept them), and a safety test of the drug on the claim. */
  quantity?: number;
  tested: boolean;
}

const titrationOf = (drug: string, k: HistoryKnowledge): TitrationRow | undefined => k.titration?.find((t) => t.drugs.includes(drug));

/**
 * Whether the claim bills a safety test of the drug's titration row (titration.json monitoring), or is a pharmacy
 * purchase after a clinic review that did: the member's latest clinic visit prescribing the drug, within a long
 * prescription's days before, billed one. The dose set at that review is the one the pharmacy then dispenses
 * (处方流转; 《长期处方管理规范（试行）》: the doctor reviews and adjusts the regimen, the pharmacy dispenses it); the
 * e-prescription's doctor need not be the reviewing one (a colleague of the clinic renews it).
 */
function tested(e: MemberClaim, drug: string, k: HistoryKnowledge, earlier: readonly MemberClaim[]): boolean {
  const t = titrationOf(drug, k);
  if (!t) return false;
  const monitored = (c: MemberClaim) => (c.lines ?? []).some((l) => l.kind === 'service' && t.monitoring.includes(ledgerRowOf(l)));
  if (monitored(e)) return true;
  if (e.visitType !== 'pharmacy') return false;
  const review = earlier
    .filter((c) => CLINIC_VISITS.has(c.visitType) && c.serviceDate <= e.serviceDate && daysBetween(c.serviceDate, e.serviceDate) <= k.limits.supply.longPrescriptionLimitDays)
    .filter((c) => (c.lines ?? []).some((l) => l.kind === 'drug' && l.drug === drug))
    .reduce<MemberClaim | null>((m, c) => (!m || c.serviceDate > m.serviceDate ? c : m), null);
  return review !== null && monitored(review);
}

/** The member's codes on record (diagnoses and procedures of this claim and the earlier ones). */
export function codesOnRecord(me: MemberClaim, prior: readonly MemberClaim[]): string[] {
  return [...new Set([me, ...prior].flatMap((e) => e.codes ?? []))];
}

/**
 * A line's days of supply for this member: at the dose of an indication on the member's record where the catalogue row
 * gives one (a phosphate binder taken with every meal in dialysis), else at the row's daily quantity. Empty record: the latter.
 */
function daysOn(l: LedgerLine, record: readonly string[]): number | undefined {
  const indicated = l.daysFor?.find((d) => startsWithAny(record, d.codes));
  return indicated?.days ?? l.days;
}

/** Purchases of each drug outside a stay, from the given entries' ledger lines. */
export function purchasesByDrug(entries: readonly MemberClaim[], k: HistoryKnowledge, record: readonly string[] = []): Map<string, Purchase[]> {
  const out = new Map<string, Purchase[]>();
  for (const e of entries) {
    if (!OUTSIDE_STAY.has(e.visitType) || !e.lines) continue;
    for (const l of e.lines) {
      const days = daysOn(l, record);
      if (l.kind !== 'drug' || !l.drug || !days) continue;
      const p = { date: l.date, days, long: l.long === true, claimId: e.claimId, hospitalId: e.hospitalId, fen: l.amountFen, quantity: l.quantity, tested: tested(e, l.drug, k, entries) };
      (out.get(l.drug) ?? out.set(l.drug, []).get(l.drug)!).push(p);
    }
  }
  return out;
}

/**
 * A titration step (《中国心力衰竭诊断和治疗指南2024》: ARNI and β-blockers up-titrated every 2–4 weeks, renal function
 * and potassium checked): a purchase with a safety test of the drug on its claim or after a clinic review that billed one
 * (tested), in a larger quantity than the last purchase (a higher dose). From it on the supply is counted at the row's target dose (`perDay`); the tablets still on
 * hand are taken at it too. Refills without the test, or of the same quantity, are counted as before.
 */
function titratedStep(p: Pick<Purchase, 'quantity' | 'tested'>, previous: number | undefined): boolean {
  return p.tested && p.quantity !== undefined && previous !== undefined && p.quantity > previous;
}

interface OwnCycle {
  claimId: string;
  /** The stay's first day of the drug: purchases from it on are counted at the member's cycle. */
  from: string;
  units: number;
  cycleDays: number;
}

/**
 * The member's own cycle of a cyclic oral drug (drug-schedules.json ownCycle; days from the catalogue row's
 * supplyCycle): the units the latest earlier stay gave within one cycle's days of its first day of the drug, which
 * last the cycle (a XELOX stay's 84 capecitabine tablets: 21 days). The label gives the drug days on and days off, so
 * tablets bought at the member's own daily dose for every day outlast the days between purchases; a lower
 * (metronomic) daily dose does not. The catalogue's daily quantity is the label's highest dose, which a bill without
 * the dose must assume. Null: no such stay, or not such a drug.
 */
function ownCycle(drug: string, lines: readonly LedgerLine[], items: readonly BenefitItem[], me: MemberClaim, prior: readonly MemberClaim[], k: HistoryKnowledge): OwnCycle | null {
  if (!k.schedules?.get(drug)?.ownCycle) return null;
  const ids = new Set(lines.map((l) => l.lineId));
  const cycleDays = items.find((i) => ids.has(i.lineId))?.catalogue?.supplyCycle?.cycleDays;
  if (!cycleDays) return null;
  let found: OwnCycle | null = null;
  for (const e of prior) {
    if (e.visitType !== 'inpatient') continue;
    const given = (e.lines ?? []).filter((l) => l.kind === 'drug' && l.drug === drug);
    if (!given.length || given.some((l) => l.quantity === undefined)) continue;
    const from = given.reduce((m, l) => (l.date < m ? l.date : m), given[0].date);
    if (from > me.serviceDate || (found && from <= found.from)) continue;
    const units = given.filter((l) => daysBetween(from, l.date) < cycleDays).reduce((s, l) => s + (l.quantity as number), 0);
    if (units > 0) found = { claimId: e.claimId, from, units, cycleDays };
  }
  return found;
}

/** A course's loading phase on the ledger: until `end` the drug is taken at `loadPerDay` units a day, then at `perDay`. */
interface Loading {
  end: string;
  loadPerDay: number;
  perDay: number;
}

/**
 * The loading phase of a row that doses one (catalogue loadingDays: rivaroxaban for VTE 15 mg twice a day on days 1–21,
 * then 20 mg once a day, 利伐沙班片说明书): the course begins at the member's earliest purchase on the ledger (after an
 * acute event of the condition, anew: a new clot is loaded again). Null: no loading phase.
 */
function loadingOf(row: BenefitItem['catalogue'] | undefined, dates: readonly string[]): Loading | null {
  const loadPerDay = supplyPerDay(row);
  if (!row?.loadingDays || !row.usualPerDay || !loadPerDay || !dates.length) return null;
  const perDay = row.usualPerDay * onDaysShare(row);
  if (perDay >= loadPerDay) return null;
  const start = dates.reduce((m, d) => (d < m ? d : m), dates[0]);
  return { end: addDays(start, row.loadingDays), loadPerDay, perDay };
}

/** Days `units` last from `date`: at the loading quantity up to the phase's end, at the maintenance one after. */
function daysOfUnits(units: number, date: string, l: Loading): number {
  const loadDays = Math.max(0, daysBetween(date, l.end));
  return units <= loadDays * l.loadPerDay ? units / l.loadPerDay : loadDays + (units - loadDays * l.loadPerDay) / l.perDay;
}

/** Units that `days` of supply from `date` hold (daysOfUnits inverted). */
function unitsOfDays(days: number, date: string, l: Loading): number {
  const loadDays = Math.min(days, Math.max(0, daysBetween(date, l.end)));
  return loadDays * l.loadPerDay + (days - loadDays) * l.perDay;
}

/** A purchase's days, and the days on hand before it is added (unchanged unless a titration step re-counts them). */
type Step<P> = (p: P, onHand: number) => { onHand: number; days: number };
const asBought = <P extends Pick<Purchase, 'days'>>(p: P, onHand: number) => ({ onHand, days: p.days });

export interface OnHand<P> {
  /** Days of supply still on hand on the date asked. */
  days: number;
  /** The purchases those days are from: only those since the supply last ran out, in date order. */
  since: P[];
  last: P;
}

/**
 * The running days-of-supply ledger of one drug across every institution: each purchase adds its days, each day uses
 * one. What is on hand on `date` (on or after the last purchase); null: no purchase. Every supply check counts with it.
 */
export function onHandOn<P extends Pick<Purchase, 'date' | 'days' | 'claimId'>>(purchases: readonly P[], date: string, step: Step<P> = asBought): OnHand<P> | null {
  const sorted = [...purchases].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let onHand = 0;
  let last: string | null = null;
  const since: P[] = [];
  for (const p of sorted) {
    onHand = Math.max(0, onHand - (last ? daysBetween(last, p.date) : 0));
    last = p.date;
    if (onHand === 0) since.length = 0;
    const s = step(p, onHand);
    onHand = s.onHand + s.days;
    since.push(p);
  }
  if (last === null) return null;
  return { days: Math.max(0, onHand - daysBetween(last, date)), since, last: sorted[sorted.length - 1] };
}

function myDrugLines(me: MemberClaim): Map<string, LedgerLine[]> {
  const out = new Map<string, LedgerLine[]>();
  if (!OUTSIDE_STAY.has(me.visitType)) return out;
  for (const l of me.lines ?? []) if (l.kind === 'drug' && l.drug && l.days) (out.get(l.drug) ?? out.set(l.drug, []).get(l.drug)!).push(l);
  return out;
}

/**
 * A running days-of-supply ledger per member and drug, across every institution: each purchase adds its days,
 * each day uses one. A hit when what is on hand after this purchase exceeds the limit (the 长处方 limit when
 * this purchase is marked so) plus the early-refill grace. Every drug of the claim above its limit is named
 * (its lines are the ones that push supply over); the figures are the drug furthest above.
 */
export function oversupply(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): Oversupply | null {
  const mine = myDrugLines(me);
  if (!mine.size) return null;
  // The regimen prescribed after an acute event of the condition (an emergency visit or a stay for it) replaces the
  // one before: a dose raised after a breakthrough seizure is dispensed anew, the tablets on hand taken at the new dose.
  const reset = acuteEventBefore(me, prior, k);
  const record = codesOnRecord(me, prior);
  const earlier = purchasesByDrug(prior.filter((e) => e.serviceDate <= me.serviceDate && (reset === null || e.serviceDate >= reset)), k, record);
  const { limitDays, longPrescriptionLimitDays, earlyRefillGraceDays } = k.limits.supply;
  let worst: Omit<Oversupply, 'lineIds' | 'amount' | 'name'> | null = null;
  const over = new Set<string>();
  const names: string[] = [];
  const carriedAll: string[] = [];
  for (const [drug, lines] of mine) {
    const own = ownCycle(drug, lines, items, me, prior, k);
    // From the member's cycle on, a purchase lasts its units at the cycle's rate.
    const atOwnCycle = <P extends Pick<Purchase, 'quantity' | 'days'>>(p: P, date: string): P =>
      own && date >= own.from && p.quantity !== undefined ? { ...p, days: (p.quantity * own.cycleDays) / own.units } : p;
    const history = (earlier.get(drug) ?? []).map((p) => atOwnCycle(p, p.date));
    const titration = titrationOf(drug, k);
    const lineIds = new Set(lines.map((l) => l.lineId));
    const row = items.find((i) => lineIds.has(i.lineId))?.catalogue;
    const loading = own || titration ? null : loadingOf(row, [...history.map((p) => p.date), me.serviceDate]);
    // Once titrated, days are counted at the target dose (null: at the catalogue's daily quantity).
    let perDay: number | null = null;
    let previous: number | undefined;
    // Days of a purchase; a titration step first re-counts the supply on hand at the target dose; past a loading
    // phase, the units on hand and bought are counted at the maintenance dose.
    const step: Step<Pick<Purchase, 'quantity' | 'tested' | 'days' | 'date'>> = (p, onHand) => {
      if (loading && p.quantity !== undefined) return { onHand: 0, days: daysOfUnits(unitsOfDays(onHand, p.date, loading) + p.quantity, p.date, loading) };
      if (titration && perDay === null && titratedStep(p, previous)) {
        onHand = (onHand * (p.quantity as number)) / p.days / titration.perDay;
        perDay = titration.perDay;
      }
      previous = p.quantity;
      return { onHand, days: perDay !== null && p.quantity !== undefined ? p.quantity / perDay : p.days };
    };
    const ledger = onHandOn(history, me.serviceDate, step);
    const used = (ledger?.since ?? []).map((p) => p.claimId);
    const quantity = lines.every((l) => l.quantity !== undefined) ? lines.reduce((s, l) => s + (l.quantity as number), 0) : undefined;
    const bought = step(atOwnCycle({ date: me.serviceDate, quantity, tested: tested(me, drug, k, prior), days: lines.reduce((s, l) => s + (daysOn(l, record) ?? 0), 0) }, me.serviceDate), ledger?.days ?? 0);
    // With a loading phase the step returns the whole supply on hand: this claim's own days are its units' alone.
    const days = loading && quantity !== undefined ? daysOfUnits(quantity, me.serviceDate, loading) : bought.days;
    const onHand = bought.onHand + bought.days;
    // A 麻醉药品 or 精神药品 is prescribed for days, never long (处方管理办法 第二十二、二十三条): its own, shorter limit
    // once supply of earlier claims is still on hand. One prescription alone is the prescriber's (第二十三条: a chronic
    // patient's may run longer, with a reason the claim does not carry) and is judged as any drug's.
    const control = row?.specialControl;
    const controlled = control && onHand > days ? k.limits.supply.controlled : undefined;
    const limit = controlled ? controlled.limitDays : lines.some((l) => l.long) ? longPrescriptionLimitDays : limitDays;
    const grace = controlled ? controlled.graceDays : earlyRefillGraceDays;
    // Drugs come in whole units (an inhaler, a pen): up to one unit's days beyond the limit is the pack size.
    const unitDays = Math.max(0, ...lines.map((l) => l.unitDays ?? 0));
    if (onHand <= limit + grace + unitDays) continue;
    for (const l of lines) over.add(l.lineId);
    names.push(items.find((i) => lineIds.has(i.lineId))?.name ?? drug);
    const carried = onHand > days ? [...used].reverse() : [];
    carriedAll.push(...carried);
    if (!worst || onHand - limit > worst.onHandDays - worst.limitDays) {
      const unit = items.find((i) => lineIds.has(i.lineId))?.catalogue?.unit ?? '';
      const cycle = own ? `，按本人住院周期用量计（${own.claimId}：${own.units}${unit}用${own.cycleDays}日）` : '';
      const load = loading && loading.end <= me.serviceDate ? `，负荷期为首次购药起${row!.loadingDays}日，自${loading.end}起按每日${loading.perDay}${unit}计` : '';
      const basis = `${controlled ? `，${control!.class}处方限量` : ''}${cycle}${load}`;
      worst = { drug, onHandDays: onHand, limitDays: limit, basis, claims: carried.length ? list(carried) : '无（本单单次超量）' };
    }
  }
  if (!worst) return null;
  return {
    ...worst, name: names.join('、'), claims: carriedAll.length ? list(carriedAll) : worst.claims,
    lineIds: [...over], amount: toYuan(fenOf(items, over)),
  };
}

export interface ClassOversupply extends Oversupply {
  /** The class (limits.json supplyClasses) and the other drugs of it whose earlier purchases last to this claim's day (drug key and claim). */
  className: string;
  otherDrugs: string;
}

/**
 * Drugs of one class not taken together (limits.json supplyClasses: NSAIDs) counted as one drug on the oversupply
 * ledger: another member of the class bought while an earlier one's supply lasts adds to it. A hit only when a claim
 * on hand dispensed another drug of the class than this claim's: one drug's refills are oversupply's own finding.
 */
export function classOversupply(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): ClassOversupply | null {
  for (const c of k.limits.supplyClasses ?? []) {
    const inClass = (l: LedgerLine) => l.kind === 'drug' && !!l.drug && startsWithAny([l.drug], c.prefixes);
    const mine = new Set((me.lines ?? []).filter(inClass).map((l) => l.drug));
    if (!mine.size) continue;
    const asClass = (e: MemberClaim): MemberClaim => ({ ...e, lines: (e.lines ?? []).filter(inClass).map((l) => ({ ...l, drug: c.name })) });
    const found = oversupply(asClass(me), items, prior.map(asClass), k);
    if (!found) continue;
    // Another drug of the class whose supply, on its own ledger, still lasts on this claim's day: the two are held together.
    const held: { date: string; label: string }[] = [];
    const record = codesOnRecord(me, prior);
    for (const [drug, purchases] of purchasesByDrug(prior.filter((e) => e.serviceDate <= me.serviceDate), k, record)) {
      if (mine.has(drug) || !startsWithAny([drug], c.prefixes)) continue;
      const h = onHandOn(purchases, me.serviceDate);
      if (h && h.days > 0) for (const p of h.since) held.push({ date: p.date, label: `${drug}（${p.claimId}）` });
    }
    const others = new Set(held.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((h) => h.label));
    if (!others.size) continue;
    return { ...found, className: c.name, otherDrugs: list(others) };
  }
  return null;
}

/**
 * The latest emergency visit (an emergency department, 急诊诊察费: exam-recognition.json) or stay of the member for this
 * claim's condition (its ICD-10 category or related-conditions.json group), on or before this claim's date — this claim's
 * own date when it is that emergency visit; null: none.
 */
function acuteEventBefore(me: MemberClaim, prior: readonly MemberClaim[], k: HistoryKnowledge): string | null {
  // An emergency visit dispensing the drug starts the new regimen itself.
  if (me.visitType !== 'inpatient' && emergencyVisit(me, k.examRecognition)) return me.serviceDate;
  const same = (c: string) => sameCondition(c, me.principalCategory, k);
  let latest: string | null = null;
  for (const e of prior) {
    if (e.serviceDate > me.serviceDate || !same(e.principalCategory)) continue;
    if (e.visitType !== 'inpatient' && !emergencyVisit(e, k.examRecognition)) continue;
    const date = e.visitType === 'inpatient' ? e.endDate : e.serviceDate;
    if (date <= me.serviceDate && (latest === null || date > latest)) latest = date;
  }
  return latest;
}

export interface MultiPharmacy {
  drug: string;
  name: string;
  institutions: number;
  hospitals: string;
  windowDays: number;
  /** Why, in words: N institutions within the window, or a purchase elsewhere while an earlier supply lasts. */
  detail: string;
  claims: string;
  lineIds: string[];
  amount: number;
}

/**
 * The same costly drug bought at N or more institutions within M days (this purchase the last of them), or
 * (a drug costing overlapMinYuanPerDay or more a day: a pen, an injectable) bought at another institution while
 * more than overlapMinShare of an earlier purchase's supply is still on hand: two supplies of one treatment,
 * the second from a place that cannot see the first (倒卖药品). A refill near the end of the supply is quiet.
 */
export function multiPharmacy(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): MultiPharmacy | null {
  const mine = myDrugLines(me);
  if (!mine.size) return null;
  const { pharmacies, windowDays, minYuanPerDay, overlapMinYuanPerDay, overlapMinShare } = k.limits.multiPharmacy;
  const earlier = purchasesByDrug(prior.filter((e) => e.serviceDate <= me.serviceDate), k);
  for (const [drug, lines] of mine) {
    const fen = lines.reduce((s, l) => s + l.amountFen, 0);
    const days = lines.reduce((s, l) => s + (l.days ?? 0), 0);
    if (!days) continue;
    const elsewhere = (earlier.get(drug) ?? []).filter((p) => p.hospitalId !== me.hospitalId);
    const ids = new Set(lines.map((l) => l.lineId));
    // A 长处方 elsewhere while another 长处方 of the drug has more than the early-refill grace left: a second long
    // prescription of one treatment (重复开药), whatever the price; a refill near the supply's end is quiet.
    const longLeft = lines.every((l) => l.long) ? elsewhere.filter((p) => p.long && p.days - daysBetween(p.date, me.serviceDate) > k.limits.supply.earlyRefillGraceDays) : [];
    if (longLeft.length) {
      const left = longLeft.map((p) => `${p.date}在${p.hospitalId}开具${p.days}天长处方、尚余${p.days - daysBetween(p.date, me.serviceDate)}天`);
      const hospitals = new Set([me.hospitalId, ...longLeft.map((p) => p.hospitalId)]);
      return {
        drug, name: items.find((i) => ids.has(i.lineId))?.name ?? drug, institutions: hospitals.size, hospitals: list(hospitals),
        windowDays, detail: `${left.join('；')}时又在本机构开具长处方`, claims: list(longLeft.map((p) => p.claimId)), lineIds: [...ids], amount: toYuan(fenOf(items, ids)),
      };
    }
    if (fen / days < minYuanPerDay * 100) continue;
    const hit = (others: Purchase[], detail: string): MultiPharmacy => {
      const hospitals = new Set([me.hospitalId, ...others.map((p) => p.hospitalId)]);
      return {
        drug, name: items.find((i) => ids.has(i.lineId))?.name ?? drug, institutions: hospitals.size, hospitals: list(hospitals),
        windowDays, detail, claims: list(others.map((p) => p.claimId)), lineIds: [...ids], amount: toYuan(fenOf(items, ids)),
      };
    };
    const others = elsewhere.filter((p) => daysBetween(p.date, me.serviceDate) < windowDays);
    if (new Set([me.hospitalId, ...others.map((p) => p.hospitalId)]).size >= pharmacies) {
      return hit(others, `${windowDays}天内在${new Set([me.hospitalId, ...others.map((p) => p.hospitalId)]).size}家机构购买`);
    }
    if (overlapMinYuanPerDay === undefined || overlapMinShare === undefined || fen / days < overlapMinYuanPerDay * 100) continue;
    const lasting = elsewhere.filter((p) => p.days - daysBetween(p.date, me.serviceDate) > p.days * overlapMinShare);
    if (!lasting.length) continue;
    const left = lasting.map((p) => `${p.date}在${p.hospitalId}购买${p.days}天用量、尚余${p.days - daysBetween(p.date, me.serviceDate)}天`);
    return hit(lasting, `${left.join('；')}时又在本机构购买`);
  }
  return null;
}
