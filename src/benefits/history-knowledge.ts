import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { substanceOfDrugCode } from '../contract/drug-code';
import { loadInternetHospitals, type InternetHospitals } from './internet-hospitals';
import { parseCosmeticOperations, type CosmeticOperations } from './cosmetic-operations';
import { parseConsultGrades, type ConsultGrades } from './consult-grades';
import { loadDoctorRegistry, type DoctorRegistry } from './doctor-registry';
import { parseProvinceAdjacency, type ProvinceAdjacency } from './province-adjacency';
import { parseProcedureIndications, type ProcedureIndications } from './procedure-indications';
import { parseRegimenDuplicates, type RegimenDuplicates } from './regimen-duplicates';
import { parseRegimens, type RegimenInterval, type Regimens } from './regimens';
import { loadInjectionRecord, type InjectionRecord } from './injection-record';
import { loadDentition, type Dentition } from './dentition';
import { loadDevicesInPlace, type DevicesInPlace } from './device-in-place';
import { loadFreeAntivirals, type FreeAntivirals } from './free-antivirals';
import { loadRuledOutIndications, type RuledOutIndications } from './ruled-out-indications';
import { loadSecondLineDrugs, type SecondLineDrugs } from './second-line-drugs';
import { loadAntithromboticCombinations, type AntithromboticCombinations } from './antithrombotic-combinations';
import { loadTitration, type TitrationRow } from './drug-titration';
import { parseTable } from '../contract/json-table';
import type { OperationClasses } from './operation-classes';
import { exactDiagnoses } from '../contract/exact-diagnoses';

// The tables the cross-claim checks read (rules/history/limits.json, billing-frequency.json): data, so a
// region sets its own limits without touching code. Checked at load so a typo fails loudly.

