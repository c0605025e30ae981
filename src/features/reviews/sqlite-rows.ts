import type { Claim } from '../../contract/claim';
import type { Family, FieldError, Verdict } from '../../contract/verdict';
import type { InvalidInput, ReviewedClaim } from './review-store';
import type { LedgerLine, MemberClaim } from '../../benefits/member-claim';
import type { BillKey, BillPeer } from '../../benefits/identical-bills';
import type { DoctorKey, DoctorVisit } from '../../benefits/cross-claim/doctor-grade';
import { drugsOf } from '../../benefits/identical-bills';
import type { DayBill, DoctorDayKey } from '../../benefits/template-rotation';
import type { AdmissionKey, AdmissionPeer } from '../../benefits/cross-claim/batch-admission';
import type { CaseRecord, CaseStatus, VerdictRecord } from '../../contract/records';

// Rows as SQLite holds them (snake_case, JSON as text) and the mapping to and from the interface types.
// Named parameters in the statements are the same snake_case names, so a row object binds directly.

export interface VerdictRow {
  claim_id: string;
  decision: string;
  risk_score: number;
  families: string;
  rule_ids: string;
  ruleset_version: string;
  model_version: string;
  reviewed_at: string;
  region: string;
  province: string;
  hospital_id: string;
  hospital_level: number;
  department: string | null;
  doctor_id: string | null;
  insurance_type: string;
  visit_type: string;
  service_date: string;
  month: string;
  total_fen: number;
  fund_claimed_fen: number;
  amount_at_stake_fen: number;
  age_years: number | null;
  principal_diagnosis: string | null;
  verdict: string;
}

export interface CaseRow {
  claim_id: string;
  status: string;
  decision: string;
  claim: string;
  verdict: string;
  created_at: string;
  updated_at: string;
  region: string;
  province: string;
  hospital_id: string;
  doctor_id: string | null;
  department: string | null;
  month: string;
  service_date: string;
  risk_score: number;
  amount_at_stake_fen: number;
  insured_id: string;
  patient_name: string | null;
}

export interface InvalidRow {
  claim_id: string | null;
  errors: string;
  raw: string;
  source: string;
  received_at: string;
}

export function verdictRow(r: VerdictRecord, verdictJson: string): VerdictRow {
  return {
    claim_id: r.claimId,
    decision: r.decision,
    risk_score: r.riskScore,
    families: JSON.stringify(r.families),
    rule_ids: JSON.stringify(r.ruleIds),
    ruleset_version: r.rulesetVersion,
    model_version: r.modelVersion,
    reviewed_at: r.reviewedAt,
    region: r.region,
    province: r.province,
    hospital_id: r.hospitalId,
    hospital_level: r.hospitalLevel,
    department: r.department,
    doctor_id: r.doctorId,
    insurance_type: r.insuranceType,
    visit_type: r.visitType,
    service_date: r.serviceDate,
    month: r.month,
    total_fen: r.totalFen,
    fund_claimed_fen: r.fundClaimedFen,
    amount_at_stake_fen: r.amountAtStakeFen,
    age_years: r.ageYears ?? null,
    principal_diagnosis: r.principalDiagnosis ?? null,
    verdict: verdictJson,
  };
}

export function toVerdictRecord(row: VerdictRow): VerdictRecord {
  return {
    claimId: row.claim_id,
    decision: row.decision as VerdictRecord['decision'],
    riskScore: row.risk_score,
    families: JSON.parse(row.families) as Family[],
    ruleIds: JSON.parse(row.rule_ids) as string[],
    rulesetVersion: row.ruleset_version,
    modelVersion: row.model_version,
    reviewedAt: row.reviewed_at,
    region: row.region,
    province: row.province,
    hospitalId: row.hospital_id,
    hospitalLevel: row.hospital_level,
    department: row.department,
    doctorId: row.doctor_id,
    insuranceType: row.insurance_type,
    visitType: row.visit_type,
    serviceDate: row.service_date,
    month: row.month,
    totalFen: row.total_fen,
    fundClaimedFen: row.fund_claimed_fen,
    amountAtStakeFen: row.amount_at_stake_fen,
    // Null on rows stored before migration 14 (and so absent, as they were written).
    ...(row.age_years !== null && row.age_years !== undefined ? { ageYears: row.age_years } : {}),
    ...(row.principal_diagnosis ? { principalDiagnosis: row.principal_diagnosis } : {}),
  };
}

