import { daysBetween } from '../contract/dates';
import { toYuan } from '../money/fen';
import type { BenefitItem } from './benefit-claim';
import { ledgerRowOf, type MemberClaim } from './member-claim';
import { batchAdmission, CLINIC_VISITS, cosmeticOperation, crossClaimFindings, NO_FINDINGS, examRepeat, interimContinuation, leftForAnotherHospital, list, nearDuplicateStay, newEvent, nudgedDuplicate, organRemovedTwice, referredUp, relatedStay, splitSession, splitVisit, stagedPairedOperation, tooOften, wardTransfer, carriesEarlierCondition, yearEndContinuation, type AdmissionPeer, type BatchAdmission, type CosmeticOperation, type CrossClaimFindings, type ExamRepeat, type NearDuplicateStay, type NudgedDuplicate, type OrganRemovedTwice, type SplitSession, type SplitVisit, type StayOwn, type Suspect, type TooOften, type WardTransfer } from './cross-claim';
import { consumableWithoutRecord, type ConsumableRowFinding, type ConsumableWithoutRecord } from './consumable-record';
import { DEFAULT_LIMITS, type HistoryKnowledge } from './history-knowledge';
import { underAny } from '../contract/code-prefix';
import { isBefore } from './ledger-entry';
import { sameCondition } from './cross-claim/common';
import { admittedFromEmergency, type AdmittedFromEmergency } from './emergency-admission';
import { isTransfer, lateralTransfer, referredUpForTreatment, returnAfterTreatment, transferPair, transferredFrom, type TransferredFrom } from './transfer-episode';
import { lateReferral, transferWithoutSender, type LateReferral, type TransferWithoutSender } from './transfer-source';
import { falseZeroClaim, type FalseZeroClaim, type ZeroClaimDeclaration } from './zero-claim';
import { repeatedExams, type RepeatedExams } from './repeated-exams';
import { identicalBills, screeningDay, testBattery, type BillPeer, type IdenticalBills, type ScreeningDay } from './identical-bills';
import { templateRotation, type DayBill, type TemplateRotation } from './template-rotation';
import { doctorGrade, type DoctorGrade, type DoctorVisit } from './cross-claim/doctor-grade';
import { doctorOperatedElsewhere, doctorTwoPlaces, type DoctorTwoPlaces } from './cross-claim/doctor-two-places';
import { doctorTitle, type DoctorTitleFinding } from './cross-claim/doctor-title';
import { publicHealthSchedule, type FollowUpVisit, type PublicHealthSchedule } from './cross-claim/public-health-schedule';

/**
 * Year-to-date use and recent history of one member, as of one claim (entries before it in ledger order): the
 * findings of cross-claim.ts CROSS_CLAIM_CHECKS under their names, and these.
 */