// Strict: a key the checks no longer read (a table moved to its own file) fails the load rather than lying unread.
const limitsSchema = z.strictObject({
  /** What the file is, for its reader. */
  note: z.string().optional(),
  /** Each figure's source (document, article) or its SAMPLE label, by the figure's path. */
  sources: z.record(z.string(), z.string()).optional(),
  /** Days before admission in which an outpatient test or examination may be billed with the stay. */
  preAdmissionWindowDays: z.number().int().nonnegative(),
  /**
   * Drug classes whose members are not taken together (drug-supply.ts classOversupply): catalogue drug codes starting
   * with one of `prefixes` (ATC groups) share one days-of-supply ledger at `supply`'s limits. Absent: not checked.
   */
  supplyClasses: z.array(z.strictObject({ name: z.string().min(1), prefixes: z.array(z.string().min(1)).min(1) })).optional(),
  supply: z.strictObject({
    /** Days of a drug's supply a member may hold (on hand after a purchase), ordinary prescriptions. */
    limitDays: z.number().positive(),
    /** The same where the purchase is marked a 长处方. */
    longPrescriptionLimitDays: z.number().positive(),
    /** Refilling this many days early is not stockpiling. */
    earlyRefillGraceDays: z.number().nonnegative(),
    /**
     * A 麻醉药品 or 精神药品 (catalogue specialControl): the days on hand and the early-refill grace in place of the two
     * above, a 长处方 mark not lengthening them (controlled drugs are not prescribed long). Absent: counted as any drug.
     */
    controlled: z.strictObject({ limitDays: z.number().positive(), graceDays: z.number().nonnegative(), source: z.string().min(1) }).optional(),
  }),
  multiPharmacy: z.strictObject({
    /** Distinct institutions (this one included) that sold the member the same drug … */
    pharmacies: z.number().int().min(2),
    /** … within this many days … */
    windowDays: z.number().int().positive(),
    /** … for a drug costing at least this much per day of supply (yuan). */
    minYuanPerDay: z.number().nonnegative(),
    /**
     * Overlapping supply at two institutions: a drug costing at least overlapMinYuanPerDay per day of supply
     * bought at another institution while more than overlapMinShare of an earlier purchase's days are still on hand.
     */
    overlapMinYuanPerDay: z.number().nonnegative().optional(),
    overlapMinShare: z.number().min(0).max(1).optional(),
  }),
  /**
   * The same stay settled again with its dates moved: two stays at one hospital that meet or overlap, of one length
   * and principal category, whose totals differ by at most this share of the later one's (default 0.02).
   */
  duplicateStay: z.strictObject({ maxTotalDiffShare: z.number().min(0).max(1) }).optional(),
  /**
   * An outpatient visit's treatment settled again on a stay at the same hospital (visit-resettled.ts): at least
   * `minLines` of the visit's treatment lines, and at least `minShare` of them, repeated on the stay (same item, date,
   * quantity). Absent: not judged.
   */
  resettledVisit: z.strictObject({ minLines: z.number().int().positive(), minShare: z.number().min(0).max(1) }).optional(),
  /**
   * A level-restricted drug (catalogue minLevel) dispensed below its level on a prescription of a hospital of the level
   * (双通道, 医联体延伸处方): a claim of the member at such a hospital, with a diagnosis among the drug's indications, at
   * most `windowDays` before (SAMPLE). Absent: the dispensing institution's level alone is judged.
   */
  levelPrescription: z.strictObject({ windowDays: z.number().int().nonnegative() }).optional(),
  /** 出院带药: days of a drug's supply dispensed on the discharge day (default 30, SAMPLE), and where marked a 长处方. */
  dischargeSupply: z.strictObject({ limitDays: z.number().positive(), longPrescriptionLimitDays: z.number().positive().optional() }).optional(),
  /**
   * A stay's parenteral course continued at an outpatient visit of the same hospital: visits up to `windowDays`
   * after discharge that bill one of the `administration` services (intravenous infusion or injection) and a drug
   * the stay billed on its last day in bed or its discharge day. `antimicrobials` (ATC prefixes): a visit billing one
   * and nothing but its consultation, infusion, carrier fluid (`carriers`) and consumables is outpatient parenteral
   * antimicrobial therapy (OPAT), not judged. `wardServices`:
   * hourly monitoring and oxygen (catalogue codes or rows) billed `minHours` or more on one day of an ordinary clinic
   * visit are ward care (ward-care-visit.ts).
   */
  continuedCourse: z
    .strictObject({
      windowDays: z.number().int().nonnegative(),
      administration: z.array(z.string().min(1)).min(1),
      antimicrobials: z.array(z.string().regex(/^[A-Z]\d{2}/)).default([]),
      /** Drug rows of plain carrier fluids (saline, glucose): the bag an OPAT antibiotic is given in. */
      carriers: z.array(z.string().min(1)).default([]),
      wardServices: z.strictObject({ codes: z.array(z.string().min(1)).min(1), minHours: z.number().positive() }).optional(),
    })
    .optional(),
  /**
   * A readmission that is a new event of the condition, not the stay continued (related-stays.ts newEvent): with a new
   * diagnosis or close nursing (`closeNursing`, catalogue rows) on its first days, a parenteral drug (names marked
   * `parenteralMarks`; `carriers`, drug rows of plain infusion fluids, not compared) the earlier stay gave neither on its
   * first nor its last days beside a work-up or an emergency admission, or, admitted as an emergency, a raised dose
   * (a line above `takeHomeDoses` times the smallest kept is a take-home supply) or a drug the earlier stay ended on by
   * mouth now injected. Absent: every related readmission is judged a split.
   */
  newEvent: z
    .strictObject({
      parenteralMarks: z.array(z.string().min(1)).min(1),
      carriers: z.array(z.string().min(1)).default([]),
      closeNursing: z.array(z.string().min(1)).default([]),
      takeHomeDoses: z.number().positive().default(7),
      /**
       * ATC groups of the agents a procedure is done with (contrast media, local anaesthetics): given for the
       * procedure, not a treatment of the condition, so a new one is no changed treatment (the procedure is judged itself).
       */
      procedureAgents: z.array(z.string().min(1)).default([]),
    })
    .optional(),
  /**
   * An examination of an outpatient visit at the hospital 1 to `windowDays` days before a planned admission billed
   * again on the admission day (检查结果互认); `notCounted`: serial examinations (catalogue rows) never judged so.
   */
  repeatedExam: z
    .strictObject({
      windowDays: z.number().int().positive(),
      notCounted: z.array(z.string().min(1)),
      /**
       * A visit at the hospital on the admission day itself (the emergency or clinic visit the patient was admitted
       * from), whatever the route: its examinations not `notCounted`, unless the stay's principal category is one whose
       * early repeat imaging is the care (`changedCondition`), or the admission day bills `enhancement.addOn` beside a
       * base examination (an enhanced scan after the plain one is another examination).
       */
      sameDay: z
        .strictObject({
          notCounted: z.array(z.string().min(1)),
          changedCondition: z.array(z.string().min(1)),
          enhancement: z.strictObject({ addOn: z.string().min(1), bases: z.array(z.string().min(1)).min(1) }).optional(),
          source: z.string().min(1),
        })
        .optional(),
      /**
       * A stay coding a pregnancy (`diagnoses`, ICD-10 prefixes) and an obstetric or evacuation procedure
       * (`procedures`, ICD-9-CM-3 prefixes): its admission-day pregnancy ultrasound (`exams`) is the examination before
       * the operation, of findings that change within days (presentation, placenta, viability, retained tissue).
       */
      beforeObstetricProcedure: z
        .strictObject({
          exams: z.array(z.string().min(1)).min(1),
          diagnoses: z.array(z.string().min(1)).min(1),
          procedures: z.array(z.string().min(1)).min(1),
          source: z.string().min(1),
        })
        .optional(),
    })
    .optional(),
  /**
   * Identical bills of many members (集中刷卡, identical-bills.ts): a visit or purchase billing at least `minDrugs`
   * different drugs whose every line (code, date, quantity, price) one doctor billed, that day, to at least
   * `minOtherMembers` other members. Absent: not checked.
   */
  identicalBills: z
    .strictObject({
      minOtherMembers: z.number().int().positive(),
      minDrugs: z.number().int().positive(),
      /** ICD-10 categories of a mass event many are treated for alike (food poisoning): bills of them are not judged. */
      outbreakCategories: z.array(z.string().regex(/^[A-Z]\d{2}$/, 'must be a 3-character ICD-10 category')).default([]),
      /** ICD-10 prefixes of a planned course's session (透析, 放疗, 化疗): a clinic visit coding one is the programme's protocol bill, not judged. */
      courseSessions: z.array(z.string().regex(/^[A-Z]\d{2}(\.\d)?$/)).default([]),
      /**
       * A clinic visit billing at least `minTreatments` different treatment services (not tests), each fitted to the
       * patient, is a template already when `minOtherMembers` other members have it line for line (诱导就医). Absent: such
       * visits are judged by their drugs only.
       */
      treatmentBundle: z.strictObject({ minTreatments: z.number().int().positive(), minOtherMembers: z.number().int().positive() }).optional(),
    })
    .optional(),
  /**
   * Rotating templates (集中刷卡, template-rotation.ts): a clinic visit whose bill (identicalBills.minDrugs drugs or more,
   * line for line) another member of the doctor's day also has, when the `maxBills` most-billed such shared bills of
   * that day hold at least `minMembers` members. Needs identicalBills. Absent: not checked.
   */
  templateRotation: z.strictObject({ minMembers: z.number().int().positive(), maxBills: z.number().int().positive() }).optional(),
  /**
   * A "free" screening day billed as clinic visits (诱导检查, identical-bills.ts screeningDay): a visit billing only its
   * consultation and at least `minTests` different tests and examinations, no treatment and at most `maxDrugs` different
   * drugs, whose every line the same doctor billed that day to at least `minOtherMembers` other members, each (and this
   * one) not seen at the institution before; a visit with a `sickVisitTests` test or a `sickVisitDrugs` drug, or coding
   * an outbreak category (identicalBills.outbreakCategories), is not a check-up. Absent: not checked.
   */
  screeningDay: z
    .strictObject({
      minOtherMembers: z.number().int().positive(),
      minTests: z.number().int().positive(),
      maxDrugs: z.number().int().min(0).default(0),
      /** Tests of an acute infection's work-up (catalogue rows): a visit billing one is a sick patient's, not a check-up. */
      sickVisitTests: z.array(z.string().min(1)).default([]),
      /** Drugs (ATC prefixes of the national drug code) of an acute illness: anti-infectives, antipyretics. */
      sickVisitDrugs: z.array(z.string().min(1)).default([]),
    })
    .optional(),
  /**
   * The same members admitted together again (医养结合机构"养转医", cross-claim/batch-admission.ts): a stay of a member of
   * `minAge` or older admitted on a day when at least `minRecurring` other members were admitted at the institution
   * who were also admitted there with this member on the day of an earlier stay of this member within `lookbackDays`.
   * `roundDays`: admissions that many days apart are one round (a batch admitted over two days); `withCc`: a stay
   * grouped with CC (a chronic comorbidity coded) is judged too, only MCC spares it. Absent: not checked.
   */
  batchAdmission: z
    .strictObject({
      minAge: z.number().int().nonnegative(),
      minRecurring: z.number().int().positive(),
      lookbackDays: z.number().int().positive(),
      roundDays: z.number().int().nonnegative().optional(),
      withCc: z.boolean().optional(),
    })
    .optional(),
  /**
   * 跨年度住院中途结算: a stay discharged on `lastDay` (MM-DD) and readmitted at the same hospital within `gapDays` is one
   * stay settled in two parts (related-stays.ts yearEndContinuation). Absent: every readmission is judged.
   */
  yearEndSettlement: z.strictObject({ lastDay: z.string().regex(/^\d{2}-\d{2}$/), gapDays: z.number().int().nonnegative() }).optional(),
  /**
   * 长期住院中途结算 (monthly settlement of a long stay): a segment of `minNights` or more ended 离院方式 其他 and the next
   * admitted at the same hospital within `gapDays`, 入院途径 其他, is one stay (cross-claim/interim-settlement.ts).
   * Absent: every readmission is judged.
   */
  interimSettlement: z.strictObject({ minNights: z.number().int().positive(), gapDays: z.number().int().nonnegative() }).optional(),
  /**
   * 门诊慢特病 settled as one claim per period (按月结算 of 尿毒症透析: visitDate the settlement's last session, each line
   * dated on its own session day): on a chronic claim billing a dialysis session (knowledge/dialysis-sessions.json),
   * lines dated up to `periodDays` before visitDate are the period's, not lines outside the service (stay-facts.ts).
   * Absent: a chronic claim's lines are judged against its visitDate alone.
   */
  chronicSettlement: z.strictObject({ periodDays: z.number().int().positive() }).optional(),
  /**
   * The pre-operative work-up moved out of an ordinary surgical stay (cross-claim/pre-admission-workup.ts transferred):
   * moved tests including a `screens` row (or every `preOperativeSet` test), the stay admitted `minPreOperativeDays` or more before its operation.
   * Absent: every pre-admission work-up is a settlement note.
   */
  preAdmissionTransfer: z
    .strictObject({
      screens: z.array(z.string().min(1)),
      /**
       * The pre-anaesthetic assessment (coagulation, ECG, chest imaging): moved all together they count as a screen. Each
       * test by the catalogue rows that bill it (a chest film, DR or CT all image the chest).
       */
      preOperativeSet: z.array(z.array(z.string().min(1)).min(1)).default([]),
      minPreOperativeDays: z.number().int().positive(),
    })
    .optional(),
  /**
   * 出院带药 moved out of the stay (cross-claim/discharge-supply-moved.ts): the stay's ending drugs, `minDrugs` or more, new
   * to the member (not dispensed outside a stay in the `lookbackDays` before admission), dispensed by its ward's clinic
   * or a pharmacy from the discharge day to `windowDays` after it. Absent: not checked.
   */
  movedDischargeSupply: z.strictObject({ windowDays: z.number().int().nonnegative(), lookbackDays: z.number().int().positive(), minDrugs: z.number().int().positive() }).optional(),
  /**
   * 转科 settled as a new stay (cross-claim/ward-transfer.ts): a stay at the same hospital, in another department,
   * admitted within `gapDays` of the earlier one's discharge. `separateSettlement`: regions (prefixes of the treating
   * region) that settle a transfer into these receiving departments separately. Absent: not checked.
   */
  wardTransfer: z
    .strictObject({
      gapDays: z.number().int().nonnegative(),
      separateSettlement: z.array(z.strictObject({ regions: z.array(z.string().min(2)), departments: z.array(z.string().min(1)) })),
    })
    .optional(),
  /**
   * 第三人责任 carried over to an injury's later care (cross-claim/third-party-aftercare.ts): a claim billed to the fund for
   * an injury of the region a claim of the member with a third party's external cause, settled with no fund money, coded
   * at most `windowDays` before. Absent: not checked. `recodedWithinDays` (cross-claim/recoded-external-cause.ts): a claim
   * of an injury of that region coding an external cause with no one liable, at most this many days after the claim
   * with the third party's cause (the same injury's emergency visit and admission). Absent: not checked.
   */
  thirdPartyAftercare: z.strictObject({ windowDays: z.number().int().positive(), recodedWithinDays: z.number().int().nonnegative().optional() }).optional(),
  /**
   * 冒名就医 on a dependent member's card (cross-claim/dependent-member.ts): the member's latest stay showed every `kind`
   * of `marks` (tube feeding, dysphagia, immobility: a code starting with one of `codes`, ICD-10 or ICD-9-CM-3, or a
   * service billed under one of `services`, catalogue rows), and a clinic visit at most `windowDays` after its discharge
   * codes a presentation of a walking or drinking person (`ambulatory`, ICD-10 prefixes) with none of the marks and no
   * `fromBed` external cause. Absent: not checked.
   */
  dependentMember: z
    .strictObject({
      windowDays: z.number().int().positive(),
      marks: z.array(z.strictObject({ kind: z.string().min(1), name: z.string().min(1), codes: z.array(z.string().min(1)).default([]), services: z.array(z.string().min(1)).default([]) })).min(1),
      ambulatory: z.array(z.strictObject({ name: z.string().min(1), codes: z.array(z.string().min(1)).min(1) })).min(1),
      fromBed: z.array(z.string().min(1)).default([]),
    })
    .optional(),
  /**
   * Two births closer than biology allows (cross-claim/birth-interval.ts): a delivery stay (a code starting with one of
   * `deliveries`) whose discharge is fewer than `termMinDays` (a term birth: none of `notTerm` coded) or `anyMinDays`
   * (any viable birth) after the admission of the member's earlier delivery stay, itself discharged at least
   * `sameBirthDays` before this admission (nearer, it is the same birth's record: a transfer or a second settlement,
   * which other checks judge). A multiple pregnancy (`multiple`) on either is not judged. Absent: not checked.
   */
  birthInterval: z
    .strictObject({
      deliveries: z.array(z.string().min(1)).min(1),
      notTerm: z.array(z.string().min(1)).min(1),
      multiple: z.array(z.string().min(1)).min(1),
      termMinDays: z.number().int().positive(),
      anyMinDays: z.number().int().positive(),
      sameBirthDays: z.number().int().positive(),
    })
    .optional(),
  /**
   * Threatened abortion with no pregnancy shown (cross-claim/unconfirmed-pregnancy.ts): a clinic visit coding one of
   * `threatened` and billing a drug whose code starts with one of `drugs` (national drug codes: X + ATC), with none of
   * `onClaimItems` or `confirmingItems` (catalogue rows) on it, whose member's earlier claims code one of `infertility`
   * within `contextDays` and show no pregnancy within `confirmationDays` (a `confirmingItems` row billed, or a code under
   * `pregnancy` other than `threatened`). Absent: not checked.
   */
  unconfirmedPregnancy: z
    .strictObject({
      threatened: z.array(z.string().min(1)).min(1),
      drugs: z.array(z.string().min(1)).min(1),
      confirmingItems: z.array(z.string().min(1)).min(1),
      onClaimItems: z.array(z.string().min(1)),
      pregnancy: z.array(z.string().min(1)).min(1),
      infertility: z.array(z.string().min(1)).min(1),
      contextDays: z.number().int().positive(),
      confirmationDays: z.number().int().positive(),
    })
    .optional(),
  /**
   * An elective PCI for chronic coronary disease with no indication in the member's record (cross-claim/elective-pci.ts):
   * a planned stay whose principal diagnosis is of one of `principalCategories` (ICD-10 categories), coding a PCI (`procedures`, ICD-9-CM-3),
   * after a clinic visit of the member coding `coronary` (ICD-10) within `windowDays`, while neither the stay nor any
   * claim of the member within `windowDays` before it codes an `indications` code (angina, ACS, symptoms, ischaemic
   * LV dysfunction, a coronary pressure measurement), bills an `antianginal` drug (national drug codes: X + ATC, or
   * catalogue rows) or an `ischaemiaTests` row. The hit names the stay's `items` lines (PCI fee, stent, balloon).
   * Absent: not checked.
   */
  electivePci: z
    .strictObject({
      principalCategories: z.array(z.string().regex(/^[A-Z]\d{2}$/, 'must be a 3-character ICD-10 category')).min(1),
      procedures: z.array(z.string().min(1)).min(1),
      coronary: z.array(z.string().min(1)).min(1),
      indications: z.array(z.string().min(1)).min(1),
      antianginal: z.array(z.string().min(1)).min(1),
      ischaemiaTests: z.array(z.string().min(1)).default([]),
      items: z.array(z.string().min(1)).min(1),
      windowDays: z.number().int().positive(),
    })
    .optional(),
  /**
   * A nutritional deficiency coded visit after visit and never treated (cross-claim/untreated-deficiency.ts): clinic
   * visits coding only `deficiencies` (ICD-10 prefixes) and billing only a consultation and tests, `minVisits` on
   * different days within `windowDays`, no claim of the window coding a deficiency with a drug. Absent: not checked.
   */
  untreatedDeficiency: z
    .strictObject({
      deficiencies: z.array(z.string().min(1)).min(1),
      minVisits: z.number().int().min(2),
      windowDays: z.number().int().positive(),
    })
    .optional(),
  /**
   * The same prescription settled visit after visit at one grassroots clinic (cross-claim/repeat-prescription-visits.ts):
   * 普通门诊 visits at an institution of `levels` billing only a consultation and drugs, `minVisits` on different days
   * within `windowDays`, each earlier one dispensing every drug of the latest. Absent: not checked.
   */
  repeatPrescriptionVisits: z
    .strictObject({
      levels: z.array(z.number().int().min(1).max(3)).min(1),
      minVisits: z.number().int().min(2),
      windowDays: z.number().int().positive(),
      /** An earlier visit that dispensed every shared drug for this many days or more is a refill (not counted). */
      refillDays: z.number().int().positive(),
    })
    .optional(),
  /**
   * A drug whose restriction the member's approved disease met in place of a treatment (cross-claim/treatment-unrecorded.ts):
   * the member's claims within `windowDays` of it are read for that treatment. Absent: not checked.
   */
  treatmentRecord: z.strictObject({ windowDays: z.number().int().positive() }).optional(),
  /**
   * A pharmacy's restricted drug whose condition only the pharmacy's own code shows (pharmacy-record.ts): judged on a
   * purchase with at least `minEarlier` earlier pharmacy purchases of the drug within `windowDays`. Absent: not checked.
   */
  pharmacyRecord: z.strictObject({ minEarlier: z.number().int().nonnegative(), windowDays: z.number().int().positive() }).optional(),
  /**
   * An online visit with no in-person care of its condition in the record (cross-claim/online-visit.ts): judged only when
   * the member's ledger reaches `recordDays` before the visit (recordReaches). Absent: not checked.
   */
  onlineFirstVisit: z.strictObject({ recordDays: z.number().int().positive() }).optional(),
  /**
   * The 门诊统筹 annual cap shown spent by a settlement cut to a part (cross-claim/cap-spent.ts): paid above nothing and
   * at most `maxShare` of what the ratio of the member's earlier settlements gives. Absent: not checked.
   */
  capCut: z.strictObject({ maxShare: z.number().positive().max(1) }).optional(),
  /**
   * A clinic's subcutaneous injection with nothing injectable on the bill (cross-claim/injection-without-drug.ts): the
   * member's claims of the last `recordDays` are read for an injectable supply. Absent: not checked.
   */
  injectionRecord: z.strictObject({ recordDays: z.number().int().positive() }).optional(),
  /**
   * A chemotherapy cycle coded to the tumour (cross-claim/chemo-stay-principal.ts): an inpatient claim whose principal
   * starts with one of `malignant` billing a `drugs` row (national drug-code prefixes) named with a `parenteralMarks`
   * mark, with no procedure other than `administration` (ICD-9-CM-3 prefixes) and no `workUpItems` row or line named
   * with a `workUpMarks` mark, after a claim within `windowDays` coding the same tumour category under an `encounter`
   * principal. Absent: not checked.
   */
  chemoStayPrincipal: z
    .strictObject({
      malignant: z.array(z.string().min(1)).min(1),
      drugs: z.array(z.string().min(1)).min(1),
      parenteralMarks: z.array(z.string().min(1)).min(1),
      administration: z.array(z.string().min(1)),
      workUpItems: z.array(z.string().min(1)),
      workUpMarks: z.array(z.string().min(1)).default([]),
      /** Imaging that stages a tumour (CT, MRI, PET-CT): on a first stay coding the encounter itself, a diagnostic stay. */
      stagingItems: z.array(z.string().min(1)).default([]),
      encounter: z.array(z.string().min(4)).min(1),
      windowDays: z.number().int().positive(),
    })
    .optional(),
  /**
   * A drug paid only in a condition's acute phase given on a stay coded as the acute event past that phase
   * (cross-claim/acute-phase-drug.ts): a drug row whose `indicationsText` carries `restrictionMark` and whose indications
   * cover the principal, on a stay whose principal is a row's `acute` (ICD-10 prefixes) `acuteDays` to `recoveryDays`
   * after the member's earlier stay of it, showing none of the row's `acuteCare` (catalogue `items`, drugs of the ATC groups
   * `atc` read from the national drug code, ICD-9-CM-3 `procedures`). `sequela`: what the recovery phase is coded as, for the reader. Absent: not checked.
   */
  acutePhaseDrug: z
    .strictObject({
      restrictionMark: z.string().min(1),
      rows: z
        .array(
          z.strictObject({
            name: z.string().min(1),
            acute: z.array(z.string().min(1)).min(1),
            sequela: z.string().min(1),
            acuteDays: z.number().int().positive(),
            recoveryDays: z.number().int().positive(),
            acuteCare: z.strictObject({
              items: z.array(z.string().min(1)).min(1),
              atc: z.array(z.string().min(1)).default([]),
              procedures: z.array(z.string().min(1)).default([]),
            }),
          }),
        )
        .min(1),
    })
    .optional(),
  /**
   * 急诊留观转住院 (enrich/stay-facts.ts): an emergency admission's lines dated from an emergency consultation at most
   * `days` before the admission are the observation's, settled with the stay. Absent: such lines are judged as any before the admission.
   */
  emergencyObservation: z.strictObject({ days: z.number().int().positive() }).optional(),
  /**
   * Principal diagnoses (ICD-10 prefixes) whose care the law sends to designated hospitals (tuberculosis, HIV, the
   * notifiable infections treated in isolation, severe mental disorders): a transfer within one level for them is the
   * required hand-over to the 定点医疗机构, not judged as a split (transfer-episode.ts lateralTransfer). Absent: none.
   */
  designatedCare: z.strictObject({ diagnoses: z.array(z.string().min(1)).min(1) }).optional(),
  /**
   * Sessions of a stay's member at a dialysis centre (cross-claim/dialysis-beside-stay.ts): clinic claims billing a
   * dialysis session (`dialysisSessions`) dated from `daysBefore` days before the admission to the discharge day. Absent: not checked.
   */
  dialysisBesideStay: z.strictObject({ daysBefore: z.number().int().nonnegative() }).optional(),
  /**
   * Dialysis with no kidney disease on the member's record (cross-claim/dialysis-without-kidney-record.ts): a claim of
   * `visitTypes` billing a dialysis session (`dialysisSessions`), the member's earlier claims (other than this institution's sessions)
   * holding some care but no `kidney` code. Absent: not checked.
   */
  dialysisRecord: z
    .strictObject({ kidney: z.array(z.string().min(1)).min(1), visitTypes: z.array(z.string().min(1)).min(1) })
    .optional(),
  /**
   * Rehabilitation of an acute event (stroke) as an inpatient course long after it (cross-claim/late-rehabilitation.ts):
   * a stay whose principal is in `rehabilitation`, billing a `therapy` row, more than `maxDays` after the admission of
   * the member's latest stay whose principal is in `onset`. Absent: not checked.
   */
  rehabilitationAfterOnset: z
    .strictObject({
      onset: z.array(z.string().regex(/^[A-Z][0-9]{2}$/)).min(1),
      rehabilitation: z.array(z.string().regex(/^[A-Z][0-9]{2}$/)).min(1),
      therapy: z.array(z.string().min(1)).min(1),
      maxDays: z.number().int().positive(),
    })
    .optional(),
  /**
   * Dialysis after a kidney transplant (cross-claim/dialysis-after-transplant.ts): a clinic claim billing a
   * dialysis session (`dialysisSessions`) within `windowDays` after a stay coding a `transplant` operation, with no `graftDysfunction`
   * code on it, the stay or any claim since, nor a claim since (not a clinic session) coding `kidneyFailure` with
   * `graft`. Absent: not checked.
   */
  dialysisAfterTransplant: z
    .strictObject({
      transplant: z.array(z.string().min(1)).min(1),
      graftDysfunction: z.array(z.string().min(1)).min(1),
      graft: z.array(z.string().min(1)).min(1),
      kidneyFailure: z.array(z.string().min(1)).min(1),
      windowDays: z.number().int().positive(),
    })
    .optional(),
  /**
   * Peritoneal dialysis fluid on a haemodialysis claim (cross-claim/peritoneal-fluid.ts): `drugs` (catalogue rows) need
   * peritoneal dialysis, shown by a code starting with one of `shows` (ICD-10 or ICD-9-CM-3) on the claim or in the
   * member's record; a claim is haemodialysis by a code starting with one of `haemodialysis` or a `haemodialysisItems`
   * row billed. Absent: not checked.
   */
  peritonealDialysis: z
    .strictObject({
      drugs: z.array(z.string().min(1)).min(1),
      shows: z.array(z.string().min(1)).min(1),
      haemodialysis: z.array(z.string().min(1)).min(1),
      haemodialysisItems: z.array(z.string().min(1)),
    })
    .optional(),
  /**
   * A lung nodule's surveillance CT billed as enhanced (cross-claim/nodule-enhancement.ts): a clinic claim coding a
   * `nodule` (ICD-10 prefixes; none of `notWith`) billing the `addOn` beside a `chestCt` row on one day, with no
   * `administration` row and no line named with an `administrationMarks` mark, whose member had a plain chest CT
   * (no `addOn` that day) on a claim coding a nodule `minDays` to `maxDays` before. Absent: not checked.
   */
  noduleEnhancement: z
    .strictObject({
      nodule: z.array(z.string().min(1)).min(1),
      notWith: z.array(z.string().min(1)).default([]),
      chestCt: z.array(z.string().min(1)).min(1),
      addOn: z.string().min(1),
      administration: z.array(z.string().min(1)).min(1),
      administrationMarks: z.array(z.string().min(1)).default([]),
      minDays: z.number().int().positive(),
      maxDays: z.number().int().positive(),
    })
    .optional(),
  /**
   * Hours of one member's care on one date across the member's claims (cross-claim/day-clock.ts): each clock a set of
   * groups of hour-billed items (catalogue codes or rows) one patient cannot receive at once; a group's items run side
   * by side (its longest counts). Claims of one date totalling more than 24 + `toleranceHours` of a clock are judged.
   * Absent: not checked.
   */
  dayClock: z
    .strictObject({
      toleranceHours: z.number().nonnegative(),
      clocks: z.array(z.strictObject({ name: z.string().min(1), groups: z.array(z.array(z.string().min(1)).min(1)).min(1) })).min(1),
    })
    .optional(),
});

