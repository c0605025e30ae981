import { Schema, type Connection, type Model } from 'mongoose';
import { DECISIONS, FAMILIES } from '../../contract/verdict';
import { fen, isoDay, month, nullableString, strictOptions } from './schema-options';
import { fsiFindingSchema, type FsiFindingDoc } from './schemas-fsi';
import { apiKeySchema, auditSchema, counterSchema, type ApiKeyDoc, type AuditDoc, type CounterDoc } from './schemas-work';
import type { CaseStatus } from '../../contract/records';
import type { CaseDismissal, CaseOutcome, RecoveryApproval, VerdictRecord } from '../../contract/records';

export type { ApiKeyDoc, AuditDoc, CounterDoc, FsiFindingDoc };

// Documents as MongoDB holds them: the claimId is the _id (the idempotency key, unique for free), money is
// integer fen, timestamps are the ISO strings the Store interface speaks. strict/strictQuery 'throw': a
// field or filter the schema does not know is a bug to surface, never something to drop silently.

export const CASE_STATUSES: readonly CaseStatus[] = ['new', 'assigned', 'investigating', 'confirmed', 'dismissed'];
const STORED_DECISIONS = DECISIONS.filter((d) => d !== 'invalid');

const options = strictOptions;

/**
 * The long texts (long-texts.ts) a document holds as references to stored parts (stored-parts.ts) instead of
 * inline: the verdict (its document's and its case's: one file), the case's claim, the ledger lines.
 */
export interface PartRefs {
  verdict?: string;
  claim?: string;
  lines?: string;
}

const partRefsSchema = new Schema<PartRefs>(
  { verdict: { type: String }, claim: { type: String }, lines: { type: String } },
  { _id: false, strict: 'throw', versionKey: false },
);
const partRefs = { type: partRefsSchema, default: undefined };
/** Required inline unless the document holds it as parts. */
const inlineUnless = (field: keyof PartRefs) =>
  function (this: { parts?: PartRefs | null }) {
    return !this.parts?.[field];
  };

/** The verdict row (contract/records.ts) keyed by claimId, with the full verdict beside it (or in parts). */
export interface VerdictDoc extends Omit<VerdictRecord, 'claimId'> {
  _id: string;
  verdict?: Record<string, unknown>;
  parts?: PartRefs;
}

export const verdictSchema = new Schema<VerdictDoc>(
  {
    _id: { type: String, required: true },
    decision: { type: String, required: true, enum: STORED_DECISIONS },
    riskScore: { type: Number, required: true, min: 0, max: 1 },
    families: { type: [{ type: String, enum: FAMILIES }], default: [] },
    ruleIds: { type: [String], default: [] },
    rulesetVersion: { type: String, required: true },
    modelVersion: { type: String, required: true },
    reviewedAt: { type: String, required: true },
    region: { type: String, required: true, match: /^\d{6}$/ },
    province: { type: String, required: true, match: /^\d{2}$/ },
    hospitalId: { type: String, required: true },
    hospitalLevel: { type: Number, required: true },
    department: nullableString,
    doctorId: nullableString,
    insuranceType: { type: String, required: true },
    visitType: { type: String, required: true },
    serviceDate: isoDay,
    month,
    totalFen: fen,
    fundClaimedFen: fen,
    amountAtStakeFen: fen,
    ageYears: { type: Number, min: 0 },
    principalDiagnosis: { type: String },
    verdict: { type: Schema.Types.Mixed, required: inlineUnless('verdict') },
    parts: partRefs,
  },
  { ...options, collection: 'verdicts' },
);
// Audit exports and rankings: a month of a province, a hospital's months, a decision's months.
verdictSchema.index({ month: 1, province: 1 });
verdictSchema.index({ hospitalId: 1, month: 1 });
verdictSchema.index({ decision: 1, month: 1 });

