import type Database from 'better-sqlite3';
import type { Family } from '../../contract/verdict';
import type { RankingScope, RankingStore } from './ranking-store';

// Rankings and trends on SQLite: sums over the verdicts table joined to cases, every value a bound parameter.

/** Rankings scope as parameters: null means "not limited". */
const scopeParams = (s: RankingScope) => ({
  provinces: s.provinces ? JSON.stringify(s.provinces) : null,
  from: s.from ?? null,
  to: s.to ?? null,
});
const SCOPE_WHERE = `(@provinces IS NULL OR v.province IN (SELECT value FROM json_each(@provinces)))
  AND (@from IS NULL OR v.service_date >= @from) AND (@to IS NULL OR v.service_date <= @to)`;

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
  };
  return {
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