const frequencyRowSchema = z.strictObject({
  code: z.string().min(1),
  name: z.string().min(1),
  /** episode: per stay or visit; period: any periodDays days; week: a calendar week, Monday to Sunday. */
  per: z.enum(['episode', 'period', 'week']),
  periodDays: z.number().int().positive().optional(),
  /**
   * The units allowed: a line counts its quantity (the catalogue row's 计价单位 charged: 次, 日, 根, 套), on this claim
   * and on the member's earlier claims alike; distinctDays counts days instead.
   */
  max: z.number().int().positive(),
  /**
   * Per episode: beyond `max`, one unit more on each day the claim bills one of `codes` (code prefixes): the
   * recipient's ABO and RhD typed again on the sample of each crossmatch (临床输血技术规范). Absent: none.
   */
  extraPerDayWith: z.strictObject({ codes: z.array(z.string().min(2)).min(1), label: z.string().min(1) }).optional(),
  /** Count the days it is billed on, not its units: twice-daily radiotherapy fractions are one treatment day. */
  distinctDays: z.boolean().optional(),
  /**
   * Per period: the most units one claim may bill on one day besides the period's count (a session item whose
   * 计价单位 is 次: one outpatient session is one 次 however long it runs). Absent: only the period's count.
   */
  perDayMax: z.number().int().positive().optional(),
  /**
   * Other catalogue codes that are the same session in another modality (血液透析滤过 given in place of a 血液透析): their
   * lines, on this claim and the member's earlier claims, count against this row's limit and are judged by it beside
   * the row's own code. Absent: only the row's code.
   */
  countsWith: z.array(z.string().min(1)).min(1).optional(),
  /** Only claims of these visit types count (maintenance dialysis sessions, not an inpatient's daily dialysis); absent: all. */
  visitTypes: z.array(z.enum(['inpatient', 'outpatient', 'chronic', 'pharmacy'])).min(1).optional(),
  /**
   * ICD-10 prefixes (at most a category) of principal diagnoses the limit does not apply to: the claim being judged
   * is not counted against it when its principal diagnosis starts with one (rehabilitation after a stroke or a joint
   * replacement runs longer than a course of acupuncture for back pain).
   */
  notForPrincipal: z.array(z.string().regex(/^[A-Z][0-9]{0,2}$/)).min(1).optional(),
  /**
   * ICD-10 prefixes (at most a category): the row judges only a claim whose principal diagnosis starts with one, in
   * place of the code's general row (monitoring panels in a psychiatric stay); several such rows may share a code.
   */
  forPrincipal: z.array(z.string().regex(/^[A-Z][0-9]{0,2}$/)).min(1).optional(),
  /**
   * ICD-9-CM-3 prefixes: the row judges only a claim coding one of these procedures, in place of the code's general
   * row, and counts only earlier claims coding one too (one fee, 经皮外周血管腔内成形术, bills a limb's angioplasty and
   * a dialysis fistula's: only the fistula's repeats are read against the access guideline's interval).
   */
  withProcedures: z.array(z.string().regex(/^[0-9]{2}(\.[0-9A-Za-z]{0,8})?$/)).min(1).optional(),
  /**
   * ICD-10 prefixes of which the claim must code one as well (any position) for a `forPrincipal` row to judge it: a
   * surveillance schedule is the follow-up's (Z08 恶性肿瘤治疗后的随访检查), not the response assessment during treatment;
   * down to a 国家临床版 extension code where only it carries the distinction (A15.000x018 肺结核（初治,药物敏感）).
   */
  withDiagnoses: z.array(z.string().regex(/^[A-Z][0-9]{0,2}(\.[0-9A-Za-z]{0,3}(x[0-9]{0,3})?)?$/)).min(1).optional(),
  /**
   * ICD-10 codes matched whole, beside withDiagnoses: a parent code that its own extension codes contradict (K03.600
   * 牙齿沉积物 counts, its extension K03.600x001 牙齿变色 does not).
   */
  exactDiagnoses,
  /**
   * An earlier claim counts only when it codes an injury of a body region this claim codes too (injuryRegion: the S
   * block or T category): a wound's care is of its own region, a new wound elsewhere is a new debridement.
   */
  sameInjuryRegion: z.boolean().optional(),
  /** Name marks of lines that, on the claim, make the repeat indicated (碳酸锂: lithium levels and renal function are monitored). */
  notWithItems: z.array(z.string().min(2)).optional(),
  /**
   * ICD-10 diagnosis and ICD-9-CM-3 procedure prefixes that give an examination a reason of its own: a claim coding one
   * (any position) is neither judged by the row nor counted against a later claim (an endoscopy for bleeding, or one
   * whose finding or resection the guideline re-looks at within months). Absent: every claim counts.
   */
  reasonCodes: z.array(z.string().regex(/^([A-Z][0-9]{0,2}(\.[0-9A-Za-z]{0,3}(x[0-9]{0,3})?)?|[0-9]{2}(\.[0-9A-Za-z]{0,8})?)$/)).min(1).optional(),
  /**
   * A claim dated within `days` days before or after another claim of the member, at any institution, coding one of
   * `procedures` (ICD-9-CM-3 prefixes; "operations": chapters 00–86) or billing one of `codes` (catalogue rows) is a
   * check that care called for, neither judged nor counted: a cardiac device interrogated before and after an operation
   * or an MRI. Absent: none.
   */
  aroundProcedures: z
    .strictObject({ days: z.number().int().positive(), procedures: z.array(z.string().min(1)).min(1), codes: z.array(z.string().min(1)).default([]) })
    .optional(),
  /**
   * A periodic follow-up test of a stable chronic condition (with `forPrincipal`, per period): only the member's claims
   * of that condition count, and an earlier test stops counting once an inpatient stay ends after it. Not judged: an
   * emergency visit, and a line another diagnosis of the claim calls for (test-indications.json: the condition changed).
   */
  followUp: z.boolean().optional(),
  /**
   * Per period: extra sessions allowed in a window that holds a clean handover of a scheduled programme from one
   * institution to another (every session at the first before every session at this claim's, no return in the
   * window): the weekly days shift at the handover (a dialysis member dialysing in another province while visiting
   * family). Sessions alternating between institutions, or added at one, are counted as ever. Absent: none.
   */
  handoverExtra: z.number().int().positive().optional(),
  /**
   * Per period: `extra` more allowed up to `days` days after the member's stay coding one of `procedures` (ICD-9-CM-3
   * prefixes) was discharged: the closer monitoring of the weeks after an operation (a new kidney graft's creatinine
   * 2–3 times a week). Absent: none.
   */
  afterStayExtra: z.strictObject({ procedures: z.array(z.string().regex(/^[0-9]{2}(\.[0-9]{0,4}(x[0-9]{3})?)?$/)).min(1), days: z.number().int().positive(), extra: z.number().int().positive() }).optional(),
  /**
   * Per period: `extra` more allowed up to `days` days after the member's first dispensing of a drug of `atc` (ATC
   * prefixes of the national drug code) in the record, the dispensing not a 长处方 (a renewal of a stable treatment):
   * the closer monitoring of a treatment's first months (慢乙肝 antivirals: liver function every 1–3 months from the
   * start). Absent: none.
   */
  treatmentStartExtra: z.strictObject({ atc: z.array(z.string().regex(/^[A-Z][0-9]{2}[A-Z]{0,2}[0-9]{0,2}$/)).min(1), days: z.number().int().positive(), extra: z.number().int().positive() }).optional(),
  /**
   * Per period: a second, longer window counted the same way, for claims whose principal diagnosis starts with one of
   * `forPrincipal`: a schedule's monthly rhythm beside the short ceiling (a dialysis member's renal panel about monthly,
   * 血液净化标准操作规程: weekly panels pass a 7-day limit of two). `afterStayExtra` as the row's. Absent: none.
   */
  longerPeriod: z
    .strictObject({
      periodDays: z.number().int().positive(),
      max: z.number().int().positive(),
      forPrincipal: z.array(z.string().regex(/^[A-Z][0-9]{0,2}$/)).min(1),
      afterStayExtra: z.strictObject({ procedures: z.array(z.string().regex(/^[0-9]{2}(\.[0-9]{0,4}(x[0-9]{3})?)?$/)).min(1), days: z.number().int().positive(), extra: z.number().int().positive() }).optional(),
    })
    .optional(),
  /**
   * Per period: `extra` more allowed in a window holding a line whose own claim, or an emergency visit or a stay of
   * the member on its day or the day before, codes one of `codes` (ICD-10 prefixes of the condition that calls for
   * more): the emergency dialysis session of fluid overload, acute left heart failure, pulmonary oedema,
   * hyperkalaemia or acidosis beside the weekly schedule; a radiotherapy plan per site where metastases are treated
   * at several sites. Absent: none.
   */
  urgentExtra: z.strictObject({ codes: z.array(z.string().regex(/^[A-Z][0-9]{0,2}(\.[0-9A-Za-z]{0,3})?$/)).min(1), extra: z.number().int().positive() }).optional(),
  /** Name marks of the condition's drugs: another strength or quantity than on the earlier test's claim is a dose change, after which the recheck is the schedule's. */
  doseDrugs: z.array(z.string().min(2)).min(1).optional(),
  /** ICD-10 prefixes of an abnormal result (R74 raised transaminases): an earlier test whose claim codes one found the condition active, and the recheck after it is that finding's, not the stable schedule's (followUp rows). */
  afterAbnormal: z.array(z.string().min(1)).min(1).optional(),
  /**
   * Code prefixes (a drug's X + ATC: XH02AB a glucocorticoid) of which one must be billed on the claim the same day for
   * the row's line to count, on this claim and on earlier ones: the injectate that makes an anaesthesia row billed in a
   * clinic a steroid injection. Absent: every line counts.
   */
  withCodes: z.array(z.string().min(2)).min(1).optional(),
  /** Code prefixes of the lines billed the same day that belong to the procedure (its kit, its anaesthetic): named with a line beyond the limit. */
  alongCodes: z.array(z.string().min(2)).min(1).optional(),
  /**
   * Per period: `max` is per site (a tooth), and the sites are those the window's visits billing the item show, since
   * claims carry no tooth numbers: a visit opens max(1, its distinct `diagnoses`) sites unless it codes a `continuing`
   * procedure (a later stage of a site already opened: 根管冲洗, 根管充填) and no `opening` one; the window shows at
   * least its distinct `diagnoses` codes. Absent: `max` is for the member.
   */
  sites: z
    .strictObject({
      /** The site and the item's unit as the investigator reads them: 牙, 根管. */
      name: z.string().min(1),
      unit: z.string().min(1),
      /** ICD-10 prefixes of the diagnoses that name a site (pulpitis, periapical disease, a fractured tooth). */
      diagnoses: z.array(z.string().regex(/^[A-Z][0-9]{2}(\.[0-9A-Za-z]{0,4})?$/)).min(1),
      /** ICD-9-CM-3 code prefixes of a site's opening (开髓、牙髓摘除) and of its later stages. */
      opening: z.array(z.string().min(2)).min(1),
      continuing: z.array(z.string().min(2)).min(1),
      /**
       * ICD-9-CM-3 code prefixes of the stage that ends a site's course in one sitting (根管充填): each visit coding one
       * finishes at least one site, so for billingsPerSite the institution's such visits in the window count as sites
       * too (teeth opened together under one diagnosis code, each filled at its own visit).
       */
      filling: z.array(z.string().min(2)).min(1).optional(),
      /**
       * Visits at one institution that may bill the item for each site its visits opened in the window (a canal's
       * charge covers its whole treatment: the course's canals at one visit, a canal found at a later stage at one
       * more): more are the course's canals charged again, whatever the units. Absent: not judged so.
       */
      billingsPerSite: z.number().int().positive().optional(),
    })
    .optional(),
  source: z.string().min(1),
});

