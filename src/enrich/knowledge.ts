import { join } from 'node:path';
import { z } from 'zod';
import { loadAgePlausibility, type AgePlausibility } from './age-plausibility';
import { loadSexSpecificDiagnoses, type SexSpecificDiagnoses } from './sex-facts';
import { loadBirthWeightCare, type BirthWeightCare } from './birth-weight';
import { loadAcupunctureTechniques, type AcupunctureTechniques } from './acupuncture-techniques';
import { loadExternalCauses, type ExternalCauseRow } from './external-cause';
import { loadInjuryMechanisms, type InjuryMechanisms } from './injury-mechanism';
import { loadDailyRepeats, type DailyRepeats } from './daily-repeat-facts';
import { loadImagingRepeats, type ImagingRepeats } from './imaging-repeats';
import { loadInvasiveGatekeepers, type InvasiveGatekeepers } from './invasive-gatekeepers';
import { loadCareObjects, type CareObjects } from './care-objects';
import { loadAftermath, type Aftermath } from './aftermath-table';
import { loadTheatreItems, type TheatreItems } from './theatre-items';
import { loadPaediatricDoses, type PaediatricDoses } from './paediatric-doses';
import { loadItemUses, type ItemUseRow } from './item-uses';
import { loadDeviceDwell, type DeviceDwell } from './device-dwell';
import { loadCourseConsumables, type CourseConsumableRow } from './course-consumables';
import { loadStackedDrugs, type StackedDrugRow } from './stacked-drugs';
import { loadParenteralWhileOral, type ParenteralWhileOralRow } from './parenteral-while-oral';
import { loadContinuousOxygen, type ContinuousOxygen } from './continuous-oxygen';
import { loadOperationIndications, type OperationIndications } from './operation-indications';
import { loadOperationClasses, type OperationClasses } from '../benefits/operation-classes';
import { loadSurgicalProphylaxis, type SurgicalProphylaxis } from './surgical-prophylaxis';
import { loadSpecialUseAntibacterials, type SpecialUseAntibacterials } from './special-use-antibacterials';
import { loadCriticalOnlyDrugs, type CriticalOnlyDrugs } from './critical-only-drugs';
import { loadConsumableIndications, type ConsumableIndications } from './consumable-indications';
import { loadAcuteSupply, type AcuteSupply } from './acute-supply';
import { loadTonicHerbCourse, type TonicHerbCourse } from './tonic-herb-course';
import { loadPublicHealthServices, type PublicHealthServices } from './public-health-visit';
import { loadSerialTests, type SerialTests } from './serial-tests';
import { loadStandardCourses, type StandardCourseRow } from './standard-course';
import { startsWithAny, withOperations } from '../contract/code-prefix';
import { operationHoursFile, type OperationHours } from './operation-hours';
import { exactDiagnoses } from '../contract/exact-diagnoses';
import { atcOfDrugCode } from '../contract/drug-code';
import { loadHomeSickBeds, type HomeSickBeds } from './home-sick-bed';
import { loadBedDaySettings, type BedDaySettingRow } from './bed-day-setting';
import { loadRehabilitationTherapy, REHABILITATION_THERAPY_FILE } from './rehabilitation-therapy';
import { loadRehabilitationCoding, type RehabilitationCoding } from './rehabilitation-coding-table';
import { loadPsychiatricStays, type PsychiatricStays } from './drug-free-days';
import { loadDayChemotherapy, type DayChemotherapyTable } from './day-chemotherapy';
import { loadDaySurgery, type DaySurgery } from './day-surgery';
import { loadPostOperativeRecovery, type PostOperativeRecovery } from './post-operative-recovery';
import { DIALYSIS_SESSIONS_FILE, loadDialysisSessions } from './dialysis-sessions';
import type { ItemSelector } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';
import { rowsByCode } from './json-table';
import { loadImplantProcedures, loadPrincipalSupport, loadProcedureBilling, loadStayContent, loadSymptomCauses, loadTherapyIndications, type ImplantRow, type PrincipalSupport, type ProcedureBilling, type StayContentLimits, type SymptomCauseRow, type TherapyIndication } from './stay-knowledge';

// Clinical knowledge tables (rules/knowledge/*.json): which tests a diagnosis indicates, which items need
// others beside them, which diagnoses a pharmacy drug serves, and the per-DRG test norms. Checked at load
// (a typo fails loudly) and compiled into maps keyed by item code, so the per-claim facts are lookups.

const prefixes = z.array(z.string().min(1));
/**
 * A row's operation after which close care runs on: `days` after it, and beyond them every day until discharge that bills
 * one of `whileSameDay` (the watch the operation's aftercare keeps up: a new kidney graft's daily creatinine).
 */
const afterOperation = z.strictObject({
  procedures: prefixes.min(1),
  anaesthesia: z.array(z.string().min(1)).min(1),
  days: z.number().int().min(0),
  label: z.string().min(1),
  whileSameDay: z.array(z.string().min(1)).min(1).optional(),
  whileLabel: z.string().min(1).optional(),
});

/** One condition under active intravenous treatment (item-consistency.json `correction`). */
const correctionEntry = z.strictObject({
  diagnoses: prefixes.min(1),
  atc: z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix')).min(1),
  tests: z.array(z.string().min(1)).min(1),
  nearDays: z.number().int().min(0).default(0),
  testsSinceAdmission: z.boolean().default(false),
  /**
   * With `testsSinceAdmission`: measured on two different days in that span — the measurement that set the dose and a
   * recheck during the correction (用药期间随访血钾), not one admission panel carrying every day of a top-up.
   */
  rechecked: z.boolean().default(false),
  /** How it reads in a message (电解质紊乱/脱水静脉纠正中). */
  label: z.string().min(1),
});

const symptomFlag = z
  .strictObject({
    symptoms: prefixes.min(1),
    /** The patient's age at which the symptom alone calls for the test. */
    fromAge: z.number().int().min(0).optional(),
    /** The age below which it does (a child's first urinary infection is imaged to find a malformation). */
    belowAge: z.number().int().min(1).optional(),
    /** The patient's sex in which it does (a man's cystitis is a complicated infection). */
    gender: z.enum(['M', 'F']).optional(),
    /** Conditions beside the symptom that call for it (a red flag, a risk factor). */
    withDiagnoses: prefixes.default([]),
    /** First-line tests whose presence on the claim makes it the next step (service codes). */
    withItems: prefixes.default([]),
    /** Units of `withItems` the claim must bill together (2: a serial measurement, the rule-out done before the next step). */
    withItemsQuantity: z.number().int().min(1).default(1),
    source: z.string().min(1),
  })
  .refine((e) => e.fromAge !== undefined || e.belowAge !== undefined || e.gender !== undefined || e.withDiagnoses.length > 0 || e.withItems.length > 0, {
    message: 'a symptomSupport entry needs fromAge, belowAge, gender, withDiagnoses or withItems',
  });

