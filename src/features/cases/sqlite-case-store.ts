import { wholeText } from '../../store/sqlite/stored-parts';
import type Database from 'better-sqlite3';
import { checkCursor, checkFilter, queueSortValue } from './case-filter';
import { laterThan } from './case-version';
import type { Family } from '../../contract/verdict';
import type { AuditDraft, CaseChange, CaseFilter, CaseListItem, CaseSort, CaseSortField, CaseStore } from './case-store';
import type { SqliteConnection } from '../../store/sqlite/connection';
import { toCaseRecord, toVerdictRecord, type CaseRow, type VerdictRow } from '../reviews/sqlite-rows';
import type { CaseStatus } from '../../contract/records';
import type { ApiKeyRecord } from '../keys/key-store';
import { auditLineWriter, toAuditEntry, type AuditRow } from './sqlite-audit';

// Case work on SQLite. Every statement is fixed text chosen from the constants below; filter values only ever
// travel as bound parameters (the provinces list as one JSON array parameter read through json_each).

const SORT_COLUMNS: Record<CaseSortField, string> = {
  // At the same amount a case with a rule finding before an anomaly-only one (case-filter.ts queueSortValue).
  amount: "(c.amount_at_stake_fen * 2 + EXISTS (SELECT 1 FROM json_each(v.families) f WHERE f.value <> 'anomaly'))",
  score: 'c.risk_score',
  serviceDate: 'c.service_date',
  updatedAt: 'c.updated_at',
};

const STATUS_SINCE = 'COALESCE(c.status_since, c.created_at)';
/** A code starting with the bound text (substr, not LIKE: % and _ in the text are plain characters). */
const prefix = (col: string, param: string) => `substr(${col}, 1, length(@${param})) = @${param}`;

/** One WHERE fragment per filter key, used only when that key is present (departmentIn goes with department). */
const CONDITIONS: Record<Exclude<keyof CaseFilter, 'departmentIn'>, string> = {
  provinces: 'c.province IN (SELECT value FROM json_each(@provinces))',
  province: 'c.province = @province',
  region: 'c.region = @region',
  claimIdPrefix: prefix('c.claim_id', 'claimIdPrefix'),
  insuredKey: 'c.insured_key = @insuredKey',
  patientName: 'c.patient_name = @patientName',
  hospitalId: prefix('c.hospital_id', 'hospitalId'),
  doctorId: prefix('c.doctor_id', 'doctorId'),
  department: `(${prefix('c.department', 'department')} OR c.department IN (SELECT value FROM json_each(@departmentIn)))`,
  overdueBefore: `((c.status = 'new' AND ${STATUS_SINCE} < @overdueNew) OR (c.status = 'assigned' AND ${STATUS_SINCE} < @overdueAssigned)
    OR (c.status = 'investigating' AND ${STATUS_SINCE} < @overdueInvestigating))`,
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
const FILTER_KEYS = Object.keys(CONDITIONS) as (keyof typeof CONDITIONS)[];

/** The WHERE clause and its bound values for a filter. */
function whereOf(filter: CaseFilter): { keys: (keyof typeof CONDITIONS)[]; args: Record<string, unknown> } {
  const keys = FILTER_KEYS.filter((k) => filter[k] !== undefined);
  const args: Record<string, unknown> = {};
  for (const k of keys) {
    if (k === 'provinces') args[k] = JSON.stringify(filter.provinces);
    else if (k === 'department') {
      args.department = filter.department;
      args.departmentIn = JSON.stringify(filter.departmentIn ?? []);
    } else if (k === 'overdueBefore') {
      const o = filter.overdueBefore!;
      Object.assign(args, { overdueNew: o.new, overdueAssigned: o.assigned, overdueInvestigating: o.investigating });
    } else args[k] = filter[k];
  }
  return { keys, args };
}

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
  created_at: string;
  updated_at: string;
  status_since: string;
  families: string;
  rule_ids: string;
  insured_id: string | null;
  patient_name: string | null;
}