const relatedGroupSchema = z.strictObject({
  name: z.string().min(1),
  /** ICD-10 categories (three characters) that count as one condition. */
  categories: z.array(z.string().regex(/^[A-Z][0-9]{2}$/)).min(2),
  source: z.string().min(1),
});

/**
 * A condition whose later, less specific coding continues it in one direction only: an aspiration pneumonia (J69)
 * followed by a pneumonia of unspecified organism (J18) is the same lung infection recoded; the reverse order names a
 * new aspiration, a new event.
 */
const continuationSchema = z.strictObject({
  name: z.string().min(1),
  /** ICD-10 categories of the earlier stay's principal diagnosis. */
  earlier: z.array(z.string().regex(/^[A-Z][0-9]{2}$/)).min(1),
  /** ICD-10 categories of the later stay's principal diagnosis that continue it. */
  later: z.array(z.string().regex(/^[A-Z][0-9]{2}$/)).min(1),
  source: z.string().min(1),
});

export type Continuation = z.infer<typeof continuationSchema>;

const stagedOperationSchema = z.strictObject({
  name: z.string().min(1),
  /** Catalogue codes of the billed operation line (the ledger keeps these lines of a stay). */
  items: z.array(z.string().min(1)).min(1),
  /** ICD-9-CM-3 codes of the operation, for the reader. */
  procedures: z.array(z.string().min(1)).default([]),
  /** Days at least between the two operations for the second to be a staged one (the first side seen settled); absent: any. */
  minDaysBetween: z.number().int().positive().optional(),
  source: z.string().min(1),
});

