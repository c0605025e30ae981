import { wholeText } from '../../store/sqlite/stored-parts';
import type { SqliteConnection } from '../../store/sqlite/connection';
import { diagnosisCodesOf, supplyField, type PatternClaim, type PatternFinding, type PatternRun, type PatternStore } from './pattern-store';

// Provider patterns on SQLite (see pattern-store.ts): the per-claim facts are the verdicts rows joined to the
// member ledger; runs and findings live in pattern_runs and pattern_findings (migration 9 in schema.ts).

interface ClaimRow {
  claim_id: string;
  hospital_id: string;
  doctor_id: string | null;
  region: string;
  province: string;
  hospital_level: number;
  department: string | null;
  visit_type: string;
  service_date: string;
  end_date: string | null;
  total_fen: number;
  rule_ids: string;
  drg: string | null;
  insured_id: string | null;
  discharge_mode: string | null;
  admission_route: string | null;
  age_years: number | null;
  principal_diagnosis: string | null;
  service_codes: string | null;
  line_codes: string | null;
  stay_drug_codes: string | null;
  record_codes: string | null;
  supply_lines: string | null;
}

interface RunRow {
  id: number;
  ran_at: string;
  from_date: string;
  to_date: string;
  trigger: string;
  findings: number;
}

const toRun = (r: RunRow): PatternRun => ({ id: r.id, ranAt: r.ran_at, from: r.from_date, to: r.to_date, trigger: r.trigger, findings: r.findings });

export function sqlitePatternStore(conn: SqliteConnection): PatternStore {
  const { db } = conn;
  const claims = db.prepare(
    `SELECT v.claim_id, v.hospital_id, v.doctor_id, v.region, v.province, v.hospital_level, v.department, v.visit_type, v.service_date,
            v.total_fen, v.rule_ids, v.age_years, v.principal_diagnosis,
            CASE WHEN json_extract(${wholeText('v.verdict')}, '$.grouping.status') = 'grouped' THEN json_extract(${wholeText('v.verdict')}, '$.grouping.drg') END AS drg,
            m.end_date, m.insured_id, m.discharge_mode, m.admission_route, m.service_codes, m.codes AS record_codes,
            (SELECT json_group_array(DISTINCT json_extract(l.value, '$.code')) FROM json_each(COALESCE(${wholeText('m.lines')}, '[]')) l
              WHERE json_extract(l.value, '$.courseEnd') IS NULL AND json_extract(l.value, '$.courseStart') IS NULL) AS line_codes,
            (SELECT json_group_array(DISTINCT json_extract(l.value, '$.code')) FROM json_each(COALESCE(${wholeText('m.lines')}, '[]')) l
              WHERE json_extract(l.value, '$.kind') = 'drug'
                AND (json_extract(l.value, '$.courseEnd') IS NOT NULL OR json_extract(l.value, '$.courseStart') IS NOT NULL)) AS stay_drug_codes,
            (SELECT json_group_array(json_object('kind', 'drug', 'days', json_extract(l.value, '$.days'), 'long', json_extract(l.value, '$.long'))) FROM json_each(COALESCE(${wholeText('m.lines')}, '[]')) l
              WHERE json_extract(l.value, '$.kind') = 'drug' AND json_extract(l.value, '$.days') IS NOT NULL) AS supply_lines
     FROM verdicts v LEFT JOIN member_claims m ON m.claim_id = v.claim_id
     WHERE v.service_date >= @from AND v.service_date <= @to
     ORDER BY v.claim_id`,
  );
  const insertRun = db.prepare('INSERT INTO pattern_runs (ran_at, from_date, to_date, trigger, findings) VALUES (@ranAt, @from, @to, @trigger, @findings)');
  const insertFinding = db.prepare(
    `INSERT INTO pattern_findings (run_id, seq, province, hospital_id, doctor_id, metric, finding)
     VALUES (@run_id, @seq, @province, @hospital_id, @doctor_id, @metric, @finding)`,
  );
  const clearOlder = db.prepare('DELETE FROM pattern_findings WHERE run_id < ?');
  const last = db.prepare('SELECT * FROM pattern_runs ORDER BY id DESC LIMIT 1');
  const findings = db.prepare(
    `SELECT finding FROM pattern_findings
     WHERE run_id = (SELECT MAX(id) FROM pattern_runs)
       AND (@provinces IS NULL OR province IN (SELECT value FROM json_each(@provinces)))
       AND (@hospital IS NULL OR hospital_id = @hospital) AND (@doctor IS NULL OR doctor_id = @doctor)
       AND (@metric IS NULL OR metric = @metric)
     ORDER BY seq`,
  );
  const save = conn.writeTransaction((run: Omit<PatternRun, 'id'>, list: readonly PatternFinding[]): PatternRun => {
    const id = Number(insertRun.run(run).lastInsertRowid);
    list.forEach((f, seq) =>
      insertFinding.run({ run_id: id, seq, province: f.province, hospital_id: f.hospitalId, doctor_id: f.doctorId, metric: f.metric, finding: JSON.stringify(f) }),
    );
    clearOlder.run(id);
    return { id, ...run };
  });

  return {
    async patternClaims(period) {
      return (claims.all(period) as ClaimRow[]).map(
        (r): PatternClaim => ({
          claimId: r.claim_id,
          hospitalId: r.hospital_id,
          doctorId: r.doctor_id,
          region: r.region,
          province: r.province,
          hospitalLevel: r.hospital_level,
          department: r.department,
          visitType: r.visit_type,
          serviceDate: r.service_date,
          endDate: r.end_date,
          totalFen: r.total_fen,
          ruleIds: JSON.parse(r.rule_ids) as string[],
          drg: r.drg,
          insuredId: r.insured_id,
          dischargeMode: r.discharge_mode,
          admissionRoute: r.admission_route,
          ageYears: r.age_years,
          principalDiagnosis: r.principal_diagnosis,
          codes: [...new Set([...(JSON.parse(r.service_codes ?? '[]') as string[]), ...(JSON.parse(r.line_codes ?? '[]') as (string | null)[]).filter((c): c is string => !!c)])].sort(),
          diagnosisCodes: diagnosisCodesOf(JSON.parse(r.record_codes ?? '[]') as string[]),
          stayDrugCodes: (JSON.parse(r.stay_drug_codes ?? '[]') as (string | null)[]).filter((c): c is string => !!c).sort(),
          ...supplyField(JSON.parse(r.supply_lines ?? '[]')),
        }),
      );
    },
    async savePatternRun(run, list) {
      return save(run, list);
    },
    async lastPatternRun() {
      const r = last.get() as RunRow | undefined;
      return r ? toRun(r) : null;
    },
    async patternFindings(q) {
      const rows = findings.all({
        provinces: q.provinces ? JSON.stringify(q.provinces) : null,
        hospital: q.hospitalId ?? null,
        doctor: q.doctorId ?? null,
        metric: q.metric ?? null,
      }) as { finding: string }[];
      return rows.map((r) => JSON.parse(r.finding) as PatternFinding);
    },
  };
}