export interface CaseDoc {
  _id: string;
  status: CaseStatus;
  decision: 'review' | 'reject';
  /** The claim as JSON text (see claimText in features/reviews/mongo-documents.ts): opaque to every query. */
  claim?: string;
  verdict?: Record<string, unknown>;
  /** The claim and verdict when they are long texts (then absent above). */
  parts?: PartRefs;
  createdAt: string;
  updatedAt: string;
  region: string;
  province: string;
  hospitalId: string;
  doctorId: string | null;
  department: string | null;
  month: string;
  serviceDate: string;
  riskScore: number;
  amountAtStakeFen: number;
  /** The patient as the queue lists them, copied from the claim (whose unknown fields no query reads). */
  insuredId: string;
  patientName: string | null;
  /** Copied from the verdict on every (re-)review, like region and score, so a queue filter is one collection. */
  families: string[];
  ruleIds: string[];
  /** Case work: who has the case and what was found (null until someone sets them). */
  assignee: string | null;
  outcome: CaseOutcome | null;
  /** Why it was dismissed; a supervisor's approval to recover above the fund claimed (null until set). */
  dismissal?: CaseDismissal | null;
  approval?: RecoveryApproval | null;
  /** When the case entered its status (absent on cases no one has moved: createdAt). */
  statusSince?: string | null;
  /** HMAC of insuredId under the pepper (features/cases/insured-key.ts), filled on the first search by it. */
  insuredKey?: string | null;
}

/** What an investigator found: strict like the case, so a stray key is refused rather than stored. */
const outcomeSchema = new Schema<CaseOutcome>(
  { amountToRecoverFen: fen, summary: { type: String, required: true }, violationType: { type: String } },
  { _id: false, strict: 'throw', versionKey: false },
);
const dismissalSchema = new Schema<CaseDismissal>(
  { reasonCode: { type: String, required: true }, text: { type: String, required: true } },
  { _id: false, strict: 'throw', versionKey: false },
);
const approvalSchema = new Schema<RecoveryApproval>(
  { maxAmountFen: fen, by: { type: String, required: true }, keyId: { type: String, required: true }, at: { type: String, required: true }, reason: { type: String, required: true } },
  { _id: false, strict: 'throw', versionKey: false },
);

export const caseSchema = new Schema<CaseDoc>(
  {
    _id: { type: String, required: true },
    status: { type: String, required: true, enum: CASE_STATUSES },
    decision: { type: String, required: true, enum: ['review', 'reject'] },
    // Text, not a sub-document: the sender's unknown fields ride in it as sent, however deep, with whatever
    // keys, and no query can reach into them (the queue lists from the fields below, as SQLite from columns).
    claim: { type: String, required: inlineUnless('claim') },
    verdict: { type: Schema.Types.Mixed, required: inlineUnless('verdict') },
    parts: partRefs,
    createdAt: { type: String, required: true },
    updatedAt: { type: String, required: true },
    region: { type: String, required: true },
    province: { type: String, required: true },
    hospitalId: { type: String, required: true },
    doctorId: nullableString,
    department: nullableString,
    month,
    serviceDate: isoDay,
    riskScore: { type: Number, required: true },
    amountAtStakeFen: fen,
    insuredId: { type: String },
    patientName: nullableString,
    families: { type: [{ type: String, enum: FAMILIES }], default: [] },
    ruleIds: { type: [String], default: [] },
    assignee: nullableString,
    outcome: { type: outcomeSchema, default: null },
    dismissal: { type: dismissalSchema, default: null },
    approval: { type: approvalSchema, default: null },
    statusSince: nullableString,
    insuredKey: nullableString,
  },
  { ...options, collection: 'cases' },
);
// Investigators' work lists: by place and month, by status ordered by money at stake, by provider.
caseSchema.index({ province: 1, month: 1 });
caseSchema.index({ region: 1, month: 1 });
caseSchema.index({ status: 1, amountAtStakeFen: -1 });
caseSchema.index({ month: 1 });
caseSchema.index({ hospitalId: 1, month: 1 });
caseSchema.index({ doctorId: 1 }, { partialFilterExpression: { doctorId: { $type: 'string' } } });
caseSchema.index({ insuredKey: 1 }, { partialFilterExpression: { insuredKey: { $type: 'string' } } });
// Case queues: one's own cases, and the keyset sorts (field, then _id as the tie-break the cursor relies on).
caseSchema.index({ assignee: 1 }, { partialFilterExpression: { assignee: { $type: 'string' } } });
caseSchema.index({ amountAtStakeFen: 1, _id: 1 });
caseSchema.index({ riskScore: 1, _id: 1 });
caseSchema.index({ updatedAt: 1, _id: 1 });
caseSchema.index({ serviceDate: 1, _id: 1 });

