import { createHash } from 'node:crypto';
import type { ClaimFacts } from '../enrich/facts';
import type { MemberClaim } from '../store/store';

/** The member-ledger entry of a claim: only what the claim itself says. */
export function ledgerEntry(f: ClaimFacts): MemberClaim {
  const lines = f.items.map((it) => `${it.code}|${it.date}|${it.quantity}|${it.unitPrice}`).sort();
  const signature = createHash('sha1').update(lines.join(';'));
  return {
    insuredId: f.insuredId,
    claimId: f.claimId,
    insuranceType: f.insuranceType,
    visitType: f.visitType,
    serviceDate: f.serviceDate,
    endDate: f.endDate,
    hospitalId: f.hospitalId,
    principalCategory: f.principalDiagnosis.slice(0, 3),
    mdc: f.grouping?.status === 'grouped' ? f.grouping.mdc : null,
    totalFen: f.totalFen,
    policyFen: f.policyFen,
    fundClaimedFen: f.fundClaimedFen,
    itemsSignature: signature.digest('hex').slice(0, 16),
    serviceCodes: [...new Set(f.items.filter((i) => i.category === 'service').map((i) => i.code))].sort(),
    admissionRoute: f.admissionRoute,
    dischargeMode: f.dischargeMode,
    transferFromHospitalId: f.transferFromHospitalId,
  };
}

/**
 * Ledger order: by service date, then claimId. A claim's member state is built from the entries before it
 * in this order, whatever order the claims arrived in.
 */
export function isBefore(a: Pick<MemberClaim, 'serviceDate' | 'claimId'>, b: Pick<MemberClaim, 'serviceDate' | 'claimId'>): boolean {
  return a.serviceDate < b.serviceDate || (a.serviceDate === b.serviceDate && a.claimId < b.claimId);
}
