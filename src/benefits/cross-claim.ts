import { daysBetween } from '../contract/dates';
import type { BenefitItem } from './benefit-claim';
import { toYuan } from '../money/fen';
import type { LedgerLine, MemberClaim } from './member-claim';
import type { HistoryKnowledge } from './history-knowledge';

// Typologies across a member's claims at every institution (issue 19): a visit elsewhere during a stay, drug
// supply on hand, the same costly drug from several institutions, items billed more often than allowed.
// Each reads the entries that arrived before the claim (`prior`), so the claim that completes a pattern
// carries the hit and names the others; each names the claim's own lines.

const OUTSIDE_STAY = new Set(['outpatient', 'chronic', 'pharmacy']);
const SAME_HOSPITAL_VISITS = new Set(['outpatient', 'chronic']);
const fenOf = (items: readonly BenefitItem[], ids: ReadonlySet<string>) => items.reduce((s, i) => (ids.has(i.lineId) ? s + i.amountFen : s), 0);
const list = (ids: Iterable<string>, max = 5) => {
  const all = [...new Set(ids)];
  return all.length > max ? `${all.slice(0, max).join('、')}等${all.length}件` : all.join('、');
};

export interface VisitDuringStay {
  /** The other claim (the stay, or the first visit inside this stay) and its institution. */
  claimId: string;
  hospitalId: string;
  from: string;
  to: string;
  /** Every other claim in the pattern. */
  claims: string;
  dates: string;
  lineIds: string[];
  amount: number;
}

/**
 * An outpatient, chronic or pharmacy claim dated inside an inpatient stay (strictly between admission and
 * discharge: visits on those days are how people arrive and leave), whichever of the two arrives second.
 * `sameHospital` false: at another institution (冒名就医, or the patient was not in the bed: 挂床); the stay's lines
 * on the visit dates are named. `sameHospital` true: an outpatient or 门诊慢特病 visit at the hospital of the stay
 * (住院期间门诊另收费: what the ward gives an inpatient belongs on the stay's bill); pharmacies are not hospitals, so
 * purchases are left to the other-institution check. The money is then the visits' own: their lines when this is
 * the visit, their totals when this is the stay.
 */
export function visitDuringStay(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], sameHospital = false): VisitDuringStay | null {
  const kinds = sameHospital ? SAME_HOSPITAL_VISITS : OUTSIDE_STAY;
  const inside = (stay: MemberClaim, visit: MemberClaim) =>
    (stay.hospitalId === visit.hospitalId) === sameHospital && visit.serviceDate > stay.serviceDate && visit.serviceDate < stay.endDate;
  if (kinds.has(me.visitType)) {
    const stays = prior.filter((e) => e.visitType === 'inpatient' && inside(e, me));
    if (!stays.length) return null;
    const ids = new Set(items.map((i) => i.lineId));
    return {
      claimId: stays[0].claimId, hospitalId: stays[0].hospitalId, from: stays[0].serviceDate, to: stays[0].endDate,
      claims: list(stays.map((s) => s.claimId)), dates: me.serviceDate, lineIds: [...ids], amount: toYuan(fenOf(items, ids)),
    };
  }
  if (me.visitType !== 'inpatient') return null;
  const visits = prior.filter((e) => kinds.has(e.visitType) && inside(me, e));
  if (!visits.length) return null;
  const dates = new Set(visits.map((v) => v.serviceDate));
  const ids = sameHospital ? new Set<string>() : new Set(items.filter((i) => dates.has(i.date)).map((i) => i.lineId));
  return {
    claimId: visits[0].claimId, hospitalId: visits[0].hospitalId, from: me.serviceDate, to: me.endDate,
    claims: list(visits.map((v) => v.claimId)), dates: [...dates].sort().join('、'), lineIds: [...ids],
    amount: toYuan(sameHospital ? visits.reduce((s, v) => s + v.totalFen, 0) : fenOf(items, ids)),
  };
}

