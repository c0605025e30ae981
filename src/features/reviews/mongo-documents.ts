import type { Claim } from '../../contract/claim';
import type { Verdict } from '../../contract/verdict';
import type { InvalidInput, ReviewedClaim } from './review-store';
import type { CaseDoc, InvalidDoc, MemberClaimDoc, PartRefs, VerdictDoc } from '../../store/mongo/schemas';
import { verdictJson } from '../../contract/verdict-json';
import type { LedgerLine, MemberClaim } from '../../benefits/member-claim';
import type { CaseRecord, VerdictRecord } from '../../contract/records';

// Mapping between the Store interface types and the documents. Claim and verdict pass through a JSON round
// trip: the stored copy is detached from the caller's objects, holds exactly what the SQLite store's JSON
// columns hold (undefined dropped), and a value with no JSON form fails here, before anything is written.

/**
 * The claim as a case stores it: JSON text, as in SQLite's claim column. Its unknown fields are the sender's
 * (any depth, any keys): as a BSON sub-document they could exceed MongoDB's nesting limit or be reached by a
 * query; as text they are kept exactly and read back unchanged, and only the case's own fields are queried.
 */
export const claimText = (claim: Claim): string => JSON.stringify(claim);

/** The stored claim back (a case written before claims were stored as text holds a sub-document). */
export function claimOf(stored: string | object | undefined): Claim {
  // Absent only on a case whose claim is in parts that were not read (mongo-long-texts.ts wholeDoc).
  if (stored === undefined) throw new Error('the case document holds no claim: read its parts first');
  return (typeof stored === 'string' ? JSON.parse(stored) : stored) as Claim;
}

/** The verdict document; `inParts`: the reference to its verdict's text stored as parts (then not inline). */
export function verdictDoc(r: VerdictRecord, verdict: Verdict, inParts?: string): VerdictDoc {
  return {
    _id: r.claimId,
    decision: r.decision,
    riskScore: r.riskScore,
    families: [...r.families],
    ruleIds: [...r.ruleIds],
    rulesetVersion: r.rulesetVersion,
    modelVersion: r.modelVersion,
    reviewedAt: r.reviewedAt,
    region: r.region,
    province: r.province,
    hospitalId: r.hospitalId,
    hospitalLevel: r.hospitalLevel,
    department: r.department,
    doctorId: r.doctorId,
    insuranceType: r.insuranceType,
    visitType: r.visitType,
    serviceDate: r.serviceDate,
    month: r.month,
    totalFen: r.totalFen,
    fundClaimedFen: r.fundClaimedFen,
    amountAtStakeFen: r.amountAtStakeFen,
    ...(r.ageYears !== undefined ? { ageYears: r.ageYears } : {}),
    ...(r.principalDiagnosis !== undefined ? { principalDiagnosis: r.principalDiagnosis } : {}),
    ...(inParts ? { parts: { verdict: inParts } } : { verdict: JSON.parse(verdictJson(verdict)) as Record<string, unknown> }),
  };
}

export function toVerdictRecord(d: VerdictDoc): VerdictRecord {
  return {
    claimId: d._id,
    decision: d.decision,
    riskScore: d.riskScore,
    families: d.families,
    ruleIds: d.ruleIds,
    rulesetVersion: d.rulesetVersion,
    modelVersion: d.modelVersion,
    reviewedAt: d.reviewedAt,
    region: d.region,
    province: d.province,
    hospitalId: d.hospitalId,
    hospitalLevel: d.hospitalLevel,
    department: d.department ?? null,
    doctorId: d.doctorId ?? null,
    insuranceType: d.insuranceType,
    visitType: d.visitType,
    serviceDate: d.serviceDate,
    month: d.month,
    totalFen: d.totalFen,
    fundClaimedFen: d.fundClaimedFen,
    amountAtStakeFen: d.amountAtStakeFen,
    ...(d.ageYears !== undefined && d.ageYears !== null ? { ageYears: d.ageYears } : {}),
    ...(d.principalDiagnosis ? { principalDiagnosis: d.principalDiagnosis } : {}),
  };
}

/** What every re-review refreshes on a case; status, decision, createdAt and the case work are the case's own. */
export type CaseRefresh = Omit<CaseDoc, '_id' | 'status' | 'decision' | 'createdAt' | 'assignee' | 'outcome'>;

