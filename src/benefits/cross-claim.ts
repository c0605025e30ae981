// Typologies across a member's claims at every institution (issue 19): a visit elsewhere during a stay, drug
// supply on hand, the same costly drug from several institutions, items billed more often than allowed.
// Each reads the entries that arrived before the claim (`prior`), so the claim that completes a pattern
// carries the hit and names the others; each names the claim's own lines. One file a family (cross-claim/);
// this module is their one entry point (member-state reads them from here). A check that reads only the claim, its
// items, the member's earlier claims and the knowledge is one line of CROSS_CLAIM_CHECKS (alphabetical, so two new
// checks do not meet in a merge) and a MemberState field by that name, reading besides only what CrossClaimContext
// gives (whether the claim repeats an earlier one, the member's enrolment); member-state.ts calls by hand only the
// checks that wait on another's finding or read the review's wider context.

import type { BenefitItem } from './benefit-claim';
import { acutePhaseDrug } from './cross-claim/acute-phase-drug';
import { afterDeath } from './cross-claim/after-death';
import { antithromboticOverlap } from './cross-claim/antithrombotic-overlap';
import { backdatedVisit } from './cross-claim/backdated-visit';
import { birthTooSoon } from './cross-claim/birth-interval';
import { capSpent } from './cross-claim/cap-spent';
import { chemoStayPrincipal } from './cross-claim/chemo-stay-principal';
import { continuedCourse } from './cross-claim/continued-course';
import { dischargeSupplyMoved } from './cross-claim/discharge-supply-moved';
import { courseOverTransfer } from './cross-claim/course-over-transfer';
import { dayClock } from './cross-claim/day-clock';
import { dependentMemberVisit } from './cross-claim/dependent-member';
import { deviceCareUnplaced } from './cross-claim/device-care-unplaced';
import { distantSameDay } from './cross-claim/distant-same-day';
import { distantRoundTrip } from './cross-claim/distant-round-trip';
import { doseAcrossClaims } from './cross-claim/dose-schedule';
import { classOversupply, multiPharmacy, oversupply } from './cross-claim/drug-supply';
import { electivePci } from './cross-claim/elective-pci';
import { noduleEnhancement } from './cross-claim/nodule-enhancement';
import { panelParts } from './cross-claim/panel-parts';
import { peritonealFluid } from './cross-claim/peritoneal-fluid';
import { dialysisAfterTransplant } from './cross-claim/dialysis-after-transplant';
import { lateRehabilitation } from './cross-claim/late-rehabilitation';
import { dialysisWithoutKidneyRecord } from './cross-claim/dialysis-without-kidney-record';
import { dialysisBesideStay } from './cross-claim/dialysis-beside-stay';
import { hbvDrugOnArt } from './cross-claim/hbv-drug-on-art';
import { stentRemovalUnplaced } from './cross-claim/stent-removal-unplaced';
import { teethAlreadyExtracted } from './cross-claim/teeth-already-extracted';
import { treatedAfterExtraction } from './cross-claim/treated-after-extraction';
import { rootCanalCanalsRebilled } from './cross-claim/root-canal-canals-rebilled';
import { rootCanalRebilled } from './cross-claim/root-canal-rebilled';
import { weeklyDoseOver } from './cross-claim/weekly-dose';
import { indicationShownBefore } from './cross-claim/indication-shown-before';
import { injectionWithoutDrug } from './cross-claim/injection-without-drug';
import { preAdmissionWorkup } from './cross-claim/pre-admission-workup';
import { prescriptionRedispensed } from './cross-claim/prescription-redispensed';
import { procedureNotIndicated } from './cross-claim/procedure-indication';
import { operationImagingMissing } from './cross-claim/operation-imaging';
import { levelPrescribed } from './cross-claim/prescribing-level';
import { recodedExternalCause } from './cross-claim/recoded-external-cause';
import { redatedVisit } from './cross-claim/redated-visit';
import { repeatPrescriptionVisits } from './cross-claim/repeat-prescription-visits';
import { oralRegimenReplaced, stoppedDrugGiven } from './cross-claim/regimen';
import { sameDayRetest } from './cross-claim/same-day-retest';
import { splitPrescription } from './cross-claim/split-prescription';
import { indicationRuledOut } from './cross-claim/ruled-out-indication';
import { secondLineDrugUnsupported } from './cross-claim/second-line-drug';
import { regimenDuplicate } from './cross-claim/regimen-duplicate';
import { onlineControlledDrug, onlineFirstVisit, onlineSameDayConsult } from './cross-claim/online-visit';
import { thirdPartyAftercare } from './cross-claim/third-party-aftercare';
import { treatmentUnrecorded } from './cross-claim/treatment-unrecorded';
import { unconfirmedPregnancy } from './cross-claim/unconfirmed-pregnancy';
import { unseenImaging } from './cross-claim/unseen-imaging';
import { untreatedDeficiency } from './cross-claim/untreated-deficiency';
import { visitDuringStay } from './cross-claim/visit-during-stay';
import { visitResettled } from './cross-claim/visit-resettled';
import { wardCareAfterDischarge } from './cross-claim/ward-care-visit';
import type { HistoryKnowledge } from './history-knowledge';
import type { MemberClaim } from './member-claim';
import { pharmacyDiagnosisUnrecorded } from './pharmacy-record';

