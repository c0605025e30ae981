import type { HistoryLimits } from '../benefits/history-knowledge';
import { toYuan } from '../money/fen';
import { daysBetween } from '../contract/dates';
import type { ItemFacts } from './item-fact-types';
import { timed } from './hourly-lines';
import type { CatalogueEntry } from './catalogue';
import { stayContentFacts } from './stay-content-facts';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { dischargeSupply, type DischargeSupplyFacts } from './discharge-supply';
import { dailyRepeatFacts, stayRepeatFacts, type DailyRepeatFacts, type StayRepeatFacts } from './daily-repeat-facts';
import { imagingRepeatFacts, type ImagingRepeatFacts } from './imaging-repeat-facts';
import { gatekeeperBeforeInvasive, type GatekeeperBeforeInvasive } from './invasive-gatekeepers';
import { careObjectFacts, type CareObjectFacts } from './care-object-facts';
import { unitsBeyondUse, unitsTaken, type UnitsBeyondUse } from './item-uses';
import { devicesReplacedEarly, type DevicesReplacedEarly } from './device-dwell';
import { sessionsBeyondMixing } from './mixed-sessions';
import { courseConsumablesBeyond, type CourseConsumablesBeyond } from './course-consumables';
import { drugsStacked, type DrugsStacked } from './stacked-drugs';
import { parenteralWhileOral, type ParenteralWhileOral } from './parenteral-while-oral';
import { oxygenUnsupported, type OxygenUnsupported } from './continuous-oxygen';
import { operationWithoutIndication, type OperationWithoutIndication } from './operation-indications';
import { prophylaxisExcess, type ProphylaxisExcess } from './surgical-prophylaxis-facts';
import { specialUseUnsupported, type SpecialUseUnsupported } from './special-use-antibacterials';
import { criticalOnlyAfter, type CriticalOnlyAfter } from './critical-only-drugs';
import { consumableUnsupported, type ConsumableUnsupported } from './consumable-indications';
import { acuteSupply, type AcuteSupplyFacts } from './acute-supply';
import { tonicHerbCourse, type TonicHerbCourseFacts } from './tonic-herb-course';
import { publicHealthVisit, type PublicHealthVisitFacts } from './public-health-visit';
import { standardCourse, type StandardCourseFacts } from './standard-course';
import { theatreFacts, type TheatreFacts } from './theatre-facts';
import { anaesthesiaBelowOperation, anaesthesiaBeyondProcedure, type AnaesthesiaBeyond } from './anaesthesia-ceiling';
import { homeSickBed, type HomeSickBedFacts, type HomeBedCharges } from './home-sick-bed';
import { bedDaySetting, type BedDaySetting } from './bed-day-setting';
import { dayChemotherapy, type DayChemotherapy } from './day-chemotherapy-stay';
import { rehabilitationCodedAcute, type RehabilitationCodedAcute } from './rehabilitation-coding';
import { drugFreeDays, type DrugFreeDays } from './drug-free-days';
import { supplyWithinLimit } from './supply-within-limit';
import { rowCodeOf } from '../contract/catalogue-row';

// Checks of one bill against its own dates: per-day items beyond the stay (算进又算出), and lines dated
// outside it (入院前收费, 出院后收费). Findings for investigators, not invalid input. The checks of what the
// stay's days contain (挂床, 低标准入院, therapy no diagnosis calls for) are in stay-content-facts.ts.

