import type { ImplantFacts } from './implant-facts';
import type { OperationFacts, ProcedureFacts } from './procedure-facts';
import type { OperationExcessFacts } from './operation-count';
import type { ExcisionSpecimenFacts, SpecimensBeyondFacts } from './excision-specimen';
import type { DrugDays } from './drug-days';
import type { ItemFacts } from './item-fact-types';
import type { Knowledge } from './knowledge';

// What the stay-content checks take and give (stay-content-facts.ts puts them together); apart so that the files
// of the single checks can name them without importing the file that imports them.

export interface StayContentFacts {
  /** 挂床: days between admission and discharge billed bed or nursing and nothing else but the ward round. */
  idleDays: { days: number; inner: number; share: number; dates: string; lineIds: string[]; amount: number } | null;
  /** 周末挂床: days off on which a daily drug course of the stay pauses, billing only bed, nursing, ward round and oral drugs (course-break.ts). */
  courseBreak: { days: number; dates: string; drugs: string; lineIds: string[]; amount: number } | null;
  /**
   * 虚构住院天数: take-home drugs (出院带药) dispensed days before the discharge date, only bed, nursing and the ward
   * round billed after them; `lineIds` those lines, `days` from the supply to the discharge day.
   */
  afterTakeHome: { supplyDate: string; drugs: string; days: number; dates: string; lineIds: string[]; amount: number } | null;
  /** 低标准入院: a short stay with no procedure, no injection or infusion, no treatment service, no consumable. */
  lowIntensity: { nights: number; content: string; lineIds: string[] } | null;
  /** A stay whose principal diagnosis calls for admission for an urgent work-up (lowIntensity.admissionIndicated: a TIA): short and cheap by nature. */
  workUpAdmission: boolean;
  /**
   * Close care (stay-content.json closeCare: nursing at 一级 or above, 新生儿护理, intensive care, organ support) on
   * at least its minDays distinct days: the patient needed the ward. null when not billed on that many days.
   */
  closeCare: { days: number; names: string; lineIds: string[] } | null;
  /** Therapy lines (康复/理疗/针灸/推拿) with none of their indicating diagnoses on the claim (stays and visits). */
  therapyUnsupported: { lineIds: string[]; groups: string; sessions: number; expected: string; amount: number } | null;
  /** A therapy's preventive form (冬病夏治三伏贴) billed as the covered therapy: preventive-therapy.ts. */
  therapyPreventive: { lineIds: string[]; dates: string; names: string; season: string; diagnoses: string; amount: number } | null;
  /** Active therapy (运动疗法, 针灸, 推拿) billed on the day of an operation under general or spinal anaesthesia. */
  therapyOnOperationDay: { lineIds: string[]; dates: string; names: string; amount: number } | null;
  /**
   * Group activity therapy (工娱治疗, 团体心理治疗) billed on days that also bill what shows the patient could not
   * take part (特级护理, intensive care, tube feeding, restraint), on at least participationTherapy.minDays days.
   */
  therapyWithoutParticipation: { days: number; dates: string; names: string; signs: string; lineIds: string[]; amount: number } | null;
  /** Infusion groups billed on days with no parenteral drug, or more groups than that day's units of parenteral drugs. */
  infusionUnsupported: { lineIds: string[]; dates: string; groups: number; detail: string; amount: number } | null;
  /** A drug the stay infuses billed on other days with nothing that gives it (虚记静脉用药: unadministered-drugs.ts). */
  parenteralUnadministered: DrugDays | null;
  /** Parenteral nutrition billed on days with nothing that gives it, most of its days (parenteralNutritionUngiven). */
  parenteralNutritionUngiven: (DrugDays & { nutritionDays: number }) | null;
  /** Enteral feeding billed on days of gastric decompression with no feeding route past the stomach (enteral-decompression.ts). */
  enteralDuringDecompression: DrugDays | null;
  /** Parenteral nutrition kept on beside enteral nutrition at its full daily dose, past the taper (parenteral-beside-enteral.ts). */
  parenteralBesideEnteral: DrugDays | null;
  /** PN additives (vitamins, trace elements, glutamine) billed on a stay with no parenteral nutrition (parenteral-additives.ts). */
  parenteralAdditiveAlone: DrugDays | null;
  /** 静脉注射 billed on a stay's infusion days beyond the distinct drugs of the day that can be pushed (push-injections.ts). */
  pushesUnsupported: { lineIds: string[]; dates: string; pushes: number; detail: string; amount: number } | null;
  /**
   * A heavy principal diagnosis whose characteristic items, drugs and procedures are all absent from the stay;
   * `items`: the row's characteristic service codes (the rule looks for them on the bill of the stay a transfer came from).
   */
  principalUnsupported: { name: string; expected: string; items: string[]; lineIds: string[] } | null;
  /** A symptom coded principal beside a definitive diagnosis that explains it (symptom-principal.ts). */
  symptomPrincipal: { symptom: string; name: string; cause: string; lineIds: string[] } | null;
  /** Implants the coded operations do not place (none coded, or fewer than billed). */
  implantUnsupported: ImplantFacts | null;
  /** Coded procedures with no line on the bill that bills them. */
  procedureUnsupported: ProcedureFacts | null;
  /** Billed operations none of whose procedures the record codes (串换 to a dearer operation, or not done). */
  operationUnsupported: OperationFacts | null;
  /** A 日间手术 procedure's stay with days before the operation that billed only bed, nursing and the ward round. */
  preOperativeIdle: { days: number; dates: string; operation: string; lineIds: string[]; amount: number } | null;
  /** Operation fees billed more times than the record codes operations for them (虚构二次手术, 重复收取手术费). */
  operationBeyondCoded: OperationExcessFacts | null;
  /** An excision coded and billed with no pathology on the stay (every excised tissue goes to pathology). */
  excisionWithoutPathology: ExcisionSpecimenFacts | null;
  /** Pathology 例 beyond the specimens of whole-organ excisions (胆囊、阑尾: one each). */
  pathologyBeyondSpecimens: SpecimensBeyondFacts | null;
}

export interface StayContentInput {
  items: readonly ItemFacts[];
  inpatient: boolean;
  endDate: string;
  lengthOfStay: number;
  principalDiagnosis: string;
  ageYears: number;
  diagnosisCodes: readonly string[];
  procedureCodes: readonly string[];
  /** Date of each coded procedure (same order as procedureCodes); null when the record gives none. */
  procedureDates?: readonly (string | null)[];
  dischargeMode: string | null;
  admissionRoute: string | null;
  knowledge: Knowledge | null | undefined;
  /** The treating pooling region (claim.region), for tables set per region; absent: no region's exception applies. */
  region?: string;
  /** provider.department, when the claim names one: a rehabilitation ward's days are read by their training (idle-days.ts). */
  department?: string | null;
}
