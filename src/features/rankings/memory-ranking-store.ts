import type { VerdictRecord } from '../../contract/records';
import type { MemoryState } from '../reviews/memory-review-store';
import type { MonthFact, ProviderFact, ProviderRuleFact, RankingScope, RankingStore, TrendFact } from './ranking-store';

// Rankings facts in memory, with the SQLite store's sums, for unit tests.

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? null)) as T;

/** Rankings facts in memory (see ranking-store.ts). */
export function memoryRankingStore(state: MemoryState): RankingStore {
  const inScope = (v: VerdictRecord, s: RankingScope) =>
    (s.provinces === undefined || s.provinces.includes(v.province)) &&
    (s.from === undefined || v.serviceDate >= s.from) &&
    (s.to === undefined || v.serviceDate <= s.to);

  return {
    async providerClaims(q) {
      const rows = [...state.verdicts.values()]
        .filter((v) => inScope(v, q.scope) && v.hospitalId === q.hospitalId && (q.doctorId === undefined || v.doctorId === q.doctorId)
          && (q.flagged === undefined || (v.decision !== 'pass') === q.flagged))
        .sort((a, b) => b.serviceDate.localeCompare(a.serviceDate) || a.claimId.localeCompare(b.claimId));
      const after = q.after;
      const rest = after ? rows.filter((v) => v.serviceDate < after.serviceDate || (v.serviceDate === after.serviceDate && v.claimId > after.claimId)) : rows;
      const items = rest.slice(0, q.limit).map((v) => ({
        claimId: v.claimId, serviceDate: v.serviceDate, visitType: v.visitType, department: v.department, doctorId: v.doctorId,
        decision: v.decision, riskScore: v.riskScore, totalFen: v.totalFen, fundClaimedFen: v.fundClaimedFen,
        amountAtStakeFen: v.amountAtStakeFen, ruleIds: v.ruleIds, caseStatus: state.cases.get(v.claimId)?.status ?? null,
      }));
      return copy({ items, more: rest.length > q.limit, total: rows.length });
    },
    async providerFacts(scope) {
      const providers = new Map<string, ProviderFact>();
      const rules = new Map<string, ProviderRuleFact>();
      for (const v of state.verdicts.values()) {
        if (!inScope(v, scope)) continue;
        const k = JSON.stringify([v.hospitalId, v.doctorId, v.region, v.hospitalLevel]);
        const p = providers.get(k) ?? {
          hospitalId: v.hospitalId, doctorId: v.doctorId, region: v.region, hospitalLevel: v.hospitalLevel,
          claims: 0, flagged: 0, flaggedAmountFen: 0, riskSum: 0, confirmed: 0, dismissed: 0,
        };
        const flagged = v.decision !== 'pass';
        const status = state.cases.get(v.claimId)?.status;
        p.claims += 1;
        p.flagged += flagged ? 1 : 0;
        p.flaggedAmountFen += flagged ? v.amountAtStakeFen : 0;
        p.riskSum += v.riskScore;
        p.confirmed += status === 'confirmed' ? 1 : 0;
        p.dismissed += status === 'dismissed' ? 1 : 0;
        providers.set(k, p);
        if (!flagged) continue;
        for (const ruleId of new Set(v.ruleIds)) {
          const rk = JSON.stringify([v.hospitalId, v.doctorId, ruleId]);
          const r = rules.get(rk) ?? { hospitalId: v.hospitalId, doctorId: v.doctorId, ruleId, flagged: 0, amountFen: 0 };
          r.flagged += 1;
          r.amountFen += v.amountAtStakeFen;
          rules.set(rk, r);
        }
      }
      return copy({ providers: [...providers.values()], rules: [...rules.values()] });
    },
    async trendFacts(scope) {
      const byFamily = new Map<string, TrendFact>();
      const byMonth = new Map<string, MonthFact>();
      for (const v of state.verdicts.values()) {
        if (!inScope(v, scope)) continue;
        const flagged = v.decision !== 'pass';
        const m = byMonth.get(v.month) ?? { month: v.month, claims: 0, flagged: 0, amountFen: 0 };
        m.claims += 1;
        m.flagged += flagged ? 1 : 0;
        m.amountFen += flagged ? v.amountAtStakeFen : 0;
        byMonth.set(v.month, m);
        if (!flagged) continue;
        for (const family of new Set(v.families)) {
          const fk = `${v.month}|${family}`;
          const f = byFamily.get(fk) ?? { month: v.month, family, flagged: 0, amountFen: 0 };
          f.flagged += 1;
          f.amountFen += v.amountAtStakeFen;
          byFamily.set(fk, f);
        }
      }
      const order = <T extends { month: string }>(a: T, b: T) => a.month.localeCompare(b.month);
      return copy({
        byFamily: [...byFamily.values()].sort((a, b) => order(a, b) || a.family.localeCompare(b.family)),
        byMonth: [...byMonth.values()].sort(order),
      });
    },
  };
}