export interface MemberState extends CrossClaimFindings {
  /** Inpatient admissions earlier in the same calendar year. */
  admissionsBefore: number;
  /** Fund claimed earlier this year, fen, by visit type bucket (普通门诊 and 药店 share one). */
  ytdFundFen: number;
  /** The same, by ICD-10 category of each claim's principal diagnosis: what a per-disease 门诊慢特病 cap is met from. */
  ytdFundFenByCategory: Record<string, number>;
  /** Policy-scope cost earlier this year in the same bucket (what an annual deductible is met from), fen. */
  ytdPolicyFen: number;
  /** The earlier stay this admission follows within the readmission window, if any. */
  readmission: { claimId: string; daysSinceDischarge: number; sameCategory: boolean; relation: string } | null;
  /** The earlier stay at this hospital, in another department, this admission continues (转科 settled as a new stay). */
  wardTransfer: WardTransfer | null;
  /**
   * A stay of this member, seen before this one, that overlaps it (whichever started first); `nested` when one
   * lies entirely inside the other; `lineIds` this stay's lines dated inside the other.
   */
  overlappingStay: {
    claimId: string; from: string; to: string; nested: boolean; relation: '完全在另一次住院之内' | '部分重叠'; lineIds: string[];
    /**
     * Every overlapping stay seen before this one (事后发现): which of two overlapping stays is the false one is for
     * the investigator; each with its kept lines dated inside the overlap and its fund claimed.
     */
    suspects: Suspect[];
  } | null;
  /**
   * An outpatient visit the same day at another hospital that duplicates services beyond registration and
   * consultation (`codes`), or gives the same condition the same drugs (`drugs`); `lineIds` this claim's lines. For the
   * investigator: `services` and `drugNames` name this claim's duplicated lines (无 when none), `condition` says
   * 同一疾病 or 不同疾病.
   */
  sameDayElsewhere: {
    claimId: string; hospitalId: string; codes: string[]; drugs: string[]; sameCondition: boolean; lineIds: string[];
    services: string; drugNames: string; condition: '同一疾病' | '不同疾病';
  } | null;
  /** Items billed more often than the billing-frequency table allows. */
  tooOften: TooOften | null;
  /** A claim seen before this one with the same hospital, dates and items under another claimId. */
  duplicateOf: string | null;
  /** The lines of a claim that is duplicateOf's copy: every one of them is settled a second time, so the hit names them all. */
  duplicateLineIds: string[] | null;
  /** The same stay settled again with its dates moved (same hospital, length, category and total; the stays meet). */
  nearDuplicateStay: NearDuplicateStay | null;
  /** A claim seen before with the same institution, dates, diagnosis category and bill but one quantity moved by one. */
  nudgedDuplicate: NudgedDuplicate | null;
  /** A visit the same day at the same hospital with the same doctor (or department), each billing a consultation: 分解就诊. */
  splitVisit: SplitVisit | null;
  /** A session's included lines (its monitoring) billed on another clinic claim that day at the same hospital: 拆单 (either side). */
  splitSession: SplitSession | null;
  /** An unpaired organ's removal the member's ledger already holds on another claim (冒名就医/借卡). */
  organRemovedTwice: OrganRemovedTwice | null;
  /**
   * The first part of the stay this one continues, settled apart at the year end (跨年度住院中途结算, limits.json
   * yearEndSettlement) or at a monthly interim settlement (长期住院中途结算, interimSettlement): one stay, so this
   * part's admission, and its length and cost, are not judged alone.
   */
  continuesStay: { claimId: string; from: string; to: string } | null;
  /** The stay this transfer admission came from (its bill carries the episode's treatment), when the ledger holds it. */
  transferredFrom: TransferredFrom | null;
  /** The same hospital's emergency visit this admission came from (its bill carries the diagnosis' work-up). */
  admittedFromEmergency: AdmittedFromEmergency | null;
  /** An admission by transfer from a hospital where the ledger, holding that hospital's region, shows no stay or visit of the member then. */
  transferWithoutSender: TransferWithoutSender | null;
  /** A visit that is the first contact with the hospital a stay elsewhere named as its sender, after that stay's admission. */
  lateReferral: LateReferral | null;
  /** A declared zero-claim year (zeroClaimLastYear) while the ledger holds fund-paid claims of that year. */
  falseZeroClaim: FalseZeroClaim | null;
  /** A clinic visit's examinations billed again on the admission day of a stay there days later (either side). */
  repeatedExams: RepeatedExams | null;
  /** Examinations of one claim of the member billed again within their recognition interval (互认; either side). */
  examRepeat: ExamRepeat | null;
  /** A cosmetic visit and a fund-settled covered operation at the same institution within the window (美容串换; either side). */
  cosmeticOperation: CosmeticOperation | null;
  /** 公卫随访 read as its schedule (cross-claim/public-health-schedule.ts): this follow-up-shaped visit and the member's earlier ones a quarter apart. */
  publicHealthSchedule: PublicHealthSchedule | null;
  /** The same bill, line for line, billed by this claim's doctor that day to other members seen before it (集中刷卡). */
  identicalBills: IdenticalBills | null;
  /** The claim's bill shared with other members of its doctor's day, among the day's few shared bills that hold many members (集中刷卡, rotating templates). */
  templateRotation: TemplateRotation | null;
  /** The claim's doctor's visits of other patients billed at another consultation grade within the window (超标准收费; either side). */
  doctorGrade: DoctorGrade | null;
  /** The stay's doctor seeing clinic patients, on an operation day of the stay, at an institution in a province far away (冒名医生). */
  doctorTwoPlaces: DoctorTwoPlaces | null;
  /** The consultation billed above its doctor's title in the 医保医师 register on the day (超标准收费, of record). */
  doctorTitle: DoctorTitleFinding | null;
  /** The same test-only bill given by this claim's doctor that day to other members new to the institution (诱导检查; the first completing names the rest). */
  screeningDay: ScreeningDay | null;
  /** Other members admitted at the institution this day who were admitted there with this member on an earlier stay's day too (养转医). */
  batchAdmission: BatchAdmission | null;
  /**
   * What the member's earlier claims (by service date) put on record: the categories of their principal diagnoses
   * (sorted) and the days since the latest operation billed on a stay (null: none), so a purchase for a condition
   * can be read against the member's history (stay.consumableUnsupported).
   */
  record: { categories: string[]; daysSinceOperation: number | null; daysSinceExcisionElsewhere: number | null };
  /** The claim's consumables bought for a condition (stay.consumableUnsupported) that the record does not explain either. */
  consumableWithoutRecord: ConsumableWithoutRecord | null;
}

