import type { BenefitItem } from './benefit-claim';
import { emergencyVisit, list, type Suspect } from './cross-claim/common';
import type { HistoryKnowledge } from './history-knowledge';
import { ledgerRowOf, type MemberClaim } from './member-claim';
import { toYuan } from '../money/fen';
import { daysBetween } from '../contract/dates';
import { roundOf } from './cross-claim/batch-admission';
import { atcOfDrugCode } from '../contract/drug-code';
import { startsWithAny } from '../contract/code-prefix';
import { PROCEDURE_CODE } from '../contract/claim';
import { rowCodeOf } from '../contract/catalogue-row';

// 集中刷卡 / 套刷医保卡 / 虚构就诊 (NHSA 典型案例: a 村卫生室 or 诊所 keeps members' cards and settles one template
// prescription on each): each bill alone is an ordinary visit; only the set shows it. A prescription is written
// for the patient in front of the doctor (《处方管理办法》第十四条: 根据医疗、预防、保健需要，按照诊疗规范、药品说明书中的
// 适应证、用法、用量开具), so one doctor billing many different members, on one day, the same two or more drugs in the
// same quantities, line for line (the ledger's itemsSignature: code, date, quantity, unit price of every line), is a
// template, not a prescription. What stays quiet, and why:
// - a vaccination, screening or test day (many members, one identical service) and a registration or consultation
//   alone: no drug, or one;
// - a chronic clinic's standard refill of one drug (30 days of amlodipine for each patient): one drug;
// - a member's own course or follow-up at the institution (an earlier visit there for the condition: continuingCare);
// - members of one household seen together: the count of members is set above a household (limits.json);
// - bills that differ in any line or quantity: a prescription fitted to each patient;
// - a food poisoning or an influenza cluster (limits.json outbreakCategories): an outbreak brings many to one clinic the same day, all treated
//   by one protocol, and is a reported event (《食品安全法》第一百零三条; 流感样病例暴发, 《全国流感监测方案（2017年版）》).
// Stays too (团伙住院, 组织参保人集中住院): members admitted the same day by one doctor whose whole bills — every day's bed,
// nursing, drugs and tests, the same days — are identical line for line were not each treated for their own condition.
// Stays are compared by their orders without dates (each line's code, daily quantity and price): a template of orders
// given to each of a doctor's same-day admissions (诱导住院) reads the same whatever day each member went home, while a
// ward's ordinary admissions of one day differ in their orders; at treatmentBundle.minOtherMembers others, as a bundle.
// A group is admitted over the days of one round (limits.json batchAdmission roundDays: beds and paperwork spread a
// brought-in group over two days), so a stay's orders are compared with the same doctor's admissions of its round —
// only a stay batchAdmission's filter could judge: not an emergency, no coded procedure (ICD-9-CM-3) at all. A stay
// coding one (an overnight PSG 89.17, a day ward's colonoscopy list 45.23, a diagnostic angiography 88.5x, a 131I
// course 92.28) is one protocol for each patient of a list that runs day after day: pooled over three days it would
// reach the count on an ordinary list, so its orders are compared with the same day's admissions only (review 31 item 2).
// A stay with an operation (a day-surgery list, a 临床路径 or 按病种 package priced alike for each patient) and the cycle of a
// planned course (chemotherapy, dialysis: related-conditions.json plannedCourses) are standard by design, and not judged —
// unless the members are insured in another pooling region (异地就医) and not admitted as emergencies: a package is alike
// for a hospital's own patients, but members of one other region brought in together for the same planned operation on
// the same orders were brought, not referred (诱导就医: 免费筛查、车接车送 of elderly members to a private hospital,
// 《医疗保障基金使用监督管理条例》第十五条; NHSA 典型案例). Such stays are compared only with members of the same region
// (their bundleSignature carries it), over the days of one round (limits.json batchAdmission roundDays: a group brought
// in over two days); a referral (转诊) keeps its patients' own operations and regions and stays quiet.
// Treatment bundles (诱导就医, 组织参保人虚假就医: a clinic bringing a group of elderly members in for a day of "free"
// 理疗): a visit billing several different treatments (熏洗, 透药, 针刺, 拔罐 …) is dosed for the patient — the sites,
// points and sessions chosen by the patient's condition (中医 辨证施治) — so the same several treatments in the same
// quantities for a few unrelated members of one doctor's day is a template at fewer members than a drug refill: a
// single treatment course (weekly desensitisation injections, one 针刺 session each) stays under minTreatments. Such a
// visit is compared by its care without its drugs (bundleSignature): the bundle is the template, whatever tablets each
// member was dispensed beside it.
// A pharmacy purchase (药店集中刷卡: a pharmacy keeping members' cards and settling one basket on each, NHSA 典型案例) is
// chosen by the buyer — by the buyer's own prescription (《处方管理办法》第十四条) or own need for an OTC drug — not by
// whoever stands at the counter: a pharmacist dispenses and checks (《药品经营质量管理规范》), and the claim may name any
// of the day's pharmacists or none. So a pharmacy's bills are compared across the whole pharmacy's day (BillKey
// doctorId null), line for line and at the same counts as a doctor's: a household buys each its own drugs, nursing-home
// residents each their own disease's.

