import { z } from 'zod';
import { withOperations } from '../contract/code-prefix';
import { readJsonTable } from '../contract/json-table';
import { itemSelector, rowsByCode } from './json-table';
import { rehabilitationTherapyRef } from './rehabilitation-therapy';

// The knowledge tables the checks of a stay's content read (rules/knowledge/therapy-indications.json,
// stay-content.json): which diagnoses call for rehabilitation and physiotherapy, what makes a drug parenteral,
// and the thresholds of 挂床 and 低标准入院. Checked at load so a typo fails loudly.

const prefixes = z.array(z.string().min(1));
/** bilateralCodes.byDiagnosis: a one-sided procedure code that stands for both sides when a diagnosis says the disease is bilateral. */
const bilateralByDiagnosis = z.strictObject({ diagnoses: prefixes.min(1), procedures: prefixes.min(1), source: z.string().min(1) });

const therapyRow = z.strictObject({
  name: z.string().min(1),
  codes: z.array(z.string().min(1)).min(1),
  /** ICD-10 医保版 prefixes: a diagnosis on the claim starting with one supports the therapy. */
  indications: prefixes.min(1),
  /**
   * Diagnoses that call for the therapy at some ages only: in a child, age at most maxAgeYears (小儿推拿 for infant
   * diarrhoea, 厌食); from an age on, age at least minAgeYears (MMSE in late-life depression: the cognitive screen of
   * a mental disorder in the old, where depression and early dementia are told apart). One bound per entry.
   */
  ageIndications: z
    .array(
      z
        .strictObject({ maxAgeYears: z.number().int().positive().optional(), minAgeYears: z.number().int().positive().optional(), codes: prefixes.min(1), source: z.string().min(1) })
        .refine((a) => (a.maxAgeYears === undefined) !== (a.minAgeYears === undefined), { message: 'exactly one of maxAgeYears, minAgeYears' }),
    )
    .min(1)
    .optional(),
  /**
   * A treatment on the same claim that calls for the therapy at any age, whatever the diagnoses (MMSE before and after
   * an MECT course: its cognitive monitoring): one of `items` (catalogue codes) billed or one of `procedures`
   * (ICD-9-CM-3 prefixes) coded; `name` is how the message names it (电休克治疗).
   */
  withTreatments: z
    .strictObject({ name: z.string().min(1), items: z.array(z.string().min(1)).default([]), procedures: prefixes.default([]), source: z.string().min(1) })
    .optional(),
  /**
   * General items among `codes` that are this therapy only on a claim coding one of `procedures` (ICD-9-CM-3
   * prefixes): a bill without the therapy's own row puts it under a general item (hyperbaric oxygen as 吸氧 hours under
   * 93.95 高压给氧), while the own row (高压氧舱治疗) is the therapy whatever the claim codes. Such an item is read as the
   * therapy only on days that bill none of the own rows, and at most `perDay` units a day (a session's hours): the
   * rest of the day's 吸氧 is the ward's oxygen.
   */
  withProcedures: z
    .strictObject({ codes: z.array(z.string().min(1)).min(1), procedures: prefixes.min(1), perDay: z.number().positive().optional() })
    .optional(),
  /**
   * The preventive form of the therapy, outside basic insurance, with a row of its own (冬病夏治三伏贴): a line of
   * this row dated from `from` to `to` (MM-DD, both included) on a visit billing nothing else but its consultation,
   * every diagnosis under `diagnoses` (the 冬病 it is applied against in remission), is that form billed as this row.
   * The plaster's own lines are not something else: consumables, and drugs named only with `pasteMarks` (the herbs of
   * its paste). `disabledRegions`: treating-region prefixes that pay the form under this row (no 丙 row of their own).
   */
  preventiveSeason: z
    .strictObject({
      name: z.string().min(1),
      from: z.string().regex(/^\d\d-\d\d$/),
      to: z.string().regex(/^\d\d-\d\d$/),
      diagnoses: prefixes.min(1),
      pasteMarks: z.array(z.string().min(1)).default([]),
      disabledRegions: prefixes.default([]),
      source: z.string().min(1),
    })
    .optional(),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const therapyFile = z.strictObject({
  note: z.string(),
  rows: z.array(therapyRow.refine((r) => (r.withProcedures?.codes ?? []).every((c) => r.codes.includes(c)), 'withProcedures.codes must be among the row\'s codes')),
});

export type TherapyIndication = z.infer<typeof therapyRow>;

/** A general item of the row (吸氧) read as the therapy only under its procedures. */
export function generalTherapyItem(row: TherapyIndication, code: string): boolean {
  return row.withProcedures?.codes.includes(code) ?? false;
}

/**
 * stay-content.json's parenteralDrugNameMarks, for a rules folder without the table: the item fact `parenteral` is read
 * by the model's features too (max_quantity_ratio), which must mean the same whichever tables are loaded; the table
 * must equal this list (test/model/features-pinned.test.ts) until a model is trained on other marks.
 */
export const DEFAULT_PARENTERAL_MARKS: readonly string[] = ['注射', '输液', '人血白蛋白', '静注'];

const stayContentFile = z.strictObject({
  note: z.string(),
  /** A drug whose generic name contains one of these is given by injection or infusion (剂型 is part of the 通用名). */
  parenteralDrugNameMarks: z.array(z.string().min(1)).min(1),
  /** 挂床: a stay of at least minNights whose days between admission and discharge carry bed or nursing but no care. */
  bedBlocking: z.strictObject({
    /**
     * Nursing items that are themselves care (特级护理, 重症监护, 新生儿护理: continuous observation and hands-on care
     * of a critically ill patient or a newborn): a day billing one is not idle.
     */
    careNursing: z.array(z.string().min(1)).default([]),
    minNights: z.number().int().min(2),
    minIdleDays: z.number().int().min(1),
    /** Idle days ÷ the days between admission day and discharge day, at least this… */
    minIdleShare: z.number().min(0).max(1),
    /** …or this many idle days in a row (a bed held for days after or between the care). */
    minIdleRun: z.number().int().min(2),
    /**
     * ATC prefixes of the oral maintenance drugs of stable chronic conditions (antiplatelets, statins,
     * antihypertensives, oral antidiabetics): the member's routine medication, which needs no bed, so a day whose
     * only other content they are is idle. Injected forms are care whatever their class.
     */
    homeMedicationAtc: z.array(z.string().min(1)).default([]),
    /** Days with such drugs count only in runs of at least this many (weaker evidence than an empty day). */
    minHomeMedicationRun: z.number().int().min(2).default(5),
    /** Diagnosis prefixes of stays whose care is the bed and nursing itself (安宁疗护 Z51.5): not judged. */
    notJudgedDiagnoses: z.array(z.string().min(1)).default([]),
    /**
     * Bedside monitoring a patient does at home, one row per kind (a fingerstick glucose: the service and its strips;
     * a blood pressure reading): on a day billing at most the row's `maxPerDay` of its services it is no care (an
     * inpatient's glucose management is a profile of four or more points a day), so such a day with nothing else is
     * as hollow as an empty one.
     */
    /**
     * Take-home drugs (出院带药) handed over at least `minDaysAfter` days before the discharge date, with nothing but
     * bed, nursing and the ward round billed after them: the days after are a bed kept for a patient who left. An
     * admission-day quantity of up to `admissionLoadingDays` days' worth is a loading dose, not a supply.
     */
    afterTakeHome: z.strictObject({ minDaysAfter: z.number().int().min(1), admissionLoadingDays: z.number().int().min(1).default(8) }).optional(),
    homeMonitoring: z.array(z.strictObject({ codes: z.array(z.string().min(1)).min(1), maxPerDay: z.number().int().min(1) })).default([]),
    /**
     * Treatments given on weekdays only (conventional radiotherapy: five fractions a week): a Saturday or Sunday
     * between the first and the last day billing one is the course's rest day, not a bed held.
     */
    weekdayCourses: z.array(z.string().min(1)).default([]),
    /**
     * Courses whose drugs the state gives free and the bill never shows (国家免费抗结核药: first-line TB drugs): on a
     * stay coding one of `diagnoses`, a day of bed and nursing within `withinDays` after a `monitoring` test (the
     * regimen's liver function) is a day of the free regimen under its monitoring, not a bed held. Weeks without the
     * monitoring stay idle: the regimen then has no trace at all.
     */
    freeCourses: z.array(z.strictObject({
      name: z.string().min(1),
      diagnoses: z.array(z.string().min(1)).min(1),
      monitoring: z.array(z.string().min(1)).min(1),
      withinDays: z.number().int().min(1),
      source: z.string().min(1),
    })).default([]),
    /**
     * Acute events whose national clinical pathway sets the stay (急性心肌梗死, 不稳定型心绞痛, 急性脑梗死: 标准住院日): on
     * a stay whose principal diagnosis falls under `principalDiagnoses` and whose bill shows the event's work-up
     * (`shownBy`: the pathway's 诊断依据 — troponin or the coronary procedure, head CT or MRI), the days before `stayDays`
     * are the event's monitored course (early mobilisation, secondary prevention started), not a bed held. Days past the
     * pathway, and a coded event with no work-up on the bill, are judged as before.
     */
    acuteEvents: z.array(z.strictObject({
      name: z.string().min(1),
      principalDiagnoses: z.array(z.string().min(1)).min(1),
      shownBy: z.array(z.string().min(1)).min(1),
      stayDays: z.number().int().min(1),
      source: z.string().min(1),
      sample: z.boolean().optional(),
    })).default([]),
    /**
     * An anti-infective course dispensed as one supply (`atc` prefixes: the oseltamivir of influenza, 5 days): its days
     * of supply, at most the catalogue row's `maxDays` or `maxDays` here, are the infection's treatment on the ward, not
     * a bed held. Not where the stay's oral drugs are the clinic's (every diagnosis outpatientTreatable).
     */
    /**
     * A daily drug course broken on the days off (course-break.ts): a drug billed on `minCourseDays` consecutive days
     * before a weekend or public holiday and again on the day after it, absent on every day off between, those days
     * billing only bed, nursing, the ward round and oral drugs — the course did not stop for the calendar, the patient
     * left the bed (周末挂床). A treatment session (not a drug-giving fee, `administration`) billed on both sides of the
     * pause and paused with it shows a session schedule (dialysis, weekday therapy) the drug follows.
     */
    courseBreak: z.strictObject({ minCourseDays: z.number().int().min(1), administration: z.array(z.string().min(1)).default([]), source: z.string().min(1), sample: z.boolean().optional() }).optional(),
    courseSupply: z.strictObject({
      atc: z.array(z.string().min(1)).min(1),
      maxDays: z.number().int().min(1),
      source: z.string().min(1),
      sample: z.boolean().optional(),
    }).optional(),
    /**
     * A therapy that runs between two billed changes (negative-pressure wound therapy: the device applied and the
     * suction kept, changed every few days): the day of a `codes` line and the `days` − 1 after it are treatment days;
     * with `diagnoses`, only on a stay coding one of them (ICD-10 prefixes).
     */
    continuousTherapy: z.array(z.strictObject({
      name: z.string().min(1),
      codes: z.array(z.string().min(1)).min(1),
      days: z.number().int().min(1),
      diagnoses: z.array(z.string().min(1)).min(1).optional(),
      source: z.string().min(1),
      sample: z.boolean().optional(),
    })).default([]),
    /**
     * The state's public holidays and the weekend days made working days (调休上班), ISO dates: a holiday is a rest day
     * of a weekday course as a weekend is, and a 调休 Saturday a working day.
     */
    publicHolidays: z.strictObject({ holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)), workdays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)) }).optional(),
    /**
     * Idle days ending the stay that all fall on public holidays (not plain weekends), at least this many: the care
     * ended before the holiday and the bed was kept over it, the patient discharged after it (节假日挂床). The day after
     * a day billing a test is not counted (a result awaited). Absent, not read.
     */
    // At least 3: two idle days are a plain weekend, which the calendar's holiday weeks also hold (review 29 item 10).
    minHolidayTailRun: z.number().int().min(3).optional(),
    /**
     * Days of the holiday tail that are observation before discharge, not idle: `afterTestDays` after a day billing a
     * test or examination (its result awaited), `afterIvAntiInfectiveDays` after the last intravenous dose of a drug
     * under `ivAntiInfectiveAtc` (the fever's return watched). Absent: none.
     */
    holidayTailObservation: z.strictObject({
      afterTestDays: z.number().int().nonnegative(),
      afterIvAntiInfectiveDays: z.number().int().nonnegative(),
      ivAntiInfectiveAtc: z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix')).min(1),
    }).optional(),
    /**
     * Therapy a ward gives on working days only (rehabilitation: 运动疗法, 作业疗法, 言语训练 on workdays): when it is
     * billed on at least `minWorkdayShare` of the working days between its first and last day, the weekends and
     * public holidays between are the course's rest days, not a bed held; a course with idle workdays keeps them all.
     * `therapy` names the list by its file (rehabilitation-therapy.json: one list, not a copy). `maxRestRun`: the most
     * days in a row without a session that are always the course's rest (five sessions a week: a week always holds one);
     * a longer break (春节, 国庆) that is half the stay's inner days or more (minIdleShare) is the stay itself, not a pause
     * in it: its days are judged.
     */
    workdayTherapy: z.strictObject({ therapy: rehabilitationTherapyRef, minWorkdayShare: z.number().gt(0).max(1), maxRestRun: z.number().int().positive() }).optional(),
    /**
     * A drip of a plain carrier fluid (glucose, saline, glucose-saline: `fluids`) with its infusion fee, set and
     * cannula (`withItems`) and no drug added that day is no treatment for a patient who eats and drinks: such a day
     * counts with the routine-medication days (in runs), unless a diagnosis on the stay calls for IV fluids
     * (`fluidDiagnoses`: dehydration, electrolyte disorder, unable to eat; `fasting`: conditions kept nil by mouth) or
     * an operation was billed that day or up to `afterOperationDays` days before (fasting after an operation; longer
     * after one on the digestive tract).
     */
    plainDrip: z
      .strictObject({
        fluids: z.array(z.string().min(1)).min(1),
        withItems: z.array(z.string().min(1)).default([]),
        fluidDiagnoses: prefixes.default([]),
        afterOperationDays: z.number().int().min(0),
        /**
         * Conditions managed nil by mouth (禁食), where IV fluid is the treatment: `diagnoses` anywhere on the stay keep
         * every drip day care, as `fluidDiagnoses` do; a coded operation on the digestive tract (`operations`, ICD-9-CM-3
         * prefixes) keeps `afterOperationDays` days after a billed operation (instead of the plain operation's) a
         * fasting day. `source` says what the entry rests on.
         */
        fasting: z
          .strictObject({ diagnoses: prefixes.min(1), operations: prefixes.default([]), afterOperationDays: z.number().int().min(0), source: z.string().min(1) })
          .optional(),
      })
      .optional(),
  }),
  /**
   * Therapy that needs the patient's active participation (运动疗法, 针灸, 推拿) is not given on the day of an
   * operation under general or spinal anaesthesia (theatre-items.json operationDay.anaesthesia, the one list of
   * them; without that table no check): a line of it that day is 虚记.
   */
  operationDayTherapy: z.strictObject({ therapy: z.array(z.string().min(1)).min(1) }).optional(),
  /**
   * Group and ward activity therapy (工娱治疗, 团体心理治疗: `therapy` codes, or marks in a local line's name) needs a
   * patient who can leave the bed and join the group; a day that also bills what shows the patient could not
   * (`incapable`: 特级护理, 重症监护, tube feeding, physical restraint) is not a session given. Judged when such days
   * number at least `minDays` (one restrained morning does not rule out the afternoon's group). `codedAs`: the
   * record codes the activity therapy (ICD-9-CM-3 procedures) and bills it under a rehabilitation row where the price
   * list has no item of its own; those lines are the sessions. `bedfast`: a stay coding immobility (卧床不起) and tube
   * feeding is a patient who could not take part on any of its days.
   */
  participationTherapy: z
    .strictObject({
      therapy: itemSelector,
      incapable: itemSelector,
      minDays: z.number().int().min(1),
      codedAs: z.strictObject({ procedures: z.array(z.string().min(1)).min(1), billedUnder: itemSelector }).optional(),
      bedfast: z
        .strictObject({
          immobility: z.strictObject({ name: z.string().min(1), diagnoses: z.array(z.string().min(1)).min(1) }),
          tubeFeeding: z.strictObject({ name: z.string().min(1), procedures: z.array(z.string().min(1)).min(1) }),
        })
        .optional(),
    })
    .optional(),
  /** 低标准入院: a stay of at most maxNights with no content that needs a bed. */
  lowIntensity: z.strictObject({
    maxNights: z.number().int().min(1),
    /**
     * Principal diagnoses whose guideline calls for admission for an urgent work-up even when the stay gives only
     * oral drugs and tests (a TIA: imaging, vessel and cardiac work-up within 24–48 h): not a low-standard admission.
     */
    admissionIndicated: z.array(z.string().min(1)).default([]),
    /** Codes under an `admissionIndicated` prefix that are no urgent work-up (椎-基底动脉供血不足 G45.002: a 脑供血不足 label, not a TIA). */
    admissionNotIndicated: z.array(z.string().min(1)).default([]),
    /**
     * Catalogue rows that collect the specimen of the stay's tests (静脉采血): read as part of the tests, not a
     * treatment that needs a bed.
     */
    specimenCollection: z.array(z.string().min(1)).default([]),
    /**
     * Longer stays (up to maxNights) of the same content are judged too when every test falls within the first
     * `testDays` days (the admission work-up), no close care was given and every diagnosis is a stable chronic
     * condition the clinic manages (`diagnoses`): a stable patient kept on oral drugs.
     */
    stableCourse: z
      .strictObject({
        maxNights: z.number().int().min(1),
        testDays: z.number().int().min(1),
        diagnoses: prefixes.min(1),
        /**
         * Whatever the diagnoses, a stay of the same length is judged too when it was nursed throughout at a stable
         * grade (outpatientTreatable.stableNursing: Ⅲ级护理), its every drug is the member's home medication
         * (bedBlocking.homeMedicationAtc, oral), its only bedside check is home monitoring (bedBlocking.homeMonitoring)
         * and no test was repeated on a second day: the clinic's care, not the ward's.
         */
        homeMedicationOnly: z.boolean().default(false),
        /**
         * Beyond maxNights the stable course is still judged when every nursing line is a stable grade
         * (outpatientTreatable.stableNursing: Ⅲ级护理): a self-caring patient's longer stay of the same content adds bed
         * days, not a need for the bed (as outpatientTreatable.anyLengthWhenStable reads a clinic condition).
         */
        anyLengthWhenStable: z.boolean().default(false),
        /**
         * Catalogue subcategories of injected drugs (中药注射剂, `tcm`) that count as the routine content of the longer
         * stable course when every nursing line is a stable grade (outpatientTreatable.stableNursing: Ⅲ级护理): a stable
         * self-caring patient's daily infusion is the outpatient infusion room's, not the ward's. Absent, none.
         */
        stableInfusions: z.array(z.string().min(1)).default([]),
        /**
         * Bedside glucose and its strips: on a stay coding diabetes (`diabetes`, ICD-10 prefixes) they are the glucose
         * profile a patient on oral drugs keeps at home (self-monitoring), not content that needs the bed.
         */
        glucoseMonitoring: z.strictObject({ codes: z.array(z.string().min(1)).min(1), diabetes: prefixes.min(1), source: z.string().min(1) }).optional(),
      })
      .optional(),
    /**
     * A maintenance-dialysis member's stay holding only the outpatient programme (dialysis-stay.ts): `sessions` (catalogue
     * rows) at most `perWeek` in any 7 days, with their own monitoring on session days; the session drugs (`sessionDrugAtc`)
     * and their `administration` fees; oral drugs, tests, dialysis consumables and routine care; no procedure but
     * `procedures`, no close care, a diagnosis of `onDialysis` and every diagnosis among `diagnoses`; up to `maxNights`.
     */
    maintenanceDialysis: z
      .strictObject({
        maxNights: z.number().int().min(1),
        sessions: z.array(z.string().min(1)).min(1),
        perWeek: z.number().int().min(1),
        onDialysis: prefixes.min(1),
        diagnoses: prefixes.min(1),
        procedures: z.array(z.string().min(1)).default([]),
        sessionDrugAtc: z.array(z.string().min(1)).default([]),
        administration: z.array(z.string().min(1)).default([]),
      })
      .optional(),
    /**
     * A stay for a chemotherapy encounter or a malignancy (`principal`) whose only anticancer drugs are oral
     * (`antineoplasticAtc`), with no procedure, close care, treatment service, consumable or parenteral drug beyond a
     * plain drip (bedBlocking.plainDrip) on at most `dripDays` days; up to `maxNights` (oral-chemotherapy-stay.ts).
     */
    oralChemotherapy: z
      .strictObject({
        maxNights: z.number().int().min(1),
        principal: prefixes.min(1),
        antineoplasticAtc: prefixes.min(1),
        dripDays: z.number().int().min(0),
      })
      .optional(),
    /**
     * A short stay of a stable chronic viral hepatitis (`principal`, every diagnosis among `diagnoses`) doing the
     * clinic's follow-up panel, its only parenteral drugs hepatoprotectants (`hepatoprotectantAtc`), no procedure,
     * close care, treatment or consumable beyond a plain drip; up to `maxNights` (stable-hepatitis-stay.ts).
     */
    stableHepatitis: z
      .strictObject({
        maxNights: z.number().int().min(1),
        principal: prefixes.min(1),
        diagnoses: prefixes.min(1),
        hepatoprotectantAtc: prefixes.min(1),
      })
      .optional(),
    /**
     * A rehabilitation stay (`principal`: Z50) whose every other diagnosis is a minor injury (`injuries`: sprains,
     * contusions, superficial injuries) or its external cause, no procedure beyond `procedures` (the therapy's own),
     * no operation and no close care, whatever its length (minor-injury-rehabilitation.ts).
     */
    minorInjuryRehabilitation: z
      .strictObject({
        principal: prefixes.min(1),
        injuries: prefixes.min(1),
        procedures: prefixes.default([]),
      })
      .optional(),
    /**
     * A stay for a condition the clinic treats with physical therapy (`principal`, every diagnosis among `diagnoses`:
     * non-specific low back pain, neck pain, cervical spondylosis, frozen shoulder), no procedure beyond `procedures` (the
     * therapy's own), no operation, no parenteral drug and no close care, whatever its length (clinic-therapy-stay.ts).
     */
    clinicTherapy: z
      .strictObject({
        principal: prefixes.min(1),
        diagnoses: prefixes.min(1),
        procedures: prefixes.default([]),
        /** The longest stay the red-flag imaging (outpatientTreatable.needShownBy) clears: its work-up and result. */
        workUpNights: z.number().int().min(0).default(2),
      })
      .optional(),
  }),
  /**
   * Care that shows a patient who needed the ward (《护理分级》: nursing at 一级 or above, 新生儿护理, intensive care,
   * organ support), billed on at least minDays distinct days: a stay below its group's 低倍率 line with it is a
   * settlement case, not a 低标准入院 lead.
   */
  closeCare: z.strictObject({ codes: z.array(z.string().min(1)).min(1), minDays: z.number().int().min(1) }).optional(),
  /**
   * 低标准入院 by diagnosis: principal diagnoses normally treated in outpatient clinics; a stay of at most maxNights
   * for one of them, with no diagnosis off the list (no complication or comorbidity) and no procedure beyond the
   * clinic's, is judged whatever it billed.
   */
  outpatientTreatable: z
    .strictObject({
      maxNights: z.number().int().min(1),
      /** Judged only at ages minAge..maxAge (whole years): infants and the elderly are admitted on a lower threshold. */
      minAge: z.number().int().min(0),
      maxAge: z.number().int().min(0),
      /**
       * Nursing grades of a stable, self-caring patient (Ⅲ级护理): above maxAge a stay whose every nursing line is one
       * of these is judged too (the elderly's lower threshold holds when the stay shows the risk it is for).
       */
      stableNursing: z.array(z.string().min(1)).default([]),
      diagnoses: prefixes.min(1),
      /**
       * Principal diagnoses of the list judged at any length where every nursing line is a stable grade (stableNursing):
       * a month's stay of a self-caring patient for insomnia is no more a reason for a bed than a week's (招揽住院 of
       * 民营精神专科医院 keeps the recruited patient for weeks at Ⅲ级护理). Other listed diagnoses stay at maxNights,
       * where a longer stay suggests the complication the bill may not code.
       */
      anyLengthWhenStable: prefixes.default([]),
      /**
       * Symptom codes a listed disease explains (the fever and cough of a cold or bronchitis): coded beside one they are
       * no other condition (医保结算清单填写规范: a symptom the diagnosis explains is not a diagnosis of its own).
       */
      explainedSymptoms: prefixes.default([]),
      /**
       * What on the bill shows the admission was needed after all: work-up or treatment beyond the clinic's (CT, MRI,
       * vascular Doppler for a stroke work-up), or monitoring repeated on `days` distinct days (electrolytes under IV
       * rehydration of a dehydrated child). A stay billing one is not judged.
       */
      needShownBy: z
        .strictObject({ codes: z.array(z.string().min(1)).default([]), repeated: z.array(z.strictObject({ codes: z.array(z.string().min(1)).min(1), days: z.number().int().min(2) })).default([]) })
        .optional(),
      /**
       * Procedures done in the clinic chair (ICD-9-CM-3 prefixes: tooth extraction, filling, root canal, scaling) and
       * the anaesthesia they are done under (item codes, local infiltration): they do not make the stay need a bed,
       * so a stay coding or billing only these is still judged.
       */
      chairside: z.strictObject({ procedures: prefixes.default([]), items: z.array(z.string().min(1)).default([]) }).optional(),
      /**
       * Oral dosage forms (片, 胶囊, 颗粒 … in the drug's name or the catalogue's 剂型), and marks that make a name carrying
       * one not oral (阴道泡腾片, 透皮贴片): on a 挂床 stay for a listed condition only oral drugs are the clinic's treatment.
       */
      oralForms: z.strictObject({ marks: z.array(z.string().min(1)).min(1), notOral: z.array(z.string().min(1)).default([]) }).optional(),
    })
    .optional(),
  /**
   * 低标准入院 by procedure: procedures that are outpatient procedures in themselves (a diagnostic endoscopy with
   * biopsy, ESWL, cystoscopic stent removal, a joint injection, a single bisphosphonate or iron infusion). A stay of
   * minNights..maxNights whose every coded procedure is one of them, with nothing else that needs a bed and no coded
   * condition that does (`notWithDiagnoses`: bleeding, obstruction, sepsis, anticoagulation, severe heart or lung
   * disease, frailty, a complication), is judged. Shorter stays are day surgery (24–48 h) settled as such.
   */
  outpatientProcedures: z
    .strictObject({
      minNights: z.number().int().min(0),
      maxNights: z.number().int().min(1),
      rows: z
        .array(
          z.strictObject({
            name: z.string().min(1),
            /** ICD-9-CM-3 prefixes of the procedure. */
            procedures: prefixes.min(1),
            /** Service codes that bill it (and the infusion that gives its drug). */
            items: z.array(z.string().min(1)).default([]),
            /** Names of lines outside the catalogue that bill it (a local code: 膀胱镜下输尿管支架取出). */
            nameMarks: z.array(z.string().min(1)).default([]),
            /** ATC prefixes of the one drug it gives by injection or infusion (zoledronic acid, iron). */
            atc: z.array(z.string().min(1)).default([]),
            /** Judged only at this age or older (whole years): a child has it under general anaesthesia, as day surgery. */
            minAge: z.number().int().min(0).optional(),
          }),
        )
        .min(1),
      /** Items any of them may carry beside (the anaesthesia lines: judged by the theatre rules, not here). */
      withItems: z.array(z.string().min(1)).default([]),
      /** ATC prefixes of the sedative and anaesthetic drugs those lines give (propofol, midazolam, fentanyl, lidocaine). */
      withAtc: z.array(z.string().min(1)).default([]),
      /**
       * The crystalloid drip of a fasting procedure or bowel-preparation day (ATC prefixes, with its infusion fee, set,
       * cannula and dressing among `withItems`) on at most `days` days: a drip day after day is hydration, treatment.
       */
      drip: z.strictObject({ atc: z.array(z.string().min(1)).min(1), days: z.number().int().min(1) }).optional(),
      /**
       * Injected antibacterials (ATC prefixes) from the procedure's day to `days` after it: the prophylaxis a clinic
       * gives with the procedure as well (no infection coded: `notWithDiagnoses`), no treatment that needs the bed.
       */
      prophylaxis: z.strictObject({ atc: z.array(z.string().min(1)).min(1), days: z.number().int().min(0) }).optional(),
      /** Coded conditions that make the stay needed for the procedure (ICD-10 prefixes). */
      notWithDiagnoses: prefixes.min(1),
    })
    .optional(),
  /**
   * 日间手术 kept as an ordinary stay: a stay coding a procedure of day-surgery.json whose days before the operation
   * billed bed, nursing and the ward round and nothing else, on minIdleDays or more days, kept the patient waiting in a
   * bed (术前空床日).
   */
  daySurgery: z.strictObject({ minIdleDays: z.number().int().min(1) }).optional(),
  /** Infusion service codes: the first group of a day, and each additional group (billed per 组). */
  infusion: z
    .strictObject({
      first: z.array(z.string().min(1)).min(1),
      additional: z.array(z.string().min(1)),
      /** Groups beyond the day's parenteral units allowed before the excess counts (a bag billed the day before). */
      extraGroupsAllowed: z.number().int().min(0).default(0),
      /**
       * Catalogue units (计价单位) of a large-volume infusion: a parenteral drug dispensed by the bottle or bag (carrier
       * fluids, mannitol, drugs supplied ready to infuse) is one group; a vial or ampoule (支) is dissolved into one.
       */
      bagUnits: z.array(z.string().min(1)).default([]),
      /** Infusion sets (输液器): one serves a group hung, so a day's usual count of them is its groups (infusion-facts.ts markInfusionSets). */
      sets: z.array(z.string().min(1)).default([]),
      /**
       * 静脉注射 (a push, per 次) on chemotherapy days against the day's drugs that can be pushed (push-injections.ts; sources.infusionPush):
       * its service codes, and marks in the generic names of drugs whose label gives them by infusion only.
       */
      push: z
        .strictObject({
          codes: z.array(z.string().min(1)).min(1),
          infusionOnlyNameMarks: z.array(z.string().min(1)),
          /** ATC prefixes of the drugs (cytotoxics) whose days are judged: their premedication is one dose of each drug. */
          onDaysOf: z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix')).min(1),
        })
        .optional(),
      /**
       * 虚记静脉用药 (unadministered-drugs.ts; sources.infusionUnadministered): a drug infused on some days of a stay billed
       * on others with no way of giving it. `administration`: code prefixes of the services that give a drug (注射、输液、
       * 输血); `notJudgedAtc`: drugs given without a fee of their own (carrier and flush fluids, heparin locks and
       * subcutaneous heparins, insulin); `minDays`: such days before a stay is named (one can be a charge posted the next day).
       */
      unadministered: z
        .strictObject({
          administration: z.array(z.string().min(1)).min(1),
          notJudgedAtc: z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix')),
          minDays: z.number().int().min(1),
          /**
           * Parenteral nutrition (sources.parenteralNutritionUngiven): amino acids and lipid emulsions, given only by a vein
           * over hours, billed on at least `minDays` days with nothing that gives them, those days the greater part of
           * the nutrition's days. `nameMarks` under ATC `atc` (glucose shares B05BA and is a carrier, so names decide).
           */
          parenteralNutrition: z
            .strictObject({
              atc: z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix')).min(1),
              nameMarks: z.array(z.string().min(1)).min(1),
              minDays: z.number().int().min(1),
            })
            .optional(),
        })
        .optional(),
    })
    .optional(),
  /**
   * Enteral feeding on days of gastric decompression (enteral-decompression.ts; sources.enteralDecompression): a feed
   * put into a stomach that is being emptied by suction is drawn back out, so it is not given unless it goes beyond
   * the pylorus. `decompression`: the 胃肠减压 rows; `nameMarks`: the enteral nutrition drugs (by generic name);
   * `tubeFeeding`: 鼻饲 rows named with them; `postPyloric`: ICD-9-CM-3 prefixes of a feeding route past the stomach;
   * `postPyloricDiagnoses`: ICD-10 prefixes of such a route placed on an earlier stay (a jejunostomy's status or tube
   * change); `suctionTubes`: ICD-9-CM-3 codes under those prefixes that are decompression tubes, not feeding routes
   * (also read by parenteralBesideEnteral); `minDays`: such days before a stay is named (the day the tube comes out may carry both).
   */
  enteralDecompression: z
    .strictObject({
      decompression: z.array(z.string().min(1)).min(1),
      nameMarks: z.array(z.string().min(1)).min(1),
      tubeFeeding: z.array(z.string().min(1)),
      postPyloric: prefixes.min(1),
      postPyloricDiagnoses: prefixes.default([]),
      suctionTubes: prefixes.default([]),
      minDays: z.number().int().min(1),
    })
    .optional(),
  /**
   * Parenteral nutrition beside enteral nutrition at its full daily dose (parenteral-beside-enteral.ts;
   * sources.parenteralBesideEnteral): `enteralNameMarks` the EN drugs by generic name, `minDays` such days in a row
   * before a stay is named (past the taper), `hypermetabolic` ICD-10 prefixes of needs a standard EN dose does not meet,
   * `tubeFeeding` what shows a tube feed (less enteralDecompression.suctionTubes), `criticalCare` what exempts an ICU stay.
   */
  parenteralBesideEnteral: z
    .strictObject({
      enteralNameMarks: z.array(z.string().min(1)).min(1),
      minDays: z.number().int().min(2),
      hypermetabolic: prefixes.min(1),
      /** What shows feeding by tube: coded tube or enterostomy procedures (ICD-9-CM-3 prefixes), or 鼻饲 rows billed. */
      tubeFeeding: z.strictObject({ procedures: prefixes.min(1), items: z.array(z.string().min(1)) }),
      /** Critical care, not judged (targets above a standard dose): its rows billed, or procedures coded (ICD-9-CM-3 prefixes). */
      criticalCare: z.strictObject({ codes: z.array(z.string().min(1)), procedures: prefixes }).optional(),
      /**
       * Bolus tube feeds (鼻饲(注食) rows, `codes`) as a dose of their own: a day billing `fullPerDay` feeds or more is a
       * full bolus regimen whatever formula or blended diet (匀浆膳, often not billed) goes down the tube.
       */
      tubeFeeds: z.strictObject({ codes: z.array(z.string().min(1)).min(1), fullPerDay: z.number().int().min(1) }).optional(),
    })
    .optional(),
  /**
   * Parenteral nutrition additives (parenteral-additives.ts; sources.parenteralAdditives): `codes` their catalogue rows,
   * `nameMarks` their generic names on a local row; paid only with parenteral nutrition on the stay.
   */
  parenteralAdditives: z.strictObject({ codes: z.array(z.string().min(1)), nameMarks: z.array(z.string().min(1)).min(1) }).optional(),
  sources: z.record(z.string(), z.string()),
});