/**
 * Every field of a member state at its start, the findings first, in one order: each claim's state is a copy, so the
 * rules' ~26 reads of facts.member a claim meet one fixed shape (a state extended field by field was a dictionary-mode
 * object in V8). A field added to MemberState is added here.
 */
const STATE_SHAPE: MemberState = {
  ...NO_FINDINGS,
  admissionsBefore: 0,
  ytdFundFen: 0,
  ytdFundFenByCategory: {},
  ytdPolicyFen: 0,
  readmission: null,
  wardTransfer: null,
  overlappingStay: null,
  sameDayElsewhere: null,
  duplicateOf: null,
  duplicateLineIds: null,
  nearDuplicateStay: null,
  nudgedDuplicate: null,
  splitVisit: null,
  splitSession: null,
  organRemovedTwice: null,
  tooOften: null,
  continuesStay: null,
  transferredFrom: null,
  admittedFromEmergency: null,
  transferWithoutSender: null,
  lateReferral: null,
  falseZeroClaim: null,
  repeatedExams: null,
  examRepeat: null,
  identicalBills: null,
  templateRotation: null,
  doctorGrade: null,
  doctorTwoPlaces: null,
  doctorTitle: null,
  screeningDay: null,
  batchAdmission: null,
  cosmeticOperation: null,
  publicHealthSchedule: null,
  record: { categories: [], daysSinceOperation: null, daysSinceExcisionElsewhere: null },
  consumableWithoutRecord: null,
};

const OUTPATIENT_BUCKET = new Set(['outpatient', 'pharmacy']);
const bucket = (visitType: string) => (OUTPATIENT_BUCKET.has(visitType) ? 'outpatient' : visitType);

/** A copy of the one shape every claim's state has (STATE_SHAPE), its objects its own: no finding, nothing paid this year. */
export function emptyMemberState(): MemberState {
  return { ...STATE_SHAPE, ytdFundFenByCategory: {}, record: { categories: [], daysSinceOperation: null, daysSinceExcisionElsewhere: null } };
}

/**
 * Derives the member's state for `me` from the ledger entries of the same member that arrived before it
 * (`arrival`), in service-date order: a late claim is judged against everything earlier in service date
 * that the store has seen, and re-reviewing a claim sees exactly what it saw the first time. Identical bills are
 * read from `peers`, other members' entries with this claim's bill, by the same arrival order.
 */