export interface NearDuplicateStay {
  /** The earlier-seen stay this one repeats, and its dates. */
  claimId: string;
  from: string;
  to: string;
  /** Days between the two admissions (the shift of every date). */
  shiftDays: number;
  /** The other stay's total, yuan, and this one's. */
  otherTotal: number;
  total: number;
}

/**
 * The same stay settled again with its dates moved (重复结算): a stay at the same hospital, of the same length and
 * principal diagnosis category, whose total is within `maxTotalDiffShare` of this one's, and which meets or
 * overlaps this one (one admitted on or before the other's discharge day). Two real stays that touch are a
 * readmission or a transfer, and their bills differ; the same bill to within a rounding, a day later, is one stay
 * paid twice. Stays a day or more apart are judged as readmissions. An identical copy (same dates) is duplicateOf's.
 */
export function nearDuplicateStay(me: MemberClaim, prior: readonly MemberClaim[], maxTotalDiffShare: number): NearDuplicateStay | null {
  if (me.visitType !== 'inpatient' || me.totalFen <= 0) return null;
  const los = daysBetween(me.serviceDate, me.endDate);
  for (const e of prior) {
    if (e.visitType !== 'inpatient' || e.hospitalId !== me.hospitalId || e.principalCategory !== me.principalCategory) continue;
    if (e.serviceDate === me.serviceDate || daysBetween(e.serviceDate, e.endDate) !== los) continue;
    if (!(e.serviceDate <= me.endDate && me.serviceDate <= e.endDate)) continue;
    if (Math.abs(e.totalFen - me.totalFen) > me.totalFen * maxTotalDiffShare) continue;
    return { claimId: e.claimId, from: e.serviceDate, to: e.endDate, shiftDays: Math.abs(daysBetween(e.serviceDate, me.serviceDate)), otherTotal: toYuan(e.totalFen), total: toYuan(me.totalFen) };
  }
  return null;
}

export interface Oversupply {
  /** The drug furthest above its limit (its key), and the names of every drug of the claim above it. */
  drug: string;
  name: string;
  /** Days of supply on hand after this purchase. */
  onHandDays: number;
  limitDays: number;
  claims: string;
  lineIds: string[];
  amount: number;
}

interface Purchase {
  date: string;
  days: number;
  long: boolean;
  claimId: string;
  hospitalId: string;
  fen: number;
}