/** What identical bills are looked up by: one doctor's bills of one day at one institution, with one item signature. */
export interface BillKey {
  hospitalId: string;
  /** The doctor; null for a pharmacy's purchases, compared across the pharmacy's day whoever dispensed (see above). */
  doctorId: string | null;
  serviceDate: string;
  /** The bill's signature: its items' (itemsSignature), or with `bundle` its care without drugs (bundleSignature). */
  itemsSignature: string;
  bundle?: boolean;
}

export interface IdenticalBills {
  /** Other members' claims with the identical bill, seen before this one: joined for reading, and the first of them. */
  claims: string;
  claimId: string;
  /** Members billed it so far, this one included. */
  members: number;
  doctorId: string | null;
  /** Who the bills are of, for the message: the doctor, or the pharmacy (its purchases whoever dispensed). */
  who: string;
  /** Distinct drugs on the bill, and distinct treatments (services other than tests) on a visit. */
  drugs: number;
  treatments: number;
  /** What the bills are the same in, for the message: every line, or (a treatment bundle) every line but the drugs. */
  compared: string;
  /** What the members share, for the message: the day's visits, or admissions the same day of one length. */
  setting: string;
  lineIds: string[];
  /** The whole bill (yuan): a visit that did not take place is claimed in full. */
  amount: number;
  /**
   * The earlier bills of the set, when this claim is the one that completes it (事后发现: each named once). A template
   * bill is no more one member's than another's: the bills settled before the count was reached are as much the
   * set's, and a set seen only at its last bill would leave the first members' cards unquestioned.
   */
  suspects: Suspect[];
  /**
   * This member's earlier visits at the institution for the condition that were template bills themselves (joined for
   * reading; null: none), and the message's phrase naming them ('' when none): why the member is not its patient.
   */
  earlierTemplates: string | null;
  history: string;
}

/**
 * What another member's identical bill is judged by: whose it is, when it arrived, and the bill itself (billId). A
 * store reads only these for it, not the whole entry: a stay's kept lines are most of an entry, and a template
 * billed to thousands of members was read and parsed in full for each new claim of it.
 */
export type BillPeer = Pick<MemberClaim, 'claimId' | 'insuredId' | 'arrival' | 'hospitalId' | 'doctorId' | 'visitType' | 'serviceDate' | 'itemsSignature' | 'bundleSignature'>;

const VISITS_AND_PURCHASES = new Set(['outpatient', 'chronic', 'pharmacy']);

/** A clinic visit (not a stay, not a pharmacy purchase): what a member's own course or follow-up is billed as. */
export const clinicVisit = (e: Pick<MemberClaim, 'visitType'>): boolean => e.visitType === 'outpatient' || e.visitType === 'chronic';

/** A pharmacy purchase: compared across the pharmacy's day, not by its pharmacist (see above). */
const purchase = (e: { visitType?: string }): boolean => e.visitType === 'pharmacy';