export interface StayFacts extends StayContentFacts, CareObjectFacts, TheatreFacts {
  /** Day-billed lines (bed, nursing, other per-day items) above the days of the stay; null when within. */
  dayItemsExcess: { lineIds: string[]; groups: string; amount: number } | null;
  /** Lines dated after discharge, or before admission beyond the pre-admission window; null when none. */
  outsideStay: { lineIds: string[]; after: number; before: number; dates: string; amount: number } | null;
  /** Drugs dispensed on the discharge day for more days than the discharge limit (出院带药超量); null when within. */
  dischargeSupply: DischargeSupplyFacts | null;
  /** Routine labs or consultations billed on every day of a run of days with no critical care or daily-monitored condition; null when none. */
  dailyRepeat: DailyRepeatFacts | null;
  /** More consultations in the stay than the problems on its record call for (daily-repeats.json `perProblem`). */
  stayRepeat: StayRepeatFacts | null;
  /** A CT or MRI of one region billed again on a later day of the stay with no reason for the repeat on the bill (imaging-repeats.json); null when none. */
  imagingRepeat: ImagingRepeatFacts | null;
  /** In a clinic-booked stay, a non-invasive test that decides on an invasive examination billed before it (invasive-gatekeepers.json); null when none. */
  gatekeeperBeforeInvasive: GatekeeperBeforeInvasive | null;
  /** Service units beyond what they consume (item-uses.json: nebulisations beyond the nebulised drug, placements beyond the cannulas); null when none. */
  unitsBeyondUse: UnitsBeyondUse | null;
  /** An indwelling device placed again within its dwell time, more often than a blocked or dislodged one explains (device-dwell.json); null when none. */
  devicesReplacedEarly: DevicesReplacedEarly | null;
  /** Sessions billed one per drug where the day's compatible drugs are given mixed (item-uses.json `mixed`: 雾化 分解收费); null when none. */
  sessionsBeyondMixing: UnitsBeyondUse | null;
  /** Consumables serving a course billed beyond their allowance per day or claim (course-consumables.json: a nebuliser per session); null when none. */
  courseConsumablesBeyond: CourseConsumablesBeyond | null;
  /** More distinct drugs of one class on a day than guidelines give together (stacked-drugs.json: three hepatoprotectants); null when none. */
  drugsStacked: DrugsStacked | null;
  /** Injections paid only for a patient who cannot take drugs by mouth, on days the stay bills tablets (parenteral-while-oral.json: IV PPI); null when none. */
  parenteralWhileOral: ParenteralWhileOral | null;
  /** Round-the-clock oxygen on many days with no hypoxaemic condition and no monitoring (continuous-oxygen.json); null when none. */
  oxygenUnsupported: OxygenUnsupported | null;
  /** An operation coded with no diagnosis that calls for it (operation-indications.json: a cruciate reconstruction, a primary lumbar fusion): its lines; null when none. */
  operationWithoutIndication: OperationWithoutIndication | null;
  /** After clean operations only, antibacterials beyond the prophylaxis window or of a restricted class (surgical-prophylaxis.json); null when none. */
  prophylaxisExcess: ProphylaxisExcess | null;
  /** 特殊使用级抗菌药物 with no work-up before, no consultation and no severe infection or critical care (special-use-antibacterials.json); null when none. */
  specialUseUnsupported: SpecialUseUnsupported | null;
  /** Drugs met only by the critical state, dated after the last critical-care day (critical-only-drugs.json); null when none. */
  criticalOnlyAfter: CriticalOnlyAfter | null;
  /** Outside a stay, consumables bought for a condition none of the claim's diagnoses is (consumable-indications.json), a finding a row; null when none. */
  consumableUnsupported: ConsumableUnsupported[] | null;
  /** A visit or purchase for acute illness only dispensing a drug for more days than acute-supply.json allows (急性病超量开药); null when none. */
  acuteSupply: AcuteSupplyFacts | null;
  /** A paid 饮片 prescription far beyond an 汤剂 course with no treatment ground, or beside self-paid tonics (膏方; tonic-herb-course.json); null when none. */
  tonicHerbCourse: TonicHerbCourseFacts | null;
  /** A 基层 visit whose whole bill is a 国家基本公共卫生 service (public-health-services.json): 公卫 billed to the fund; null when not. */
  publicHealthVisit: PublicHealthVisitFacts | null;
  /** Drug lines whose drug's days of supply on the claim are within the dispensing limit (outside a stay limits.json supply; in a stay a cycle drug's days on; supply-within-limit.ts): not an overdose for the model's quantity signal. */
  supplyWithinLimit: string[];
  /** A coded condition whose guideline course (standard-courses.json) explains the stay's length, its treatment billed on its days; null when none. */
  standardCourse: StandardCourseFacts | null;
  /** A home sick bed (家庭病床 department, home-sick-beds.json): settled per bed-day, not judged against the DRG norm; null for a ward stay. */
  homeSickBed: HomeSickBedFacts | null;
  /** A psychiatric, rehabilitation or hospice stay paid by the bed-day (bed-day-settings.json): not judged against the DRG norm; null otherwise. */
  bedDaySetting: BedDaySetting | null;
  /** 日间化疗: a chemotherapy encounter with an intravenous anticancer drug discharged within 48 h (day-chemotherapy.json), day care of its own, not a short ordinary stay; null otherwise. */
  dayChemotherapy: DayChemotherapy | null;
  /** A rehabilitation stay (therapy on most days, a rehabilitation ward or a transfer admission) coded as the acute event (rehabilitation-coding.json); null when not. */
  rehabilitationCodedAcute: RehabilitationCodedAcute | null;
  /** On a home sick bed, ward charges (bed, nursing grade) and visit days beyond the schedule; null when none. */
  homeBedCharges: HomeBedCharges | null;
  /** A psychiatric stay's ward days with no drug at all, the maintenance drug otherwise dispensed daily (psychiatric-stays.json); null when under the thresholds. */
  drugFreeDays: DrugFreeDays | null;
  /** General or neuraxial anaesthesia on a day whose only procedures are done under less (theatre-items.json anaesthesiaCeiling), stays and visits; null when none. */
  anaesthesiaBeyondProcedure: AnaesthesiaBeyond | null;
  /** Operations billed with no general or neuraxial anaesthesia near them (theatre-items.json anaesthesiaFloor). */
  anaesthesiaBelowOperation: AnaesthesiaBeyond | null;
}

