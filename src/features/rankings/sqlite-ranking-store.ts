import type Database from 'better-sqlite3';
import type { Family } from '../../contract/verdict';
import type { CaseStatus } from '../../contract/records';
import type { ProviderClaim, ProviderClaimQuery, RankingScope, RankingStore } from './ranking-store';

// Rankings and trends on SQLite: sums over the verdicts table joined to cases, every value a bound parameter.

/** Rankings scope as parameters: null means "not limited". */
const scopeParams = (s: RankingScope) => ({
  provinces: s.provinces ? JSON.stringify(s.provinces) : null,
  from: s.from ?? null,
  to: s.to ?? null,
});
const SCOPE_WHERE = `(@provinces IS NULL OR v.province IN (SELECT value FROM json_each(@provinces)))
  AND (@from IS NULL OR v.service_date >= @from) AND (@to IS NULL OR v.service_date <= @to)`;

/** A provider's claims: its verdict rows' columns (hospital index), never the stored claim JSON. */
const PROVIDER_WHERE = `v.hospital_id = @hospitalId AND (@doctorId IS NULL OR v.doctor_id = @doctorId)
  AND (@flagged IS NULL OR (v.decision != 'pass') = @flagged) AND ${SCOPE_WHERE}`;

const providerArgs = (q: ProviderClaimQuery) => ({
  ...scopeParams(q.scope),
  hospitalId: q.hospitalId,
  doctorId: q.doctorId ?? null,
  flagged: q.flagged === undefined ? null : q.flagged ? 1 : 0,
});

interface ProviderClaimRow {
  claim_id: string;
  service_date: string;
  visit_type: string;
  department: string | null;
  doctor_id: string | null;
  decision: ProviderClaim['decision'];
  risk_score: number;
  total_fen: number;
  fund_claimed_fen: number;
  amount_at_stake_fen: number;
  rule_ids: string;
  status: CaseStatus | null;
}

/** Rankings facts on SQLite (see ranking-store.ts): reads only. */
export function sqliteRankingStore(db: Database.Database): RankingStore {
  const stmt = {
    providers: db.prepare(
      `SELECT v.hospital_id, v.doctor_id, v.region, v.hospital_level, COUNT(*) AS claims,
              SUM(CASE WHEN v.decision != 'pass' THEN 1 ELSE 0 END) AS flagged,
              SUM(CASE WHEN v.decision != 'pass' THEN v.amount_at_stake_fen ELSE 0 END) AS flagged_amount_fen,
              SUM(v.risk_score) AS risk_sum,
              SUM(CASE WHEN c.status = 'confirmed' THEN 1 ELSE 0 END) AS confirmed,
              SUM(CASE WHEN c.status = 'dismissed' THEN 1 ELSE 0 END) AS dismissed
       FROM verdicts v LEFT JOIN cases c ON c.claim_id = v.claim_id
       WHERE ${SCOPE_WHERE}
       GROUP BY v.hospital_id, v.doctor_id, v.region, v.hospital_level`,
    ),
    providerRules: db.prepare(
      `SELECT v.hospital_id, v.doctor_id, r.value AS rule_id, COUNT(*) AS flagged, SUM(v.amount_at_stake_fen) AS amount_fen
       FROM verdicts v, json_each(v.rule_ids) r
       WHERE v.decision != 'pass' AND ${SCOPE_WHERE}
       GROUP BY v.hospital_id, v.doctor_id, r.value`,
    ),
    trendFamily: db.prepare(
      `SELECT v.month, f.value AS family, COUNT(*) AS flagged, SUM(v.amount_at_stake_fen) AS amount_fen
       FROM verdicts v, json_each(v.families) f
       WHERE v.decision != 'pass' AND ${SCOPE_WHERE}
       GROUP BY v.month, f.value ORDER BY v.month, f.value`,
    ),
    trendMonth: db.prepare(
      `SELECT v.month, COUNT(*) AS claims, SUM(CASE WHEN v.decision != 'pass' THEN 1 ELSE 0 END) AS flagged,
              SUM(CASE WHEN v.decision != 'pass' THEN v.amount_at_stake_fen ELSE 0 END) AS amount_fen
       FROM verdicts v WHERE ${SCOPE_WHERE} GROUP BY v.month ORDER BY v.month`,
    ),
    providerClaims: db.prepare(
      `SELECT v.claim_id, v.service_date, v.visit_type, v.department, v.doctor_id, v.decision, v.risk_score, v.total_fen,
              v.fund_claimed_fen, v.amount_at_stake_fen, v.rule_ids, c.status
       FROM verdicts v LEFT JOIN cases c ON c.claim_id = v.claim_id
       WHERE ${PROVIDER_WHERE}
         AND (@afterDate IS NULL OR v.service_date < @afterDate OR (v.service_date = @afterDate AND v.claim_id > @afterId))
       ORDER BY v.service_date DESC, v.claim_id ASC LIMIT @limit`,
    ),
    providerClaimCount: db.prepare(`SELECT COUNT(*) FROM verdicts v WHERE ${PROVIDER_WHERE}`).pluck(),
  };
  return {
    async providerClaims(q) {
      const args = providerArgs(q);
      const rows = stmt.providerClaims.all({ ...args, afterDate: q.after?.serviceDate ?? null, afterId: q.after?.claimId ?? null, limit: q.limit + 1 }) as ProviderClaimRow[];
      const items = rows.slice(0, q.limit).map((r) => ({
        claimId: r.claim_id,
        serviceDate: r.service_date,
        visitType: r.visit_type,
        department: r.department,
        doctorId: r.doctor_id,
        decision: r.decision,
        riskScore: r.risk_score,
        totalFen: r.total_fen,
        fundClaimedFen: r.fund_claimed_fen,
        amountAtStakeFen: r.amount_at_stake_fen,
        ruleIds: JSON.parse(r.rule_ids) as string[],
        caseStatus: r.status,
      }));
      return { items, more: rows.length > q.limit, total: stmt.providerClaimCount.get(args) as number };
    },
    async providerFacts(scope) {
      const p = scopeParams(scope);
      const providers = (stmt.providers.all(p) as Record<string, never>[]).map((r) => ({
        hospitalId: r.hospital_id,
        doctorId: r.doctor_id,
        region: r.region,
        hospitalLevel: r.hospital_level,
        claims: r.claims,
        flagged: r.flagged,
        flaggedAmountFen: r.flagged_amount_fen,
        riskSum: r.risk_sum,
        confirmed: r.confirmed,
        dismissed: r.dismissed,
      }));
      const rules = (stmt.providerRules.all(p) as Record<string, never>[]).map((r) => ({
        hospitalId: r.hospital_id,
        doctorId: r.doctor_id,
        ruleId: r.rule_id,
        flagged: r.flagged,
        amountFen: r.amount_fen,
      }));
      return { providers, rules };
    },
    async trendFacts(scope) {
      const p = scopeParams(scope);
      const byFamily = (stmt.trendFamily.all(p) as Record<string, never>[]).map((r) => ({
        month: r.month as string,
        family: r.family as Family,
        flagged: r.flagged as number,
        amountFen: r.amount_fen as number,
      }));
      const byMonth = (stmt.trendMonth.all(p) as Record<string, never>[]).map((r) => ({
        month: r.month as string,
        claims: r.claims as number,
        flagged: r.flagged as number,
        amountFen: r.amount_fen as number,
      }));
      return { byFamily, byMonth };
    },
  };
}
