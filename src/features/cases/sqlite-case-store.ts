import type Database from 'better-sqlite3';
import { checkCursor, checkFilter, queueSortValue } from './case-filter';
import type { Family } from '../../contract/verdict';
import type { AuditDraft, AuditEntry, CaseChange, CaseFilter, CaseListItem, CaseSort, CaseSortField, CaseStore } from './case-store';
import type { SqliteConnection } from '../../store/sqlite/connection';
import { toCaseRecord, toVerdictRecord, type CaseRow, type VerdictRow } from '../reviews/sqlite-rows';
import type { CaseStatus, Role } from '../../contract/records';
import type { ApiKeyRecord } from '../keys/key-store';

// Case work on SQLite. Every statement is fixed text chosen from the constants below; filter values only ever
// travel as bound parameters (the provinces list as one JSON array parameter read through json_each).

const SORT_COLUMNS: Record<CaseSortField, string> = {
  // At the same amount a case with a rule finding before an anomaly-only one (case-filter.ts queueSortValue).
  amount: "(c.amount_at_stake_fen * 2 + EXISTS (SELECT 1 FROM json_each(v.families) f WHERE f.value <> 'anomaly'))",
  score: 'c.risk_score',
  serviceDate: 'c.service_date',
  updatedAt: 'c.updated_at',
};

/** One WHERE fragment per filter key, used only when that key is present. */
const CONDITIONS: Record<Exclude<keyof CaseFilter, never>, string> = {
  provinces: 'c.province IN (SELECT value FROM json_each(@provinces))',
  province: 'c.province = @province',
  region: 'c.region = @region',
  hospitalId: 'c.hospital_id = @hospitalId',
  doctorId: 'c.doctor_id = @doctorId',
  department: 'c.department = @department',
  family: 'EXISTS (SELECT 1 FROM json_each(v.families) f WHERE f.value = @family)',
  ruleId: 'EXISTS (SELECT 1 FROM json_each(v.rule_ids) r WHERE r.value = @ruleId)',
  decision: 'c.decision = @decision',
  status: 'c.status = @status',
  assignee: 'c.assignee = @assignee',
  scoreMin: 'c.risk_score >= @scoreMin',
  scoreMax: 'c.risk_score <= @scoreMax',
  serviceFrom: 'c.service_date >= @serviceFrom',
  serviceTo: 'c.service_date <= @serviceTo',
  amountMinFen: 'c.amount_at_stake_fen >= @amountMinFen',
  amountMaxFen: 'c.amount_at_stake_fen <= @amountMaxFen',
};
const FILTER_KEYS = Object.keys(CONDITIONS) as (keyof CaseFilter)[];

interface ListRow {
  claim_id: string;
  status: string;
  decision: string;
  region: string;
  province: string;
  hospital_id: string;
  doctor_id: string | null;
  department: string | null;
  service_date: string;
  risk_score: number;
  amount_at_stake_fen: number;
  assignee: string | null;
  updated_at: string;
  families: string;
  rule_ids: string;
  insured_id: string | null;
  patient_name: string | null;
}

interface AuditRow {
  seq: number;
  claim_id: string | null;
  at: string;
  actor: string;
  role: string;
  action: string;
  from_value: string | null;
  to_value: string | null;
  detail: string | null;
}