export { admissionKeys, batchAdmission, type AdmissionKey, type AdmissionPeer, type BatchAdmission, type StayOwn } from './cross-claim/batch-admission';
export { tooOften, type TooOften } from './cross-claim/billing-frequency';
export { cosmeticOperation, type CosmeticOperation } from './cross-claim/cosmetic-operation';
export { doctorGrade, doctorKey, type DoctorGrade, type DoctorKey, type DoctorVisit } from './cross-claim/doctor-grade';
export { examRepeat, type ExamRepeat } from './cross-claim/exam-repeat';
export { CLINIC_VISITS, list, type Suspect } from './cross-claim/common';
export { distantSameDay } from './cross-claim/distant-same-day';
export { interimContinuation } from './cross-claim/interim-settlement';
export { wardTransfer, carriesEarlierCondition, type WardTransfer } from './cross-claim/ward-transfer';
export { nearDuplicateStay, type NearDuplicateStay } from './cross-claim/near-duplicate-stay';
export { nudgedDuplicate, type NudgedDuplicate } from './cross-claim/nudged-duplicate';
export { organRemovedTwice, type OrganRemovedTwice } from './cross-claim/organ-removed-twice';
export { splitSession, type SplitSession } from './cross-claim/split-session';
export { splitVisit, type SplitVisit } from './cross-claim/split-visit';
export type { SameDayRetest } from './cross-claim/same-day-retest';
export { referredUp } from './cross-claim/referred-up';
export { leftForAnotherHospital, newEvent, relatedStay, stagedPairedOperation, yearEndContinuation } from './cross-claim/related-stays';

/** What some checks read beside the claim, the member's earlier claims and the knowledge. */
export interface CrossClaimContext {
  /** The claim repeats one seen before (duplicateOf, nudgedDuplicate): the duplicate rules' finding, not another's. */
  duplicate: boolean;
  /** The member's approved 门诊慢特病 diseases (ICD-10 codes, the enrolment), if known. */
  approved?: readonly string[] | null;
}

/** A check of the claim against the member's earlier claims: its finding (null or [] when none). */
type CrossClaimCheck = (me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge, c: CrossClaimContext) => unknown;