export type StagedOperation = z.infer<typeof stagedOperationSchema>;

/** A stay that completed a course of its own (康复疗程): the next course's stay is planned care, not a split. */
const courseStaySchema = z.strictObject({
  name: z.string().min(1),
  /** ICD-10 categories of both stays' principal diagnoses. */
  categories: z.array(z.string().regex(/^[A-Z][0-9]{2}$/)).min(1),
  /** The earlier stay's nights at least (a full course). */
  minNights: z.number().int().positive(),
  /** The earlier stay billed one of these within `withinDays` of its discharge (the end-of-course assessment; the ledger keeps these lines). */
  endItems: z.array(z.string().min(1)).min(1),
  withinDays: z.number().int().nonnegative(),
  /**
   * Days from the earlier discharge the next course begins at the earliest (its rest interval): a readmission sooner
   * restarts the same course (分解住院). Absent: any gap.
   */
  minGapDays: z.number().int().nonnegative().optional(),
  source: z.string().min(1),
});

/** An episode that ends in the next one (保胎 then delivery): the later stay delivers, the earlier did not. */
const followingEpisodeSchema = z.strictObject({
  name: z.string().min(1),
  /** ICD-10 categories of the earlier stay's principal diagnosis. */
  earlier: z.array(z.string().regex(/^[A-Z][0-9]{2}$/)).min(1),
  /** Service codes of the event (delivery): on the later stay, not on the earlier (unless `later` is given). */
  eventItems: z.array(z.string().min(1)).min(1),
  /**
   * ICD-10 categories of the later stay's principal diagnosis: the next phase of the episode (rehabilitation after
   * the acute stroke). With it, the earlier stay may bill the event items too (early rehabilitation in the acute ward).
   */
  later: z.array(z.string().regex(/^[A-Z][0-9]{2}$/)).min(1).optional(),
  /**
   * ICD-9-CM-3 prefixes of which the earlier stay must code one: the first stage of a staged treatment (ERCP stone
   * extraction before the planned cholecystectomy). Absent: the earlier stay's principal diagnosis is enough.
   */
  earlierProcedures: z.array(z.string().regex(/^[0-9]{2}(\.[0-9A-Za-z]{0,8})?$/)).min(1).optional(),
  /**
   * ICD-9-CM-3 prefixes of which the later stay must code one: a second stage the classification itself names as a
   * readmission (经皮肾镜取石术(II期)(再次住院)). With it, the earlier stay may bill the event items too (both stages
   * bill the same operation row). Absent: the event items alone, billed by the later stay only.
   */
  laterProcedures: z.array(z.string().regex(/^[0-9]{2}(\.[0-9A-Za-z]{0,8})?$/)).min(1).optional(),
  /**
   * The next phase only at another institution: at the same hospital it is a transfer of ward within one stay, and a
   * discharge and readmission for it is judged as any readmission. Absent: any institution.
   */
  otherInstitution: z.boolean().optional(),
  source: z.string().min(1),
});