const NO_CODES: ReadonlySet<string> = new Set();

interface DayGroup {
  label: string;
  allowed: number;
  lines: ItemFacts[];
}

/**
 * The pool a per-day row's lines are counted in: bed rows together (a ward move bills one bed a day), the graded nursing
 * rows together (catalogue `gradedNursing`: 特级/Ⅰ级/Ⅱ级/Ⅲ级护理, 新生儿护理 — one grade is the ward's nursing of a day,
 * WS/T 431—2013 《护理分级》), and every other row on its own: the per-day nursing rows beside the grade (防褥疮气垫床,
 * 001219…; a province's 特殊疾病护理 or 气管切开护理 under 1201) are judged each alone (review of blind111 C10: an air
 * mattress read as a second nursing day; review35 item 5: the mark, not the code's 1201 prefix). null: not pooled.
 */
export function dayPool(entry: Pick<CatalogueEntry, 'subcategory' | 'gradedNursing'>): '床位费' | '护理费' | null {
  if (entry.subcategory === 'bed') return '床位费';
  return entry.gradedNursing === true ? '护理费' : null;
}

/**
 * Bed and graded nursing are billed per night (入院当日计、出院当日不计): at most lengthOfStay days in all, whatever
 * codes (a ward move bills one bed a day). Every other per-day nursing row (防褥疮气垫床, a province's 特殊疾病护理 or
 * 气管切开护理) is nursing of the bed-day too, counted the same way but on its own: the mattress is on the bed the
 * patient left on the discharge day, which bills no bed. Other per-day items (unit 日: a dialysis or a monitoring day,
 * done on the discharge morning as on any other) at most the calendar days of the stay.
 */
function dayGroups(items: readonly ItemFacts[], nights: number): DayGroup[] {
  const groups = new Map<string, DayGroup>();
  for (const it of items) {
    const entry = it.catalogue;
    if (!entry || entry.category !== 'service' || entry.unit !== '日') continue;
    const pool = dayPool(entry);
    const key = pool ?? it.code;
    let g = groups.get(key);
    if (!g) {
      g = { label: pool ?? entry.name, allowed: pool || entry.subcategory === 'nursing' ? nights : nights + 1, lines: [] };
      groups.set(key, g);
    }
    g.lines.push(it);
  }
  return [...groups.values()];
}

export interface StayInput extends StayContentInput {
  /** The claim's visit type: care-objects.json rows judge clinic visits where they say so. */
  visitType?: string;
  serviceDate: string;
  limits: HistoryLimits;
  /** The member's approved chronic diseases (enrollment.chronicDiseases), when the claim gives them. */
  recordDiagnoses?: readonly string[] | null;
  /** The claim's department (a home sick bed is known by it). */
  department?: string | null;
  /** provider.level and patient.gender: the 公卫 services are given by 基层 institutions, some to women only. */
  hospitalLevel?: number;
  gender?: string;
  /** The national name of a procedure code (theatre-facts.ts reads laparoscopic codes by name). */
  procedureName?: (code: string) => string | undefined;
  /** The emergency consultation rows (history/exam-recognition.json emergencyItems): an observation's first day bills one. */
  emergencyItems?: ReadonlySet<string>;
}