/**
 * The case row a review writes. On update the statement keeps status and created_at; decision is
 * only set from a flagged review (a pass leaves the last flagged decision in place).
 */
export function caseRow(review: ReviewedClaim, verdictJson: string, now: string, claimJson = JSON.stringify(review.claim)): CaseRow {
  const r = review.record;
  return {
    claim_id: r.claimId,
    status: 'new',
    decision: r.decision,
    claim: claimJson,
    verdict: verdictJson,
    created_at: now,
    updated_at: now,
    region: r.region,
    province: r.province,
    hospital_id: r.hospitalId,
    doctor_id: r.doctorId,
    department: r.department,
    month: r.month,
    service_date: r.serviceDate,
    risk_score: r.riskScore,
    amount_at_stake_fen: r.amountAtStakeFen,
    insured_id: review.claim.patient.insuredId,
    patient_name: review.claim.patient.name ?? null,
  };
}

export function toCaseRecord(row: CaseRow, summary: VerdictRecord): CaseRecord {
  return {
    claimId: row.claim_id,
    status: row.status as CaseStatus,
    decision: row.decision as CaseRecord['decision'],
    claim: JSON.parse(row.claim) as Claim,
    verdict: JSON.parse(row.verdict) as Verdict,
    summary,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function invalidRow(input: InvalidInput): InvalidRow {
  return {
    claim_id: input.claimId,
    errors: JSON.stringify(input.errors satisfies FieldError[]),
    // undefined has no JSON form; it is kept as null.
    raw: JSON.stringify(input.raw ?? null),
    source: input.source,
    received_at: input.receivedAt,
  };
}

export interface MemberClaimRow {
  arrival?: number;
  claim_id: string;
  insured_id: string;
  insurance_type: string;
  visit_type: string;
  service_date: string;
  end_date: string;
  hospital_id: string;
  hospital_level: number | null;
  region: string | null;
  doctor_id: string | null;
  department: string | null;
  consult: string | null;
  principal_category: string;
  mdc: string | null;
  total_fen: number;
  policy_fen: number;
  fund_claimed_fen: number;
  items_signature: string;
  /** A clinic visit's care without drugs (MemberClaim.bundleSignature); NULL on other claims and before migration 23. */
  bundle_signature: string | null;
  service_codes: string;
  admission_route: string | null;
  discharge_mode: string | null;
  transfer_from_hospital_id: string | null;
  /** JSON array of the claim's diagnosis and procedure codes; NULL on entries stored before migration 20. */
  codes: string | null;
  /** 1 when the claim carries a third party's or 工伤 external cause, 0 when not; NULL before migration 20. */
  third_party: number | null;
  /** JSON array of a stay's operation days (MemberClaim.operationDays); NULL on other claims and before migration 25. */
  operation_days: string | null;
  lines: string | null;
}

export function memberClaimRow(m: MemberClaim): MemberClaimRow {
  return {
    claim_id: m.claimId,
    insured_id: m.insuredId,
    insurance_type: m.insuranceType,
    visit_type: m.visitType,
    service_date: m.serviceDate,
    end_date: m.endDate,
    hospital_id: m.hospitalId,
    hospital_level: m.hospitalLevel ?? null,
    region: m.region ?? null,
    doctor_id: m.doctorId ?? null,
    department: m.department ?? null,
    consult: m.consult ? JSON.stringify(m.consult) : null,
    principal_category: m.principalCategory,
    mdc: m.mdc,
    total_fen: m.totalFen,
    policy_fen: m.policyFen,
    fund_claimed_fen: m.fundClaimedFen,
    items_signature: m.itemsSignature,
    bundle_signature: m.bundleSignature ?? null,
    service_codes: JSON.stringify(m.serviceCodes),
    admission_route: m.admissionRoute ?? null,
    discharge_mode: m.dischargeMode ?? null,
    transfer_from_hospital_id: m.transferFromHospitalId ?? null,
    codes: m.codes ? JSON.stringify(m.codes) : null,
    third_party: m.thirdParty === undefined ? null : m.thirdParty ? 1 : 0,
    operation_days: m.operationDays?.length ? JSON.stringify(m.operationDays) : null,
    lines: m.lines ? JSON.stringify(m.lines) : null,
  };
}

export function toMemberClaim(r: MemberClaimRow): MemberClaim {
  return {
    insuredId: r.insured_id,
    claimId: r.claim_id,
    insuranceType: r.insurance_type,
    visitType: r.visit_type,
    serviceDate: r.service_date,
    endDate: r.end_date,
    hospitalId: r.hospital_id,
    hospitalLevel: r.hospital_level ?? null,
    region: r.region ?? null,
    doctorId: r.doctor_id ?? null,
    department: r.department ?? null,
    consult: r.consult ? (JSON.parse(r.consult) as MemberClaim['consult']) : null,
    principalCategory: r.principal_category,
    mdc: r.mdc,
    totalFen: r.total_fen,
    policyFen: r.policy_fen,
    fundClaimedFen: r.fund_claimed_fen,
    itemsSignature: r.items_signature,
    bundleSignature: r.bundle_signature ?? null,
    serviceCodes: JSON.parse(r.service_codes) as string[],
    admissionRoute: r.admission_route ?? null,
    dischargeMode: r.discharge_mode ?? null,
    transferFromHospitalId: r.transfer_from_hospital_id ?? null,
    ...(r.codes ? { codes: JSON.parse(r.codes) as string[] } : {}),
    ...(r.third_party !== null && r.third_party !== undefined ? { thirdParty: r.third_party === 1 } : {}),
    ...(r.lines ? { lines: JSON.parse(r.lines) as LedgerLine[] } : {}),
    ...(r.operation_days ? { operationDays: JSON.parse(r.operation_days) as string[] } : {}),
    arrival: r.arrival,
  };
}

/**
 * An identical bill of another member as the lookup reads it: arrival, claim and member (raw, in this order); the
 * bill's own fields are the key's, which every row matched.
 */
export type BillPeerRow = [arrival: number, claimId: string, insuredId: string, doctorId: string | null, visitType: string];

export function toBillPeer([arrival, claimId, insuredId, doctorId, visitType]: BillPeerRow, key: BillKey): BillPeer {
  const signature = key.bundle ? { itemsSignature: '', bundleSignature: key.itemsSignature } : { itemsSignature: key.itemsSignature };
  return { claimId, insuredId, arrival, hospitalId: key.hospitalId, doctorId, visitType, serviceDate: key.serviceDate, ...signature };
}

/** Another member's stay as the admissions lookup reads it: arrival, claim, member, discharge, category, fund, route (raw, in this order). */
export type AdmissionPeerRow = [arrival: number, claimId: string, insuredId: string, endDate: string, principalCategory: string, fundClaimedFen: number, admissionRoute: string | null];

export function toAdmissionPeer([arrival, claimId, insuredId, endDate, principalCategory, fundClaimedFen, admissionRoute]: AdmissionPeerRow, key: AdmissionKey): AdmissionPeer {
  return { claimId, insuredId, arrival, hospitalId: key.hospitalId, serviceDate: key.serviceDate, endDate, principalCategory, fundClaimedFen, admissionRoute };
}

/** A doctor's visit as the lookup reads it: arrival, claim, member, day and consultation (raw, in this order). */
export type DoctorVisitRow = [arrival: number, claimId: string, insuredId: string, serviceDate: string, consult: string];

export function toDoctorVisit([arrival, claimId, insuredId, serviceDate, consult]: DoctorVisitRow, key: DoctorKey): DoctorVisit {
  return { claimId, insuredId, arrival, hospitalId: key.hospitalId, doctorId: key.doctorId, serviceDate, consult: JSON.parse(consult) as DoctorVisit['consult'] };
}

/** A visit of a doctor's day as the lookup reads it: arrival, claim, member, item signature and ledger lines (raw, in this order). */
export type DayBillRow = [arrival: number, claimId: string, insuredId: string, itemsSignature: string, lines: string | null];

/** The drug count is read from the lines here: a visit's lines are few, and only the doctor's one day is read. */
export function toDayBill([arrival, claimId, insuredId, itemsSignature, lines]: DayBillRow, key: DoctorDayKey): DayBill {
  const drugs = lines ? drugsOf({ lines: JSON.parse(lines) as LedgerLine[] }) : 0;
  return { claimId, insuredId, arrival, hospitalId: key.hospitalId, doctorId: key.doctorId, serviceDate: key.serviceDate, itemsSignature, drugs };
}