/** Case work on SQLite (see case-store.ts). */
export function sqliteCaseStore(conn: SqliteConnection): CaseStore {
  const { db } = conn;
  const listStatements = new Map<string, Database.Statement>();
  const countStatements = new Map<string, Database.Statement>();
  const countStatement = (keys: (keyof typeof CONDITIONS)[]): Database.Statement => {
    const cacheKey = keys.join(',');
    let s = countStatements.get(cacheKey);
    if (!s) {
      const where = keys.map((k) => CONDITIONS[k]);
      // The verdict row is joined only for the conditions that read it.
      const join = keys.some((k) => k === 'family' || k === 'ruleId') ? 'JOIN verdicts v ON v.claim_id = c.claim_id' : '';
      s = db.prepare(`SELECT COUNT(*) FROM cases c ${join} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`).pluck();
      countStatements.set(cacheKey, s);
    }
    return s;
  };
  const listStatement = (keys: (keyof typeof CONDITIONS)[], sort: CaseSort, withCursor: boolean): Database.Statement => {
    const cacheKey = `${keys.join(',')}|${sort.field}:${sort.dir}|${withCursor}`;
    let s = listStatements.get(cacheKey);
    if (s) return s;
    const col = SORT_COLUMNS[sort.field];
    const dir = sort.dir === 'asc' ? 'ASC' : 'DESC';
    const where = keys.map((k) => CONDITIONS[k]);
    if (withCursor) where.push(`(${col} ${sort.dir === 'asc' ? '>' : '<'} @cursorValue OR (${col} = @cursorValue AND c.claim_id > @cursorId))`);
    s = db.prepare(
      `SELECT c.claim_id, c.status, c.decision, c.region, c.province, c.hospital_id, c.doctor_id, c.department,
              c.service_date, c.risk_score, c.amount_at_stake_fen, c.assignee, c.created_at, c.updated_at,
              ${STATUS_SINCE} AS status_since, v.families, v.rule_ids, c.insured_id, c.patient_name
       FROM cases c JOIN verdicts v ON v.claim_id = c.claim_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${col} ${dir}, c.claim_id ASC LIMIT @limit`,
    );
    listStatements.set(cacheKey, s);
    return s;
  };

  const stmt = {
    caseState: db.prepare('SELECT status, assignee, outcome, dismissal, approval, updated_at, status_since FROM cases WHERE claim_id = ?'),
    updateCase: db.prepare(
      `UPDATE cases SET status = @status, assignee = @assignee, outcome = @outcome, dismissal = @dismissal, approval = @approval,
         updated_at = @updated_at, status_since = @status_since WHERE claim_id = @claim_id`,
    ),
    missingKeys: db.prepare(
      "SELECT claim_id, insured_id FROM cases WHERE insured_id IS NOT NULL AND (insured_key IS NULL OR substr(insured_key, 1, length(@version)) <> @version)",
    ),
    setKey: db.prepare('UPDATE cases SET insured_key = @key WHERE claim_id = @claimId'),
    // A long claim's texts are kept as parts (stored-parts.ts): the whole ones replace the columns' references.
    getCase: db.prepare(`SELECT *, ${wholeText('claim')} AS claim, ${wholeText('verdict')} AS verdict FROM cases WHERE claim_id = ?`),
    getVerdict: db.prepare('SELECT * FROM verdicts WHERE claim_id = ?'),
    auditAll: db.prepare('SELECT * FROM audit_trail WHERE seq > @after ORDER BY seq LIMIT @limit'),
    auditOfCase: db.prepare('SELECT * FROM audit_trail WHERE claim_id = @claimId AND seq > @after ORDER BY seq LIMIT @limit'),
  };

  const insertAudit = auditLineWriter(db);
  const appendTx = conn.writeTransaction((entries: readonly AuditDraft[]) => entries.forEach(insertAudit));
  const fillTx = conn.writeTransaction((keys: { claimId: string; key: string }[]) => keys.forEach((k) => stmt.setKey.run(k)));

  const changeTx = conn.writeTransaction((change: CaseChange, now: string) => {
    const row = stmt.caseState.get(change.claimId) as StateRow | undefined;
    if (!row) return 'missing' as const;
    if (row.status !== change.expected) return 'conflict' as const;
    if (change.expectedUpdatedAt !== undefined && row.updated_at !== change.expectedUpdatedAt) return 'conflict' as const;
    const updatedAt = laterThan(row.updated_at, now);
    const json = (v: unknown) => (v === null ? null : JSON.stringify(v));
    stmt.updateCase.run({
      claim_id: change.claimId,
      status: change.status ?? row.status,
      assignee: change.assignee !== undefined ? change.assignee : row.assignee,
      outcome: change.outcome ? JSON.stringify(change.outcome) : row.outcome,
      dismissal: change.dismissal !== undefined ? json(change.dismissal) : row.dismissal,
      approval: change.approval !== undefined ? json(change.approval) : row.approval,
      updated_at: updatedAt,
      status_since: change.status !== undefined && change.status !== row.status ? updatedAt : row.status_since,
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
      const { keys, args } = whereOf(filter);
      args.limit = limit + 1;
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
    async countCases(filter) {
      checkFilter(filter);
      const { keys, args } = whereOf(filter);
      return countStatement(keys).get(args) as number;
    },
    async fillInsuredKeys(version, keyOf) {
      const rows = stmt.missingKeys.all({ version }) as { claim_id: string; insured_id: string }[];
      if (rows.length) fillTx(rows.map((r) => ({ claimId: r.claim_id, key: keyOf(r.insured_id) })));
      return rows.length;
    },
    async getCaseWork(claimId) {
      const row = stmt.caseState.get(claimId) as StateRow | undefined;
      if (!row) return undefined;
      const parse = (v: string | null) => (v === null ? null : JSON.parse(v));
      return { assignee: row.assignee, outcome: parse(row.outcome), dismissal: parse(row.dismissal), approval: parse(row.approval) };
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

interface StateRow {
  status: string;
  assignee: string | null;
  outcome: string | null;
  dismissal: string | null;
  approval: string | null;
  updated_at: string;
  status_since: string | null;
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
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    statusSince: r.status_since,
  };
}