/** 检查检验结果互认 (exam-recognition.json): how long a result of each examination family serves another claim. */
const recognitionSchema = z.looseObject({
  /** Catalogue rows of a line that makes a visit an emergency one (急诊诊察费). */
  emergencyItems: z.array(z.string().min(1)).default([]),
  /** provider.department values of an emergency department. */
  emergencyDepartments: z.array(z.string().min(1)).default([]),
  /** Catalogue rows that draw the specimen a visit's own tests need (静脉采血): a same-day repeat only beside a repeated test. */
  specimenCollection: z.strictObject({ codes: z.array(z.string().min(1)).min(1), source: z.string().min(1) }).optional(),
  rows: z.array(
    z.strictObject({
      name: z.string().min(1),
      /** Catalogue rows (rules/catalogue/services.json); lines billed under a code beneath a row count as the row. */
      codes: z.array(z.string().min(1)).min(1),
      intervalDays: z.number().int().positive(),
      source: z.string().min(1),
      sample: z.boolean().optional(),
      /** Diagnosis prefixes of a repeating claim whose own schedule calls for the test (a dialysis centre's infection control): not judged there. */
      ownSchedule: z.array(z.string().min(1)).optional(),
    }),
  ),
});

export type ExamRecognitionRow = z.infer<typeof recognitionSchema>['rows'][number];

export interface ExamRecognition {
  /** The row of each catalogue row code. */
  byRow: ReadonlyMap<string, ExamRecognitionRow>;
  emergencyItems: ReadonlySet<string>;
  emergencyDepartments: ReadonlySet<string>;
  specimenCollection: ReadonlySet<string>;
}

/** Seen at the emergency department: its department, or an emergency row (急诊诊察费) among the lines — a claim's or a ledger entry's. */
export function atEmergency<T>(table: ExamRecognition, department: string | null | undefined, lines: readonly T[], rowOf: (line: T) => string): boolean {
  return (department != null && table.emergencyDepartments.has(department)) || lines.some((l) => table.emergencyItems.has(rowOf(l)));
}

export type CourseStay = z.infer<typeof courseStaySchema>;
export type FollowingEpisode = z.infer<typeof followingEpisodeSchema>;

export type HistoryLimits = z.infer<typeof limitsSchema>;
export type FrequencyRow = z.infer<typeof frequencyRowSchema>;