/** Distinct drugs on a ledger entry's lines (its generic drug where known, else its code). */
export const drugsOf = (e: Pick<MemberClaim, 'lines'>): number => new Set((e.lines ?? []).filter((l) => l.kind === 'drug').map((l) => l.drug ?? l.code)).size;

/** Distinct drugs of a whole bill (a stay's ledger lines keep only some of its drugs). */
const drugsOfItems = (items: readonly BenefitItem[]): number => new Set(items.filter((i) => i.category === 'drug').map((i) => rowCodeOf(i))).size;

/** Distinct treatment services on a ledger entry's lines: services that are not tests or examinations. */
const treatmentsOf = (e: MemberClaim): number => new Set((e.lines ?? []).filter((l) => l.kind === 'service' && !l.test).map(ledgerRowOf)).size;

/** A clinic visit billing at least identicalBills.treatmentBundle.minTreatments different treatments (see above). */
const treatmentBundle = (e: MemberClaim, k: HistoryKnowledge | undefined): boolean => {
  const cfg = k?.limits.identicalBills?.treatmentBundle;
  return !!cfg && e.visitType === 'outpatient' && treatmentsOf(e) >= cfg.minTreatments;
};

/** A planned operation stay of a member insured in another region (see above): judged over the days of a round. */
const broughtIn = (e: MemberClaim): boolean =>
  e.visitType === 'inpatient' && !!e.insuredElsewhere && e.admissionRoute !== 'emergency' && (e.lines ?? []).some((l) => l.operation);

/**
 * A visit coded as a session of a planned course (limits.json identicalBills.courseSessions: Z49.0–Z49.2 透析,
 * Z51.0–Z51.1 放疗、化疗, any diagnosis): the centre's session bill is one protocol for every member on the programme
 * (血液净化标准操作规程 2021), as the course's stays are (judgedStay); a visit coding none — dialysis billed under N18
 * alone, or palliative and other care Z51.5/Z51.8/Z51.9, which are no sessions — stays judged.
 */
const courseSession = (e: MemberClaim, k: HistoryKnowledge | undefined): boolean =>
  e.visitType !== 'inpatient' && startsWithAny(e.codes ?? [], k?.limits.identicalBills?.courseSessions ?? []);

/**
 * A stay whose orders are compared over its admission round (see above): brought in from another region, or one that
 * batchAdmission could judge — not an emergency, and its entry shows no coded procedure (an entry written before
 * `codes` was kept shows nothing, and keeps the same-day key).
 */
const overRound = (e: MemberClaim): boolean =>
  broughtIn(e) || (e.admissionRoute !== 'emergency' && !!e.codes && !e.codes.some((c) => PROCEDURE_CODE.test(c)));

/** A stay judged for identical bills: no operation on it (or brought in from another region) and not a planned course's cycle (see above). */
const judgedStay = (e: MemberClaim, k: HistoryKnowledge): boolean =>
  (!(e.lines ?? []).some((l) => l.operation) || broughtIn(e)) && !k.plannedCourses?.has(e.principalCategory);

/**
 * The key a claim's identical bills are looked up by, or null when the claim is not judged: a visit or pharmacy
 * purchase that names its doctor and bills at least `minDrugs` different drugs (ledger lines; entries written
 * before lines were kept are not judged), or a stay that names its doctor (judgedStay; its drugs are counted on the
 * claim's own items, identicalBills), or a clinic visit's test battery (testBattery, screeningDay). Null too when
 * the check is not configured (limits.json identicalBills, screeningDay). `battery`: testBattery(e, k), passed by a
 * caller that judged it once for the claim (attachMemberFacts).
 */