/** The checks member-state.ts runs alike, each giving the MemberState field of its name. */
export const CROSS_CLAIM_CHECKS = {
  /** A drug the catalogue pays only in the acute phase on a stay coded as the acute stroke months after the member's stroke stay, no new event shown (恢复期 coded as 急性期). */
  acutePhaseDrug,
  /** A second P2Y12 inhibitor, or an anticoagulant beside dual antiplatelet therapy with no indication, bought while another institution's supply lasts. */
  antithromboticOverlap,
  /** A claim dated after the member's death (离院方式 死亡 on a stay), or the death stay naming such claims. */
  afterDeath,
  /** An outpatient visit arriving after a later-dated one of the same clinic, doctor and diagnoses whose bill it repeats: 补报改期重复结算. */
  backdatedVisit,
  /** A delivery stay sooner after the member's earlier delivery than a second birth can be: 冒名就医 on a woman's card. */
  birthTooSoon,
  /** 门诊统筹 money asked after an earlier claim of the year was settled to a part, below the ratio the year's claims were paid at: the annual cap spent. */
  capSpent: (me, items, prior, k) => capSpent(me, items, prior, k.limits.capCut),
  /** A chemotherapy stay coded to the tumour, nothing done to the tumour, between cycles the record codes Z51.1 (主要诊断选择). */
  chemoStayPrincipal,
  /** Days of supply of a class not taken together (NSAIDs) on hand after this purchase above the limit, two of its drugs among them. */
  classOversupply,
  /** A stay's intravenous course continued at outpatient visits of the same hospital right after discharge (either side). */
  continuedCourse,
  /** A course-limited drug billed over a transfer episode on more days than its limit, each stay within it (either side). */
  courseOverTransfer,
  /** Hour-billed care of one kind on one date totalling more than the day over the member's claims of that date (either side). */
  dayClock,
  /** A clinic visit for a walking or drinking person's injury on the card of a member discharged tube-fed and bed-bound weeks before: 冒名就医. */
  dependentMemberVisit,
  /** Care of a venous access device (PICC维护) the member's record never shows placed, while it shows another kind (a port) placed and still in (devices-in-place.json): the placement 串换. */
  deviceCareUnplaced: (me, items, prior, k, c) => (c.duplicate ? null : deviceCareUnplaced(me, items, prior, k)),
  /** A stay's ending drugs dispensed by its ward's clinic or a pharmacy on the discharge day or the next, new to the member (either side): 出院带药 moved out of the stay. */
  dischargeSupplyMoved,
  /** Care in person (or a purchase for a condition the member never had) the same day at an institution in a province far from this one's (neither it nor a neighbour): 借卡. */
  distantSameDay: (me, items, prior, k, c) => distantSameDay(me, items, prior, k.provinces, c.approved ?? [], k),
  /** Care here the day after care in a far province, whose run there began the day after care here (两次隔日跨省往返): 借卡. */
  distantRoundTrip: (me, items, prior, k) => distantRoundTrip(me, prior, k.provinces, k.related),
  /** A drug given once per cycle or per week given again on another claim within its label interval or cycle (either side). */
  doseAcrossClaims: (me, items, prior, k) => doseAcrossClaims(me, items, prior, k.schedules),
  /** An elective PCI for chronic coronary disease after a coronary clinic visit, the record showing no angina, anti-anginal drug or ischaemia test. */
  electivePci,
  /** An anti-HBV nucleoside billed for a member with HIV on the claim or on record, whose free ART already treats hepatitis B (四免一关怀). */
  hbvDrugOnArt,
  /** A subcutaneous injection on a clinic visit with no injectable drug on the bill or in the member's recent supply: a vaccine or tuberculin test outside the fund (串换). */
  injectionWithoutDrug,
  /** A drug paid for a diagnosis a work-up establishes (growth hormone for GH deficiency), billed under it for a member whose record coded a condition that is not it, with no work-up since. */
  indicationRuledOut,
  /** Lines whose restriction's establishing examination (an EMG for IVIG) is on the member's earlier claims within its catalogue record days: not unevidenced. */
  indicationShownBefore,
  /** An inpatient rehabilitation course of a stroke's sequela more than a year (SAMPLE) after the member's acute stroke stay on record (超限定支付, 康复时限). */
  lateRehabilitation,
  /** Lines of a level-restricted drug below this institution's level prescribed at a hospital of the level (双通道, 延伸处方). */
  levelPrescribed,
  /** The same costly drug bought at several institutions within the window. */
  multiPharmacy,
  /** A lung nodule's follow-up chest CT billed with the enhancement surcharge and nothing that gives contrast, after a plain CT of it (either side): 串换. */
  noduleEnhancement,
  /** Outpatient or 门诊慢特病 claims at the hospital of the stay dated inside it (either side): 住院期间门诊另收费. */
  outpatientDuringStay: (me, items, prior) => visitDuringStay(me, items, prior, true),
  /** An oral antineoplastic bought outside a stay while the member's current intravenous regimen, which does not include it, replaced it (regimens.json). */
  oralRegimenReplaced,
  /** Days of a drug's supply on hand after this purchase above the limit. */
  oversupply,
  /** A panel's components billed singly on the admission day of a stay admitted from a visit that billed the panel (分解收费). */
  panelParts: (me, items, prior) => panelParts(me, items, prior),
  /** A pharmacy's restricted drug whose condition only the pharmacy's own code shows, the member's record and approval holding none of it. */
  pharmacyDiagnosisUnrecorded: (me, items, prior, k, c) => pharmacyDiagnosisUnrecorded(me, items, prior, c.approved, k.limits.pharmacyRecord),
  /** A dialysis session whose member's record shows other care but no kidney disease outside the centre's own sessions (虚构透析). */
  dialysisWithoutKidneyRecord,
  /** A stay's member dialysing at a centre (a clinic session claim) from just before the admission to the discharge: the stay's kidney failure is treated there. */
  dialysisBesideStay,
  /** A dialysis session after the member's kidney transplant stay, no graft dysfunction (T86) on record since (虚记透析). */
  dialysisAfterTransplant,
  /** Peritoneal dialysis fluid on a haemodialysis claim of a member whose record shows no peritoneal dialysis (串换). */
  peritonealFluid,
  /** A stay's admission work-up billed on outpatient visits at its hospital in the days before it (either side). */
  preAdmissionWorkup,
  /** A pharmacy claim dispensing the drugs and quantities of an earlier pharmacy claim on the same prescriber's prescription within its validity (处方管理办法 第十八条): 一方多配. */
  prescriptionRedispensed: (me, items, prior, k, c) => prescriptionRedispensed(me, items, prior, c.duplicate),
  /** A procedure against a diagnosis of the claim or the member's record that is by definition not its indication (dry AMD, incipient cataract). */
  procedureNotIndicated,
  /** An elective operation whose class's imaging (operation-classes.json) neither the stay nor the member's claims of the half-year before bill: 无指征手术. */
  operationImagingMissing,
  /** An injury's external cause changed from a third party's to a fall within days of the claim that coded it (第三人责任 hidden). */
  recodedExternalCause,
  /** A clinic bill the same as one a day apart at the same hospital and department, dates moved by a day: 重复结算. */
  redatedVisit,
  /** The same consultation-and-drugs prescription settled at one grassroots clinic on visit after visit, more often than a course needs (虚构诊疗). */
  repeatPrescriptionVisits,
  /** A second drug of a class a long regimen holds one of (a fluoroquinolone beside an MDR-TB regimen's levofloxacin), bought elsewhere while the regimen's supply lasts. */
  regimenDuplicate,
  /** A claim without a consultation repeating tests the day's visit at the hospital billed (拆单重复收费); not a repeated bill's. */
  sameDayRetest: (me, items, prior, k, c) => (c.duplicate ? null : sameDayRetest(me, items, prior, k.examRecognition)),
  /** A second-line drug (a GLP-1 RA) bought again and again, the member's record holding neither the earlier treatment its restriction names nor a test of the condition. */
  secondLineDrugUnsupported,
  /** A pharmacy claim after others the same day at the same pharmacy on the same prescriber's prescription, the day's drugs within one prescription's five: 分解处方. */
  splitPrescription: (me, items, prior, k, c) => splitPrescription(me, items, prior, c.duplicate),
  /** A ureteric stent removal after the member's last stent event was a removal, or a ureteroscopy that placed none (devices-in-place.json): 虚记. */
  stentRemovalUnplaced: (me, items, prior, k, c) => (c.duplicate ? null : stentRemovalUnplaced(me, items, prior, k)),
  /** A drug given after an earlier claim coded the adverse effect its label stops it for (oxaliplatin after 药物性多神经病). */
  stoppedDrugGiven,
  /** A tooth's canals billed again at the later visits of its course at one institution: more canals over the course than the teeth its visits show hold (dentition.json): 重复收费. */
  rootCanalCanalsRebilled,
  /** A root-canal course billed with no opening or preparation here, weeks after another institution billed the filling of a tooth of the same diagnosis (dentition.json): 重复收费. */
  rootCanalRebilled,
  /** A per-tooth item after the member's full-mouth extraction, or extractions beyond the teeth a mouth holds within the window (dentition.json): 虚记. */
  teethAlreadyExtracted,
  /** A root canal or filling of the tooth the claim extracts (one tooth diagnosis), or billed by the clinic treating it after another institution extracted it (dentition.json): 虚构医药服务. */
  treatedAfterExtraction,
  /** An injury's later care billed to the fund after a claim of it a third party settled (第三人责任 carried over). */
  thirdPartyAftercare,
  /** A drug whose restriction the member's approved disease met in place of a treatment (chemotherapy) the member's record of it lacks. */
  treatmentUnrecorded,
  /** Threatened abortion (O20) treated with hormones during infertility care, no pregnancy shown: ART luteal support as 保胎 (串换诊断). */
  unconfirmedPregnancy,
  /** An examination-only claim at a higher-level hospital, nothing there to order it, the day the member was seen and examined for the condition at a lower level (either side): 远程影像 billed as the scan. */
  unseenImaging,
  /** A nutritional deficiency coded at visit after visit billing only a consultation and tests, never treated: a well-child check as care. */
  untreatedDeficiency,
  /** An online visit (定点 internet hospital) with no in-person visit for the condition in the member's record: 互联网首诊. */
  onlineFirstVisit,
  /** A 麻醉药品 or 精神药品 prescribed on an online visit (互联网诊疗 不得开具). */
  onlineControlledDrug,
  /** An online and an in-person consultation of one hospital group for one condition on one day (either side): 重复收取诊察费. */
  onlineSameDayConsult,
  /** Outpatient or pharmacy claims at another institution dated inside an inpatient stay (either side). */
  visitDuringStay: (me, items, prior) => visitDuringStay(me, items, prior),
  /** A stay repeating a same-hospital visit's treatment on its dates (same items, quantities): one night settled twice. */
  visitResettled,
  /** A clinic visit billing hourly monitoring or oxygen at the hospital of a stay right after its discharge (ward care as outpatient). */
  wardCareAfterDischarge,
  /** A drug's weekly dose across the member's claims above its ceiling, sessions' doses and take-home supply together (drug-schedules.json weeklyDose: erythropoietin). */
  weeklyDoseOver: (me, items, prior, k) => weeklyDoseOver(me, items, prior, k.schedules),
} satisfies Record<string, CrossClaimCheck>;

/** Each check's finding under its name (MemberState holds them). */
export type CrossClaimFindings = { [K in keyof typeof CROSS_CLAIM_CHECKS]: ReturnType<(typeof CROSS_CLAIM_CHECKS)[K]> };

// Listed once, not per claim.
const CHECKS = Object.entries<CrossClaimCheck>(CROSS_CLAIM_CHECKS);

/**
 * Every check's name, no finding yet, in CROSS_CLAIM_CHECKS order: where member-state.ts starts each claim's state,
 * so every state has one shape. Built once here; an object given these names one by one per claim (a keyed store
 * each) fell into V8's dictionary mode, slow for the rules that read it.
 */
// Typed as the findings though each is null: a placeholder crossClaimFindings overwrites before anything reads it.
export const NO_FINDINGS = Object.fromEntries(CHECKS.map(([name]) => [name, null])) as unknown as CrossClaimFindings;

/** Writes each check's finding under its name into `into`, which holds every name already (NO_FINDINGS). */
export function crossClaimFindings(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge, c: CrossClaimContext, into: CrossClaimFindings): void {
  const found = into as Record<string, unknown>;
  for (const [name, check] of CHECKS) found[name] = check(me, items, prior, k, c);
}