/** Purchases of each drug outside a stay, from the given entries' ledger lines. */
function purchasesByDrug(entries: readonly MemberClaim[]): Map<string, Purchase[]> {
  const out = new Map<string, Purchase[]>();
  for (const e of entries) {
    if (!OUTSIDE_STAY.has(e.visitType) || !e.lines) continue;
    for (const l of e.lines) {
      if (l.kind !== 'drug' || !l.drug || !l.days) continue;
      const p = { date: l.date, days: l.days, long: l.long === true, claimId: e.claimId, hospitalId: e.hospitalId, fen: l.amountFen };
      (out.get(l.drug) ?? out.set(l.drug, []).get(l.drug)!).push(p);
    }
  }
  return out;
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
  const earlier = purchasesByDrug(prior.filter((e) => e.serviceDate <= me.serviceDate));
  const { limitDays, longPrescriptionLimitDays, earlyRefillGraceDays } = k.limits.supply;
  let worst: Omit<Oversupply, 'lineIds' | 'amount' | 'name'> | null = null;
  const over = new Set<string>();
  const names: string[] = [];
  const carriedAll: string[] = [];
  for (const [drug, lines] of mine) {
    const history = (earlier.get(drug) ?? []).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    let onHand = 0;
    let last: string | null = null;
    const used: string[] = [];
    for (const p of history) {
      onHand = Math.max(0, onHand - (last ? daysBetween(last, p.date) : 0)) + p.days;
      last = p.date;
      // Only the purchases since the supply last ran out are still on hand.
      if (onHand === p.days) used.length = 0;
      used.push(p.claimId);
    }
    const days = lines.reduce((s, l) => s + (l.days ?? 0), 0);
    onHand = Math.max(0, onHand - (last ? daysBetween(last, me.serviceDate) : 0)) + days;
    const limit = lines.some((l) => l.long) ? longPrescriptionLimitDays : limitDays;
    // Drugs come in whole units (an inhaler, a pen): up to one unit's days beyond the limit is the pack size.
    const unitDays = Math.max(0, ...lines.map((l) => l.unitDays ?? 0));
    if (onHand <= limit + earlyRefillGraceDays + unitDays) continue;
    for (const l of lines) over.add(l.lineId);
    const lineIds = new Set(lines.map((l) => l.lineId));
    names.push(items.find((i) => lineIds.has(i.lineId))?.name ?? drug);
    const carried = onHand > days ? [...used].reverse() : [];
    carriedAll.push(...carried);
    if (!worst || onHand - limit > worst.onHandDays - worst.limitDays) {
      worst = { drug, onHandDays: onHand, limitDays: limit, claims: carried.length ? list(carried) : '无（本单单次超量）' };
    }
  }
  if (!worst) return null;
  return {
    ...worst, name: names.join('、'), claims: carriedAll.length ? list(carriedAll) : worst.claims,
    lineIds: [...over], amount: toYuan(fenOf(items, over)),
  };
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
  const earlier = purchasesByDrug(prior.filter((e) => e.serviceDate <= me.serviceDate));
  for (const [drug, lines] of mine) {
    const fen = lines.reduce((s, l) => s + l.amountFen, 0);
    const days = lines.reduce((s, l) => s + (l.days ?? 0), 0);
    if (!days || fen / days < minYuanPerDay * 100) continue;
    const elsewhere = (earlier.get(drug) ?? []).filter((p) => p.hospitalId !== me.hospitalId);
    const ids = new Set(lines.map((l) => l.lineId));
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

export interface TooOften {
  items: string;
  claims: string;
  lineIds: string[];
  amount: number;
}

/**
 * Items billed more often than the billing-frequency table allows: per episode on this claim, per period of
 * days across this claim and the member's earlier claims at any institution. Names this claim's lines beyond
 * the allowance.
 */
export function tooOften(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): TooOften | null {
  if (!k.frequency.size || !items.some((it) => k.frequency.has(it.code))) return null;
  const excess = new Set<string>();
  const names = new Set<string>();
  const others = new Set<string>();
  const byCode = new Map<string, BenefitItem[]>();
  for (const it of items) if (k.frequency.has(it.code)) (byCode.get(it.code) ?? byCode.set(it.code, []).get(it.code)!).push(it);
  for (const [code, lines] of byCode) {
    const row = k.frequency.get(code)!;
    const visitTypes: readonly string[] | undefined = row.visitTypes;
    if (visitTypes && !visitTypes.includes(me.visitType)) continue;
    if (row.notForPrincipal?.some((p) => me.principalCategory.startsWith(p))) continue;
    lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (row.per === 'episode') {
      let count = 0;
      for (const l of lines) {
        count += Math.max(1, l.quantity);
        if (count > row.max) excess.add(l.lineId), names.add(row.name);
      }
      continue;
    }
    // Per period: occurrences on this claim and on earlier claims (by date), each line checked against the
    // count in the periodDays days up to its date.
    const period = row.periodDays ?? 1;
    const counted = visitTypes ? prior.filter((e) => visitTypes.includes(e.visitType)) : prior;
    const theirs = counted.flatMap((e) => (e.lines ?? []).filter((l) => l.code === code && l.date <= me.endDate).map((l) => ({ date: l.date, n: 1, claimId: e.claimId })));
    const seen: { date: string; n: number; claimId: string }[] = [...theirs];
    for (const l of lines) {
      const within = seen.filter((s) => s.date <= l.date && daysBetween(s.date, l.date) < period);
      const count = within.reduce((s, x) => s + x.n, 0) + Math.max(1, l.quantity);
      if (count > row.max) {
        excess.add(l.lineId);
        names.add(row.name);
        for (const w of within) if (w.claimId !== me.claimId) others.add(w.claimId);
      }
      seen.push({ date: l.date, n: Math.max(1, l.quantity), claimId: me.claimId });
    }
  }
  if (!excess.size) return null;
  return { items: [...names].join('、'), claims: others.size ? list(others) : '本单', lineIds: [...excess], amount: toYuan(fenOf(items, excess)) };
}

export interface AfterDeath {
  /** This claim is dated after the member's death (true), or is the stay that ended in death (false). */
  posthumous: boolean;
  /** The other claim: the stay that ended in death, or the first claim dated after it. */
  claimId: string;
  hospitalId: string;
  /** Discharge date of the stay that ended with 离院方式 5 死亡. */
  deathDate: string;
  /** Every claim dated after the death (this one included when posthumous). */
  claims: string;
  dates: string;
  /** This claim's lines when posthumous (all of them); none on the death stay. */
  lineIds: string[];
  /** Money at stake, yuan: this claim's total when posthumous, else the later claims' total. */
  amount: number;
}

const DEATH = 'death';

/**
 * A claim dated after the member died (离院方式 5 死亡 on a stay): the dead do not visit or buy drugs, someone used
 * the identity. Whichever arrives second carries the hit: a claim after a death stay already seen names that
 * stay; a death stay arriving after such claims names them.
 */
export function afterDeath(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[]): AfterDeath | null {
  const deaths = prior.filter((e) => e.visitType === 'inpatient' && e.dischargeMode === DEATH && e.endDate < me.serviceDate);
  if (deaths.length) {
    const death = deaths.reduce((a, b) => (b.endDate < a.endDate ? b : a));
    const ids = new Set(items.map((i) => i.lineId));
    return {
      posthumous: true, claimId: death.claimId, hospitalId: death.hospitalId, deathDate: death.endDate,
      claims: me.claimId, dates: me.serviceDate, lineIds: [...ids], amount: toYuan(me.totalFen),
    };
  }
  if (me.visitType !== 'inpatient' || me.dischargeMode !== DEATH) return null;
  const later = prior.filter((e) => e.serviceDate > me.endDate).sort((a, b) => (a.serviceDate < b.serviceDate ? -1 : a.serviceDate > b.serviceDate ? 1 : 0));
  if (!later.length) return null;
  return {
    posthumous: false, claimId: later[0].claimId, hospitalId: later[0].hospitalId, deathDate: me.endDate,
    claims: list(later.map((e) => e.claimId)), dates: list(later.map((e) => e.serviceDate)), lineIds: [],
    amount: toYuan(later.reduce((s, e) => s + e.totalFen, 0)),
  };
}

/**
 * Whether a readmission is for the same condition as the earlier stay (分解住院): the same ICD-10 category of
 * principal diagnosis, or categories the related-conditions table puts in one group. Sharing only an MDC (a
 * body system: a concussion and a stroke) is not the same condition. Returns how they are related, or null.
 */
export function relatedStay(earlier: MemberClaim, later: MemberClaim, k: HistoryKnowledge): string | null {
  // The next cycle of a planned course (chemotherapy, radiotherapy, dialysis) is a stay of its own; one that
  // comes back sooner than a cycle is the same cycle split in two.
  if (k.plannedCourses?.has(later.principalCategory) && daysBetween(earlier.serviceDate, later.serviceDate) >= (k.plannedCourseMinDays ?? 11)) return null;
  if (earlier.principalCategory === later.principalCategory) return `同一疾病类目${later.principalCategory}`;
  const group = k.related?.get(later.principalCategory);
  return group && k.related?.get(earlier.principalCategory) === group ? `同属${group}（${earlier.principalCategory}、${later.principalCategory}）` : null;
}

const NOT_CUT_SHORT = new Set(['ordered']);

/**
 * A staged operation on a paired organ (the second eye's cataract, the other knee or hip), not a split stay
 * (related-conditions.json stagedPairedOperations): both stays bill the operation of one row once, the later
 * admission is planned (入院途径 门诊), the earlier stay ended 医嘱离院 (or does not say), and no other stay of the
 * member bills that operation (a paired organ has two sides). Returns the operation's name, or null.
 * A first stay without the operation, or the operation on one claim only, is judged as any readmission.
 */
export function stagedPairedOperation(earlier: MemberClaim, later: MemberClaim, others: readonly MemberClaim[], k: HistoryKnowledge): string | null {
  if (!k.stagedOperations?.length || later.admissionRoute !== 'outpatient') return null;
  if (earlier.dischargeMode && !NOT_CUT_SHORT.has(earlier.dischargeMode)) return null;
  const count = (e: MemberClaim, items: readonly string[]) => (e.lines ?? []).filter((l) => items.includes(l.code)).length;
  for (const op of k.stagedOperations) {
    if (count(earlier, op.items) !== 1 || count(later, op.items) !== 1) continue;
    const third = others.some((e) => e.claimId !== earlier.claimId && e.claimId !== later.claimId && e.visitType === 'inpatient' && count(e, op.items) > 0);
    if (!third) return op.name;
  }
  return null;
}

export interface ContinuedCourse {
  /** The stay whose course continues, its dates, and the first outpatient visit that continues it. */
  stayClaimId: string;
  from: string;
  to: string;
  visitClaimId: string;
  /** Every outpatient visit continuing it, their dates, and the latest one's days after discharge. */
  visits: string;
  dates: string;
  daysAfterDischarge: number;
  /** The drugs continued (names), and the stay's lines of them on its last days. */
  drugs: string;
  stayLineIds: string[];
  /** This claim's lines: the visit's administrations and continued drugs; on the stay, its last days' lines of them. */
  lineIds: string[];
  /** The visits' administrations and continued drugs, yuan. */
  amount: number;
}

interface CourseVisit {
  claim: MemberClaim;
  /** Lines of the visit continuing the course (administrations on the dates of a continued drug, the drug lines). */
  lines: LedgerLine[];
  drugs: Set<string>;
}

/**
 * Whether an outpatient visit continues the stay's parenteral course: 普通门诊 at the hospital of the stay, from the
 * discharge day to windowDays after it, not for a planned course of its own (plannedCourses: Z51 chemotherapy,
 * Z49 dialysis), billing an intravenous administration (limits.continuedCourse.administration) on the day of a drug
 * the stay billed on its last day in bed or its discharge day (`tail`: generic drug keys).
 */
function courseVisit(stay: MemberClaim, visit: MemberClaim, tail: ReadonlySet<string>, k: HistoryKnowledge): CourseVisit | null {
  const cc = k.limits.continuedCourse;
  if (!cc || visit.visitType !== 'outpatient' || visit.hospitalId !== stay.hospitalId || k.plannedCourses?.has(visit.principalCategory)) return null;
  const gap = daysBetween(stay.endDate, visit.serviceDate);
  if (gap < 0 || gap > cc.windowDays) return null;
  const lines = visit.lines ?? [];
  const given = new Set(lines.filter((l) => l.kind === 'service' && cc.administration.includes(l.row ?? l.code)).map((l) => l.date));
  const drugs = lines.filter((l) => l.kind === 'drug' && l.drug && tail.has(l.drug) && given.has(l.date));
  if (!drugs.length) return null;
  const dates = new Set(drugs.map((l) => l.date));
  const admin = lines.filter((l) => l.kind === 'service' && cc.administration.includes(l.row ?? l.code) && dates.has(l.date));
  return { claim: visit, lines: [...admin, ...drugs], drugs: new Set(drugs.map((l) => l.drug as string)) };
}

/**
 * A stay's acute parenteral course continued as outpatient visits at the same hospital right after discharge
 * (将住院费用分解至门诊结算, or a discharge before the course was over): a visit within the window billing an
 * intravenous administration of a drug (the same generic drug in the same dosage form: the catalogue row) that the
 * stay billed on its last day in bed or its discharge day. A follow-up with a consultation and a dressing, a
 * subcutaneous injection (insulin, erythropoietin, heparin bridging), a chemotherapy or dialysis visit, and a visit
 * elsewhere are not. Whichever arrives second carries the hit: a visit after its stay names the stay; a stay
 * arriving after such visits names them.
 */
export function continuedCourse(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): ContinuedCourse | null {
  if (!k.limits.continuedCourse) return null;
  const tailOf = (lines: readonly LedgerLine[]) => new Set(lines.filter((l) => l.kind === 'drug' && l.courseEnd && l.drug).map((l) => l.drug as string));
  const nameOf = (lineIds: ReadonlySet<string>, source: readonly { lineId: string; name?: string }[]) => [...new Set(source.filter((i) => lineIds.has(i.lineId) && i.name).map((i) => i.name as string))].join('、');
  if (me.visitType === 'outpatient') {
    const stays = prior.filter((e) => e.visitType === 'inpatient' && e.hospitalId === me.hospitalId && e.endDate <= me.serviceDate).sort((a, b) => (a.endDate > b.endDate ? -1 : a.endDate < b.endDate ? 1 : 0));
    for (const stay of stays) {
      const stayLines = (stay.lines ?? []).filter((l) => l.courseEnd);
      const v = courseVisit(stay, me, tailOf(stayLines), k);
      if (!v) continue;
      const ids = new Set(v.lines.map((l) => l.lineId));
      const drugIds = new Set(v.lines.filter((l) => l.kind === 'drug').map((l) => l.lineId));
      return {
        stayClaimId: stay.claimId, from: stay.serviceDate, to: stay.endDate, visitClaimId: me.claimId, visits: me.claimId, dates: me.serviceDate,
        daysAfterDischarge: daysBetween(stay.endDate, me.serviceDate), drugs: nameOf(drugIds, items),
        stayLineIds: stayLines.filter((l) => v.drugs.has(l.drug as string)).map((l) => l.lineId), lineIds: [...ids], amount: toYuan(fenOf(items, ids)),
      };
    }
    return null;
  }
  if (me.visitType !== 'inpatient' || !me.lines) return null;
  const tail = tailOf(me.lines);
  if (!tail.size) return null;
  const visits = prior.map((e) => courseVisit(me, e, tail, k)).filter((v): v is CourseVisit => v !== null);
  if (!visits.length) return null;
  visits.sort((a, b) => (a.claim.serviceDate < b.claim.serviceDate ? -1 : a.claim.serviceDate > b.claim.serviceDate ? 1 : 0));
  const drugs = new Set(visits.flatMap((v) => [...v.drugs]));
  const ids = new Set(me.lines.filter((l) => l.courseEnd && drugs.has(l.drug as string)).map((l) => l.lineId));
  const last = visits[visits.length - 1].claim;
  return {
    stayClaimId: me.claimId, from: me.serviceDate, to: me.endDate, visitClaimId: visits[0].claim.claimId, visits: list(visits.map((v) => v.claim.claimId)),
    dates: list(visits.map((v) => v.claim.serviceDate)), daysAfterDischarge: daysBetween(me.endDate, last.serviceDate), drugs: nameOf(ids, items),
    stayLineIds: [...ids], lineIds: [...ids], amount: toYuan(visits.reduce((s, v) => s + v.lines.reduce((t, l) => t + l.amountFen, 0), 0)),
  };
}

export interface PreAdmissionWorkup {
  /** The stay, its admission date, and the first outpatient visit carrying its work-up. */
  stayClaimId: string;
  admissionDate: string;
  visitClaimId: string;
  visits: string;
  dates: string;
  /** Days from the latest such visit to admission. */
  daysBeforeAdmission: number;
  /** Tests and examinations of the visits the stay does not bill: codes, and how many of the visits' tests. */
  tests: string;
  moved: number;
  of: number;
  /** This claim's lines: the moved tests when this is the visit; none on the stay (its bill lacks them). */
  lineIds: string[];
  /** The moved tests, yuan. */
  amount: number;
}

interface WorkupVisit {
  claim: MemberClaim;
  moved: LedgerLine[];
  of: number;
}

/**
 * A visit's tests and examinations making up a stay's admission work-up: 普通门诊 at the hospital of the stay, 1 to
 * preAdmissionWindowDays days before admission (a same-day clinic or emergency visit is the encounter that led to the
 * admission), for the stay's condition (the same ICD-10 category or related-conditions group), whose tests the stay
 * does not bill itself for more than half of them.
 */
function workupVisit(stay: MemberClaim, visit: MemberClaim, stayCodes: ReadonlySet<string>, k: HistoryKnowledge): WorkupVisit | null {
  if (visit.visitType !== 'outpatient' || visit.hospitalId !== stay.hospitalId) return null;
  const gap = daysBetween(visit.serviceDate, stay.serviceDate);
  if (gap < 1 || gap > k.limits.preAdmissionWindowDays) return null;
  const group = (c: string) => k.related?.get(c);
  const related = visit.principalCategory === stay.principalCategory || (group(visit.principalCategory) !== undefined && group(visit.principalCategory) === group(stay.principalCategory));
  if (!related) return null;
  const tests = (visit.lines ?? []).filter((l) => l.test);
  const moved = tests.filter((l) => !stayCodes.has(l.code) && !(l.row && stayCodes.has(l.row)));
  return moved.length * 2 > tests.length ? { claim: visit, moved, of: tests.length } : null;
}

/**
 * The admission work-up billed on an outpatient visit at the same hospital shortly before the stay and left out of
 * it (入院前本院门诊检查费用应并入住院结算; 将住院费用分解至门诊结算): see workupVisit. Whichever arrives second carries
 * the hit: the stay names the visits; a visit arriving after its stay names the stay and its moved lines.
 */
export function preAdmissionWorkup(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): PreAdmissionWorkup | null {
  const codes = (stay: MemberClaim) => new Set(stay.serviceCodes);
  const hit = (stay: MemberClaim, visits: WorkupVisit[], lineIds: string[], amountFen: number): PreAdmissionWorkup => {
    visits.sort((a, b) => (a.claim.serviceDate < b.claim.serviceDate ? -1 : a.claim.serviceDate > b.claim.serviceDate ? 1 : 0));
    const moved = visits.flatMap((v) => v.moved);
    return {
      stayClaimId: stay.claimId, admissionDate: stay.serviceDate, visitClaimId: visits[0].claim.claimId, visits: list(visits.map((v) => v.claim.claimId)),
      dates: list(visits.map((v) => v.claim.serviceDate)), daysBeforeAdmission: daysBetween(visits[visits.length - 1].claim.serviceDate, stay.serviceDate),
      tests: list(moved.map((l) => l.code), 8), moved: moved.length, of: visits.reduce((s, v) => s + v.of, 0), lineIds, amount: toYuan(amountFen),
    };
  };
  if (me.visitType === 'outpatient') {
    for (const stay of prior.filter((e) => e.visitType === 'inpatient' && e.serviceDate > me.serviceDate)) {
      const v = workupVisit(stay, me, codes(stay), k);
      if (v) return hit(stay, [v], v.moved.map((l) => l.lineId), v.moved.reduce((s, l) => s + l.amountFen, 0));
    }
    return null;
  }
  if (me.visitType !== 'inpatient') return null;
  const stayCodes = new Set(items.filter((i) => i.category === 'service').map((i) => i.code));
  const visits = prior.map((e) => workupVisit(me, e, stayCodes, k)).filter((v): v is WorkupVisit => v !== null);
  return visits.length ? hit(me, visits, [], visits.reduce((s, v) => s + v.moved.reduce((t, l) => t + l.amountFen, 0), 0)) : null;
}