export function billKey(e: MemberClaim, k: HistoryKnowledge | undefined, battery = testBattery(e, k)): BillKey | null {
  const cfg = k?.limits.identicalBills;
  if ((!e.doctorId && !purchase(e)) || !e.lines) return null;
  const doctorId = purchase(e) ? null : e.doctorId ?? null;
  if (courseSession(e, k)) return null;
  // A battery is compared by its tests and consultation (bundleSignature): the one medicine beside it may differ.
  if (battery) {
    const at = { hospitalId: e.hospitalId, doctorId, serviceDate: e.serviceDate };
    return e.bundleSignature ? { ...at, itemsSignature: e.bundleSignature, bundle: true } : { ...at, itemsSignature: e.itemsSignature };
  }
  if (!cfg) return null;
  if (e.bundleSignature && treatmentBundle(e, k) && !cfg.outbreakCategories.includes(e.principalCategory)) {
    return { hospitalId: e.hospitalId, doctorId, serviceDate: e.serviceDate, itemsSignature: e.bundleSignature, bundle: true };
  }
  // A food poisoning brings many to one doctor the same day, treated by one protocol: the event, not a template.
  if (cfg.outbreakCategories.includes(e.principalCategory)) return null;
  if (e.visitType === 'inpatient') {
    if (!judgedStay(e, k)) return null;
    // Stays compared by their orders without dates (ledger-entry.ts): the same orders whatever day each went home.
    if (e.bundleSignature) return { hospitalId: e.hospitalId, doctorId, serviceDate: e.serviceDate, itemsSignature: e.bundleSignature, bundle: true };
  } else if (!VISITS_AND_PURCHASES.has(e.visitType) || drugsOf(e) < cfg.minDrugs) return null;
  return { hospitalId: e.hospitalId, doctorId, serviceDate: e.serviceDate, itemsSignature: e.itemsSignature };
}

/**
 * Every key a claim's identical bills are looked up by: billKey's, and for a stay compared over its round (its orders,
 * bundle; overRound) the same bill on the other days of its admission round (batch-admission.ts roundOf). Empty: not judged.
 */
export function billKeys(e: MemberClaim, k: HistoryKnowledge | undefined, battery = testBattery(e, k)): BillKey[] {
  const key = billKey(e, k, battery);
  if (!key) return [];
  if (!k || !key.bundle || e.visitType !== 'inpatient' || !overRound(e)) return [key];
  return roundOf(e.serviceDate, k).map((serviceDate) => ({ ...key, serviceDate }));
}

/** One string per bill: hospital, doctor (a pharmacy's purchases: none, its key's null), date and items (an entry's own, or a key's). */
export const billId = (b: Omit<BillKey, 'doctorId'> & { doctorId?: string | null; visitType?: string }): string =>
  `${b.bundle ? 'bundle\u0000' : ''}${b.hospitalId}\u0000${purchase(b) ? null : b.doctorId}\u0000${b.serviceDate}\u0000${b.itemsSignature}`;

/** The key a ledger entry's treatment bundle is found by, when it has one (a store indexes it beside billId's). */
export const bundleKeyOf = (e: Omit<BillKey, 'doctorId' | 'itemsSignature'> & { doctorId?: string | null; visitType?: string; bundleSignature?: string | null }): string | null =>
  e.bundleSignature ? billId({ ...e, itemsSignature: e.bundleSignature, bundle: true }) : null;

/**
 * Whether a ledger entry has this key's bill (what every store's getIdenticalBills selects): field by field, not
 * billId's strings, which were built twice for every peer of every claim of a bill billed to many members.
 */
export const hasBill = (e: BillPeer, key: BillKey): boolean =>
  (key.bundle ? e.bundleSignature : e.itemsSignature) === key.itemsSignature &&
  e.serviceDate === key.serviceDate &&
  (key.doctorId === null ? purchase(e) : e.doctorId === key.doctorId) &&
  e.hospitalId === key.hospitalId;

/** One key per distinct bill, for one store lookup. */
export function distinctKeys(keys: readonly (BillKey | null)[]): BillKey[] {
  const seen = new Map<string, BillKey>();
  for (const key of keys) if (key) seen.set(billId(key), key);
  return [...seen.values()];
}

/** The other members a bill's set needs (limits.json identicalBills): a treatment bundle's count, or a drug bill's; none configured: never. */
export function minOthersOf(key: Pick<BillKey, 'bundle'> | null, k: HistoryKnowledge | undefined): number {
  const cfg = k?.limits.identicalBills;
  if (!cfg) return Number.POSITIVE_INFINITY;
  return key?.bundle ? Math.min(cfg.minOtherMembers, cfg.treatmentBundle?.minOtherMembers ?? cfg.minOtherMembers) : cfg.minOtherMembers;
}

