import { maskId } from './mask';
import type { ReviewStore } from '../reviews/review-store';

export interface RecentClaim {
  claimId: string;
  insuredId: string;
  serviceDate: string;
  endDate: string;
  hospitalId: string;
  visitType: string;
  principalCategory: string;
  total: number;
  decision: string | null;
  riskScore: number | null;
}

export interface MemberHistory {
  claims: RecentClaim[];
  /** The member's other claims in provinces the reader may not open: counted, never shown. */
  otherProvinces: number;
}

/**
 * The member's other claims the reader may see (their provinces), latest service date first, with the decision
 * each got (insured id masked); the rest only counted. A claim with no verdict has no known province: counted.
 */
export async function recentClaims(
  store: Pick<ReviewStore, 'getMemberClaims' | 'getVerdict'>,
  insuredId: string,
  exceptClaimId: string,
  mayRead: (province: string) => boolean,
  n = 10,
): Promise<MemberHistory> {
  const ledger = (await store.getMemberClaims([insuredId]))
    .filter((m) => m.claimId !== exceptClaimId)
    .sort((a, b) => b.serviceDate.localeCompare(a.serviceDate) || a.claimId.localeCompare(b.claimId));
  const verdicts = await Promise.all(ledger.map((m) => store.getVerdict(m.claimId)));
  const claims: RecentClaim[] = [];
  let otherProvinces = 0;
  ledger.forEach((m, i) => {
    const v = verdicts[i];
    if (!v || !mayRead(v.province)) {
      otherProvinces += 1;
      return;
    }
    if (claims.length >= n) return;
    claims.push({
      claimId: m.claimId,
      insuredId: maskId(m.insuredId),
      serviceDate: m.serviceDate,
      endDate: m.endDate,
      hospitalId: m.hospitalId,
      visitType: m.visitType,
      principalCategory: m.principalCategory,
      total: m.totalFen / 100,
      decision: v.decision,
      riskScore: v.riskScore,
    });
  });
  return { claims, otherProvinces };
}
