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

/** The member's other claims, latest service date first, with the decision each got (insured id masked). */
export async function recentClaims(
  store: Pick<ReviewStore, 'getMemberClaims' | 'getVerdict'>,
  insuredId: string,
  exceptClaimId: string,
  n = 10,
): Promise<RecentClaim[]> {
  const ledger = (await store.getMemberClaims([insuredId]))
    .filter((m) => m.claimId !== exceptClaimId)
    .sort((a, b) => b.serviceDate.localeCompare(a.serviceDate) || a.claimId.localeCompare(b.claimId))
    .slice(0, n);
  return Promise.all(
    ledger.map(async (m) => {
      const v = await store.getVerdict(m.claimId);
      return {
        claimId: m.claimId,
        insuredId: maskId(m.insuredId),
        serviceDate: m.serviceDate,
        endDate: m.endDate,
        hospitalId: m.hospitalId,
        visitType: m.visitType,
        principalCategory: m.principalCategory,
        total: m.totalFen / 100,
        decision: v?.decision ?? null,
        riskScore: v?.riskScore ?? null,
      };
    }),
  );
}
