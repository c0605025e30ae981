import { wholeText } from '../../store/sqlite/stored-parts';
import Database from 'better-sqlite3';
import type { Claim } from '../../contract/claim';
import type { Verdict } from '../../contract/verdict';
import type { ExportCase, ExportQuery, ExportStore, ExportVerdict } from './export-store';
import { toVerdictRecord, type VerdictRow } from '../reviews/sqlite-rows';
import type { CaseStatus } from '../../contract/records';

// Export reads on SQLite (see ../export-store.ts). Parameterised SQL only; the WHERE clause is built from a
// fixed list of column names, never from input. Both streams walk the (month, claim_id, province, region)
// indexes of migration 3, so rows come in claimId order without a sort.
//
// A file store is read through its own read-only connection per stream: better-sqlite3 iterators are
// synchronous and hold their connection busy, and an export consumed asynchronously (HTTP, file writes)
// would otherwise block the review writer on the shared one. One statement is one snapshot (WAL), so a
// stream is consistent even while claims are being reviewed. An in-memory database cannot be opened twice:
// it is read in keyset pages on the shared connection instead.

const PAGE = 2000;

interface OutcomeRow {
  case_status: string | null;
}

type VerdictJoinRow = VerdictRow & OutcomeRow;
type CaseJoinRow = VerdictRow & OutcomeRow & { case_decision: string; claim: string };

export function sqliteExportStore(db: Database.Database): ExportStore {
  const outcomeSelect = 'c.status AS case_status';

  const where = (table: 'v' | 'c', q: ExportQuery, after: boolean) =>
    [
      `${table}.month = @month`,
      ...(q.province !== undefined ? [`${table}.province = @province`] : []),
      ...(q.region !== undefined ? [`${table}.region = @region`] : []),
      ...(after ? [`${table}.claim_id > @after`] : []),
    ].join(' AND ');
  const params = (q: ExportQuery) => ({
    month: q.month,
    ...(q.province !== undefined ? { province: q.province } : {}),
    ...(q.region !== undefined ? { region: q.region } : {}),
  });

  const verdictSql = (q: ExportQuery, page: boolean) =>
    `SELECT v.*, ${wholeText('v.verdict')} AS verdict, ${outcomeSelect} FROM verdicts v LEFT JOIN cases c ON c.claim_id = v.claim_id
     WHERE ${where('v', q, page)} ORDER BY v.month, v.claim_id${page ? ` LIMIT ${PAGE}` : ''}`;
  const caseSql = (q: ExportQuery, page: boolean) =>
    `SELECT v.*, ${wholeText('v.verdict')} AS verdict, c.decision AS case_decision, ${wholeText('c.claim')} AS claim, ${outcomeSelect}
     FROM cases c JOIN verdicts v ON v.claim_id = c.claim_id
     WHERE ${where('c', q, page)} ORDER BY c.month, c.claim_id${page ? ` LIMIT ${PAGE}` : ''}`;

  /** Rows of one query in claimId order, one at a time (see the note at the top for the two ways). */
  async function* rows<T extends { claim_id: string }>(sql: (page: boolean) => string, args: Record<string, string>): AsyncGenerator<T> {
    if (db.memory) {
      const stmt = db.prepare(sql(true));
      let after = '';
      for (;;) {
        const page = stmt.all({ ...args, after }) as T[];
        for (const row of page) yield row;
        if (page.length < PAGE) return;
        after = page[page.length - 1].claim_id;
      }
    }
    const reader = new Database(db.name, { readonly: true, fileMustExist: true });
    try {
      reader.pragma('busy_timeout = 5000');
      for (const row of reader.prepare(sql(false)).iterate(args) as IterableIterator<T>) yield row;
    } finally {
      reader.close();
    }
  }

  return {
    async countForExport(q) {
      const verdicts = db.prepare(`SELECT COUNT(*) FROM verdicts v WHERE ${where('v', q, false)}`).pluck().get(params(q)) as number;
      const cases = db.prepare(`SELECT COUNT(*) FROM cases c WHERE ${where('c', q, false)}`).pluck().get(params(q)) as number;
      return { verdicts, cases };
    },
    async *iterateVerdicts(q) {
      for await (const row of rows<VerdictJoinRow>((page) => verdictSql(q, page), params(q))) yield toExportVerdict(row);
    },
    async *iterateCases(q) {
      for await (const row of rows<CaseJoinRow>((page) => caseSql(q, page), params(q))) yield toExportCase(row);
    },
  };
}

function toExportVerdict(row: VerdictJoinRow): ExportVerdict {
  const verdict = JSON.parse(row.verdict) as Pick<Verdict, 'hits' | 'grouping'>;
  return { ...toVerdictRecord(row), hits: verdict.hits, grouping: verdict.grouping, caseStatus: row.case_status as CaseStatus | null };
}

function toExportCase(row: CaseJoinRow): ExportCase {
  const patient = (JSON.parse(row.claim) as Claim).patient;
  return {
    claimId: row.claim_id,
    status: row.case_status as CaseStatus,
    caseDecision: row.case_decision as ExportCase['caseDecision'],
    summary: toVerdictRecord(row),
    patient: { insuredId: patient.insuredId, name: patient.name ?? null, idNumber: patient.idNumber ?? null },
  };
}
