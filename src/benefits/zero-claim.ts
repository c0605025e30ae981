import { toYuan } from '../money/fen';
import type { MemberClaim } from './member-claim';

// 零报销激励 (seeds/004 item 8, 吉林省落实基本医疗保险参保长效机制若干举措): 当年零报销的，次年提高大病保险最高支付限额
// 4000 元. The claim declares it (enrollment.zeroClaimLastYear; CONTRACTS.md); the member ledger holds what the fund
// paid. A declaration the ledger contradicts raises the member's 大病 cap without title (虚报零报销激励).

/** The enrollment fields of the claim being judged that declare zero-claim years. */
export interface ZeroClaimDeclaration {
  zeroClaimLastYear?: boolean;
  zeroClaimRewardYears?: number;
}

export interface FalseZeroClaim {
  /** The calendar year declared free of reimbursement. */
  year: string;
  /** Zero-claim reward years the claim declares (zeroClaimRewardYears, else 1). */
  rewardYears: number;
  /** The fund-paid claims of that year in the ledger: how many, their ids, dates, and the fund's payment (yuan). */
  count: number;
  claims: string;
  dates: string;
  fundPaid: number;
}

const list = (ids: readonly string[], max = 5) => (ids.length > max ? `${ids.slice(0, max).join('、')}等${ids.length}件` : ids.join('、'));

/**
 * A claim declaring the previous calendar year free of reimbursement (zeroClaimLastYear) while the member's ledger
 * holds claims settled in that year (discharge date for a stay, visit date otherwise) that the fund paid
 * (fundClaimed above 0). A purchase paid out of pocket, or from the personal account, is not a reimbursement
 * (fundClaimed 0) and does not break the year. In settlement order last year's claims arrive first; a claim of that
 * year arriving after the declaring one is not read (a claim is judged against what arrived before it, and the ledger
 * keeps no enrollment declarations for the late claim to see), so the declaration then goes unflagged.
 */
export function falseZeroClaim(me: MemberClaim, declared: ZeroClaimDeclaration | undefined, prior: readonly MemberClaim[]): FalseZeroClaim | null {
  if (declared?.zeroClaimLastYear !== true) return null;
  // The year before the one the claim settles in (a stay's discharge date), as last year's claims are read by theirs.
  const year = String(Number(me.endDate.slice(0, 4)) - 1);
  const paid = prior.filter((e) => e.fundClaimedFen > 0 && e.endDate.slice(0, 4) === year).sort((a, b) => (a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : 0));
  if (!paid.length) return null;
  return {
    year,
    rewardYears: declared.zeroClaimRewardYears ?? 1,
    count: paid.length,
    claims: list(paid.map((e) => e.claimId)),
    dates: list(paid.map((e) => (e.serviceDate === e.endDate ? e.endDate : `${e.serviceDate}至${e.endDate}`))),
    fundPaid: toYuan(paid.reduce((s, e) => s + e.fundClaimedFen, 0)),
  };
}
