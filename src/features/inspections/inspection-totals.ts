import { POINT_RESULTS, type Inspection, type PointResult } from './inspection';

// What an inspection found, in integer fen: points by result, and per violation type the points confirmed
// (属实 or 部分属实) and the amount to recover.

export interface ViolationTotal {
  violationType: string;
  points: number;
  amountToRecoverFen: number;
}

export interface InspectionTotals {
  points: number;
  recorded: number;
  pending: number;
  byResult: Record<PointResult, number>;
  amountAtStakeFen: number;
  amountToRecoverFen: number;
  /** Highest amount first, then by name. */
  byViolation: ViolationTotal[];
}

export function inspectionTotals(i: Pick<Inspection, 'points'>): InspectionTotals {
  const byResult = Object.fromEntries(POINT_RESULTS.map((r) => [r, 0])) as Record<PointResult, number>;
  const byViolation = new Map<string, ViolationTotal>();
  let amountAtStakeFen = 0;
  let amountToRecoverFen = 0;
  for (const p of i.points) {
    amountAtStakeFen += p.amountAtStakeFen;
    const f = p.finding;
    if (!f) continue;
    byResult[f.result] += 1;
    if (f.result === 'unfounded' || f.violationType === null) continue;
    amountToRecoverFen += f.amountFen;
    const t = byViolation.get(f.violationType) ?? { violationType: f.violationType, points: 0, amountToRecoverFen: 0 };
    t.points += 1;
    t.amountToRecoverFen += f.amountFen;
    byViolation.set(f.violationType, t);
  }
  const recorded = POINT_RESULTS.reduce((n, r) => n + byResult[r], 0);
  return {
    points: i.points.length,
    recorded,
    pending: i.points.length - recorded,
    byResult,
    amountAtStakeFen,
    amountToRecoverFen,
    byViolation: [...byViolation.values()].sort((a, b) => b.amountToRecoverFen - a.amountToRecoverFen || a.violationType.localeCompare(b.violationType)),
  };
}