export type StayContentLimits = z.infer<typeof stayContentFile>;

const principalRow = z.strictObject({
  name: z.string().min(1),
  /** ICD-10 医保版 prefixes of the principal diagnosis the row is about. */
  diagnoses: prefixes.min(1),
  /** Catalogue codes (services) characteristic of the disease's work-up or treatment. */
  items: z.array(z.string().min(1)),
  /** ATC prefixes of the drugs characteristic of its treatment. */
  atc: z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix')),
  /** ICD-9-CM-3 prefixes of the procedures characteristic of its treatment. */
  procedures: prefixes,
  /**
   * Tests that tell the disease apart only when followed (troponin rising and falling in infarction, where one
   * troponin is the rule-out of any chest pain): they count when billed on at least `days` distinct days, or as
   * that many on one line. With `perDay`, the day's units summed over its lines stand in for the one line: a drug
   * whose routine dose is split across lines (oxytocin's prophylactic ampoules beside a treatment infusion) counts
   * when one day's units reach `perDay`.
   */
  repeated: z
    .array(z.strictObject({ codes: z.array(z.string().min(1)).min(1), days: z.number().int().min(2), perDay: z.number().int().min(2).optional() }))
    .default([]),
  /**
   * Drug courses that count only when given on at least `days` distinct days (antibacterials as treatment of an
   * infection, where one or two days around an operation are surgical prophylaxis).
   */
  courses: z.array(z.strictObject({ atc: z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix')).min(1), days: z.number().int().min(2) })).default([]),
  /** Admission routes that support the diagnosis by themselves (an obstructed hernia comes in as an emergency). */
  admissionRoutes: z.array(z.string().min(1)).default([]),
  /** What was expected, in words, for the finding. */
  expected: z.string().min(1),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const principalFile = z.strictObject({
  note: z.string(),
  /** Shorter stays are not judged: the work-up may not have begun. */
  minNights: z.number().int().min(0),
  /** Stays that ended so (death, transfer) are not judged. */
  notJudgedDischargeModes: z.array(z.string().min(1)),
  rows: z.array(principalRow),
});

const procedureBillingRow = z.strictObject({
  name: z.string().min(1),
  /** ICD-9-CM-3 (临床版) prefixes of the coded procedures the row is about. */
  procedures: prefixes.min(1),
  /** Finer codes under those prefixes that are another procedure (临床版 extensions: plasma exchange under 39.95): not this row's. */
  notProcedures: prefixes.optional(),
  /** Catalogue service codes that bill the procedure (one of them on the claim supports it). */
  codes: z.array(z.string().min(1)),
  /**
   * ICD-10 prefixes: a coded procedure of the row stands for its billed service only on a claim coding one of these
   * (a sphincterotomy 49.5 is a 肛裂切除术 only beside a fissure K60.0–K60.2; beside piles it is part of their operation).
   */
  withDiagnoses: z.array(z.string().regex(/^[A-Z][0-9]{0,2}(\.[0-9A-Za-z]{0,6})?$/)).min(1).optional(),
  /**
   * ICD-10 prefixes of a disease at one site each (J32.0 上颌窦 … J32.3 蝶窦): a claim coding two or more different of
   * them has the disease at several sites, what withDiagnoses' several-site code stands for (J32.8 多个鼻窦的慢性鼻窦炎):
   * a record coding each sinus apart instead of the combined code is read as the combined one. Only with withDiagnoses.
   */
  severalOf: z.array(z.string().regex(/^[A-Z][0-9]{0,2}(\.[0-9A-Za-z]{0,6})?$/)).min(2).optional(),
  /**
   * Services the procedure is done within that do not bill it by themselves (阴道分娩接生: every vaginal birth bills
   * it, assisted or not): explained by the coded procedure, so they are not an operation it may be billed under.
   */
  withinCodes: z.array(z.string().min(1)).optional(),
  /**
   * Operations whose price item includes the procedure (项目内涵: the chest drain a lung resection leaves): they bill
   * it, but a billed one does not stand for it (a resection billed on a stay coding only a drain is not supported).
   */
  includedIn: z.array(z.string().min(1)).optional(),
  /** ATC prefixes of drugs whose administration is the procedure (chemotherapy injection). */
  atc: z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,6}$/, 'is not an ATC prefix')).default([]),
  /** Procedures defined by a duration (ventilation ≥ 96 h): the row's codes must add up to at least this many units. */
  minQuantity: z.record(z.string().min(1), z.number().positive()).optional(),
  /**
   * The row's hours are shared with the services its catalogue row's `includesDuring` marks `sequential` (high-flow and
   * NIV beside invasive ventilation: one airway at a time): a day's row hours count toward minQuantity only as far as
   * they fit in 24 + that entry's `overlapHours` beside them — hours billed twice over cannot make the duration the
   * code claims. The codes and tolerance are the catalogue's, so the bill is read with one tolerance (review35 item 15).
   */
  sharedHours: z.strictObject({ source: z.string().min(1) }).optional(),
  /** The row's different codes are parts of one operation (extraction 13.4 and lens insertion 13.7): counted once. */
  oneOperation: z.boolean().optional(),
  /**
   * Operations one code of the row stands for, each billed under its own service (28.3 扁桃体伴腺样体切除: the tonsils
   * and the adenoids, two price items): fees of the row's different services are counted against that many per code.
   */
  operations: z.number().int().min(2).optional(),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const procedureBillingFile = z.strictObject({
  note: z.string(),
  /** Services billed for any operation (anaesthesia): explained by any supported procedure, never support by themselves. */
  sharedCodes: z.array(z.string().min(1)),
  /** Catalogue codes that bill a whole episode as a package (日间手术/按病种收费 包干): a claim billing one is not judged. */
  packageCodes: z.array(z.string().min(1)),
  /** Catalogue subcategories of operation and procedure services: lines no coded procedure explains may be it. */
  procedureSubcategories: z.array(z.string().min(1)).min(1),
  /** Examinations judged like an operation only when the record codes a procedure one of them stands for (endoscopies). */
  recordedServices: z.array(z.string().min(1)).optional(),
  recordedNote: z.string().optional(),
  /** Procedure codes that stand for both sides in one session (双侧腹股沟疝修补): two operations of their row. */
  bilateralCodes: z
    .strictObject({
      prefixes: prefixes.min(1),
      source: z.string().min(1),
      /** A one-sided code of `procedures` on a claim coding one of `diagnoses` (双侧腹股沟疝 K40.0–K40.2) also stands for both sides; one entry or several (a pansinusitis's sinus operations). */
      byDiagnosis: z.array(bilateralByDiagnosis).min(1).optional(),
    })
    .optional(),
  /** Treatments judged like an operation on a stay whose record codes one of `scope` (ESWL beside a coded ureteroscopy). */
  scopedServices: z.array(z.strictObject({ codes: z.array(z.string().min(1)).min(1), scope: prefixes.min(1), source: z.string().min(1) })).optional(),
  /** Re-openings of a recent operation site (甲状腺术后止血): a second theatre session that day. */
  reoperationCodes: z.strictObject({ prefixes: prefixes.min(1), source: z.string().min(1) }).optional(),
  /** A laparoscopy coded beside an open operation (中转开腹): the laparoscopic service of that operation is the converted one's. */
  conversionCodes: z.strictObject({ prefixes: prefixes.min(1), source: z.string().min(1) }).optional(),
  /** Pathology services billed per specimen (`codes`) and the excisions that each send one (`prefixes`). */
  specimenCodes: z
    .strictObject({
      codes: z.array(z.string().min(1)).min(1),
      prefixes: prefixes.min(1),
      source: z.string().min(1),
      /** Other pathology services (术中冰冻) that show the specimen sent, by code. */
      alsoSent: z.array(z.string().min(1)).default([]),
      /** Lines named so (a pathology service under a local code) show it too. */
      sentNameMarks: z.array(z.string().min(1)).default([]),
      /** Biopsies: they send tissue too (a pathology review reads their slides), but are no excision counted here. */
      biopsies: z.strictObject({ prefixes: prefixes.min(1), source: z.string().min(1) }).optional(),
      /** Procedures under `prefixes` that take no tissue (袋形缝合/开窗, 穿刺抽吸): no specimen expected. */
      noSpecimen: z.strictObject({ prefixes: prefixes.min(1), source: z.string().min(1) }).optional(),
      /** Diagnoses whose nature the excised tissue decides: a stay coding one with an excision must bill pathology. */
      lesionDiagnoses: z.strictObject({ prefixes: prefixes.min(1), source: z.string().min(1) }).optional(),
      /** The excision's source for expecting a specimen on the stay (catalogue.excision-without-pathology). */
      expectedSource: z.string().min(1).optional(),
      /** Excisions that remove one organ whole, one specimen each (胆囊, 阑尾): a stay coding only these bills as many 例. */
      singleSpecimen: z
        .strictObject({
          prefixes: prefixes.min(1),
          notDiagnoses: prefixes.default([]),
          source: z.string().min(1),
          /** Whole-organ excisions of paired or several parts at one operation (both tonsils): `specimens` 例 at most each. */
          several: z.array(z.strictObject({ prefixes: prefixes.min(1), specimens: z.number().int().min(2), source: z.string().min(1) })).default([]),
        })
        .optional(),
    })
    .optional(),
  rows: z.array(procedureBillingRow.refine((r) => !r.severalOf || r.withDiagnoses, { message: 'severalOf: only with withDiagnoses' })),
});

export type ProcedureBillingRow = z.infer<typeof procedureBillingRow>;
/** The table as the checks read it: its code lists as sets and each service's procedures, built once at load. */
export interface ProcedureBilling {
  sharedCodes: ReadonlySet<string>;
  packageCodes: ReadonlySet<string>;
  procedureSubcategories: ReadonlySet<string>;
  recordedServices: ReadonlySet<string>;
  bilateralCodes: readonly string[];
  /** bilateralCodes.byDiagnosis; null when the table sets none. */
  bilateralByDiagnosis: readonly { diagnoses: readonly string[]; procedures: readonly string[] }[];
  reoperationCodes: readonly string[];
  conversionCodes: readonly string[];
  /** specimenCodes: the pathology services and the excisions that each send a specimen; null when the table sets none. */
  specimens: { codes: ReadonlySet<string>; prefixes: readonly string[]; alsoSent: ReadonlySet<string>; sentNameMarks: readonly string[]; noSpecimen: readonly string[]; biopsies: readonly string[]; lesionDiagnoses: readonly string[]; singleSpecimen: readonly string[]; singleSpecimenNotDiagnoses: readonly string[]; severalSpecimens: readonly { prefixes: readonly string[]; specimens: number }[] } | null;
  /** Service → the procedure prefixes whose presence on a stay's record makes it judged (scopedServices). */
  scopedServices: ReadonlyMap<string, readonly string[]>;
  rows: readonly ProcedureBillingRow[];
  /** The procedure prefixes a service stands for: those of every row listing it (absent: the table does not map it). */
  standsFor: ReadonlyMap<string, readonly string[]>;
}

/** The procedure → billing table; null (no check) when the file is absent. A row naming nothing that bills it fails the load. */
export function loadProcedureBilling(file: string): ProcedureBilling | null {
  const t = readJsonTable(file, procedureBillingFile);
  if (!t) return null;
  t.rows.forEach((row, i) => {
    if (!row.codes.length && !row.atc.length) throw new Error(`${file} row ${i}: names no service or drug that bills it`);
  });
  const standsFor = new Map<string, string[]>();
  for (const row of t.rows) for (const code of row.codes) standsFor.set(code, [...new Set([...(standsFor.get(code) ?? []), ...row.procedures])]);
  return {
    sharedCodes: new Set(t.sharedCodes),
    packageCodes: new Set(t.packageCodes),
    procedureSubcategories: new Set(t.procedureSubcategories),
    recordedServices: new Set(t.recordedServices ?? []),
    bilateralCodes: t.bilateralCodes?.prefixes ?? [],
    bilateralByDiagnosis: t.bilateralCodes?.byDiagnosis ?? [],
    reoperationCodes: t.reoperationCodes?.prefixes ?? [],
    conversionCodes: t.conversionCodes?.prefixes ?? [],
    specimens: t.specimenCodes
      ? { codes: new Set(t.specimenCodes.codes), prefixes: t.specimenCodes.prefixes, alsoSent: new Set(t.specimenCodes.alsoSent), sentNameMarks: t.specimenCodes.sentNameMarks, noSpecimen: t.specimenCodes.noSpecimen?.prefixes ?? [], biopsies: t.specimenCodes.biopsies?.prefixes ?? [], lesionDiagnoses: t.specimenCodes.lesionDiagnoses?.prefixes ?? [], singleSpecimen: t.specimenCodes.singleSpecimen?.prefixes ?? [], singleSpecimenNotDiagnoses: t.specimenCodes.singleSpecimen?.notDiagnoses ?? [], severalSpecimens: t.specimenCodes.singleSpecimen?.several ?? [] }
      : null,
    scopedServices: new Map((t.scopedServices ?? []).flatMap((g) => g.codes.map((c) => [c, g.scope] as const))),
    rows: t.rows,
    standsFor,
  };
}

const implantRow = z.strictObject({
  name: z.string().min(1),
  /** Catalogue consumable row codes of the implant. */
  codes: z.array(z.string().min(1)).min(1),
  /** ICD-9-CM-3 prefixes of the operations that place it (`"operations"`: every operation, 00–86). */
  procedures: prefixes.min(1).transform(withOperations),
  /** Codes under those prefixes that do not place it (a partial knee replacement places no total-knee prosthesis). */
  notProcedures: prefixes.optional(),
  /** Units one such operation places; absent: presence only is judged. */
  perProcedure: z.number().int().positive().optional(),
  /** Procedure codes that state how many were placed (stent counts), by ICD-9-CM-3 prefix. */
  countCodes: z.record(z.string().min(1), z.number().int().positive()).optional(),
  /**
   * Procedure codes that state how many sites the operation treated (vessels: 00.40–00.43), by prefix: the day may
   * bill the row on as many lines as sites (a balloon sized to each vessel), not a duplicate; the units stay judged
   * by `perProcedure`.
   */
  siteCountCodes: z.record(z.string().min(1), z.number().int().positive()).optional(),
  /**
   * Most units one coded operation uses, by the longest ICD-9-CM-3 prefix of the code (an ankle plate code and a
   * tibial plate code under one base code may differ), summed over the coded operations; each entry gives its reason.
   */
  maxPerOperation: z
    .array(
      z.strictObject({
        procedures: prefixes.min(1),
        max: z.number().int().min(0),
        /**
         * Entries of one group describe one operation coded twice (cataract extraction 13.1–13.6 and lens insertion
         * 13.7): the group counts its largest entry total, not their sum; groups and ungrouped entries add up.
         */
        group: z.string().min(1).optional(),
        /**
         * The max is used once per session (the entry's codes on one date), however many of them are coded: a
         * sheath serves the angiography and the intervention of one sitting alike.
         */
        perSession: z.boolean().optional(),
        reason: z.string().min(1),
      }),
    )
    .optional(),
  /**
   * Most units a fixation uses by the fracture it fixes (a lateral malleolus one plate, a trimalleolar fracture three):
   * per site, when every placing operation is one of the site's fixations and every fracture of the site's region the
   * claim codes has an entry (else unjudged by fracture), the entries' max summed over those fractures; the lower of
   * this and `maxPerOperation` is the cap.
   */
  maxPerFracture: z
    .array(
      z.strictObject({
        site: z.string().min(1),
        /** ICD-9-CM-3 prefixes of the site's fixations. */
        procedures: prefixes.min(1),
        /** ICD-10 prefixes of the site's fractures: each such code the claim carries is one fracture fixed. */
        region: prefixes.min(1),
        /** By the longest ICD-10 prefix of the coded fracture. */
        fractures: z.array(z.strictObject({ diagnoses: prefixes.min(1), max: z.number().int().min(0), reason: z.string().min(1) })).min(1),
      }),
    )
    .optional(),
  /**
   * Judged by count alone, where a coded operation uses it: an operation consumable (trocar set, clips, sutures) whose
   * presence and day are other tables' or nobody's (theatre-items' laparoscopic section; sutures also close a wound on
   * the ward or at a clinic), so neither a missing operation nor another day is a finding of this table.
   */
  countOnly: z.boolean().optional(),
  /** Coded procedures that leave the count unjudged (9 or more vertebrae fused: 81.64). */
  notJudgedWith: prefixes.optional(),
  /**
   * Operations that place it only with one of the diagnoses coded (an appendicectomy closes the base with a stapler
   * when the inflammation reaches the caecum: complicated appendicitis), each with its reason.
   */
  placesWith: z
    .array(z.strictObject({ procedures: prefixes.min(1), diagnoses: prefixes.min(1), reason: z.string().min(1) }))
    .optional(),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const implantFile = z.strictObject({ note: z.string(), rows: z.array(implantRow) });

export type ImplantRow = z.infer<typeof implantRow>;

export type PrincipalSupportRow = z.infer<typeof principalRow>;
export type PrincipalSupport = Omit<z.infer<typeof principalFile>, 'rows' | 'note'> & { rows: PrincipalSupportRow[] };

const symptomCauseRow = z.strictObject({
  name: z.string().min(1),
  /** ICD-10 prefixes of the symptom codes (chapter XVIII, R00–R99). */
  symptoms: prefixes.min(1),
  /** ICD-10 prefixes of the definitive diagnoses the symptom is a usual presentation of. */
  causes: prefixes.min(1),
  /**
   * Diagnoses often found by the work-up whatever caused the symptom (gallstones, a simple ovarian cyst), a cause only
   * where the stay codes the operation that removes them (the symptom was theirs, or the operation was not needed).
   */
  operatedCauses: z.array(z.strictObject({ causes: prefixes.min(1), procedures: prefixes.min(1), source: z.string().min(1) })).optional(),
  source: z.string().min(1),
  sample: z.boolean().optional(),
});

const symptomCauseFile = z.strictObject({ note: z.string(), rows: z.array(symptomCauseRow).min(1) });

export type SymptomCauseRow = z.infer<typeof symptomCauseRow>;

/** Symptoms and the definitive diagnoses that explain them (symptom-causes.json); null (no check) when the file is absent. */
export function loadSymptomCauses(file: string): SymptomCauseRow[] | null {
  return readJsonTable(file, symptomCauseFile)?.rows ?? null;
}

/** Therapy rows by item code; a code in two rows fails the load. */
export function loadTherapyIndications(file: string): Map<string, TherapyIndication> {
  return rowsByCode(file, readJsonTable(file, therapyFile)?.rows ?? []);
}

/** The stay-content thresholds; null (no 挂床 / 低标准入院 checks) when the file is absent. */
export function loadStayContent(file: string): StayContentLimits | null {
  return readJsonTable(file, stayContentFile);
}

/** The characteristic work-up of heavy principal diagnoses; null (no check) when the file is absent. */
export function loadPrincipalSupport(file: string): PrincipalSupport | null {
  const t = readJsonTable(file, principalFile);
  if (!t) return null;
  t.rows.forEach((row, i) => {
    if (!row.items.length && !row.atc.length && !row.procedures.length && !row.repeated.length && !row.courses.length) throw new Error(`${file} row ${i}: names no item, drug or procedure`);
  });
  return { minNights: t.minNights, notJudgedDischargeModes: t.notJudgedDischargeModes, rows: t.rows };
}

/** Implant rows by consumable code; a code in two rows fails the load. Empty (no check) when the file is absent. */
export function loadImplantProcedures(file: string): Map<string, ImplantRow> {
  return rowsByCode(file, readJsonTable(file, implantFile)?.rows ?? []);
}