export interface MemberClaimDoc {
  _id: string;
  insuredId: string;
  insuranceType: string;
  visitType: string;
  serviceDate: string;
  endDate: string;
  hospitalId: string;
  /** The treating region (就医地 admdvs); absent on entries stored before the field existed (then not judged for distance). */
  region?: string | null;
  /** The doctor the claim names; null when it names none or was stored before the field existed. */
  doctorId?: string | null;
  /** provider.department; null when the claim names none or was stored before the field existed. */
  department?: string | null;
  /** provider.level (1–3); absent on entries stored before the field existed (then a referral up is not excused). */
  hospitalLevel?: number | null;
  /** A clinic visit's consultation (catalogue row, line, money); null otherwise, absent on entries stored before the field existed. */
  consult?: { row: string; lineId: string; amountFen: number } | null;
  principalCategory: string;
  mdc: string | null;
  totalFen: number;
  policyFen: number;
  fundClaimedFen: number;
  itemsSignature: string;
  /** A clinic visit's care without drugs (MemberClaim.bundleSignature); null otherwise, absent on entries stored before. */
  bundleSignature?: string | null;
  serviceCodes: string[];
  admissionRoute?: string | null;
  dischargeMode?: string | null;
  transferFromHospitalId?: string | null;
  /** A stay's insured region when it is not the treating one (MemberClaim.insuredElsewhere); absent on entries stored before. */
  insuredElsewhere?: string | null;
  /** Diagnosis and procedure codes of the claim; absent on entries stored before the field existed (then it shows none). */
  codes?: string[];
  /** The claim carries an external cause a third party or 工伤保险 bears; absent on entries stored before the field existed. */
  thirdParty?: boolean;
  /** A stay's operation days (MemberClaim.operationDays); absent on other claims and on entries stored before the field existed. */
  operationDays?: string[];
  /** Ledger lines (benefits' LedgerLine): plumbing does not know their shape. */
  lines?: object[];
  /** The lines when they are a long text (then absent above). */
  parts?: PartRefs;
}

/** The member ledger: what each claim says, keyed by claimId; member state is derived from it. */
export const memberClaimSchema = new Schema<MemberClaimDoc>(
  {
    _id: { type: String, required: true },
    insuredId: { type: String, required: true },
    insuranceType: { type: String, required: true },
    visitType: { type: String, required: true },
    serviceDate: isoDay,
    endDate: isoDay,
    hospitalId: { type: String, required: true },
    region: nullableString,
    doctorId: nullableString,
    department: nullableString,
    hospitalLevel: { type: Number, default: null },
    consult: { type: new Schema({ row: String, lineId: String, amountFen: Number }, { _id: false }), default: null },
    principalCategory: { type: String, required: true },
    mdc: nullableString,
    totalFen: fen,
    policyFen: fen,
    fundClaimedFen: fen,
    itemsSignature: { type: String, required: true },
    bundleSignature: nullableString,
    serviceCodes: { type: [String], default: [] },
    admissionRoute: nullableString,
    dischargeMode: nullableString,
    transferFromHospitalId: nullableString,
    insuredElsewhere: nullableString,
    codes: { type: [String], default: undefined },
    thirdParty: { type: Boolean, default: undefined },
    operationDays: { type: [String], default: undefined },
    // Read with the member's entries, never queried into: kept as given.
    lines: { type: [Schema.Types.Mixed], default: undefined },
    parts: partRefs,
  },
  { ...options, collection: 'member_claims' },
);
memberClaimSchema.index({ insuredId: 1, serviceDate: 1 });
// Identical bills of many members (集中刷卡): one doctor's bills of one day with one item signature, whoever the member.
memberClaimSchema.index({ itemsSignature: 1, hospitalId: 1, doctorId: 1, serviceDate: 1 });
// A treatment bundle billed alike to several members (诱导就医): the same, by the visit's care without its drugs.
memberClaimSchema.index({ bundleSignature: 1, hospitalId: 1, doctorId: 1, serviceDate: 1 }, { partialFilterExpression: { bundleSignature: { $type: 'string' } } });
// A doctor's consultations around a day (超标准收费 by grade): whoever the member.
memberClaimSchema.index({ hospitalId: 1, doctorId: 1, serviceDate: 1 }, { partialFilterExpression: { consult: { $type: 'object' } } });
// Stays admitted at one institution on one day (the same members admitted together again, 养转医): whoever the member.
memberClaimSchema.index({ hospitalId: 1, serviceDate: 1 }, { partialFilterExpression: { visitType: 'inpatient' } });
// A doctor's clinic visits of one day whatever the bill (rotating templates, 集中刷卡): the consult index above leaves out
// visits without a graded consultation, so its own key (the signature last: the day's bills read from the index).
memberClaimSchema.index({ hospitalId: 1, doctorId: 1, serviceDate: 1, itemsSignature: 1 });
// A doctor's clinic visits of a day at any institution (冒名医生, getDoctorClinics): entries naming a doctor (the visit
// type is filtered on read; $in in a partial filter needs MongoDB 6).
memberClaimSchema.index({ doctorId: 1, serviceDate: 1 }, { partialFilterExpression: { doctorId: { $type: 'string' } } });
// A doctor's stays by operation day at any institution (冒名医生 the other way round, getDoctorOperations): a multikey
// index over the days, stays holding them only.
memberClaimSchema.index({ doctorId: 1, operationDays: 1 }, { partialFilterExpression: { operationDays: { $exists: true } } });