export function memberState(
  me: MemberClaim,
  entries: readonly MemberClaim[],
  readmissionWindowDays: number,
  context: {
    items?: readonly BenefitItem[];
    knowledge?: HistoryKnowledge;
    enrollment?: ZeroClaimDeclaration & { chronicDiseases?: readonly string[] };
    /** Ledger entries of any member with this claim's bill (identical-bills.ts billKey): stored and of the batch. */
    peers?: readonly BillPeer[];
    /** Claims of any member by this claim's doctor around its date (doctor-grade.ts doctorKey): stored and of the batch. */
    doctorVisits?: readonly DoctorVisit[];
    /** Visits of any member by this claim's doctor on its day (template-rotation.ts doctorDayKey): stored and of the batch. */
    dayBills?: readonly DayBill[];
    /**
     * Whether a bill is left out of a screening day (screeningDay): its member had a claim at its institution before
     * it, or the bill is not itself a test battery. Absent: every bill counts.
     */
    notCounted?: (e: BillPeer) => boolean;
    /** Whether a bill continues its member's own care at its institution (identical-bills.ts continuingCare). Absent: none does. */
    ownCare?: (e: BillPeer) => boolean;
    /** A bill's member's earlier visits at its institution for the condition that were template bills (identical-bills.ts templateBill): their claim ids. Absent: none. */
    templatesBefore?: (e: BillPeer) => string[];
    /** Whether this claim is a clinic visit's test battery (identical-bills.ts testBattery), judged once for the batch; absent: judged here. */
    testBattery?: boolean;
    /** Stays of any member at this claim's institution on its admission days (batch-admission.ts admissionKeys): stored and of the batch. */
    admissions?: readonly AdmissionPeer[];
    /** The stay's own facts beyond its ledger entry (batchAdmission); absent: not judged. */
    stay?: StayOwn;
    /** The claim's consumable findings, a row each (stay.consumableUnsupported). */
    consumables?: readonly ConsumableRowFinding[] | null;
    /** The claim's coded procedures (ICD-9-CM-3): a covered operation coded, not only billed (cosmetic-operation.ts). */
    procedures?: readonly string[];
    /** A stay's coded operations' days (MemberClaim.operationDays). */
    operationDays?: readonly string[];
    /** Clinic visits of any member by this stay's doctor on those days, at any institution: stored and of the batch. */
    doctorClinics?: readonly MemberClaim[];
    /** Stored stays of any member by this clinic visit's doctor with an operation on its day, at another institution. */
    doctorStays?: readonly MemberClaim[];
    /** This claim read as a 公卫 follow-up visit with a schedule (enrich/public-health-visit.ts followUpVisit); absent: not judged. */
    followUp?: FollowUpVisit | null;
  } = {},
): MemberState {
  const items = context.items ?? [];
  const knowledge: HistoryKnowledge = context.knowledge ?? { limits: DEFAULT_LIMITS, frequency: new Map() };
  const myArrival = me.arrival ?? Number.POSITIVE_INFINITY;
  const year = me.serviceDate.slice(0, 4);
  // The member's claims that arrived before this one: what every pair and ledger check reads.
  const prior = entries.filter((e) => e.claimId !== me.claimId && e.insuredId === me.insuredId && (e.arrival ?? 0) < myArrival);
  const totalShare = knowledge.limits.duplicateStay?.maxTotalDiffShare ?? 0.02;
  // Pairs found whatever the claimIds and service dates: the claim that arrives second names the first.
  const duplicateOf = prior.find((e) => e.hospitalId === me.hospitalId && e.serviceDate === me.serviceDate && e.endDate === me.endDate && e.itemsSignature === me.itemsSignature)?.claimId ?? null;
  const nudged = duplicateOf ? null : nudgedDuplicate(me, prior, totalShare);
  const c = { duplicate: duplicateOf !== null || nudged !== null, approved: context.enrollment?.chronicDiseases };
  const duplicateLineIds = duplicateOf ? items.map((i) => i.lineId) : null;
  const state: MemberState = { ...emptyMemberState(), duplicateOf, duplicateLineIds, nudgedDuplicate: nudged };
  crossClaimFindings(me, items, prior, knowledge, c, state);
  const categories = new Set<string>();
  let lastOperation: string | null = null;
  let lastExcisionElsewhere: string | null = null;
  const inpatient = me.visitType === 'inpatient';
  // The second part of a stay settled in two at the year end began with the first part: its admission is the first
  // part's, which was judged for a readmission itself, so this part is not one.
  const firstPart = inpatient ? prior.find((e) => yearEndContinuation(e, me, knowledge) || interimContinuation(e, me, knowledge)) : undefined;
  const continuesStay = firstPart !== undefined;
  if (firstPart) state.continuesStay = { claimId: firstPart.claimId, from: firstPart.serviceDate, to: firstPart.endDate };
  for (const e of prior) {
    // Two visits on one day at two hospitals (or a visit and a pharmacy purchase): the one that arrives second completes the pair.
    if (!inpatient && e.serviceDate === me.serviceDate && e.hospitalId !== me.hospitalId && sameDayPair(e.visitType, me.visitType)) {
      state.sameDayElsewhere ??= sameDay(me, e, items, knowledge);
    }
    if (inpatient && e.visitType === 'inpatient' && e.serviceDate < me.endDate && me.serviceDate < e.endDate) {
      const nested = (e.serviceDate <= me.serviceDate && me.endDate <= e.endDate) || (me.serviceDate <= e.serviceDate && e.endDate <= me.endDate);
      const from = e.serviceDate > me.serviceDate ? e.serviceDate : me.serviceDate;
      const to = e.endDate < me.endDate ? e.endDate : me.endDate;
      const lineIds = items.filter((i) => i.date >= from && i.date < to).map((i) => i.lineId);
      state.overlappingStay ??= { claimId: e.claimId, from: e.serviceDate, to: e.endDate, nested, relation: nested ? '完全在另一次住院之内' : '部分重叠', lineIds, suspects: [] };
      const theirs = (e.lines ?? []).filter((l) => l.date >= from && l.date < to).map((l) => l.lineId);
      state.overlappingStay.suspects.push({ claimId: e.claimId, lineIds: theirs, amount: toYuan(e.fundClaimedFen) });
    }
    // Cumulative figures and readmissions read the ledger in service-date order.
    if (!isBefore(e, me)) continue;
    categories.add(e.principalCategory);
    for (const l of e.lines ?? []) if (l.operation && l.date <= me.serviceDate && (!lastOperation || l.date > lastOperation)) lastOperation = l.date;
    // A pathology review (病理会诊) reads the slides of a specimen cut elsewhere: an excision or a biopsy coded on another
    // institution's claim (review 30 item 9, 30B item 5); the same hospital's own slides are its 病理会诊, not a new 病理检查.
    if (e.hospitalId !== me.hospitalId && sentSpecimen(e.codes, knowledge.specimenExcisions) && (!lastExcisionElsewhere || e.endDate > lastExcisionElsewhere)) {
      lastExcisionElsewhere = e.endDate <= me.serviceDate ? e.endDate : me.serviceDate;
    }
    const sameYear = e.serviceDate.slice(0, 4) === year;
    if (sameYear && e.visitType === 'inpatient') state.admissionsBefore += 1;
    if (sameYear && bucket(e.visitType) === bucket(me.visitType) && e.insuranceType === me.insuranceType) {
      state.ytdFundFen += e.fundClaimedFen;
      state.ytdFundFenByCategory[e.principalCategory] = (state.ytdFundFenByCategory[e.principalCategory] ?? 0) + e.fundClaimedFen;
      state.ytdPolicyFen += e.policyFen;
    }
    if (inpatient && !continuesStay && e.visitType === 'inpatient' && e.endDate <= me.serviceDate) {
      const gap = daysBetween(e.endDate, me.serviceDate);
      // A new event (what the readmission path exempts) after a night at home is no transfer continued — unless the
      // earlier stay's own condition is coded on this one too (it went on: one episode); on the discharge day itself the
      // patient never left, and a new condition is what a 转科 is made for. The nearest earlier stay is kept.
      const transfer = wardTransfer(e, me, knowledge);
      const home = transfer !== null && transfer.daysSinceDischarge > 0 && !carriesEarlierCondition(e, me);
      if (transfer && (!state.wardTransfer || transfer.daysSinceDischarge < state.wardTransfer.daysSinceDischarge) && !(home && newEvent(e, me, items, knowledge))) state.wardTransfer = transfer;
      const relation = gap <= readmissionWindowDays ? relatedStay(e, me, knowledge, prior) : null;
      // A round trip up for a treatment and back down (双向转诊) is one episode, not a split stay.
      // A patient who left against advice for another hospital's emergency department chose it; no hospital split the stay.
      // A referral up for a treatment the lower hospital could not give (转院 both ends, a new intervention) is no split.
      // A new event (another treatment, with its work-up or an emergency admission) is not the earlier course continued.
      // A hand-over within one level for the same care (lateralTransfer) is judged as the split it may be.
      if (relation && !(isTransfer(e, me, gap) && !lateralTransfer(e, me, knowledge)) && !referredUpForTreatment(e, me) && !leftForAnotherHospital(e, me) && !stagedPairedOperation(e, me, prior, knowledge) && !returnAfterTreatment(e, me, prior, knowledge) && !newEvent(e, me, items, knowledge)) {
        // Keep the closest earlier discharge.
        if (!state.readmission || gap < state.readmission.daysSinceDischarge) {
          state.readmission = { claimId: e.claimId, daysSinceDischarge: gap, sameCategory: e.principalCategory === me.principalCategory, relation };
        }
      }
    }
  }
  // One pair is one finding: a readmission of the same earlier stay already names it (its money counted once).
  if (state.wardTransfer && state.readmission?.claimId === state.wardTransfer.claimId) state.wardTransfer = null;
  // Monthly segments of a stay paid by the bed-day meet and are alike in length and bill: the part this one continues is not a copy.
  if (!state.duplicateOf) state.nearDuplicateStay = nearDuplicateStay(me, firstPart ? prior.filter((e) => e !== firstPart) : prior, totalShare);
  // The same bill again the same day is the duplicate rules' finding, not a second consultation.
  if (!state.duplicateOf && !state.nudgedDuplicate) state.splitVisit = splitVisit(me, items, prior, knowledge.examRecognition);
  if (!state.duplicateOf && !state.nudgedDuplicate) state.splitSession = splitSession(me, items, prior, knowledge.examRecognition);
  // A resubmitted or re-dated copy of the same stay is the duplicate rules' finding, not a second operation.
  if (!state.duplicateOf && !state.nudgedDuplicate && !state.nearDuplicateStay) state.organRemovedTwice = organRemovedTwice(me, prior, knowledge);
  // The receiving hospital of a transfer repeats the tests it needs on the patient whose condition made the
  // transfer (检查检验结果互认 allows a repeat when the condition has changed): the sending stay's tests are not
  // counted against it, nor its tests against the sending stay.
  state.tooOften = tooOften(me, items, me.visitType === 'inpatient' ? prior.filter((e) => !transferPair(e, me)) : prior, knowledge);
  state.transferredFrom = transferredFrom(me, prior);
  state.admittedFromEmergency = admittedFromEmergency(me, prior, knowledge.examRecognition);
  state.transferWithoutSender = transferWithoutSender(me, prior);
  state.lateReferral = lateReferral(me, prior);
  state.falseZeroClaim = falseZeroClaim(me, context.enrollment, prior);
  state.repeatedExams = repeatedExams(me, items, prior, knowledge);
  // Lines the admission-day check names are its own: this claim's when it is the stay, the stays' when it is the visit.
  const named = state.repeatedExams;
  state.examRepeat = examRepeat(me, items, prior, knowledge, {
    exclude: new Set(named?.suspects.length ? [] : named?.lineIds),
    excludeOf: new Map(named?.suspects.map((s) => [s.claimId, new Set(s.lineIds)])),
  });
  const battery = context.testBattery ?? testBattery(me, knowledge);
  state.identicalBills = identicalBills(me, items, context.peers ?? [], knowledge, battery, context.ownCare, context.templatesBefore);
  // One template billed to identicalBills' count is that rule's finding; the rotation reads the rest.
  if (!state.identicalBills) state.templateRotation = templateRotation(me, items, context.dayBills ?? [], knowledge);
  state.doctorGrade = doctorGrade(me, items, context.doctorVisits ?? [], knowledge.consultGrades, knowledge.doctorRegistry);
  state.doctorTwoPlaces = doctorTwoPlaces(me, items, context.operationDays ?? [], context.doctorClinics ?? [], knowledge) ?? doctorOperatedElsewhere(me, items, context.doctorStays ?? [], knowledge);
  state.doctorTitle = doctorTitle(me, items, knowledge.doctorRegistry, knowledge.consultGrades);
  state.screeningDay = screeningDay(me, items, context.peers ?? [], context.notCounted ?? (() => false), knowledge, battery);
  // A stay that is a copy or a continuation of another is the duplicate or settlement rules' matter, not a second round.
  if (context.stay && !state.duplicateOf && !continuesStay) state.batchAdmission = batchAdmission(me, items, prior, context.admissions ?? [], knowledge, context.stay);
  state.cosmeticOperation = cosmeticOperation(me, items, prior, knowledge.cosmetic, context.procedures);
  state.publicHealthSchedule = publicHealthSchedule(me, prior, context.followUp);
  state.record = { categories: [...categories].sort(), daysSinceOperation: lastOperation ? daysBetween(lastOperation, me.serviceDate) : null,
    daysSinceExcisionElsewhere: lastExcisionElsewhere ? daysBetween(lastExcisionElsewhere, me.serviceDate) : null };
  state.consumableWithoutRecord = consumableWithoutRecord(context.consumables, state.record);
  return state;
}