/**
 * `inParts`: the review's long texts stored as parts (the claim's, the verdict's); the others are inline.
 * What the refresh does not set of claim, verdict and parts, the update unsets (mongo-review-writes.ts).
 */
export function caseRefresh(review: ReviewedClaim, verdict: Record<string, unknown> | undefined, now: string, inParts: PartRefs = {}): CaseRefresh {
  const r = review.record;
  const parts = { ...(inParts.claim && { claim: inParts.claim }), ...(inParts.verdict && { verdict: inParts.verdict }) };
  return {
    ...(parts.claim ? {} : { claim: claimText(review.claim) }),
    ...(parts.verdict ? {} : { verdict }),
    ...(Object.keys(parts).length ? { parts } : {}),
    updatedAt: now,
    region: r.region,
    province: r.province,
    hospitalId: r.hospitalId,
    doctorId: r.doctorId,
    department: r.department,
    month: r.month,
    serviceDate: r.serviceDate,
    riskScore: r.riskScore,
    amountAtStakeFen: r.amountAtStakeFen,
    insuredId: review.claim.patient.insuredId,
    patientName: review.claim.patient.name ?? null,
    families: [...r.families],
    ruleIds: [...r.ruleIds],
  };
}

export function toCaseRecord(d: CaseDoc, summary: VerdictRecord): CaseRecord {
  return {
    claimId: d._id,
    status: d.status,
    decision: d.decision,
    claim: claimOf(d.claim),
    verdict: d.verdict as unknown as Verdict,
    summary,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}

/** The ledger entry; `inParts`: the reference to its lines' text stored as parts (then not inline). */
export function memberClaimDoc(m: MemberClaim, inParts?: string): MemberClaimDoc {
  const { lines, ...rest } = omitClaimId(m);
  return {
    _id: m.claimId,
    ...rest,
    serviceCodes: [...m.serviceCodes],
    ...(inParts ? { parts: { lines: inParts } } : lines ? { lines } : {}),
  };
}

export function toMemberClaim(d: MemberClaimDoc): MemberClaim {
  return {
    insuredId: d.insuredId,
    claimId: d._id,
    insuranceType: d.insuranceType,
    visitType: d.visitType,
    serviceDate: d.serviceDate,
    endDate: d.endDate,
    hospitalId: d.hospitalId,
    region: d.region ?? null,
    doctorId: d.doctorId ?? null,
    department: d.department ?? null,
    hospitalLevel: d.hospitalLevel ?? null,
    consult: d.consult ? { row: d.consult.row, lineId: d.consult.lineId, amountFen: d.consult.amountFen } : null,
    principalCategory: d.principalCategory,
    mdc: d.mdc ?? null,
    totalFen: d.totalFen,
    policyFen: d.policyFen,
    fundClaimedFen: d.fundClaimedFen,
    itemsSignature: d.itemsSignature,
    bundleSignature: d.bundleSignature ?? null,
    serviceCodes: d.serviceCodes,
    admissionRoute: d.admissionRoute ?? null,
    dischargeMode: d.dischargeMode ?? null,
    transferFromHospitalId: d.transferFromHospitalId ?? null,
    insuredElsewhere: d.insuredElsewhere ?? undefined,
    ...(d.codes ? { codes: [...d.codes] } : {}),
    ...(d.thirdParty !== undefined && d.thirdParty !== null ? { thirdParty: d.thirdParty } : {}),
    ...(d.operationDays?.length ? { operationDays: [...d.operationDays] } : {}),
    // Written by memberClaimDoc from LedgerLine values; the schema keeps them as given.
    ...(d.lines ? { lines: d.lines.map((l) => ({ ...(l as LedgerLine) })) } : {}),
  };
}

export function invalidDoc(i: InvalidInput): InvalidDoc {
  return {
    claimId: i.claimId,
    fieldErrors: i.errors.map((e) => ({ path: e.path, message: e.message })),
    raw: JSON.stringify(i.raw) ?? 'null',
    source: i.source,
    receivedAt: i.receivedAt,
  };
}

function omitClaimId(m: MemberClaim): Omit<MemberClaim, 'claimId'> {
  const { claimId: _id, ...rest } = m;
  return rest;
}
