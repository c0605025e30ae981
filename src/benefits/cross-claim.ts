// Typologies across a member's claims at every institution (issue 19): a visit elsewhere during a stay, drug
// supply on hand, the same costly drug from several institutions, items billed more often than allowed.
// Each reads the entries that arrived before the claim (`prior`), so the claim that completes a pattern
// carries the hit and names the others; each names the claim's own lines. One file a family (cross-claim/);
// this module is their one entry point (member-state reads them from here).

export { afterDeath, type AfterDeath } from './cross-claim/after-death';
export { tooOften, type TooOften } from './cross-claim/billing-frequency';
export { cosmeticOperation, type CosmeticOperation } from './cross-claim/cosmetic-operation';
export { doctorGrade, doctorKey, type DoctorGrade, type DoctorKey, type DoctorVisit } from './cross-claim/doctor-grade';
export { continuedCourse, type ContinuedCourse } from './cross-claim/continued-course';
export { courseOverTransfer, type CourseOverTransfer } from './cross-claim/course-over-transfer';
export { doseAcrossClaims, type DoseAcrossClaims } from './cross-claim/dose-schedule';
export { examRepeat, type ExamRepeat } from './cross-claim/exam-repeat';
export { multiPharmacy, oversupply, type MultiPharmacy, type Oversupply } from './cross-claim/drug-supply';
export { CLINIC_VISITS, list, type Suspect } from './cross-claim/common';
export { distantSameDay, type DistantSameDay } from './cross-claim/distant-same-day';
export { interimContinuation } from './cross-claim/interim-settlement';
export { levelPrescribed } from './cross-claim/prescribing-level';
export { nearDuplicateStay, type NearDuplicateStay } from './cross-claim/near-duplicate-stay';
export { nudgedDuplicate, type NudgedDuplicate } from './cross-claim/nudged-duplicate';
export { organRemovedTwice, type OrganRemovedTwice } from './cross-claim/organ-removed-twice';
export { redatedVisit, type RedatedVisit } from './cross-claim/redated-visit';
export { splitSession, type SplitSession } from './cross-claim/split-session';
export { splitVisit, type SplitVisit } from './cross-claim/split-visit';
export { preAdmissionWorkup, type PreAdmissionWorkup } from './cross-claim/pre-admission-workup';
export { referredUp } from './cross-claim/referred-up';
export { leftForAnotherHospital, newEvent, relatedStay, stagedPairedOperation, yearEndContinuation } from './cross-claim/related-stays';
export { visitDuringStay, type VisitDuringStay } from './cross-claim/visit-during-stay';
export { thirdPartyAftercare, type ThirdPartyAftercare } from './cross-claim/third-party-aftercare';
export { peritonealFluid, type PeritonealFluid } from './cross-claim/peritoneal-fluid';
export { wardCareAfterDischarge, type WardCareAfterDischarge } from './cross-claim/ward-care-visit';