/**
 * Whether a clinic visit continues the member's own care at its institution (`earlier`: the member's claims there
 * before it): an earlier clinic visit there coded with the same condition (principal ICD-10 category). A therapy course
 * (脑瘫儿童康复 three times a week, 针灸 ten sessions) and a chronic condition's follow-up clinic give each patient of
 * one programme the same session or refill by design (诊疗规范, 长期处方); a member seen there before for that condition
 * is its patient, whose bill is their own care, not a card brought in. Swiped cards are of members with no such
 * history there; a stay (团伙住院, recurring rounds of brought-in members) is not judged so. An earlier visit that was
 * itself a template (`template`: its bill billed line for line to identicalBills' count of other members, templateBill)
 * is no care of the member's: a clinic swiping the same cards every month would otherwise clear them from the second
 * month on by its own first month's swipe.
 */
export function continuingCare<T extends Pick<MemberClaim, 'visitType' | 'principalCategory'>>(
  e: Pick<MemberClaim, 'visitType' | 'principalCategory'>,
  earlier: readonly T[],
  template: (x: T) => boolean = () => false,
): boolean {
  return !!e.principalCategory && clinicVisit(e) && earlierForCondition(e, earlier).some((x) => !template(x));
}

/** The member's earlier clinic visits (`earlier`, at the institution) for this visit's condition (principal ICD-10 category). */
export const earlierForCondition = <T extends Pick<MemberClaim, 'visitType' | 'principalCategory'>>(e: Pick<MemberClaim, 'principalCategory'>, earlier: readonly T[]): T[] =>
  earlier.filter((x) => clinicVisit(x) && x.principalCategory === e.principalCategory);

/**
 * Whether an earlier clinic visit (`x`, by its key `key`: billKey's) was a template bill: `peers` (entries with its
 * bill, any member) hold it for at least identicalBills' count of other members — the set identicalBills flags. A
 * prescription fitted to the member (different drugs, doses, tests) is no other member's bill and stays care.
 */
export function templateBill(x: Pick<MemberClaim, 'insuredId'>, key: BillKey, peers: readonly BillPeer[], k: HistoryKnowledge | undefined): boolean {
  const min = minOthersOf(key, k);
  const others = new Set(peers.filter((y) => y.insuredId !== x.insuredId && hasBill(y, key)).map((y) => y.insuredId));
  return others.size >= min;
}

/**
 * The identical bills of other members that arrived before this claim (`peers`: entries of any member; those of
 * other keys, of this member, or arrived later are not counted), when at least `minOtherMembers` other members
 * have it: the hit lands on each claim that arrives with the set already visible, naming the earlier ones. A test
 * battery (`battery`, testBattery of this claim) is screeningDay's. `ownCare`: whether a bill continues its member's
 * own care at the institution (continuingCare): such a bill is neither judged nor counted into a set. `templatesBefore`:
 * this member's earlier visits there for the condition that were template bills themselves (templateBill), named in
 * the finding: the history that did not make the member the institution's patient.
 */
