import { EMPTY_CATALOGUE } from '../../src/enrich/catalogue';
import type { Claim, ClaimItem } from '../../src/contract/claim';
import { FAMILIES, type Decision, type Hit, type Verdict } from '../../src/contract/verdict';
import { ledgerEntry } from '../../src/benefits/ledger-entry';
import { addDays, ageInYears } from '../../src/contract/dates';
import { enrichClaim } from '../../src/enrich/enrich';
import { lineFen, toFen, toYuan } from '../../src/money/fen';
import type { InvalidInput, ReviewedClaim } from '../../src/features/reviews/review-store';
import type { MemberClaim } from '../../src/benefits/member-claim';
import type { VerdictRecord } from '../../src/contract/records';

// Valid claims, verdicts and store records built from a few defaults, so a test states only what it is about.
// Every claim passes src/validate: item amount = quantity × unitPrice, items add up to amounts.total,
// policy ≤ total, fundClaimed ≤ policy, items dated inside the service dates, one principal diagnosis.
// Defaults are fixed (no clock, no randomness) so two calls build equal claims.

type ItemSpec = Omit<ClaimItem, 'amount' | 'date'> & { amount?: number; date?: string };

/** One line item; amount is quantity × unitPrice (to the fen) unless given. */
export function makeItem(overrides: Partial<ItemSpec> & { date?: string } = {}): ClaimItem {
  const base = { lineId: '1', code: 'XN02BEA171A001010103456', name: '对乙酰氨基酚片', category: 'drug' as const, quantity: 1, unitPrice: 10 };
  const spec = { ...base, ...overrides };
  return {
    ...spec,
    date: spec.date ?? '2025-03-04',
    amount: spec.amount ?? toYuan(lineFen(spec.quantity, spec.unitPrice)),
  };
}

/** Amounts that add up: total = Σ items; policy = total; the fund pays 85% of it, rounded down to the fen. */
export function amountsFor(items: readonly ClaimItem[], fundShare = 0.85): Claim['amounts'] {
  const totalFen = items.reduce((s, i) => s + toFen(i.amount), 0);
  return { total: toYuan(totalFen), policy: toYuan(totalFen), fundClaimed: toYuan(Math.floor(totalFen * fundShare)) };
}

/**
 * An employee's five-day inpatient stay (2025-03-04 → 2025-03-09) for a cerebral infarction at a level-3
 * hospital in Chengdu (510100). Overriding admissionDate moves the default discharge and item dates with it;
 * overriding items recomputes amounts unless amounts are given too.
 */
export function makeClaim(overrides: Partial<Claim> = {}): Claim {
  const admissionDate = overrides.admissionDate ?? '2025-03-04';
  const dischargeDate = overrides.dischargeDate ?? addDays(admissionDate, 5);
  const day = (n: number) => addDays(admissionDate, n);
  const items = overrides.items ?? [
    makeItem({ lineId: '1', code: 'XN02BEA171A001010103456', name: '对乙酰氨基酚片', category: 'drug', date: day(0), quantity: 6, unitPrice: 0.85 }),
    makeItem({ lineId: '2', code: '001102000010000', name: '住院诊查费', category: 'service', date: day(0), quantity: 5, unitPrice: 25 }),
    makeItem({ lineId: '3', code: 'C1402010010000', name: '一次性使用输液器', category: 'consumable', date: day(1), quantity: 4, unitPrice: 3.5 }),
    makeItem({ lineId: '4', code: '001101000010000', name: '床位费', category: 'service', date: day(0), quantity: 5, unitPrice: 60 }),
    makeItem({ lineId: '5', code: '002101000010000', name: '颅脑磁共振平扫', category: 'service', date: day(1), quantity: 1, unitPrice: 480 }),
  ];
  return {
    claimId: 'IP-510100-0001',
    region: '510100',
    insuranceType: 'employee',
    visitType: 'inpatient',
    patient: { insuredId: 'INS-5101-000001', gender: 'M', birthDate: '1958-06-12', retired: true },
    enrollment: { enrolledOn: '2005-01-01', continuousYears: 20, contributionYears: 30 },
    provider: { hospitalId: 'H510100001', level: 3, department: '神经内科', doctorId: 'D510100001' },
    diagnoses: [{ code: 'I63.900', principal: true }, { code: 'I10.x00' }],
    procedures: [{ code: '88.9100', date: day(1) }],
    ...overrides,
    admissionDate,
    dischargeDate,
    items,
    amounts: overrides.amounts ?? amountsFor(items),
  };
}

/** A resident's outpatient visit (2025-03-15) for an upper respiratory infection, same hospital. */
export function makeOutpatientClaim(overrides: Partial<Claim> = {}): Claim {
  const visitDate = overrides.visitDate ?? '2025-03-15';
  const items = overrides.items ?? [
    makeItem({ lineId: '1', code: '001101000020000', name: '门诊诊查费', category: 'service', date: visitDate, quantity: 1, unitPrice: 10 }),
    makeItem({ lineId: '2', code: 'XJ01CAA040E001010100001', name: '阿莫西林胶囊', category: 'drug', date: visitDate, quantity: 2, unitPrice: 12.5 }),
    makeItem({ lineId: '3', code: '002501000010000', name: '血常规', category: 'service', date: visitDate, quantity: 1, unitPrice: 20 }),
  ];
  return {
    claimId: 'OP-510100-0001',
    region: '510100',
    insuranceType: 'resident',
    visitType: 'outpatient',
    patient: { insuredId: 'INS-5101-000002', gender: 'F', birthDate: '1990-09-23' },
    provider: { hospitalId: 'H510100001', level: 3, department: '呼吸内科', doctorId: 'D510100002' },
    diagnoses: [{ code: 'J06.900', principal: true }],
    ...overrides,
    visitDate,
    items,
    amounts: overrides.amounts ?? amountsFor(items, 0.5),
  };
}