/** Visits judged as a same-day pair: 普通门诊 and 门诊慢特病 visits with each other, or one of them and a pharmacy purchase. */
const sameDayPair = (a: string, b: string) => (CLINIC_VISITS.has(a) && (CLINIC_VISITS.has(b) || b === 'pharmacy')) || (a === 'pharmacy' && CLINIC_VISITS.has(b));

/**
 * Two outpatient visits on one day at two hospitals are a finding only when they duplicate services beyond
 * registration and consultation (the same catalogue service, whatever code each hospital billed it under), or give
 * the same condition (one ICD-10 category, or one group of related-conditions.json) the same drugs. A visit and a
 * pharmacy purchase the same day elsewhere are compared by their drugs only: the same drug dispensed twice in a day
 * is a second supply whatever the diagnosis each claim names; a different drug (the visit's prescription filled
 * elsewhere) is not. Entries written before ledger lines existed compare their service codes.
 */
function sameDay(me: MemberClaim, e: MemberClaim, items: readonly BenefitItem[], k: HistoryKnowledge): MemberState['sameDayElsewhere'] {
  const same = sameCondition(e.principalCategory, me.principalCategory, k);
  const pharmacy = e.visitType === 'pharmacy' || me.visitType === 'pharmacy';
  // A visit at a hospital of another level the same day: the higher re-examines (上转复核), its tests are not repeats —
  // when it works the patient up further than the first visit did (a test or examination the first did not have); the
  // same tests copied at a second hospital are a duplicate whatever the levels.
  // A laboratory's claim (department laboratory: an independent laboratory's or a 检验中心's bill of the tests alone) is
  // no first-contact visit that refers anyone up: it tests a specimen a visit sent out, and the same test billed by the
  // hospital that sent it is one sample billed twice (外送检验重复收费). A community centre's blood draw with no
  // consultation (follow-up tests ordered at an earlier visit) is a visit of its own and may still refer up.
  const tests = (c: MemberClaim) => new Set((c.lines ?? []).filter((l) => l.kind === 'service' && l.test).map(ledgerRowOf));
  const laboratory = (c: MemberClaim) => c.department === 'laboratory';
  const [lowerClaim, higherClaim] = (me.hospitalLevel ?? 0) < (e.hospitalLevel ?? 0) ? [me, e] : [e, me];
  const [lower, higher] = [tests(lowerClaim), tests(higherClaim)];
  const up = referredUp(me, e) && !laboratory(lowerClaim) && [...higher].some((t) => !lower.has(t));
  const services = (c: MemberClaim) => (c.lines ? c.lines.filter((l) => l.kind === 'service' && !(up && l.test)).map(ledgerRowOf) : c.serviceCodes);
  const drugs = (c: MemberClaim) => (c.lines ?? []).filter((l) => l.kind === 'drug').map((l) => l.drug as string);
  const theirServices = new Set(pharmacy ? [] : services(e));
  const shared = [...new Set(services(me).filter((c) => theirServices.has(c)))].sort();
  // Each hospital draws the sample its own tests need: the draw is a repeat only beside a repeated test.
  const collection = k.examRecognition?.specimenCollection;
  const mine = tests(me);
  const codes = collection?.size && !shared.some((c) => mine.has(c)) ? shared.filter((c) => !collection.has(c)) : shared;
  const theirDrugs = new Set(drugs(e));
  const sameDrugs = same || pharmacy ? [...new Set(drugs(me).filter((d) => theirDrugs.has(d)))].sort() : [];
  if (!codes.length && !sameDrugs.length) return null;
  const dupServices = new Set(codes);
  const dupDrugs = new Set(sameDrugs);
  const dup = (me.lines ?? []).filter((l) => (l.kind === 'drug' ? dupDrugs.has(l.drug as string) : l.kind === 'service' && dupServices.has(ledgerRowOf(l))));
  const lineIds = dup.map((l) => l.lineId);
  const names = new Map(items.map((i) => [i.lineId, i.name]));
  const named = (kind: 'drug' | 'service', codes: readonly string[]) => {
    const found = [...new Set(dup.filter((l) => l.kind === kind).map((l) => names.get(l.lineId) ?? l.code))];
    return list(found.length ? found : codes, 8) || '无';
  };
  return {
    claimId: e.claimId, hospitalId: e.hospitalId, codes, drugs: sameDrugs, sameCondition: same, lineIds: lineIds.length ? lineIds : items.map((i) => i.lineId),
    services: named('service', codes), drugNames: named('drug', sameDrugs), condition: same ? '同一疾病' : '不同疾病',
  };
}

/** Whether a claim's codes hold an excision or a biopsy that sends a specimen (not one of `noSpecimen`). */
function sentSpecimen(codes: readonly string[] | undefined, x: HistoryKnowledge['specimenExcisions']): boolean {
  if (!x || !codes) return false;
  return codes.some((c) => (underAny(c, x.prefixes) || underAny(c, x.biopsies ?? [])) && !underAny(c, x.noSpecimen));
}
