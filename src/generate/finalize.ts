import { atLevel } from '../benefits/policy';
import { ruleOf, type ProvincePolicy } from './policy';
import { toIso } from './dates';
import type { Draft, InjectedLabel } from './draft';
import { fundFen, policyFen, yuan } from './money';

// Turns a draft into the contract's claim JSON, with amounts computed in fen.

export interface GeneratedClaim {
  claimId: string;
  region: string;
  insuranceType: 'employee' | 'resident';
  visitType: 'inpatient' | 'outpatient' | 'chronic' | 'pharmacy';
  patient: { insuredId: string; gender: 'M' | 'F'; birthDate: string; retired: boolean };
  enrollment: Record<string, unknown>;
  provider: { hospitalId: string; level: 1 | 2 | 3; department: string; doctorId: string };
  admissionDate?: string;
  dischargeDate?: string;
  visitDate?: string;
  diagnoses: Array<{ code: string; principal?: boolean }>;
  procedures: Array<{ code: string; date: string }>;
  reportedGroup: { drg: string | null; dip: string | null } | null;
  items: Array<{ lineId: string; code: string; name: string; category: string; date: string; quantity: number; unitPrice: number; amount: number }>;
  amounts: { total: number; policy: number; fundClaimed: number };
  injected: InjectedLabel | null;
}

/** Year-to-date benefit use of one member, for the outpatient deductible and caps. */
export interface MemberLedger {
  year: string;
  outpatientDeductibleUsed: number;
  outpatientFund: number;
  chronicFund: number;
  inpatientFund: number;
}

/** The group the coded record falls in: its DRG, and in a DIP region its DIP 病种. */
export interface ComputedGroup {
  drg: string | null;
  dipRegion: boolean;
  dip: string | null;
}

export const newLedger = (): MemberLedger => ({ year: '', outpatientDeductibleUsed: 0, outpatientFund: 0, chronicFund: 0, inpatientFund: 0 });

export function finalizeClaim(
  d: Draft,
  claimId: string,
  doctorId: string,
  computed: ComputedGroup,
  policy: ProvincePolicy,
  ledger: MemberLedger,
): GeneratedClaim {
  let total = 0;
  let inPolicy = 0;
  const items = d.lines.map((l, i) => {
    const amount = l.quantity * l.priceFen;
    total += amount;
    inPolicy += l.billedAsCovered ? amount : policyFen(amount, l.row);
    // A drug line bills a product code beneath its catalogue row, as claims carry them (rules/catalogue/README.md).
    const code = l.row !== undefined && l.code === l.row.code && l.row.products?.length ? l.row.products[0] : l.code;
    return { lineId: String(i + 1), code, name: l.name, category: l.category, date: toIso(l.day), quantity: l.quantity, unitPrice: yuan(l.priceFen), amount: yuan(amount) };
  });

  const startIso = toIso(d.start);
  const year = startIso.slice(0, 4);
  if (ledger.year !== year) Object.assign(ledger, newLedger(), { year });
  const rule = ruleOf(policy, d.member.scheme, d.visitType);
  const level = d.hospital.level;
  const retired = d.member.retired;
  let fund: number;
  if (d.visitType === 'inpatient') {
    const r = fundFen(inPolicy, rule, level, retired, Math.round(atLevel(rule.deductible, level) * 100), rule.annualFundCap * 100 - ledger.inpatientFund);
    fund = r.fund;
    ledger.inpatientFund += fund;
  } else if (d.visitType === 'chronic') {
    const r = fundFen(inPolicy, rule, level, retired, Math.round(atLevel(rule.deductible, level) * 100), rule.annualFundCap * 100 - ledger.chronicFund);
    fund = r.fund;
    ledger.chronicFund += fund;
  } else {
    // 普通门诊 and 定点药店 share one yearly deductible and cap.
    const due = Math.round(atLevel(rule.deductible, level) * 100) - ledger.outpatientDeductibleUsed;
    const r = fundFen(inPolicy, rule, level, retired, due, rule.annualFundCap * 100 - ledger.outpatientFund);
    fund = r.fund;
    ledger.outpatientDeductibleUsed += r.deductibleUsed;
    ledger.outpatientFund += fund;
  }
  if (d.fundOverride) fund = Math.min(inPolicy, d.fundOverride(fund, inPolicy));

  let lineIds: string[] = [];
  if (d.injected) {
    lineIds = d.lines.flatMap((l, i) => (l.marked ? [String(i + 1)] : []));
  }
  const inpatient = d.visitType === 'inpatient';
  const claim: GeneratedClaim = {
    claimId,
    region: d.member.region.code,
    insuranceType: d.member.scheme,
    visitType: d.visitType,
    patient: { insuredId: d.member.insuredId, gender: d.member.gender, birthDate: d.member.birthDate, retired: d.member.retired },
    enrollment: {
      enrolledOn: d.enrollment.enrolledOn,
      inConcentratedPeriod: d.enrollment.inConcentratedPeriod,
      continuousYears: d.enrollment.continuousYears,
      lapsedYears: d.enrollment.lapsedYears,
      backPaidYears: d.enrollment.backPaidYears,
      zeroClaimLastYear: d.enrollment.zeroClaimLastYear,
      contributionYears: d.enrollment.contributionYears,
      special: d.enrollment.special,
    },
    provider: { hospitalId: d.hospital.id, level, department: d.department, doctorId },
    ...(inpatient ? { admissionDate: startIso, dischargeDate: toIso(d.end) } : { visitDate: startIso }),
    diagnoses: d.diagnoses.map((code, i) => (i === 0 ? { code, principal: true } : { code })),
    procedures: d.procedures.map((p) => ({ code: p.code, date: toIso(p.day) })),
    // A DIP region settles the stay by its 病种, a DRG region by its DRG: the settlement system reports that one.
    reportedGroup: !inpatient ? null : computed.dipRegion ? { drg: null, dip: d.reportedDip ?? computed.dip } : { drg: d.reportedDrg ?? computed.drg, dip: null },
    items,
    amounts: { total: yuan(total), policy: yuan(inPolicy), fundClaimed: yuan(fund) },
    injected: d.injected ? { ...d.injected, lineIds: d.injected.lineIds.length > 0 ? d.injected.lineIds : lineIds } : null,
  };
  return claim;
}