/** A hit; family is taken from the rule id's prefix when not given. */
export function makeHit(overrides: Partial<Hit> = {}): Hit {
  const ruleId = overrides.ruleId ?? 'catalogue.price-over-limit';
  return {
    ruleId,
    family: FAMILIES.find((f) => ruleId.startsWith(`${f}.`)) ?? 'catalogue',
    severity: 'warn',
    message: 'line 1 costs more than the catalogue limit',
    lineIds: ['1'],
    amount: 5.1,
    ...overrides,
  };
}

/**
 * The verdict on a claim. A review or reject without hits given gets one hit of matching severity
 * (warn, block) so the verdict is consistent with decide().
 */
export function makeVerdict(claim: Claim, overrides: Partial<Verdict> = {}): Verdict {
  const decision: Decision = overrides.decision ?? 'pass';
  const defaultHits =
    decision === 'review' ? [makeHit({ severity: 'warn' })] : decision === 'reject' ? [makeHit({ severity: 'block' })] : [];
  return {
    claimId: claim.claimId,
    decision,
    riskScore: decision === 'pass' ? 0.12 : 0.64,
    hits: defaultHits,
    grouping: null,
    rulesetVersion: 'rules-test-1',
    modelVersion: 'none',
    reviewedAt: '2025-04-01T08:00:00.000Z',
    ...overrides,
  };
}

/** The store's summary row of a verdict, derived the way review() derives it. */
export function makeRecord(claim: Claim, verdict: Verdict, overrides: Partial<VerdictRecord> = {}): VerdictRecord {
  const serviceDate = (claim.visitType === 'inpatient' ? claim.admissionDate : claim.visitDate) as string;
  const totalFen = toFen(claim.amounts.total);
  const stakeFen = verdict.hits.reduce((s, h) => s + (h.amount === null ? 0 : toFen(h.amount)), 0);
  return {
    claimId: claim.claimId,
    decision: verdict.decision === 'invalid' ? 'pass' : verdict.decision,
    riskScore: verdict.riskScore,
    families: [...new Set(verdict.hits.map((h) => h.family))].sort(),
    ruleIds: [...new Set(verdict.hits.map((h) => h.ruleId))].sort(),
    rulesetVersion: verdict.rulesetVersion,
    modelVersion: verdict.modelVersion,
    reviewedAt: verdict.reviewedAt,
    region: claim.region,
    province: claim.region.slice(0, 2),
    hospitalId: claim.provider.hospitalId,
    hospitalLevel: claim.provider.level,
    department: claim.provider.department ?? null,
    doctorId: claim.provider.doctorId ?? null,
    insuranceType: claim.insuranceType,
    visitType: claim.visitType,
    serviceDate,
    month: serviceDate.slice(0, 7),
    totalFen,
    fundClaimedFen: toFen(claim.amounts.fundClaimed),
    amountAtStakeFen: Math.min(totalFen, stakeFen),
    ageYears: ageInYears(claim.patient.birthDate, serviceDate),
    principalDiagnosis: (claim.diagnoses.find((d) => d.principal === true) ?? claim.diagnoses[0]).code,
    ...overrides,
  };
}

/** What review() hands the store: claim, verdict and record in agreement. */
export function makeReviewed(
  claimOverrides: Partial<Claim> = {},
  verdictOverrides: Partial<Verdict> = {},
  recordOverrides: Partial<VerdictRecord> = {},
): ReviewedClaim {
  const claim = makeClaim(claimOverrides);
  const verdict = makeVerdict(claim, verdictOverrides);
  return { claim, verdict, record: makeRecord(claim, verdict, recordOverrides), ledger: makeLedger(claim) };
}

/** The member-ledger entry review() derives from a claim (no reference tables: no grouping MDC). */
export function makeLedger(claim: Claim): MemberClaim {
  return ledgerEntry(enrichClaim(claim, { grouper: null, catalogue: EMPTY_CATALOGUE, policies: null }).facts, undefined, undefined, undefined, claim.procedures ?? []);
}

/** An input that failed validation, as review() records it. */
export function makeInvalid(overrides: Partial<InvalidInput> = {}): InvalidInput {
  return {
    claimId: 'BAD-0001',
    errors: [{ path: 'region', message: 'must be a 6-digit region code' }],
    raw: { claimId: 'BAD-0001', region: 'x' },
    source: 'test',
    receivedAt: '2025-04-01T08:00:00.000Z',
    ...overrides,
  };
}

export { addDays };

/**
 * A claim with unknown fields at every level a sender can add them (the claim, its patient, an item), with keys
 * MongoDB treats specially in a document ($…, dotted) and one field nested `levels` objects deep.
 */
export function makeClaimWithUnknownFields(claimId: string, levels: number): Claim {
  let deep: unknown = 'bottom';
  for (let i = 0; i < levels; i++) deep = { a: deep };
  const base = makeClaim({ claimId });
  return {
    ...base,
    extra: deep,
    patient: { ...base.patient, 'dotted.key': 1, $where: 'sleep(1)' },
    items: [{ ...base.items[0], vendorNote: { tags: ['x', { y: null }] } }, ...base.items.slice(1)],
  } as Claim;
}