const testRow = z.strictObject({
  name: z.string().min(1),
  codes: z.array(z.string().min(1)).min(1),
  indications: prefixes,
  suspected: prefixes.default([]),
  screening: prefixes.default([]),
  /** Conditions whose differential diagnosis calls for the test (deep-vein thrombosis beside a red swollen leg). */
  differential: prefixes.default([]),
  /**
   * A marker of some tumours only (AFP: liver and germ-cell tumours): where the claim codes a
   * malignant tumour (C00–C97) under none of these prefixes, the tumour codes of `indications` and the follow-up and
   * treatment codes of `screening` do not support the test — they are the coded tumour's, whose markers are others.
   */
  tumourSites: prefixes.optional(),
  /** Diagnoses that indicate the test only together: every prefix of one entry coded (a joint implant on a rehabilitation stay). */
  together: z.array(z.array(z.string().min(1)).min(2)).default([]),
  /**
   * Symptom codes that support the test only with a red flag: the patient's age, a coded condition, or a first-line
   * test billed beside it (headache calls for head imaging at 50 or with anticoagulation, not in a young adult).
   */
  symptomSupport: z.array(symptomFlag).default([]),
  /**
   * ICD-9-CM-3 procedure prefixes whose own follow-up calls for the test when the claim codes one (the removal of a
   * ureteric stent, 97.62: imaging for residual stones and hydronephrosis after ureteroscopy).
   */
  procedures: prefixes.default([]),
  /** Also indicated on any stay with a procedure or surgery line. */
  preoperative: z.boolean().default(false),
  /** Also indicated before an operation (as `preoperative`) in a patient of at least this age (older patients' risk assessment). */
  preoperativeFromAge: z.number().int().min(0).optional(),
  /** Also indicated before an invasive examination or treatment (the file's invasiveCodes). */
  invasive: z.boolean().default(false),
  /** Also indicated on the admission day and the next of an emergency admission (入院途径 急诊: the acute assessment), and at an emergency department visit. */
  emergency: z.boolean().default(false),
  /**
   * Below this age the test is not indicated whatever the diagnoses (spirometry's forced manoeuvre is not reliably
   * performed by children under 5); `fromAgeWhy` says why, for messages.
   */
  fromAge: z.number().int().min(1).optional(),
  fromAgeWhy: z.string().min(1).optional(),
  /** Outside basic insurance whatever the diagnoses (健康体检): never indicated; the text says why, for messages. */
  notCovered: z.string().min(1).optional(),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const testFile = z.strictObject({
  note: z.string(),
  invasiveCodes: z.array(z.string()).default([]),
  /** Diagnoses usually treated by planned surgery: at an outpatient visit for one, the pre-operative panel is the pre-admission work-up. */
  electiveSurgeryDiagnoses: z.array(z.string()).default([]),
  rows: z.array(
    testRow.refine((r) => (r.fromAge === undefined) === (r.fromAgeWhy === undefined), { message: 'fromAge and fromAgeWhy go together' }).refine((r) => !r.symptomSupport.some((e) => e.symptoms.some((x) => r.suspected.some((p) => x.startsWith(p) || p.startsWith(x)))), {
      // A symptom both in `suspected` and under a flag would be unconditional: the flag would never be read.
      message: 'a symptomSupport symptom overlaps the row\'s suspected codes',
    }),
  ),
});

export type TestIndication = z.infer<typeof testRow>;

const stayNeeds = z.strictObject({
  /** What the stay lacks, for messages (人工气道). */
  label: z.string().min(1),
  /** ICD-9-CM-3 prefixes coded on the stay. */
  procedures: prefixes.default([]),
  /** ICD-10 prefixes coded on the stay. */
  diagnoses: prefixes.default([]),
  /** Catalogue codes billed on any day of the stay. */
  codes: z.array(z.string().min(1)).default([]),
  /** Injected or infused drugs (ATC prefixes) billed on any day of the stay. */
  atc: z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix')).default([]),
  /** A stay admitted by transfer from another hospital is supported (what was done there is on its claim). */
  transfer: z.boolean().default(false),
  source: z.string().min(1),
});

export type StayNeeds = z.infer<typeof stayNeeds>;

const consistencyRow = z.strictObject({
  name: z.string().min(1),
  /** Catalogue codes of the row; may be empty when `nameMarks` name the items (services outside the sample catalogue). */
  codes: z.array(z.string().min(1)).default([]),
  /** Catalogue codes whose presence on the same day supports the line. */
  sameDay: z.array(z.string().min(1)).default([]),
  /** `sameDay` items this many days either side count too (a consumable billed a day off the care it served). */
  nearDays: z.number().int().min(0).default(0),
  /** Catalogue codes billed the day before that support the line (a bed billed by the night: the day a patient leaves the ICU bills hours of intensive care but no ICU bed). */
  dayBefore: z.array(z.string().min(1)).default([]),
  /**
   * Catalogue codes billed the day after that support the line: the day a patient enters the ICU from a ward whose bed
   * is billed that night by the ward they left (转科当日床位费由转出科室计收, as some provinces and hospitals bill it).
   */
  dayAfter: z.array(z.string().min(1)).default([]),
  /**
   * A day billing one of `codes` (ward-level therapy: a patient in the gym or at the acupuncturist) and none of
   * `unlessSameDay` (the care only an ICU gives) leaves the line unsupported, whatever else supports it. `expected`:
   * the message's reading where the row is no ICU row (精神科监护 on a day of 工娱治疗: the watched patient joins no group).
   */
  wardDay: z
    .strictObject({
      codes: z.array(z.string().min(1)).min(1),
      unlessSameDay: z.array(z.string().min(1)).default([]),
      label: z.string().min(1),
      expected: z.string().min(1).optional(),
    })
    .optional(),
  /** `sameDay` lines of a care row (bed, monitoring) count only when they have support of their own (Ⅰ级护理). */
  groundedSameDay: z.boolean().default(false),
  /** A procedure on the line's day or up to this many days before it supports the line. */
  afterProcedureDays: z.number().int().min(0).default(0),
  /** The same after a major operation (the file's `majorOperations`, coded with its date): longer close care after it. */
  afterMajorOperationDays: z.number().int().min(0).optional(),
  /**
   * false: an ordinary operation gives no post-operative allowance, only a major one (`afterMajorOperationDays`) —
   * 特级护理 follows 复杂或大手术 (WS/T 431—2013 5.1 c), an ordinary operation Ⅰ级 (5.2).
   */
  ordinaryOperations: z.boolean().default(true),
  /**
   * The same after a dated operation of `procedures` whose day bills one of `anaesthesia` (general or neuraxial): the
   * operations after which the patient cannot move or care for themselves for the first days (`label` in messages).
   */
  afterOperations: z
    .union([afterOperation, z.array(afterOperation).min(1)])
    .optional()
    .transform((o) => (o === undefined ? [] : Array.isArray(o) ? o : [o])),
  /** The file's `majorOperations` support every line too (hours of anaesthesia only long operations take). */
  majorOperations: z.boolean().default(false),
  /** Below `minQuantity`, a day whose operations all have a row of the file's `operationHours` is judged against their hours. */
  operationHours: z.boolean().default(false),
  /**
   * A stay that ends in the patient's death (离院方式 死亡) supports every line: a patient dying in hospital was one whose
   * condition could change at any time (Ⅰ级护理, WS/T 431—2013 4.2), on the days before as on the last.
   */
  dyingStay: z.boolean().default(false),
  /** Lines on the first N days of the stay are supported (0 = none). */
  firstDays: z.number().int().min(0).default(0),
  /** false: `firstDays` is not given to a planned stay (the file's `plannedCare`: its principal diagnosis, not admitted by emergency or transfer). */
  firstDaysWhenPlanned: z.boolean().default(true),
  /** false: an operation under local anaesthesia alone (the file's `localAnaesthesia`) supports no line on its day or after it. */
  afterLocalAnaesthesia: z.boolean().default(true),
  /** Lines on the first `days` days of a stay coding one of `diagnoses` are supported (an acute phase watched closely for a few days); one entry per length of watch. */
  acutePhase: z.array(z.strictObject({ diagnoses: prefixes.min(1), days: z.number().int().min(1) })).default([]),
  diagnoses: prefixes.default([]),
  /**
   * The care of the ICU (重症监护, its bed): on a day more than `nearDays` after the stay's last day billing one, the
   * claim-wide grounds (`diagnoses`, procedures, age) support no line — the transfer out of the ICU is the record that
   * the critical condition has been brought under control, and the grade is re-assessed from there (`source`).
   */
  stepDown: z.strictObject({ codes: z.array(z.string().min(1)).min(1), source: z.string().min(1) }).optional(),
  /** Codes under `diagnoses` that support nothing (a sprain or meniscal tear among the injuries S: no blood lost). */
  notDiagnoses: prefixes.default([]),
  /** ICD-10 codes matched whole, beside `diagnoses`: a parent code whose extension codes mean otherwise (Z51.500 姑息性医疗 grounds it, Z51.500x002 恶性肿瘤支持治疗 does not). */
  exactDiagnoses,
  /** Diagnoses that support the line in a member of `minAge` or older admitted for another principal (the very old with dementia acutely ill: 自理能力重度依赖). */
  agedDiagnoses: z
    .strictObject({
      diagnoses: prefixes.min(1),
      minAge: z.number().int().min(1),
      /**
       * Only beside an acute principal (not on stay-content.json's stable-course or outpatient-treatable lists), and only
       * on the first `days` days of the stay or a day of acute treatment or the day after it: an injected drug other than a plain carrier
       * fluid (stay-content.json bedBlocking.plainDrip fluids), or one of `acuteServices`.
       */
      days: z.number().int().min(0).default(0),
      acuteServices: z.array(z.string().min(1)).default([]),
    })
    .optional(),
  /** Diagnoses that support the line only together: every prefix of one entry coded (dementia with agitation). */
  together: z.array(z.array(z.string().min(1)).min(2)).default([]),
  /**
   * Self-care dependence read from the day's care (Ⅰ级护理 for 自理能力重度依赖): each entry a self-care ability the
   * Barthel index scores, lost when one of its `codes` is billed that day (a tube feed: feeding), worth `points`; the
   * line is supported when the index left, 100 less the points lost, is `maxScore` or less.
   */
  dependence: z
    .strictObject({
      maxScore: z.number().int().min(0).max(100),
      label: z.string().min(1),
      abilities: z.array(z.strictObject({ label: z.string().min(1), codes: z.array(z.string().min(1)).min(1), points: z.number().int().min(1).max(100) })).min(1),
    })
    .optional(),
  /**
   * Conditions under active intravenous treatment (Ⅰ级护理 for 病情随时可能发生变化), one entry each: one of `diagnoses`
   * coded, an injected drug of `atc` on the line's day, and one of `tests` within `nearDays` of it (the dose set and
   * checked by measurement) — or, with `testsSinceAdmission`, on any day from admission to `nearDays` after it (a culture
   * taken before the treatment it guides). One entry or a list.
   */
  correction: z
    .union([correctionEntry, z.array(correctionEntry).min(1)])
    .transform((x) => (Array.isArray(x) ? x : [x]))
    .optional(),
  /**
   * What an unsupported line is: `context` (nursing grade, bed grade, monitoring: catalogue.item-context-unsupported),
   * `swap` (a costlier consumable in place of the ordinary one, 串换耗材: catalogue.consumable-swap) or `quantity`
   * (hours billed beyond what the condition calls for, 虚记数量: catalogue.hours-unsupported), `infusion` (outpatient
   * infusion for a condition the infusion restrictions list: catalogue.infusion-not-indicated), `diagnosis` (an item
   * whose own indication is absent under a covered diagnosis, 串换诊断: catalogue.item-indication-absent) or `nebulised`
   * (a nebulised corticosteroid or bronchodilator for an uncomplicated upper respiratory infection: catalogue.nebulised-not-indicated).
   */
  finding: z.enum(['context', 'swap', 'quantity', 'infusion', 'diagnosis', 'nebulised']).default('context'),
  /** The row judges only claims whose principal diagnosis starts with one of these (absent: every claim). */
  principal: prefixes.optional(),
  /** The ordinary item a `swap` row's line stands in for, for messages. */
  ordinary: z.string().min(1).optional(),
  /** Injected or infused drugs (ATC prefixes) billed within `nearDays` of the line support it. */
  atc: z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix')).default([]),
  /** How the `atc` drugs read in a message (抗肿瘤药、肠外营养…). */
  atcLabel: z.string().min(1).optional(),
  /** Members of this age or younger (whole years) are supported. */
  maxAge: z.number().int().min(0).optional(),
  /** Members this many days old or younger at admission are supported (27: newborns, admitted in their first 28 days). */
  maxAgeDays: z.number().int().min(0).optional(),
  /** A line followed by at least this many days of the stay (line day to discharge day) is supported. */
  minDaysAfter: z.number().int().min(1).optional(),
  /** ICD-9-CM-3 procedure prefixes coded on the claim that support every line (`"operations"`: every operation, 00–86). */
  procedures: prefixes.default([]).transform(withOperations),
  /** Codes under `procedures` that support nothing: bedside lines, catheters, drains, diagnostic scopes (no blood lost, no specimen). */
  notProcedures: prefixes.default([]),
  /** How the message names `procedures` where the prefixes say little to a reader (every operation, 00–86). */
  proceduresLabel: z.string().min(1).optional(),
  /** Whether any procedure on the line's day (or `afterProcedureDays` before) supports it; false for costlier consumables no operation as such calls for. */
  anyProcedure: z.boolean().default(true),
  /** With `anyProcedure`: only an operation's day supports the line (a surgery line, isOperationCode dated), not an examination's. */
  operationDaysOnly: z.boolean().default(false),
  /** Only days billing at least this quantity of the row's codes are judged (hours of oxygen). */
  minQuantity: z.number().positive().optional(),
  /**
   * On days billing more than `quantity` units, of the row's diagnoses only these support the line (the others' care
   * calls for fewer: a diabetic on oral agents is tested up to four times a day, a profile beyond it follows insulin).
   */
  aboveQuantity: z
    .strictObject({
      quantity: z.number().positive(),
      diagnoses: prefixes.default([]),
      /** A drug of these ATC prefixes billed on any day of the stay, by any route, also supports (insulin pens dispensed once last days; oral prednisone). */
      atcInStay: z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix')).default([]),
      /** Above the quantity these replace the row's `atc` and `sameDayMarks` (plain glucose shares parenteral nutrition's B05BA: nutrition is known by name). */
      atc: z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix')).optional(),
      sameDayMarks: z.array(z.string().min(2)).optional(),
      /** How `atc` and `atcInStay` read in a message. */
      atcLabel: z.string().min(1).optional(),
      atcInStayLabel: z.string().min(1).optional(),
      /** A member coding one of `diagnoses` is supported on an operation's day and the `days` after it (the diabetic fasting for theatre). */
      afterProcedure: z.strictObject({ days: z.number().int().min(0), diagnoses: prefixes.min(1) }).optional(),
    })
    .optional(),
  /** Lines of `markCategory` whose code no row lists are judged by this row when their name contains one of these (codes outside the sample catalogue). */
  nameMarks: z.array(z.string().min(2)).default([]),
  /** The category of line `nameMarks` judge: consumables (串换耗材), or services (新生儿光疗 billed under a local code). */
  markCategory: z.enum(['consumable', 'service']).default('consumable'),
  /** Lines whose name carries one of these count as `sameDay` items (胆红素 measured under a code outside the sample catalogue). */
  sameDayMarks: z.array(z.string().min(2)).default([]),
  /** Visit types judged. */
  visitTypes: z.array(z.enum(['inpatient', 'outpatient', 'chronic'])).default(['inpatient']),
  /** Besides the day's support, what the stay must show somewhere (invasive ventilation: an artificial airway); see stay-needs.ts. */
  stayNeeds: stayNeeds.optional(),
  source: z.string().min(1),
  sample: z.boolean().optional(),
}).refine((r) => r.codes.length > 0 || r.nameMarks.length > 0, 'needs codes or nameMarks');

const consistencyFile = z.strictObject({
  note: z.string(),
  /** Major (long) operations, ICD-9-CM-3 prefixes: read by rows with `majorOperations` or `afterMajorOperationDays`. */
  majorOperations: z.strictObject({ procedures: prefixes.min(1), source: z.string().min(1) }).optional(),
  /** Principal diagnoses of planned low-risk care (elective operations, a normal delivery): read by rows with `firstDaysWhenPlanned: false`. */
  plannedCare: z.strictObject({ principals: prefixes.min(1), source: z.string().min(1) }).optional(),
  /** Anaesthesia lines: `local` billed on a day with none of `other` is an operation under local anaesthesia alone (rows with `afterLocalAnaesthesia: false`). */
  localAnaesthesia: z.strictObject({ local: z.array(z.string().min(1)).min(1), other: z.array(z.string().min(1)).min(1), source: z.string().min(1) }).optional(),
  /** Hours of general anaesthesia short operations take at most: read by rows with `operationHours`. */
  operationHours: operationHoursFile.optional(),
  rows: z.array(consistencyRow),
});

export type ConsistencyRow = z.infer<typeof consistencyRow>;

const drugRow = z.strictObject({
  /** ATC code prefix (C08, B01AC, …). */
  atc: z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix'),
  name: z.string().min(1),
  indications: prefixes.min(1),
  /** The class's injections are hospital drugs its indications do not describe: lines given by injection or infusion (stay-content.json's dosage-form marks) are left unjudged. */
  excludesInjections: z.boolean().optional(),
  /** Its indications are the whole of the class's use (a hormone replaces a coded deficiency), so a clinic visit's prescription is judged too. */
  clinicVisits: z.boolean().optional(),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const atcPrefixes = z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix')).min(1);

/**
 * A drug prescribed to protect against the harm of another (gastroprotection beside antithrombotics): part of
 * that drug's treatment, so indicated wherever the other is, on the same claim.
 */
const drugCompanion = z.strictObject({
  /** The protecting drugs (ATC prefixes). */
  atc: atcPrefixes,
  name: z.string().min(1),
  /** The drugs they protect against (ATC prefixes); one of them, itself indicated, must be on the claim. */
  with: atcPrefixes,
  /** How the `with` drugs read in Chinese (抗栓药). */
  withName: z.string().min(1),
  /** The risk that calls for protection: members of this age or older, or (any age) two or more different `with` drugs on the claim. Absent: any. */
  riskFromAge: z.number().int().min(0).optional(),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

/**
 * A 门诊慢特病 approved disease whose care includes drugs of another class once a complication of it, or of its
 * treatment, is coded on the claim (bone protection in breast cancer on endocrine therapy with osteoporosis coded):
 * those drugs serve the approved disease. The coded complication alone, without the approved disease, widens nothing.
 */
const chronicCare = z.strictObject({
  /** Approved diseases (ICD-10 prefixes). */
  approved: prefixes.min(1),
  /** Complications that must be coded on the claim (ICD-10 prefixes). */
  coded: prefixes.min(1),
  /** The drugs it then takes in (ATC prefixes). */
  atc: atcPrefixes,
  name: z.string().min(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const drugFile = z.strictObject({ note: z.string(), rows: z.array(drugRow), companions: z.array(drugCompanion).default([]), chronicCare: z.array(chronicCare).default([]) });

export type DrugIndication = z.infer<typeof drugRow>;
export type DrugCompanion = z.infer<typeof drugCompanion>;
export type ChronicCare = z.infer<typeof chronicCare>;

const scheduleRow = z.strictObject({
  name: z.string().min(1),
  /** Catalogue drug rows (a 14-character row covers every product code beneath it). */
  codes: z.array(z.string().min(1)).min(1),
  /** Fewest days between two administration days on the label's schedules (once per cycle, weekly, …). */
  minIntervalDays: z.number().int().min(2).optional(),
  /** Most units in a cycle of `days` days, counted from the administration day that opens it (a cycle given over several days: cisplatin d1–3 or d1–5). */
  cycle: z.strictObject({ days: z.number().int().min(2), maxUnits: z.number().positive() }).optional(),
  /**
   * A day's dose of at least `minUnits` units is above the largest dose of every shorter schedule the label and
   * guidelines give (docetaxel's weekly 35–40 mg/m²): it is a once-per-cycle dose, and two such days closer than
   * `minIntervalDays` are a cycle given early (提前化疗、虚记周期) whatever `minIntervalDays` of the row allows for the
   * weekly dose. Not judged where either claim codes a diagnosis under `unlessDiagnoses` (ICD-10 prefixes of a tumour
   * with a shorter full-dose schedule: docetaxel every 2 weeks for prostate cancer).
   */
  fullDose: z.strictObject({
    minUnits: z.number().positive(),
    minIntervalDays: z.number().int().min(2),
    unlessDiagnoses: z.array(z.string().regex(/^[A-Z][0-9]{2}(\.[0-9A-Za-z]{0,3})?$/)).optional(),
    source: z.string().min(1),
  }).optional(),
  /**
   * A longer interval across claims when both claims' principal diagnoses fall in `categories` (ICD-10 categories):
   * zoledronic acid 5 mg once a year for osteoporosis, where the 4 mg oncology schedule is every 3–4 weeks.
   */
  byPrincipal: z.array(z.strictObject({
    categories: z.array(z.string().regex(/^[A-Z][0-9]{2}$/)).min(1),
    minIntervalDays: z.number().int().min(2),
    source: z.string().min(1),
    /** Catalogue drug rows of the same class (oral bisphosphonates) that duplicate the drug when dispensed within the interval after it. */
    sameClass: z.strictObject({ codes: z.array(z.string().min(1)).min(1), source: z.string().min(1) }).optional(),
  })).optional(),
  /**
   * A cyclic oral drug (days on and off: the catalogue row's supplyCycle) whose purchases outside a stay are counted at
   * the member's own cycle: the units of the latest stay giving it, within one cycle's days, last one cycle (drug-supply.ts).
   */
  ownCycle: z.literal(true).optional(),
  /**
   * A drug whose weekly dose the label and guideline bound, read across the member's claims (cross-claim/weekly-dose.ts):
   * in any 7 days at most `maxUnits`, counting a line given at a session (`givenWith`: a service billed that day on its
   * claim, named by its table — the dialysis sessions of dialysis-sessions.json, read in at load) on its day and a take-home supply at `supplyUnitsPerWeek` a week while it lasts.
   * Judged on claims coding one of `forDiagnoses`; not where the member's claims within `unless.days` code one of
   * `unless.codes` (ICD-10 or ICD-9-CM-3 prefixes: bleeding, a transfusion — a raised dose has its reason).
   */
  weeklyDose: z.strictObject({
    maxUnits: z.number().int().positive(),
    /** The units as the investigator reads them: 支（3000 IU）. */
    unitText: z.string().min(1),
    givenWith: z.literal(DIALYSIS_SESSIONS_FILE),
    supplyUnitsPerWeek: z.number().positive(),
    forDiagnoses: z.array(z.string().regex(/^[A-Z][0-9]{0,2}(\.[0-9A-Za-z]{0,3})?$/)).min(1),
    unless: z.strictObject({ codes: z.array(z.string().min(2)).min(1), days: z.number().int().positive(), source: z.string().min(1) }),
  }).optional(),
  source: z.string().min(1),
  sample: z.boolean().optional(),
}).refine((r) => r.minIntervalDays !== undefined || r.cycle !== undefined || r.ownCycle === true || r.weeklyDose !== undefined, 'needs minIntervalDays, cycle, ownCycle or weeklyDose');

const scheduleFile = z.strictObject({ note: z.string(), rows: z.array(scheduleRow) });

type ScheduleRow = z.infer<typeof scheduleRow>;
type WeeklyDose = NonNullable<ScheduleRow['weeklyDose']>;

/** A drug-schedules.json row, its weekly dose's `givenWith` read as the session rows the table it names lists. */
export type DrugSchedule = Omit<ScheduleRow, 'weeklyDose'> & { weeklyDose?: Omit<WeeklyDose, 'givenWith'> & { givenWith: readonly string[] } };

/** drug-schedules.json by catalogue row code, a weekly dose given at the dialysis session given the session rows. */
function loadSchedules(dir: string, sessions: readonly string[]): Map<string, DrugSchedule> {
  const path = join(dir, 'drug-schedules.json');
  const rows = (readJsonTable(path, scheduleFile)?.rows ?? []).map(({ weeklyDose, ...row }): DrugSchedule => {
    if (!weeklyDose) return row;
    // No sessions (the table missing) is refused at the rule set's load, with the other readers (checkDialysisSessions).
    return { ...row, weeklyDose: { ...weeklyDose, givenWith: sessions } };
  });
  return rowsByCode(path, rows);
}

const testNormRow = z.strictObject({
  /** A CHS-DRG code (BR21) or an ADRG (BR2), the fallback for a DRG without a row. */
  group: z.string().regex(/^[A-Z]{2}[0-9A-Z]{1,2}$/, 'is not a DRG or ADRG code'),
  claims: z.number().int().positive(),
  countMedian: z.number().nonnegative(),
  countP95: z.number().nonnegative(),
  costMedian: z.number().nonnegative(),
  costP95: z.number().nonnegative(),
});

/**
 * Tests that are the standard monitoring of a critical-care day (blood gas, lactate, the ventilated patient's chest
 * film): on a day billing one of `dayCodes` they are not counted against the ward peers of the DRG.
 */
const criticalCareMonitoring = z.strictObject({
  dayCodes: z.array(z.string().min(1)).min(1),
  tests: z.array(z.string().min(1)).min(1),
  source: z.string().min(1),
});

/**
 * Principal diagnoses compared with another group's peers than the DRG they group to: a hospitalised influenza groups
 * with the upper respiratory infections (DT1) but is worked up as a lower respiratory infection (ES3).
 */
const principalNorm = z.strictObject({
  principal: prefixes.min(1),
  group: z.string().regex(/^[A-Z]{2}[0-9A-Z]{1,2}$/, 'is not a DRG or ADRG code'),
  source: z.string().min(1),
});

const testNormFile = z.strictObject({
  note: z.string(),
  criticalCareMonitoring: criticalCareMonitoring.optional(),
  principalNorms: z.array(principalNorm).default([]),
  rows: z.array(testNormRow),
});

export type TestNorm = z.infer<typeof testNormRow>;

export interface CriticalCareMonitoring {
  dayCodes: ReadonlySet<string>;
  tests: ReadonlySet<string>;
}

export interface TestTable {
  byCode: ReadonlyMap<string, TestIndication>;
  invasiveCodes: ReadonlySet<string>;
  electiveSurgeryDiagnoses: readonly string[];
}

export interface Knowledge {
  tests: TestTable;
  /** Items that need others beside them (item-consistency.json), by item code. */
  consistency: ReadonlyMap<string, ConsistencyRow>;
  /** Rows with `nameMarks`, for consumable lines whose code no row lists: [mark, row] in file order. */
  consistencyMarks: readonly (readonly [string, ConsistencyRow])[];
  /** Every row's `sameDayMarks`, for building the day's supports once. */
  consistencySameDayMarks: readonly string[];
  /** Visit types any consistency row judges. */
  consistencyVisitTypes: ReadonlySet<string>;
  /** Major operations (item-consistency.json `majorOperations`), ICD-9-CM-3 prefixes. */
  majorOperations: readonly string[];
  /** Principal diagnoses of planned low-risk care (item-consistency.json `plannedCare`). */
  plannedCare: readonly string[];
  /** Local and other anaesthesia codes (item-consistency.json `localAnaesthesia`); null: not read. */
  localAnaesthesia: { local: ReadonlySet<string>; other: ReadonlySet<string> } | null;
  /** Hours of general anaesthesia short operations take at most (item-consistency.json `operationHours`); null: not read. */
  operationHours: OperationHours | null;
  /** Pharmacy drugs' indications (drug-indications.json), by ATC prefix. */
  drugs: ReadonlyMap<string, DrugIndication>;
  /** Drugs indicated beside another drug they protect against (drug-indications.json `companions`). */
  drugCompanions: readonly DrugCompanion[];
  /** 门诊慢特病 approved diseases whose care takes in other drugs once a complication is coded (drug-indications.json `chronicCare`). */
  chronicCare: readonly ChronicCare[];
  /** Tests per stay among the peers of a DRG (test-norms.json), by DRG or ADRG code. */
  testNorms: ReadonlyMap<string, TestNorm>;
  /** Monitoring tests of critical-care days left out of the tests per stay (test-norms.json); null: every test counts. */
  criticalCareMonitoring: CriticalCareMonitoring | null;
  /** Principal diagnoses (ICD-10 prefixes) whose stays are compared with `group`'s norm rather than their DRG's (test-norms.json); absent: none. */
  testNormPrincipals?: readonly { principal: readonly string[]; group: string }[];
  /** Rehabilitation and physiotherapy items and the diagnoses that call for them (therapy-indications.json), by item code. */
  therapy: ReadonlyMap<string, TherapyIndication>;
  /** What makes a drug parenteral and the thresholds of 挂床 and 低标准入院 (stay-content.json); null: no such checks. */
  stayContent: StayContentLimits | null;
  /** The characteristic work-up of heavy principal diagnoses (principal-support.json); null: no such check. */
  principalSupport: PrincipalSupport | null;
  /** Symptoms and the definitive diagnoses that explain them (symptom-causes.json); null or absent: no such check. */
  symptomCauses?: readonly SymptomCauseRow[] | null;
  /** Drugs and diagnoses implausible below an age on outpatient and pharmacy claims (age-plausibility.json); null: no such check. */
  agePlausibility: AgePlausibility | null;
  /** Diagnoses only one sex can have (sex-specific-diagnoses.json); null or absent: no such check. */
  sexSpecificDiagnoses?: SexSpecificDiagnoses | null;
  /** The care a low birth weight brings with it on a newborn's stay (birth-weight-care.json); null: no such check. */
  birthWeightCare?: BirthWeightCare | null;
  /** Acupuncture techniques priced as separate items on one 针灸 row (acupuncture-techniques.json); null: none told apart. */
  acupunctureTechniques?: AcupunctureTechniques | null;
  /** External causes of injury a third party or 工伤保险 pays for (external-causes.json); null: no such check. */
  externalCauses: readonly ExternalCauseRow[] | null;
  /** The injury patterns a fall on the same level does not cause (injury-mechanisms.json); null: no such check. */
  injuryMechanisms?: InjuryMechanisms | null;
  /** Implants and the operations that place them (implant-procedures.json), by consumable code. */
  implants: ReadonlyMap<string, ImplantRow>;
  /** Coded procedures and the services that bill them (procedure-billing.json); null: no such check. */
  procedureBilling: ProcedureBilling | null;
  /** Drugs given once per cycle or per week and their fewest days between administrations (drug-schedules.json), by catalogue row code. */
  schedules: ReadonlyMap<string, DrugSchedule>;
  /** The service rows that are a dialysis session (dialysis-sessions.json); empty: none. */
  dialysisSessions: readonly string[];
  /** Routine labs and consultations a stable stay does not need every day (daily-repeats.json); null: no such check. */
  dailyRepeats: DailyRepeats | null;
  /** Costly imaging a stay repeats only for a reason on the bill (imaging-repeats.json); null: no such check. */
  imagingRepeats?: ImagingRepeats | null;
  /** Non-invasive tests that decide on an invasive examination (invasive-gatekeepers.json); null: no such check. */
  invasiveGatekeepers?: InvasiveGatekeepers | null;
  /** Care that needs an object, and the event that ends it (care-objects.json); null: no such check. */
  careObjects?: CareObjects | null;
  /** Theatre items and what an operation's price includes (theatre-items.json); null: no such check. */
  theatre?: TheatreItems | null;
  /** Children's maximum daily doses by age (paediatric-doses.json); null: no such check. */
  paediatricDoses?: PaediatricDoses | null;
  /** What follows a resuscitation (resuscitation-aftermath.json); null: no such check. */
  resuscitation?: Aftermath | null;
  /** What goes with a stroke thrombolysis (thrombolysis-aftermath.json); null: no such check. */
  thrombolysis?: Aftermath | null;
  /** What one unit of a service consumes (item-uses.json); null: no such check. */
  itemUses?: readonly ItemUseRow[] | null;
  /** How long an indwelling device stays before it is placed again (device-dwell.json); null: no such check. */
  deviceDwell?: DeviceDwell | null;
  /** Consumables serving one patient for a course, allowed per day or claim (course-consumables.json). */
  courseConsumables?: readonly CourseConsumableRow[] | null;
  /** Drug classes given at most N together on a day (stacked-drugs.json: hepatoprotectants). */
  stackedDrugs?: readonly StackedDrugRow[] | null;
  /** Injections paid only for a patient who cannot take drugs by mouth, against the stay's tablets (parenteral-while-oral.json). */
  parenteralWhileOral?: readonly ParenteralWhileOralRow[] | null;
  /** Round-the-clock oxygen and what shows its need (continuous-oxygen.json); null: no such check. */
  continuousOxygen?: ContinuousOxygen | null;
  /** Operations and the diagnoses that call for them (operation-indications.json); null: no such check. */
  operationIndications?: OperationIndications | null;
  /** Surgery knowledge by operation class (operation-classes.json); null: no class. */
  operationClasses?: OperationClasses | null;
  /** Antibacterial prophylaxis after clean operations: windows, classes, what makes it treatment (surgical-prophylaxis.json). */
  surgicalProphylaxis?: SurgicalProphylaxis | null;
  /** 特殊使用级抗菌药物 and what must precede them: work-up, consultation, or a severe state (special-use-antibacterials.json). */
  specialUseAntibacterials?: SpecialUseAntibacterials | null;
  /** Drugs a stay's restriction meets only by its critical state, and what makes a day critical (critical-only-drugs.json). */
  criticalOnlyDrugs?: CriticalOnlyDrugs | null;
  /** Consumables bought for a condition outside a stay (consumable-indications.json); null: no such check. */
  consumableIndications?: ConsumableIndications | null;
  /** 急性病超量开药: the acute conditions and the days of supply a visit for them may dispense (acute-supply.json). */
  acuteSupply?: AcuteSupply | null;
  /** 膏方/滋补饮片按治疗结算: the 剂 bounds of a paid 饮片 prescription and the claims that give no ground for a long one (tonic-herb-course.json). */
  tonicHerbCourse?: TonicHerbCourse | null;
  /** 公卫 services billed to the fund: the 基本公共卫生 services a 基层 visit's whole bill may be (public-health-services.json). */
  publicHealthServices?: PublicHealthServices | null;
  /** Conditions whose guideline course explains a long stay, with the treatment that must carry its days (standard-courses.json). */
  standardCourses?: readonly StandardCourseRow[] | null;
  /** Home sick beds: their departments, the ward charges they cannot bill, their visit schedule (home-sick-beds.json). */
  homeSickBeds?: HomeSickBeds | null;
  /** Settings paid by the bed-day outside DRG/DIP: psychiatric, rehabilitation, hospice (bed-day-settings.json). */
  bedDaySettings?: readonly BedDaySettingRow[] | null;
  /** 日间手术 procedures and the nights of a day-surgery episode (day-surgery.json); null: no stay is one. */
  daySurgery?: DaySurgery | null;
  /** The pathway's post-operative ward days of an operation (post-operative-recovery.json); null: none excused. */
  postOperativeRecovery?: PostOperativeRecovery | null;
  /** 日间化疗: the nights, principal and intravenous anticancer drugs of a day-chemotherapy episode (day-chemotherapy.json); null: no stay is one. */
  dayChemotherapy?: DayChemotherapyTable | null;
  /** The rehabilitation therapy items, the one list bed-day-settings.json and stay-content.json name (rehabilitation-therapy.json). */
  rehabilitationTherapy?: ItemSelector | null;
  /** Acute events whose rehabilitation stay is coded as the sequela (rehabilitation-coding.json); null: no such check. */
  rehabilitationCoding?: RehabilitationCoding | null;
  /** Psychiatric stays: diagnoses, maintenance drugs, drug-free ward-day thresholds (psychiatric-stays.json). */
  psychiatricStays?: PsychiatricStays | null;
  /** Tests a condition calls for more than once a day, by test code (serial-tests.json); absent or empty: none. */
  serialTests?: SerialTests;
}

/**
 * The ATC code of a catalogue drug: its `atc` field, else the 分类码 of a 西药 医保药品代码 (X + the ATC level-4
 * group, then the 通用名码 letter and digits: rules/catalogue/README.md). 中成药 (Z) codes carry no ATC.
 */
export function atcOf(code: string, entry: Readonly<Record<string, unknown>> | null): string | null {
  if (entry && typeof entry.atc === 'string') return entry.atc;
  return atcOfDrugCode(code);
}

/** Longest ATC prefix of the table that the drug's ATC code starts with. */
export function drugRowOf(drugs: ReadonlyMap<string, DrugIndication>, atc: string): DrugIndication | undefined {
  for (let n = Math.min(atc.length, 7); n >= 1; n--) {
    const row = drugs.get(atc.slice(0, n));
    if (row) return row;
  }
  return undefined;
}

function drugsByAtc(file: string, rows: readonly DrugIndication[]): Map<string, DrugIndication> {
  const map = new Map<string, DrugIndication>();
  rows.forEach((row, i) => {
    if (map.has(row.atc)) throw new Error(`${file} row ${i}: ATC ${row.atc} is already in another row`);
    map.set(row.atc, row);
  });
  return map;
}

export const TEST_NORMS_FILE = 'test-norms.json';

/** Loads rules/knowledge/; a missing folder or file is an empty table (no knowledge checks). */
export function loadKnowledge(dir: string): Knowledge {
  const testsFile = join(dir, 'test-indications.json');
  const tests = readJsonTable(testsFile, testFile);
  const consistencyPath = join(dir, 'item-consistency.json');
  const consistency = readJsonTable(consistencyPath, consistencyFile);
  const majorOperations = consistency?.majorOperations?.procedures ?? [];
  // A row reading the major-operation list takes it among its procedures (one list, kept once).
  const consistencyRows = (consistency?.rows ?? []).map((row) => (row.majorOperations ? { ...row, procedures: [...row.procedures, ...majorOperations] } : row));
  const drugsPath = join(dir, 'drug-indications.json');
  const drugs = readJsonTable(drugsPath, drugFile);
  const testNorms = readJsonTable(join(dir, TEST_NORMS_FILE), testNormFile);
  const dialysisSessions = loadDialysisSessions(join(dir, DIALYSIS_SESSIONS_FILE));
  return {
    tests: {
      byCode: rowsByCode(testsFile, tests?.rows ?? []),
      invasiveCodes: new Set(tests?.invasiveCodes ?? []),
      electiveSurgeryDiagnoses: tests?.electiveSurgeryDiagnoses ?? [],
    },
    consistency: rowsByCode(consistencyPath, consistencyRows),
    consistencyMarks: consistencyRows.flatMap((row) => row.nameMarks.map((m) => [m, row] as const)),
    consistencySameDayMarks: [...new Set(consistencyRows.flatMap((row) => [...row.sameDayMarks, ...(row.aboveQuantity?.sameDayMarks ?? [])]))],
    consistencyVisitTypes: new Set(consistencyRows.flatMap((row) => row.visitTypes)),
    majorOperations,
    plannedCare: consistency?.plannedCare?.principals ?? [],
    localAnaesthesia: consistency?.localAnaesthesia ? { local: new Set(consistency.localAnaesthesia.local), other: new Set(consistency.localAnaesthesia.other) } : null,
    operationHours: consistency?.operationHours ?? null,
    drugs: drugsByAtc(drugsPath, drugs?.rows ?? []),
    drugCompanions: drugs?.companions ?? [],
    chronicCare: drugs?.chronicCare ?? [],
    testNorms: new Map((testNorms?.rows ?? []).map((r) => [r.group, r])),
    testNormPrincipals: (testNorms?.principalNorms ?? []).map((r) => ({ principal: r.principal, group: r.group })),
    criticalCareMonitoring: testNorms?.criticalCareMonitoring
      ? { dayCodes: new Set(testNorms.criticalCareMonitoring.dayCodes), tests: new Set(testNorms.criticalCareMonitoring.tests) }
      : null,
    therapy: loadTherapyIndications(join(dir, 'therapy-indications.json')),
    stayContent: loadStayContent(join(dir, 'stay-content.json')),
    principalSupport: loadPrincipalSupport(join(dir, 'principal-support.json')),
    symptomCauses: loadSymptomCauses(join(dir, 'symptom-causes.json')),
    agePlausibility: loadAgePlausibility(join(dir, 'age-plausibility.json')),
    sexSpecificDiagnoses: loadSexSpecificDiagnoses(join(dir, 'sex-specific-diagnoses.json')),
    birthWeightCare: loadBirthWeightCare(join(dir, 'birth-weight-care.json')),
    acupunctureTechniques: loadAcupunctureTechniques(join(dir, 'acupuncture-techniques.json')),
    externalCauses: loadExternalCauses(join(dir, 'external-causes.json')),
    injuryMechanisms: loadInjuryMechanisms(join(dir, 'injury-mechanisms.json')),
    implants: loadImplantProcedures(join(dir, 'implant-procedures.json')),
    procedureBilling: loadProcedureBilling(join(dir, 'procedure-billing.json')),
    schedules: loadSchedules(dir, dialysisSessions),
    dialysisSessions,
    dailyRepeats: loadDailyRepeats(join(dir, 'daily-repeats.json')),
    imagingRepeats: loadImagingRepeats(join(dir, 'imaging-repeats.json')),
    invasiveGatekeepers: loadInvasiveGatekeepers(join(dir, 'invasive-gatekeepers.json')),
    careObjects: loadCareObjects(join(dir, 'care-objects.json')),
    paediatricDoses: loadPaediatricDoses(join(dir, 'paediatric-doses.json')),
    resuscitation: loadAftermath(join(dir, 'resuscitation-aftermath.json')),
    thrombolysis: loadAftermath(join(dir, 'thrombolysis-aftermath.json')),
    itemUses: loadItemUses(join(dir, 'item-uses.json')),
    deviceDwell: loadDeviceDwell(join(dir, 'device-dwell.json')),
    courseConsumables: loadCourseConsumables(join(dir, 'course-consumables.json')),
    stackedDrugs: loadStackedDrugs(join(dir, 'stacked-drugs.json')),
    parenteralWhileOral: loadParenteralWhileOral(join(dir, 'parenteral-while-oral.json')),
    continuousOxygen: loadContinuousOxygen(join(dir, 'continuous-oxygen.json')),
    operationIndications: loadOperationIndications(join(dir, 'operation-indications.json')),
    operationClasses: loadOperationClasses(join(dir, 'operation-classes.json')),
    surgicalProphylaxis: loadSurgicalProphylaxis(join(dir, 'surgical-prophylaxis.json')),
    specialUseAntibacterials: loadSpecialUseAntibacterials(join(dir, 'special-use-antibacterials.json')),
    criticalOnlyDrugs: loadCriticalOnlyDrugs(join(dir, 'critical-only-drugs.json')),
    consumableIndications: loadConsumableIndications(join(dir, 'consumable-indications.json')),
    acuteSupply: loadAcuteSupply(join(dir, 'acute-supply.json')),
    tonicHerbCourse: loadTonicHerbCourse(join(dir, 'tonic-herb-course.json')),
    publicHealthServices: loadPublicHealthServices(join(dir, 'public-health-services.json')),
    standardCourses: loadStandardCourses(join(dir, 'standard-courses.json')),
    homeSickBeds: loadHomeSickBeds(join(dir, 'home-sick-beds.json')),
    bedDaySettings: loadBedDaySettings(join(dir, 'bed-day-settings.json')),
    daySurgery: loadDaySurgery(join(dir, 'day-surgery.json')),
    postOperativeRecovery: loadPostOperativeRecovery(join(dir, 'post-operative-recovery.json')),
    dayChemotherapy: loadDayChemotherapy(join(dir, 'day-chemotherapy.json')),
    rehabilitationTherapy: loadRehabilitationTherapy(join(dir, REHABILITATION_THERAPY_FILE)),
    rehabilitationCoding: loadRehabilitationCoding(join(dir, 'rehabilitation-coding.json')),
    psychiatricStays: loadPsychiatricStays(join(dir, 'psychiatric-stays.json')),
    theatre: loadTheatreItems(join(dir, 'theatre-items.json')),
    serialTests: loadSerialTests(join(dir, 'serial-tests.json')),
  };
}

/** What a symptom's red flag is read against: the patient and the whole claim. */
export interface SymptomFlagContext {
  ageYears: number;
  /** The patient's sex; undefined where the caller does not give it (a gender flag is then unmet). */
  gender?: 'M' | 'F';
  diagnosisCodes: readonly string[];
  /** Units of the code billed on the claim (0: none). */
  billed: (code: string) => number;
}

/**
 * Whether the diagnoses `dx` indicate the test. `flags` null counts a flagged symptom (symptomSupport) whatever its
 * flag (the grouping's reading of what the other diagnoses explain); given, only when its flag is met on the claim.
 */
export function diagnosesIndicate(row: TestIndication, dx: readonly string[], flags: SymptomFlagContext | null = null, claimDx: readonly string[] = dx): boolean {
  const otherSite = tumourOfOtherSite(row, claimDx);
  return (
    startsWithAny(dx, otherSite ? row.indications.filter((p) => !p.startsWith('C')) : row.indications) ||
    startsWithAny(dx, row.suspected) ||
    (!otherSite && startsWithAny(dx, row.screening)) ||
    startsWithAny(dx, row.differential) ||
    codedTogether(row.together, dx) ||
    row.symptomSupport.some((e) => startsWithAny(dx, e.symptoms) && (flags === null || symptomFlagMet(e, flags)))
  );
}

/** The claim codes a malignant tumour (C00–C97) and none at the sites a site-specific marker serves (tumourSites). */
function tumourOfOtherSite(row: TestIndication, dx: readonly string[]): boolean {
  return row.tumourSites !== undefined && dx.some((d) => d.startsWith('C')) && !startsWithAny(dx, row.tumourSites);
}

function symptomFlagMet(e: TestIndication['symptomSupport'][number], f: SymptomFlagContext): boolean {
  return (
    (e.fromAge !== undefined && f.ageYears >= e.fromAge) ||
    (e.belowAge !== undefined && f.ageYears < e.belowAge) ||
    (e.gender !== undefined && f.gender === e.gender) ||
    startsWithAny(f.diagnosisCodes, e.withDiagnoses) ||
    (e.withItems.length > 0 && e.withItems.reduce((n, code) => n + f.billed(code), 0) >= e.withItemsQuantity)
  );
}

/** Whether every prefix of one of the entries is coded (conditions that count only together). */
export function codedTogether(together: readonly (readonly string[])[], dx: readonly string[]): boolean {
  return together.some((all) => all.every((p) => startsWithAny(dx, [p])));
}