export function identicalBills(
  me: MemberClaim,
  items: readonly BenefitItem[],
  peers: readonly BillPeer[],
  k: HistoryKnowledge | undefined,
  battery: boolean,
  ownCare: (e: BillPeer) => boolean = () => false,
  templatesBefore: (e: BillPeer) => string[] = () => [],
): IdenticalBills | null {
  const key = billKey(me, k, battery);
  const cfg = k?.limits.identicalBills;
  if (!key || !cfg || battery || ownCare(me)) return null;
  const keys = billKeys(me, k, battery);
  const brought = key.bundle === true && broughtIn(me);
  // The same bill is the same items: a stay's drugs are counted on its own items, and so on every identical one.
  const stay = me.visitType === 'inpatient';
  const drugs = stay ? drugsOfItems(items) : drugsOf(me);
  if (drugs < cfg.minDrugs && (!key.bundle || stay)) return null;
  const minOtherMembers = minOthersOf(key, k);
  const myArrival = me.arrival ?? Number.POSITIVE_INFINITY;
  const earlier = peers
    .filter((e) => e.claimId !== me.claimId && e.insuredId !== me.insuredId && (e.arrival ?? 0) < myArrival && keys.some((x) => hasBill(e, x)) && !ownCare(e))
    .sort((a, b) => (a.arrival ?? 0) - (b.arrival ?? 0) || (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0));
  const others = new Set(earlier.map((e) => e.insuredId));
  if (others.size < minOtherMembers) return null;
  const templates = templatesBefore(me);
  return {
    earlierTemplates: templates.length ? list(templates) : null,
    history: templates.length ? `；本参保人此前在本机构同一疾病的就诊单据${list(templates)}本身亦为多名参保人逐项相同的单据，不能说明其为本机构的复诊患者` : '',
    suspects: completedBefore(earlier, minOtherMembers) ? [] : earlier.map((e) => ({ claimId: e.claimId, lineIds: [], amount: toYuan(me.totalFen) })),
    claims: list(earlier.map((e) => e.claimId)),
    claimId: earlier[0].claimId,
    members: others.size + 1,
    doctorId: key.doctorId,
    who: key.doctorId === null ? `定点药店${me.hospitalId}（不论当班药师）` : `医师${key.doctorId}`,
    drugs,
    treatments: stay ? 0 : treatmentsOf(me),
    compared: stay && key.bundle ? '各项医嘱（药品及诊疗项目）的编码、每日数量、单价（不计日期与住院天数）' : key.bundle ? '药品以外的诊疗项目的编码、日期、数量、单价' : '药品及诊疗项目的编码、日期、数量、单价',
    setting: brought ? `为参保地${me.insuredElsewhere}（异地）同日或相邻日入院手术的` : stay && key.bundle ? (overRound(me) ? '为同日或相邻日入院的' : '为同日入院的') : stay ? `为同日入院、住院${daysBetween(me.serviceDate, me.endDate)}天的` : '当日为',
    lineIds: items.map((i) => i.lineId),
    amount: toYuan(me.totalFen),
  };
}

// 诱导检查: a "free" screening day (义诊, 免费体检) whose check-up is settled as clinic visits. One doctor gives many
// members, on one day, the same battery of tests and nothing else (no drug, no treatment), and none of them had been
// to the institution before: not patients who came with a complaint, but people brought in for the check-up, which
// basic insurance does not pay (劳社部发〔1999〕22号: 各种健康体检). Each bill alone is an ordinary work-up. What stays
// quiet: one screening test for many (a blood-count or vaccination day: fewer than minTests tests), a clinic's review
// day of its own patients (each seen there before), an emergency visit, a visit with a drug or treatment (a member's
// own later visit for what the screening found).

/**
 * Distinct tests and examinations of a clinic visit that bills nothing else (its consultation aside) but at most
 * screeningDay.maxDrugs different drugs, else 0. One medicine beside the battery (a cold syrup on each child's bill of a
 * kindergarten's free check-up) does not make the check-up a visit for illness; two or more are a prescription.
 */
function batteryTests(e: MemberClaim, k: HistoryKnowledge | undefined): number {
  const cfg = k?.limits.screeningDay;
  if (e.visitType !== 'outpatient' || !e.lines?.length || emergencyVisit(e, k?.examRecognition)) return 0;
  // An outbreak's children seen alike by one doctor are the reported event, not a check-up (identicalBills too).
  if (k?.limits.identicalBills?.outbreakCategories.includes(e.principalCategory)) return 0;
  const tests = new Set<string>();
  for (const l of e.lines) {
    if (l.kind === 'consult') continue;
    // An anti-infective or antipyretic is given to a patient with fever or an infection: a sick visit.
    if (l.kind === 'drug') {
      const atc = atcOfDrugCode(l.code);
      if (atc && cfg?.sickVisitDrugs.some((p) => atc.startsWith(p))) return 0;
      continue;
    }
    if (l.kind !== 'service' || !l.test) return 0;
    const row = ledgerRowOf(l);
    // A pathogen test or an acute-phase marker is the work-up of a suspected infection, not a check-up item.
    if (cfg?.sickVisitTests.includes(row)) return 0;
    tests.add(row);
  }
  return drugsOf(e) > (cfg?.maxDrugs ?? 0) ? 0 : tests.size;
}