export interface HistoryKnowledge {
  limits: HistoryLimits;
  /** Billing-frequency rows by item code. */
  frequency: ReadonlyMap<string, FrequencyRow>;
  /** Rows with `forPrincipal` or `withProcedures`, by item code: they replace the general row on claims of their principal diagnoses or procedures. */
  scopedFrequency?: ReadonlyMap<string, readonly FrequencyRow[]>;
  /** Condition group by ICD-10 category (related-conditions.json): categories of one group are the same condition. */
  related?: ReadonlyMap<string, string>;
  /** ICD-10 categories of planned courses given in separate stays (related-conditions.json plannedCourses). */
  plannedCourses?: ReadonlySet<string>;
  /** Shortest cycle of such a course, admission to admission (days): a closer readmission is judged as any other. */
  plannedCourseMinDays?: number;
  /** Operations on a paired organ done in staged planned stays (related-conditions.json stagedPairedOperations). */
  stagedOperations?: readonly StagedOperation[];
  /** Operations removing an unpaired organ, done once in a life (related-conditions.json onceOnlyOperations). */
  onceOnlyOperations?: readonly StagedOperation[];
  /** Courses given in stays of their own, each completed (related-conditions.json courseStays). */
  courseStays?: readonly CourseStay[];
  /** An earlier episode the later stay's event ends (related-conditions.json followingEpisodes). */
  followingEpisodes?: readonly FollowingEpisode[];
  /** Earlier → later principal categories that are the same condition in that order only (related-conditions.json continuations). */
  continuations?: readonly Continuation[];
  /**
   * Item codes a stay's ledger entry keeps (billing-frequency rows and staged operations): the cross-claim checks
   * read only these of an inpatient claim.
   */
  stayLedgerCodes?: ReadonlySet<string>;
  /** Which provinces are neighbours (province-adjacency.json): same-day in-person care far apart. Absent: not checked. */
  provinces?: ProvinceAdjacency;
  /**
   * Drugs given once per cycle or per week, by catalogue row code (rules/knowledge/drug-schedules.json, joined in by
   * the enrich refs' loader): a stay's ledger entry keeps every day of them, and a dose across claims is judged by them.
   */
  schedules?: ReadonlyMap<string, DoseSchedule>;
  /** The service rows that are a dialysis session (rules/knowledge/dialysis-sessions.json, joined in by the enrich refs' loader). Absent: none. */
  dialysisSessions?: readonly string[];
  /** Surgery knowledge by operation class (rules/knowledge/operation-classes.json, joined in by the enrich refs' loader): the imaging an elective operation's class calls for. Absent: none. */
  operationClasses?: OperationClasses;
  /**
   * Excisions and biopsies that send a specimen (procedure-billing.json `specimenCodes.prefixes` and `biopsies` less
   * `noSpecimen`, joined in by the enrich refs' loader): the operations whose slides a pathology review (病理会诊) reads. Absent: none.
   */
  specimenExcisions?: { prefixes: readonly string[]; biopsies?: readonly string[]; noSpecimen: readonly string[] };
  /** Recognition intervals of examinations across claims (exam-recognition.json). Absent: not checked. */
  examRecognition?: ExamRecognition;
  /** Cosmetic visits and the covered operations a cosmetic removal is settled as (cosmetic-operations.json). Absent: not checked. */
  cosmetic?: CosmeticOperations;
  /** Outpatient consultation fees ranked by the doctor's grade (consult-grades.json). Absent: not checked. */
  consultGrades?: ConsultGrades;
  /** The register of 定点 internet hospitals (internet-hospitals.json): which visits were online. Absent: none judged online. */
  internetHospitals?: InternetHospitals;
  /** The 医保医师 register's versions (doctor-registry/): a doctor's title on a date. Absent: every doctor read statistically. */
  doctorRegistry?: DoctorRegistry;
  /** Procedures against diagnoses that are not their indication (procedure-indications.json). Absent: not checked. */
  procedureIndications?: ProcedureIndications;
  /** Drug classes a regimen holds one of, not to be added again elsewhere while its supply lasts (regimen-duplicates.json). Absent: not checked. */
  regimenDuplicates?: RegimenDuplicates;
  /** Antineoplastic drugs, the regimens an oral one is part of, drugs an adverse effect stops (regimens.json). Absent: not checked. */
  regimens?: Regimens;
  /** Injection services, injectable drugs and the codes that say what a drugless injection gave (injection-record.json). Absent: not checked. */
  injectionRecord?: InjectionRecord;
  /** HIV codes and the anti-HBV nucleosides the free ART holds (free-antivirals.json). Absent: not checked. */
  freeAntivirals?: FreeAntivirals;
  /** The teeth a mouth holds and the per-tooth items (dentition.json). Absent: not checked. */
  dentition?: Dentition;
  /** Devices left in the body (a ureteric stent, a PICC, a port): what places, removes and maintains each, and its window (devices-in-place.json). Absent: not checked. */
  devicesInPlace?: DevicesInPlace;
  /** Drugs paid only after earlier treatment, with the earlier drugs and tests a record shows (second-line-drugs.json). Absent: not checked. */
  secondLineDrugs?: SecondLineDrugs;
  /** Drugs paid for a diagnosis a work-up establishes, with the conditions that are not it (ruled-out-indications.json). Absent: not checked. */
  ruledOutIndications?: RuledOutIndications;
  /** Antithrombotics not taken together, and what indicates the combination (antithrombotic-combinations.json). Absent: not checked. */
  antithromboticCombinations?: AntithromboticCombinations;
  /** Drugs titrated at follow-up visits with their safety tests (titration.json). Absent: supply counted at the catalogue's daily quantity throughout. */
  titration?: readonly TitrationRow[];
}

/** A drug-schedules.json row as the cross-claim check reads it (the table is loaded and checked by the enrich stage). */
export interface DoseSchedule {
  name: string;
  /** Fewest days between two administration days on the label's schedules. */
  minIntervalDays?: number;
  /** Most units in a cycle of `days` days, counted from the administration day that opens it. */
  cycle?: { days: number; maxUnits: number };
  /** A once-per-cycle dose (at least `minUnits` a day) and its own interval (drug-schedules.json fullDose). */
  fullDose?: { minUnits: number; minIntervalDays: number; unlessDiagnoses?: readonly string[] };
  /** A longer interval when both claims' principal categories are among `categories` (drug-schedules.json). */
  byPrincipal?: readonly { categories: readonly string[]; minIntervalDays: number; sameClass?: { codes: readonly string[] } }[];
  /** A longer interval when either claim also gives one of `companions`: the regimen read from its drugs (regimens.json minIntervalDays, joined in at load). */
  byRegimen?: readonly RegimenInterval[];
  /** Purchases outside a stay counted at the member's own cycle, read from the latest stay giving the drug (drug-supply.ts). */
  ownCycle?: boolean;
  /** The most units in any 7 days across the member's claims, a take-home supply counted at its weekly rate (weekly-dose.ts). */
  weeklyDose?: {
    maxUnits: number;
    unitText: string;
    givenWith: readonly string[];
    supplyUnitsPerWeek: number;
    forDiagnoses: readonly string[];
    unless: { codes: readonly string[]; days: number };
  };
}

/** Used where rules/history carries no tables (tests with a rules folder of their own). */
export const DEFAULT_LIMITS: HistoryLimits = {
  preAdmissionWindowDays: 7,
  supply: { limitDays: 30, longPrescriptionLimitDays: 84, earlyRefillGraceDays: 14 },
  multiPharmacy: { pharmacies: 3, windowDays: 30, minYuanPerDay: 5, overlapMinYuanPerDay: 20, overlapMinShare: 0.25 },
  duplicateStay: { maxTotalDiffShare: 0.02 },
};

export const HISTORY_SUBDIR = 'history';