export interface InvalidDoc {
  claimId: string | null;
  /** Named fieldErrors: `errors` is reserved on mongoose documents. */
  fieldErrors: { path: string; message: string }[];
  /** JSON text of the input as received: garbage may hold keys MongoDB refuses ($, .), text never does. */
  raw: string;
  source: string;
  receivedAt: string;
}

export const invalidSchema = new Schema<InvalidDoc>(
  {
    claimId: nullableString,
    fieldErrors: {
      type: [new Schema({ path: { type: String, default: '' }, message: { type: String, required: true } }, { _id: false, strict: 'throw' })],
      validate: { validator: (v: unknown[]) => v.length > 0, message: 'an invalid input names at least one error' },
    },
    raw: { type: String, required: true },
    source: { type: String, required: true },
    receivedAt: { type: String, required: true },
  },
  { ...options, collection: 'invalid_inputs' },
);
invalidSchema.index({ claimId: 1 });
invalidSchema.index({ receivedAt: 1 });

/**
 * 事后发现: a finding a later claim's review made about an earlier claim (SQLite's retrospective_hits), one per claim,
 * rule and finding claim (_id joins the three); hit is the Hit as JSON text, read in the order found (seq).
 */
export interface RetrospectiveHitDoc {
  _id: string;
  claimId: string;
  ruleId: string;
  byClaimId: string;
  hit: string;
  foundAt: string;
  /** Milliseconds of the first finding, then its place among those found in the same batch: the order found. */
  seq: number;
}

export const retrospectiveHitSchema = new Schema<RetrospectiveHitDoc>(
  {
    _id: { type: String, required: true },
    claimId: { type: String, required: true },
    ruleId: { type: String, required: true },
    byClaimId: { type: String, required: true },
    hit: { type: String, required: true },
    foundAt: { type: String, required: true },
    seq: { type: Number, required: true },
  },
  { ...options, collection: 'retrospective_hits' },
);
retrospectiveHitSchema.index({ claimId: 1, seq: 1 });

export interface Models {
  Verdict: Model<VerdictDoc>;
  Case: Model<CaseDoc>;
  MemberClaim: Model<MemberClaimDoc>;
  Invalid: Model<InvalidDoc>;
  Audit: Model<AuditDoc>;
  Counter: Model<CounterDoc>;
  ApiKey: Model<ApiKeyDoc>;
  FsiFinding: Model<FsiFindingDoc>;
  RetrospectiveHit: Model<RetrospectiveHitDoc>;
}

/** Compiles the models on a connection (an unopened one is enough to validate documents). */
export function defineModels(conn: Connection): Models {
  return {
    Verdict: conn.model<VerdictDoc>('Verdict', verdictSchema),
    Case: conn.model<CaseDoc>('Case', caseSchema),
    MemberClaim: conn.model<MemberClaimDoc>('MemberClaim', memberClaimSchema),
    Invalid: conn.model<InvalidDoc>('InvalidInput', invalidSchema),
    Audit: conn.model<AuditDoc>('AuditEntry', auditSchema),
    Counter: conn.model<CounterDoc>('Counter', counterSchema),
    ApiKey: conn.model<ApiKeyDoc>('ApiKey', apiKeySchema),
    FsiFinding: conn.model<FsiFindingDoc>('FsiFinding', fsiFindingSchema),
    RetrospectiveHit: conn.model<RetrospectiveHitDoc>('RetrospectiveHit', retrospectiveHitSchema),
  };
}