/**
 * 急诊留观转住院: an emergency admission whose bill carries the observation it came from, its lines dated from an
 * emergency consultation within limits.json emergencyObservation.days before the admission — the observation's costs
 * settled with the stay (留观费用并入住院). The observation's first day, or null when the bill shows none.
 */
function observationStart(input: StayInput): string | null {
  const days = input.limits.emergencyObservation?.days;
  const rows = input.emergencyItems;
  if (!input.inpatient || input.admissionRoute !== 'emergency' || days === undefined || !rows?.size) return null;
  const starts = input.items.filter((it) => it.date < input.serviceDate && daysBetween(it.date, input.serviceDate) <= days && rows.has(rowCodeOf(it))).map((it) => it.date);
  return starts.length ? starts.sort()[0] : null;
}

/**
 * A 门诊慢特病 claim settled per period (limits.json chronicSettlement: 按月结算, visitDate its last session): a line dated
 * within the period before visitDate is one of the period's sessions, not a line outside the service. Only a claim
 * billing a session (knowledge/dialysis-sessions.json) is a period's settlement: a diabetic's or hypertensive's
 * 门诊慢特病 visit is settled per visit, and its line dated weeks before stays judged. The period's days, or null for a
 * claim settled per visit (read once per claim, not per line).
 */
function chronicPeriodDays(input: StayInput): number | null {
  const period = input.limits.chronicSettlement?.periodDays;
  if (input.visitType !== 'chronic' || period === undefined) return null;
  const sessions = input.knowledge?.dialysisSessions ?? [];
  return input.items.some((it) => sessions.includes(rowCodeOf(it))) ? period : null;
}

