import type { ViolationType } from '../../contract/violation-types';

// Inspection campaigns (检查任务, issue 20 point 4): a team sent to one institution for a period with a list of
// suspect points (疑点清单) from data screening; members record what they found on site per point, the leader
// closes the inspection, and the report gives what was confirmed and what is to be recovered.

/** What a member found on one point: 属实 / 部分属实 / 不属实. */
export const POINT_RESULTS = ['confirmed', 'partial', 'unfounded'] as const;
export type PointResult = (typeof POINT_RESULTS)[number];
export const RESULT_LABEL: Record<PointResult, string> = { confirmed: '属实', partial: '部分属实', unfounded: '不属实' };


export type InspectionStatus = 'open' | 'closed';

/** One rule hit shown as a point's evidence (copied from the verdict when the inspection is created). */
export interface PointEvidence {
  ruleId: string;
  message: string;
  amountFen: number;
  lineIds: string[];
  evidence: Record<string, unknown>;
}

export interface PointFinding {
  result: PointResult;
  /** Required unless the result is unfounded. */
  violationType: ViolationType | null;
  /** Amount to recover, fen; 0 when unfounded. */
  amountFen: number;
  note: string;
  by: string;
  at: string;
}

/** One suspect point: a claim of the institution in the period, or a provider-level finding. */
export interface InspectionPoint {
  no: number;
  kind: 'claim' | 'provider';
  claimId: string | null;
  title: string;
  ruleIds: string[];
  serviceDate: string | null;
  /** Masked when the point is made: the list never holds a whole identifier. */
  insuredIdMasked: string | null;
  amountAtStakeFen: number;
  /** The fund amount the claim asked for: no point recovers more (null for provider findings). */
  fundClaimedFen: number | null;
  evidence: PointEvidence[];
  finding: PointFinding | null;
}

export interface Inspection {
  id: string;
  title: string;
  hospitalId: string;
  region: string;
  province: string;
  /** Service dates, inclusive, YYYY-MM-DD. */
  from: string;
  to: string;
  team: string[];
  leader: string;
  status: InspectionStatus;
  createdBy: string;
  createdAt: string;
  closedBy: string | null;
  closedAt: string | null;
  conclusion: string | null;
  /** Suspect claims of the period left off the list (it holds the highest amounts at stake). */
  omittedClaims: number;
  points: InspectionPoint[];
}

/** The list row of an inspection (without its points). */
export type InspectionHeader = Omit<Inspection, 'points'> & { pointCount: number; recordedCount: number };

/** A provider-level finding (a pattern over many claims) that becomes one point of the list. */
export interface ProviderFinding {
  /** Stable id of the pattern, e.g. `pattern.weekend-surge`. */
  ruleId: string;
  title: string;
  amountFen: number;
  evidence: Record<string, unknown>;
}

/**
 * Where provider-level findings come from (the patterns slice, wired in by the composition root). The
 * inspection slice depends only on this.
 */
export interface ProviderFindingSource {
  findingsFor(hospitalId: string, from: string, to: string): Promise<ProviderFinding[]>;
}

export const noProviderFindings: ProviderFindingSource = { findingsFor: async () => [] };

export const headerOf = (i: Inspection): InspectionHeader => {
  const { points, ...rest } = i;
  return { ...rest, pointCount: points.length, recordedCount: points.filter((p) => p.finding !== null).length };
};