/** A clinic visit billing only its consultation and at least screeningDay.minTests different tests or examinations. */
export function testBattery(e: MemberClaim, k: HistoryKnowledge | undefined): boolean {
  const cfg = k?.limits.screeningDay;
  return !!cfg && batteryTests(e, k) >= cfg.minTests;
}

export interface ScreeningDay {
  /** Other members' identical test-only bills seen before this one, joined for reading, and the first of them. */
  claims: string;
  claimId: string;
  /** Members billed it so far, this one included (none seen at the institution before). */
  members: number;
  doctorId: string | null;
  /** Distinct tests and examinations on the bill, and their names. */
  tests: number;
  testNames: string;
  /** What the bill holds beside its tests, for the message: no drug, or this bill's drug (each bill carries at most maxDrugs). */
  besides: string;
  lineIds: string[];
  /** The whole bill (yuan): a check-up the fund does not pay. */
  amount: number;
  /** The earlier bills of the set, when this claim is the one that completes it (事后发现: each named once). */
  suspects: Suspect[];
}

/**
 * This claim's test battery against the identical ones of other members that arrived before it (`peers`), counting
 * only bills `notCounted` leaves in (this one included): a member with no earlier claim at the institution, whose bill
 * is itself a battery (at most maxDrugs drugs, no sick visit's test or drug: an earlier bill of the same tests with
 * three drugs is a prescription, compared by the same bundle of tests but not a check-up). When at least
 * minOtherMembers such others have it, the finding; the claim that first completes the set names the earlier ones.
 * `battery`: testBattery of this claim.
 */
export function screeningDay(
  me: MemberClaim,
  items: readonly BenefitItem[],
  peers: readonly BillPeer[],
  notCounted: (e: BillPeer) => boolean,
  k: HistoryKnowledge | undefined,
  battery: boolean,
): ScreeningDay | null {
  const cfg = k?.limits.screeningDay;
  const key = billKey(me, k, battery);
  if (!cfg || !key || !battery || notCounted(me)) return null;
  const myArrival = me.arrival ?? Number.POSITIVE_INFINITY;
  const earlier = peers
    .filter((e) => e.claimId !== me.claimId && e.insuredId !== me.insuredId && (e.arrival ?? 0) < myArrival && hasBill(e, key) && !notCounted(e))
    .sort((a, b) => (a.arrival ?? 0) - (b.arrival ?? 0) || (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0));
  const others = new Set(earlier.map((e) => e.insuredId));
  if (others.size < cfg.minOtherMembers) return null;
  const tests = [...new Set(items.filter((i) => i.category === 'service' && i.catalogue && ['lab', 'exam'].includes(i.catalogue.subcategory as string)).map((i) => i.name))];
  const drugNames = [...new Set(items.filter((i) => i.category === 'drug').map((i) => i.name))];
  return {
    claims: list(earlier.map((e) => e.claimId)),
    claimId: earlier[0].claimId,
    members: others.size + 1,
    doctorId: key.doctorId,
    tests: batteryTests(me, k),
    testNames: list(tests, 8),
    besides: drugNames.length ? `本单另有药品${list(drugNames, 3)}（各单药品不超过${cfg.maxDrugs}种），无治疗` : '无任何药品或治疗',
    lineIds: items.map((i) => i.lineId),
    amount: toYuan(me.totalFen),
    suspects: completedBefore(earlier, cfg.minOtherMembers) ? [] : earlier.map((e) => ({ claimId: e.claimId, lineIds: [], amount: toYuan(me.totalFen) })),
  };
}

/**
 * Whether an earlier bill of the set (`earlier`, in arrival order) already saw minOtherMembers other members: it
 * completed the set and named those before it, so a later bill names none again.
 */
function completedBefore(earlier: readonly Pick<BillPeer, 'insuredId'>[], minOtherMembers: number): boolean {
  const seen = new Set<string>();
  for (const e of earlier) {
    if (seen.size - (seen.has(e.insuredId) ? 1 : 0) >= minOtherMembers) return true;
    seen.add(e.insuredId);
  }
  return false;
}
