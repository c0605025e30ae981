import { FAMILIES, type Family } from '../../contract/verdict';
import type { MonthFact, TrendFact } from './ranking-store';

// Flags by month and by family, as chart series: one value per month for every family (0 where none).

export interface Trend {
  months: string[];
  totals: { claims: number; flagged: number; amountFen: number; flagRate: number }[];
  byFamily: Record<Family, number[]>;
}

export function trendSeries(byMonth: readonly MonthFact[], byFamily: readonly TrendFact[]): Trend {
  const months = [...new Set([...byMonth.map((m) => m.month), ...byFamily.map((f) => f.month)])].sort();
  const index = new Map(months.map((m, i) => [m, i]));
  const totals = months.map(() => ({ claims: 0, flagged: 0, amountFen: 0, flagRate: 0 }));
  for (const m of byMonth) {
    const t = totals[index.get(m.month)!];
    t.claims += m.claims;
    t.flagged += m.flagged;
    t.amountFen += m.amountFen;
  }
  for (const t of totals) t.flagRate = t.claims ? Math.round((t.flagged / t.claims) * 10000) / 10000 : 0;
  const series = Object.fromEntries(FAMILIES.map((f) => [f, months.map(() => 0)])) as Record<Family, number[]>;
  for (const f of byFamily) {
    if (series[f.family]) series[f.family][index.get(f.month)!] += f.flagged;
  }
  return { months, totals, byFamily: series };
}