export function loadHistoryKnowledge(rulesDir: string): HistoryKnowledge {
  const dir = join(rulesDir, HISTORY_SUBDIR);
  const read = (name: string) => {
    const file = join(dir, name);
    return existsSync(file) ? { file, json: JSON.parse(readFileSync(file, 'utf8')) as unknown } : null;
  };
  let limits = DEFAULT_LIMITS;
  const l = read('limits.json');
  if (l) limits = parseTable(limitsSchema, l.json, l.file);
  const frequency = new Map<string, FrequencyRow>();
  const scopedFrequency = new Map<string, FrequencyRow[]>();
  const f = read('billing-frequency.json');
  if (f) {
    const rows = (f.json as { rows?: unknown }).rows;
    if (!Array.isArray(rows)) throw new Error(`${f.file}: expected {"note": "...", "rows": [...]}`);
    rows.forEach((row, i) => {
      const parsed = parseTable(frequencyRowSchema, row, `${f.file} row ${i}`);
      if (parsed.per === 'period' && !parsed.periodDays) throw new Error(`${f.file} row ${i}: periodDays: required for per "period"`);
      if (parsed.sites && parsed.per !== 'period') throw new Error(`${f.file} row ${i}: sites: only for per "period"`);
      if ((parsed.followUp || parsed.doseDrugs || parsed.afterAbnormal) && !(parsed.followUp && parsed.forPrincipal && parsed.per === 'period')) {
        throw new Error(`${f.file} row ${i}: followUp: a follow-up row is per "period", with forPrincipal (and doseDrugs, afterAbnormal only with followUp)`);
      }
      if (parsed.longerPeriod && (parsed.per !== 'period' || parsed.longerPeriod.periodDays <= (parsed.periodDays ?? 0))) throw new Error(`${f.file} row ${i}: longerPeriod: only for per "period", longer than periodDays`);
      if ((parsed.withDiagnoses || parsed.exactDiagnoses.length) && !parsed.forPrincipal) throw new Error(`${f.file} row ${i}: withDiagnoses, exactDiagnoses: only with forPrincipal`);
      if (parsed.forPrincipal || parsed.withProcedures) {
        const rows = scopedFrequency.get(parsed.code) ?? [];
        scopedFrequency.set(parsed.code, [...rows, parsed]);
        return;
      }
      if (frequency.has(parsed.code)) throw new Error(`${f.file} row ${i}: duplicate code ${parsed.code}`);
      frequency.set(parsed.code, parsed);
    });
  }
  const related = new Map<string, string>();
  const plannedCourses = new Set<string>();
  let plannedCourseMinDays = 7;
  const stagedOperations: StagedOperation[] = [];
  const onceOnlyOperations: StagedOperation[] = [];
  const courseStays: CourseStay[] = [];
  const followingEpisodes: FollowingEpisode[] = [];
  const continuations: Continuation[] = [];
  const r = read('related-conditions.json');
  if (r) {
    const list = <T>(key: string, schema: z.ZodType<T>, out: T[]) => {
      const rows = (r.json as Record<string, unknown>)[key] ?? [];
      if (!Array.isArray(rows)) throw new Error(`${r.file}: ${key}: expected a list`);
      rows.forEach((row, i) => {
        out.push(parseTable(schema, row, `${r.file} ${key} ${i}`));
      });
    };
    list('courseStays', courseStaySchema, courseStays);
    list('followingEpisodes', followingEpisodeSchema, followingEpisodes);
    list('continuations', continuationSchema, continuations);
    list('onceOnlyOperations', stagedOperationSchema, onceOnlyOperations);
    const staged = (r.json as { stagedPairedOperations?: unknown }).stagedPairedOperations ?? [];
    if (!Array.isArray(staged)) throw new Error(`${r.file}: stagedPairedOperations: expected a list`);
    staged.forEach((row, i) => {
      stagedOperations.push(parseTable(stagedOperationSchema, row, `${r.file} stagedPairedOperations ${i}`));
    });
    const courses = (r.json as { plannedCourses?: unknown }).plannedCourses ?? [];
    if (!Array.isArray(courses) || !courses.every((c) => typeof c === 'string' && /^[A-Z][0-9]{2}$/.test(c))) {
      throw new Error(`${r.file}: plannedCourses: expected ICD-10 categories such as "Z51"`);
    }
    for (const c of courses) plannedCourses.add(c);
    const minDays = (r.json as { plannedCourseMinDays?: unknown }).plannedCourseMinDays ?? 7;
    if (typeof minDays !== 'number' || !Number.isInteger(minDays) || minDays < 1) throw new Error(`${r.file}: plannedCourseMinDays: expected a whole number of days`);
    plannedCourseMinDays = minDays;
    const groups = (r.json as { groups?: unknown }).groups;
    if (!Array.isArray(groups)) throw new Error(`${r.file}: expected {"note": "...", "groups": [...]}`);
    groups.forEach((group, i) => {
      const parsed = parseTable(relatedGroupSchema, group, `${r.file} group ${i}`);
      for (const c of parsed.categories) {
        if (related.has(c)) throw new Error(`${r.file} group ${i}: category ${c} is already in group ${related.get(c)}`);
        related.set(c, parsed.name);
      }
    });
  }
  // A stay keeps only the lines of limits that count stays (a limit on clinic visits needs no inpatient lines).
  const stayRows = [...frequency.values(), ...[...scopedFrequency.values()].flat()].filter((row) => !row.visitTypes || row.visitTypes.includes('inpatient'));
  const examRecognition = loadRecognition(read('exam-recognition.json'));
  // A stay keeps its recognised examinations too: a later claim's repeat is read against them.
  const recognised = examRecognition ? [...examRecognition.byRow.keys()] : [];
  const rg = read('regimens.json');
  const regimens = rg ? parseRegimens(rg.json, rg.file) : undefined;
  // A stay keeps every day of the regimen's drugs: the member's regimen over time (cross-claim/regimen.ts).
  const regimenDrugs = regimens?.drugs.map((d) => d.code) ?? [];
  // A stay keeps its extractions too: a later claim counts the teeth already taken out (teeth-already-extracted.ts).
  const dentition = loadDentition(dir);
  const dentitionItems = dentition ? [...dentition.extractionItems.codes, ...dentition.perToothItems.codes] : [];
  const stayLedgerCodes = new Set([...stayRows.map((row) => row.code), ...stagedOperations.flatMap((o) => o.items), ...onceOnlyOperations.flatMap((o) => o.items), ...courseStays.flatMap((c) => c.endItems), ...recognised, ...regimenDrugs, ...dentitionItems]);
  const p = read('province-adjacency.json');
  const provinces = p ? parseProvinceAdjacency(p.json, p.file) : undefined;
  const c = read('cosmetic-operations.json');
  const cosmetic = c ? parseCosmeticOperations(c.json, c.file) : undefined;
  const g = read('consult-grades.json');
  const consultGrades = g ? parseConsultGrades(g.json, g.file) : undefined;
  const doctorRegistry = loadDoctorRegistry(rulesDir);
  const internetHospitals = loadInternetHospitals(dir);
  const pi = read('procedure-indications.json');
  const procedureIndications = pi ? parseProcedureIndications(pi.json, pi.file) : undefined;
  const rd = read('regimen-duplicates.json');
  const regimenDuplicates = rd ? parseRegimenDuplicates(rd.json, rd.file) : undefined;
  const injectionRecord = loadInjectionRecord(dir);
  const freeAntivirals = loadFreeAntivirals(dir);
  const secondLineDrugs = loadSecondLineDrugs(dir);
  const ruledOutIndications = loadRuledOutIndications(dir);
  const antithromboticCombinations = loadAntithromboticCombinations(dir);
  const titration = loadTitration(dir);
  const devicesInPlace = loadDevicesInPlace(dir);
  return { limits, frequency, scopedFrequency, related, plannedCourses, plannedCourseMinDays, stagedOperations, onceOnlyOperations, courseStays, followingEpisodes, continuations, stayLedgerCodes, provinces, examRecognition, cosmetic, consultGrades, doctorRegistry, internetHospitals, procedureIndications, regimens, regimenDuplicates, injectionRecord, freeAntivirals, secondLineDrugs, ruledOutIndications, antithromboticCombinations, titration, dentition, devicesInPlace };
}

function loadRecognition(r: { file: string; json: unknown } | null): ExamRecognition | undefined {
  if (!r) return undefined;
  const parsed = parseTable(recognitionSchema, r.json, r.file);
  const byRow = new Map<string, ExamRecognitionRow>();
  parsed.rows.forEach((row, i) => {
    for (const code of row.codes) {
      if (byRow.has(code)) throw new Error(`${r.file} row ${i}: code ${code} is already in row ${byRow.get(code)!.name}`);
      byRow.set(code, row);
    }
  });
  return { byRow, emergencyItems: new Set(parsed.emergencyItems), emergencyDepartments: new Set(parsed.emergencyDepartments), specimenCollection: new Set(parsed.specimenCollection?.codes ?? []) };
}

/**
 * The key a member's drug supply is kept under: "the same generic drug" across institutions. Today the
 * catalogue row the line's code belongs to; with national 23-character codes this becomes their generic prefix.
 */
export function genericDrugKey(code: string, entry: { code: string } | null): string {
  return entry ? entry.code : code;
}

/**
 * Whether two drug codes name one substance in any dosage form: the national 医保药品分类与代码 begins with X, the ATC
 * group (five characters) and the generic name's code (four), then the dosage form (呋塞米片 XC03CAF503A001, 呋塞米注射液
 * XC03CAF503B002). Codes of another shape are the same substance only when equal.
 */
export function sameSubstance(a: string, b: string): boolean {
  const substance = substanceOfDrugCode(a);
  return a === b || (substance !== null && substance === substanceOfDrugCode(b));
}
