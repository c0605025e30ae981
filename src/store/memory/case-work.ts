import { checkCursor, checkFilter, compareCases, isAfter, matchesFilter, queueSortValue } from '../../cases/case-filter';
import type {
  ApiKeyRecord,
  AuditEntry,
  CaseListItem,
  CaseWork,
  CaseWorkStore,
  MonthFact,
  ProviderFact,
  ProviderRuleFact,
  RankingScope,
  TrendFact,
} from '../case-work-store';
import type { VerdictRecord } from '../store';
import type { MemoryState } from './memory-store';

// Case work in memory, with the SQLite store's semantics (same filter, order, cursor and aggregates), for
// unit tests. The audit trail is an array that is only ever pushed to.

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? null)) as T;

/** Case work in memory (see ../case-work-store.ts). */
export function memoryCaseWork(state: MemoryState): CaseWorkStore {
  const work = new Map<string, CaseWork>();
  const audit: AuditEntry[] = [];
  const keys = new Map<string, ApiKeyRecord>();

  const listItem = (claimId: string): CaseListItem | undefined => {
    const c = state.cases.get(claimId);
    const v = state.verdicts.get(claimId);
    if (!c || !v) return undefined;
    return {
      claimId,
      status: c.status,
      decision: c.decision,
      region: v.region,
      province: v.province,
      hospitalId: v.hospitalId,
      doctorId: v.doctorId,
      department: v.department,
      serviceDate: v.serviceDate,
      riskScore: v.riskScore,
      amountAtStakeFen: v.amountAtStakeFen,
      families: v.families,
      ruleIds: v.ruleIds,
      assignee: work.get(claimId)?.assignee ?? null,
      insuredId: c.claim.patient.insuredId,
      patientName: c.claim.patient.name ?? null,
      updatedAt: c.updatedAt,
    };
  };
  const inScope = (v: VerdictRecord, s: RankingScope) =>
    (s.provinces === undefined || s.provinces.includes(v.province)) &&
    (s.from === undefined || v.serviceDate >= s.from) &&
    (s.to === undefined || v.serviceDate <= s.to);

  return {
    async listCases(filter, sort, cursor, limit) {
      checkFilter(filter);
      checkCursor(cursor);
      const all = [...state.cases.keys()]
        .map(listItem)
        .filter((i): i is CaseListItem => i !== undefined && matchesFilter(i, filter) && (!cursor || isAfter(i, sort, cursor)))
        .sort((a, b) => compareCases(a, b, sort));
      const items = all.slice(0, limit);
      const last = items[items.length - 1];
      return copy({ items, next: all.length > limit && last ? { value: queueSortValue(last, sort.field), claimId: last.claimId } : null });
    },
    async getCaseWork(claimId) {
      if (!state.cases.has(claimId)) return undefined;
      return copy(work.get(claimId) ?? { assignee: null, outcome: null });
    },
    async changeCase(change) {
      const c = state.cases.get(change.claimId);
      if (!c) return 'missing';
      if (c.status !== change.expected) return 'conflict';
      const w = work.get(change.claimId) ?? { assignee: null, outcome: null };
      const entries = copy(change.audit);
      work.set(change.claimId, {
        assignee: change.assignee !== undefined ? change.assignee : w.assignee,
        outcome: change.outcome ? copy(change.outcome) : w.outcome,
      });
      state.cases.set(change.claimId, { ...c, status: change.status ?? c.status, updatedAt: new Date().toISOString() });
      for (const e of entries) audit.push({ ...e, seq: audit.length + 1 });
      return 'ok';
    },
    async appendAudit(entries) {
      for (const e of copy(entries)) audit.push({ ...e, seq: audit.length + 1 });
    },
    async listAudit(q) {
      return copy(
        audit.filter((e) => e.seq > (q.after ?? 0) && (q.claimId === undefined || e.claimId === q.claimId)).slice(0, q.limit),
      );
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
    async createApiKey(k) {
      if (keys.has(k.id)) throw new Error(`api key ${k.id} exists`);
      keys.set(k.id, copy(k));
    },
    async findApiKey(id) {
      const k = typeof id === 'string' ? keys.get(id) : undefined;
      return k && copy(k);
    },
    async listApiKeys() {
      return copy([...keys.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)));
    },
    async revokeApiKey(id, at) {
      const k = keys.get(id);
      if (!k || k.revokedAt !== null) return false;
      keys.set(id, { ...k, revokedAt: at });
      return true;
    },
    async countApiKeys() {
      return keys.size;
    },
  };
}