export function stayFacts(input: StayInput): StayFacts {
  const { items, inpatient, serviceDate, endDate, lengthOfStay, limits } = input;
  let dayItemsExcess: StayFacts['dayItemsExcess'] = null;
  if (inpatient) {
    const named: string[] = [];
    const labels: string[] = [];
    let fen = 0;
    for (const g of dayGroups(items, lengthOfStay)) {
      const billed = g.lines.reduce((s, l) => s + l.quantity, 0);
      if (billed <= g.allowed) continue;
      labels.push(`${g.label}${billed}日/允许${g.allowed}日`);
      // The lines that go beyond: the discharge day's first (算出), then the latest.
      const order = [...g.lines].sort((a, b) => (a.date === endDate ? -1 : 0) - (b.date === endDate ? -1 : 0) || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
      const beyond = unitsTaken(order, billed - g.allowed);
      named.push(...beyond.lineIds);
      fen += beyond.fen;
    }
    // A full 24 hours of a bedside treatment on the discharge day of a stay with a night: the patient leaves that day,
    // so its hours end before midnight (one still in the bed at midnight was there another night, and bills its bed).
    if (lengthOfStay >= 1) {
      const shown = new Set<string>();
      for (const it of items) {
        if (it.date !== endDate || !timed(it) || it.quantityOnDay < 24) continue;
        named.push(it.lineId);
        fen += it.amountFen;
        const name = it.catalogue?.name ?? it.name;
        if (!shown.has(name)) shown.add(name), labels.push(`${name}出院当日计${it.quantityOnDay}小时（出院当日不足24小时）`);
      }
    }
    if (named.length) dayItemsExcess = { lineIds: named, groups: labels.join('；'), amount: toYuan(fen) };
  }

  const outside: ItemFacts[] = [];
  const chronicPeriod = chronicPeriodDays(input);
  const observedFrom = observationStart(input);
  let after = 0;
  let before = 0;
  for (const it of items) {
    if (it.date > endDate) {
      after++;
      outside.push(it);
    } else if (it.date < serviceDate) {
      // Tests and examinations shortly before an admission may be billed with it.
      const sub = it.catalogue?.subcategory;
      const pre = inpatient && (sub === 'lab' || sub === 'exam') && daysBetween(it.date, serviceDate) <= limits.preAdmissionWindowDays;
      if (pre || (observedFrom !== null && it.date >= observedFrom) || (chronicPeriod !== null && daysBetween(it.date, serviceDate) <= chronicPeriod)) continue;
      before++;
      outside.push(it);
    }
  }
  const outsideStay = outside.length
    ? {
        lineIds: outside.map((l) => l.lineId),
        after,
        before,
        dates: [...new Set(outside.map((l) => l.date))].sort().join('、'),
        amount: toYuan(outside.reduce((s, l) => s + l.amountFen, 0)),
      }
    : null;
  const repeatInput = inpatient
    ? { items, diagnosisCodes: input.diagnosisCodes, dischargeMode: input.dischargeMode, lengthOfStay, principalDiagnosis: input.principalDiagnosis,
      procedureDays: (input.procedureDates ?? []).flatMap((d) => (d ? [daysBetween(serviceDate, d)] : [])) }
    : null;
  const dailyRepeat = repeatInput ? dailyRepeatFacts(repeatInput, input.knowledge?.dailyRepeats) : null;
  const stayRepeat = repeatInput ? stayRepeatFacts(repeatInput, input.knowledge?.dailyRepeats) : null;
  const procedureDays = (input.procedureDates ?? []).map((d) => (d ? daysBetween(serviceDate, d) : null));
  const imagingRepeat = imagingRepeatFacts({ items, inpatient, diagnosisCodes: input.diagnosisCodes, procedureCodes: input.procedureCodes,
    procedureDays, dischargeMode: input.dischargeMode },
  input.knowledge?.imagingRepeats);
  const care = careObjectFacts(input, input.knowledge?.careObjects);
  const k = input.knowledge;
  const billing = k?.procedureBilling;
  const theatre = theatreFacts(input, k?.theatre, billing?.sharedCodes ?? NO_CODES, billing?.packageCodes ?? NO_CODES);
  // The stay's own facts first, then its parts' (in the order they were always computed), all copied into one literal:
  // assigned onto it (Object.assign), the ~65 keys left the object in V8's dictionary mode, a hash lookup for each of
  // the ~80 rule conditions reading a stay fact, on every claim.
  const own = {
    dayItemsExcess, outsideStay, dischargeSupply: inpatient ? dischargeSupply(items, endDate, limits) : null, dailyRepeat, stayRepeat, imagingRepeat,
    gatekeeperBeforeInvasive: gatekeeperBeforeInvasive(input, k?.invasiveGatekeepers),
    standardCourse: standardCourse(input, k?.standardCourses),
    unitsBeyondUse: unitsBeyondUse(items, k?.itemUses, input.procedureCodes, input.diagnosisCodes),
    devicesReplacedEarly: inpatient ? devicesReplacedEarly(input, k?.deviceDwell) : null,
    sessionsBeyondMixing: sessionsBeyondMixing(items, k?.itemUses),
    courseConsumablesBeyond: courseConsumablesBeyond(items, k?.courseConsumables),
    drugsStacked: drugsStacked(items, k?.stackedDrugs),
    parenteralWhileOral: parenteralWhileOral({ items, inpatient, diagnosisCodes: input.diagnosisCodes }, k?.parenteralWhileOral),
    oxygenUnsupported: oxygenUnsupported(input, k?.continuousOxygen),
    operationWithoutIndication: operationWithoutIndication(input, k?.operationIndications, k?.operationClasses),
    prophylaxisExcess: prophylaxisExcess(input, k?.surgicalProphylaxis),
    specialUseUnsupported: specialUseUnsupported(input, k?.specialUseAntibacterials),
    criticalOnlyAfter: criticalOnlyAfter(input, k?.criticalOnlyDrugs),
    consumableUnsupported: consumableUnsupported(input, k?.consumableIndications),
    acuteSupply: acuteSupply(input, k?.acuteSupply),
    tonicHerbCourse: tonicHerbCourse(input, k?.tonicHerbCourse),
    publicHealthVisit: publicHealthVisit(input, k?.publicHealthServices),
    supplyWithinLimit: supplyWithinLimit(items, inpatient, limits),
    bedDaySetting: bedDaySetting(input, k?.bedDaySettings, k?.rehabilitationTherapy),
    dayChemotherapy: dayChemotherapy(input),
    rehabilitationCodedAcute: rehabilitationCodedAcute(input, k?.rehabilitationCoding),
    drugFreeDays: drugFreeDays(input, k?.psychiatricStays),
    anaesthesiaBeyondProcedure: anaesthesiaBeyondProcedure(input, k?.theatre, billing?.sharedCodes ?? NO_CODES),
    anaesthesiaBelowOperation: inpatient ? anaesthesiaBelowOperation(items, k?.theatre) : null,
  };
  const content = stayContentFacts(input);
  const home = homeSickBed({ items, inpatient, lengthOfStay, department: input.department }, k?.homeSickBeds);
  return {
    dayItemsExcess: own.dayItemsExcess, outsideStay: own.outsideStay, dischargeSupply: own.dischargeSupply,
    dailyRepeat: own.dailyRepeat, stayRepeat: own.stayRepeat, imagingRepeat: own.imagingRepeat,
    gatekeeperBeforeInvasive: own.gatekeeperBeforeInvasive, standardCourse: own.standardCourse,
    unitsBeyondUse: own.unitsBeyondUse, devicesReplacedEarly: own.devicesReplacedEarly,
    sessionsBeyondMixing: own.sessionsBeyondMixing, courseConsumablesBeyond: own.courseConsumablesBeyond,
    drugsStacked: own.drugsStacked, parenteralWhileOral: own.parenteralWhileOral,
    oxygenUnsupported: own.oxygenUnsupported, operationWithoutIndication: own.operationWithoutIndication,
    prophylaxisExcess: own.prophylaxisExcess, specialUseUnsupported: own.specialUseUnsupported,
    criticalOnlyAfter: own.criticalOnlyAfter, consumableUnsupported: own.consumableUnsupported,
    acuteSupply: own.acuteSupply, tonicHerbCourse: own.tonicHerbCourse, publicHealthVisit: own.publicHealthVisit,
    supplyWithinLimit: own.supplyWithinLimit, bedDaySetting: own.bedDaySetting, dayChemotherapy: own.dayChemotherapy,
    rehabilitationCodedAcute: own.rehabilitationCodedAcute, drugFreeDays: own.drugFreeDays,
    anaesthesiaBeyondProcedure: own.anaesthesiaBeyondProcedure,
    anaesthesiaBelowOperation: own.anaesthesiaBelowOperation,
    careWithoutObject: care.careWithoutObject, careAfterObjectEnded: care.careAfterObjectEnded,
    anaesthesiaWithoutOperation: theatre.anaesthesiaWithoutOperation,
    theatreItemWithoutOperation: theatre.theatreItemWithoutOperation,
    trocarOnOpenOperation: theatre.trocarOnOpenOperation, includedInOperation: theatre.includedInOperation,
    secondOperationFullPrice: theatre.secondOperationFullPrice,
    procedureWithoutMaterial: theatre.procedureWithoutMaterial,
    therapyOnOperationDay: content.therapyOnOperationDay,
    therapyWithoutParticipation: content.therapyWithoutParticipation, idleDays: content.idleDays,
    courseBreak: content.courseBreak, afterTakeHome: content.afterTakeHome, lowIntensity: content.lowIntensity,
    workUpAdmission: content.workUpAdmission, closeCare: content.closeCare,
    therapyUnsupported: content.therapyUnsupported, therapyPreventive: content.therapyPreventive,
    infusionUnsupported: content.infusionUnsupported, parenteralUnadministered: content.parenteralUnadministered,
    parenteralNutritionUngiven: content.parenteralNutritionUngiven,
    enteralDuringDecompression: content.enteralDuringDecompression,
    parenteralBesideEnteral: content.parenteralBesideEnteral,
    parenteralAdditiveAlone: content.parenteralAdditiveAlone, pushesUnsupported: content.pushesUnsupported,
    principalUnsupported: content.principalUnsupported, symptomPrincipal: content.symptomPrincipal, implantUnsupported: content.implantUnsupported,
    procedureUnsupported: content.procedureUnsupported, operationUnsupported: content.operationUnsupported,
    operationBeyondCoded: content.operationBeyondCoded, preOperativeIdle: content.preOperativeIdle,
    excisionWithoutPathology: content.excisionWithoutPathology,
    pathologyBeyondSpecimens: content.pathologyBeyondSpecimens,
    homeSickBed: home.homeSickBed, homeBedCharges: home.homeBedCharges,
  };
}
