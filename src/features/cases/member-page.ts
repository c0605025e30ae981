import type { CaseStatus } from '../../contract/records';
import type { ReviewStore } from '../reviews/review-store';
import type { CaseStore } from './case-store';
import { recentClaims, type RecentClaim } from './recent-claims';

// The insured person's page (参保人), reached from one of their cases: every claim of theirs the reader's
// provinces hold (identifier masked; the others only counted, as on the case page), which of them are cases,
// the rules that hit them, and month by month how many claims and what share was flagged (a rate, so a busy
// month does not look worse for being busy).

/** At most this many claims are listed (a member with more is rare; the count says so). */
const MAX_CLAIMS = 500;

export interface MemberCase {
  claimId: string;
  status: CaseStatus;
  decision: 'review' | 'reject';
  serviceDate: string;
  hospitalId: string;
  doctorId: string | null;
  amountAtStake: number;
  ruleIds: string[];
}

export interface MemberPage {
  /** The case the page was opened from (the member is never named in the address). */
  fromClaimId: string;
  insuredId: string;
  claims: (RecentClaim & { caseStatus: CaseStatus | null })[];
  otherProvinces: number;
  cases: MemberCase[];
  findings: { ruleId: string; claims: number; amountAtStake: number }[];
  months: { month: string; claims: number; flagged: number; flagRate: number }[];
}

export async function memberPage(
  store: Pick<ReviewStore, 'getMemberClaims' | 'getVerdict'> & Pick<CaseStore, 'getCase'>,
  fromClaimId: string,
  insuredId: string,
  maskedId: string,
  mayRead: (province: string) => boolean,
): Promise<MemberPage> {
  const history = await recentClaims(store, insuredId, '', mayRead, MAX_CLAIMS);
  const flagged = history.claims.filter((c) => c.decision === 'review' || c.decision === 'reject');
  const records = await Promise.all(flagged.map((c) => store.getCase(c.claimId)));
  const cases: MemberCase[] = records.flatMap((r) => (r ? [{
    claimId: r.claimId,
    status: r.status,
    decision: r.decision,
    serviceDate: r.summary.serviceDate,
    hospitalId: r.summary.hospitalId,
    doctorId: r.summary.doctorId,
    amountAtStake: r.summary.amountAtStakeFen / 100,
    ruleIds: r.summary.ruleIds,
  }] : []));
  const statusOf = new Map(cases.map((c) => [c.claimId, c.status]));

  const byRule = new Map<string, { ruleId: string; claims: number; amountAtStake: number }>();
  for (const c of cases) {
    for (const ruleId of new Set(c.ruleIds)) {
      const f = byRule.get(ruleId) ?? { ruleId, claims: 0, amountAtStake: 0 };
      f.claims += 1;
      f.amountAtStake = Math.round((f.amountAtStake + c.amountAtStake) * 100) / 100;
      byRule.set(ruleId, f);
    }
  }
  const byMonth = new Map<string, { month: string; claims: number; flagged: number }>();
  for (const c of history.claims) {
    const month = c.serviceDate.slice(0, 7);
    const m = byMonth.get(month) ?? { month, claims: 0, flagged: 0 };
    m.claims += 1;
    m.flagged += c.decision === 'review' || c.decision === 'reject' ? 1 : 0;
    byMonth.set(month, m);
  }
  return {
    fromClaimId,
    insuredId: maskedId,
    claims: history.claims.map((c) => ({ ...c, caseStatus: statusOf.get(c.claimId) ?? null })),
    otherProvinces: history.otherProvinces,
    cases,
    findings: [...byRule.values()].sort((a, b) => b.claims - a.claims || a.ruleId.localeCompare(b.ruleId)),
    months: [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month)).map((m) => ({ ...m, flagRate: m.flagged / m.claims })),
  };
}