/** Case work on SQLite (see case-store.ts). */
export function sqliteCaseStore(conn: SqliteConnection): CaseStore {
  const { db } = conn;
  const listStatements = new Map<string, Database.Statement>();
  const listStatement = (keys: (keyof CaseFilter)[], sort: CaseSort, withCursor: boolean): Database.Statement => {
    const cacheKey = `${keys.join(',')}|${sort.field}:${sort.dir}|${withCursor}`;
    let s = listStatements.get(cacheKey);
    if (s) return s;
    const col = SORT_COLUMNS[sort.field];
    const dir = sort.dir === 'asc' ? 'ASC' : 'DESC';
    const where = keys.map((k) => CONDITIONS[k]);
    if (withCursor) where.push(`(${col} ${sort.dir === 'asc' ? '>' : '<'} @cursorValue OR (${col} = @cursorValue AND c.claim_id > @cursorId))`);
    s = db.prepare(
      `SELECT c.claim_id, c.status, c.decision, c.region, c.province, c.hospital_id, c.doctor_id, c.department,
              c.service_date, c.risk_score, c.amount_at_stake_fen, c.assignee, c.updated_at, v.families, v.rule_ids,
              c.insured_id, c.patient_name
       FROM cases c JOIN verdicts v ON v.claim_id = c.claim_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${col} ${dir}, c.claim_id ASC LIMIT @limit`,
    );
    listStatements.set(cacheKey, s);
    return s;
  };

  const stmt = {
    caseState: db.prepare('SELECT status, assignee, outcome FROM cases WHERE claim_id = ?'),
    updateCase: db.prepare(
      'UPDATE cases SET status = @status, assignee = @assignee, outcome = @outcome, updated_at = @updated_at WHERE claim_id = @claim_id',
    ),
    insertAudit: db.prepare(
      `INSERT INTO audit_trail (claim_id, at, actor, role, action, from_value, to_value, detail)
       VALUES (@claim_id, @at, @actor, @role, @action, @from_value, @to_value, @detail)`,
    ),
    getCase: db.prepare('SELECT * FROM cases WHERE claim_id = ?'),
    getVerdict: db.prepare('SELECT * FROM verdicts WHERE claim_id = ?'),
    auditAll: db.prepare('SELECT * FROM audit_trail WHERE seq > @after ORDER BY seq LIMIT @limit'),
    auditOfCase: db.prepare('SELECT * FROM audit_trail WHERE claim_id = @claimId AND seq > @after ORDER BY seq LIMIT @limit'),
  };

  const insertAudit = (e: AuditDraft) =>
    stmt.insertAudit.run({
      claim_id: e.claimId,
      at: e.at,
      actor: e.actor,
      role: e.role,
      action: e.action,
      from_value: e.from,
      to_value: e.to,
      detail: e.detail === null ? null : JSON.stringify(e.detail),
    });
  const appendTx = conn.writeTransaction((entries: readonly AuditDraft[]) => entries.forEach(insertAudit));

  const changeTx = conn.writeTransaction((change: CaseChange, now: string) => {
    const row = stmt.caseState.get(change.claimId) as { status: string; assignee: string | null; outcome: string | null } | undefined;
    if (!row) return 'missing' as const;
    if (row.status !== change.expected) return 'conflict' as const;
    stmt.updateCase.run({
      claim_id: change.claimId,
      status: change.status ?? row.status,
      assignee: change.assignee !== undefined ? change.assignee : row.assignee,
      outcome: change.outcome ? JSON.stringify(change.outcome) : row.outcome,
      updated_at: now,
    });
    change.audit.forEach(insertAudit);
    return 'ok' as const;
  });

  return {
    async getCase(claimId) {
      const row = stmt.getCase.get(claimId) as CaseRow | undefined;
      if (!row) return undefined;
      const summary = stmt.getVerdict.get(claimId) as VerdictRow | undefined;
      if (!summary) throw new Error(`case ${claimId} has no verdict row`);
      return toCaseRecord(row, toVerdictRecord(summary));
    },
    async listCases(filter, sort, cursor, limit) {
      checkFilter(filter);
      checkCursor(cursor);
      const keys = FILTER_KEYS.filter((k) => filter[k] !== undefined);
      const args: Record<string, unknown> = { limit: limit + 1 };
      for (const k of keys) args[k] = k === 'provinces' ? JSON.stringify(filter.provinces) : filter[k];
      if (cursor) {
        args.cursorValue = cursor.value;
        args.cursorId = cursor.claimId;
      }
      const rows = listStatement(keys, sort, cursor !== null).all(args) as ListRow[];
      const items = rows.slice(0, limit).map(toListItem);
      const last = items[items.length - 1];
      const next = rows.length > limit && last ? { value: queueSortValue(last, sort.field), claimId: last.claimId } : null;
      return { items, next };
    },
    async getCaseWork(claimId) {
      const row = stmt.caseState.get(claimId) as { assignee: string | null; outcome: string | null } | undefined;
      if (!row) return undefined;
      return { assignee: row.assignee, outcome: row.outcome === null ? null : JSON.parse(row.outcome) };
    },
    async changeCase(change) {
      return changeTx(change, new Date().toISOString());
    },
    async appendAudit(entries) {
      if (entries.length) appendTx(entries);
    },
    async listAudit(q) {
      const args = { claimId: q.claimId, after: q.after ?? 0, limit: q.limit };
      const rows = (q.claimId === undefined ? stmt.auditAll.all(args) : stmt.auditOfCase.all(args)) as AuditRow[];
      return rows.map(toAuditEntry);
    },
  };
}

function toListItem(r: ListRow): CaseListItem {
  return {
    claimId: r.claim_id,
    status: r.status as CaseStatus,
    decision: r.decision as CaseListItem['decision'],
    region: r.region,
    province: r.province,
    hospitalId: r.hospital_id,
    doctorId: r.doctor_id,
    department: r.department,
    serviceDate: r.service_date,
    riskScore: r.risk_score,
    amountAtStakeFen: r.amount_at_stake_fen,
    families: JSON.parse(r.families) as Family[],
    ruleIds: JSON.parse(r.rule_ids) as string[],
    assignee: r.assignee,
    insuredId: r.insured_id ?? '',
    patientName: r.patient_name ?? null,
    updatedAt: r.updated_at,
  };
}

function toAuditEntry(r: AuditRow): AuditEntry {
  return {
    seq: r.seq,
    claimId: r.claim_id,
    at: r.at,
    actor: r.actor,
    role: r.role as Role,
    action: r.action as AuditEntry['action'],
    from: r.from_value,
    to: r.to_value,
    detail: r.detail === null ? null : (JSON.parse(r.detail) as Record<string, unknown>),
  };
}
