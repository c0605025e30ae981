import type { SqliteConnection } from '../../store/sqlite/connection';
import type { AuditDraft } from '../cases/case-store';
import type { Inspection, InspectionPoint, PointFinding } from './inspection';
import type { InspectionStore } from './inspection-store';
import { auditLineWriter, toAuditEntry, type AuditRow } from '../cases/sqlite-audit';

// Inspections on SQLite (migration 12): one row per inspection, one per point; a point's evidence and finding
// are JSON read back whole, never queried into. Audit lines go into audit_trail in the write's transaction.

interface InspectionRow {
  id: string;
  title: string;
  hospital_id: string;
  region: string;
  province: string;
  period_from: string;
  period_to: string;
  team: string;
  leader: string;
  status: string;
  created_by: string;
  created_at: string;
  closed_by: string | null;
  closed_at: string | null;
  conclusion: string | null;
  omitted_claims: number;
  point_count?: number;
  recorded_count?: number;
}

interface PointRow {
  no: number;
  kind: string;
  claim_id: string | null;
  title: string;
  rule_ids: string;
  service_date: string | null;
  insured_id_masked: string | null;
  amount_at_stake_fen: number;
  fund_claimed_fen: number | null;
  evidence: string;
  finding: string | null;
}


export function sqliteInspectionStore(conn: SqliteConnection): InspectionStore {
  const { db } = conn;
  const stmt = {
    insert: db.prepare(
      `INSERT INTO inspections (id, title, hospital_id, region, province, period_from, period_to, team, leader, status,
         created_by, created_at, closed_by, closed_at, conclusion, omitted_claims)
       VALUES (@id, @title, @hospital_id, @region, @province, @period_from, @period_to, @team, @leader, @status,
         @created_by, @created_at, @closed_by, @closed_at, @conclusion, @omitted_claims)`,
    ),
    insertPoint: db.prepare(
      `INSERT INTO inspection_points (inspection_id, no, kind, claim_id, title, rule_ids, service_date, insured_id_masked,
         amount_at_stake_fen, fund_claimed_fen, evidence, finding)
       VALUES (@inspection_id, @no, @kind, @claim_id, @title, @rule_ids, @service_date, @insured_id_masked,
         @amount_at_stake_fen, @fund_claimed_fen, @evidence, @finding)`,
    ),
    get: db.prepare('SELECT * FROM inspections WHERE id = ?'),
    points: db.prepare('SELECT * FROM inspection_points WHERE inspection_id = ? ORDER BY no'),
    list: db.prepare(
      `SELECT i.*, (SELECT COUNT(*) FROM inspection_points p WHERE p.inspection_id = i.id) AS point_count,
              (SELECT COUNT(*) FROM inspection_points p WHERE p.inspection_id = i.id AND p.finding IS NOT NULL) AS recorded_count
       FROM inspections i
       WHERE @provinces IS NULL OR i.province IN (SELECT value FROM json_each(@provinces))
       ORDER BY i.created_at DESC, i.id DESC`,
    ),
    status: db.prepare('SELECT status FROM inspections WHERE id = ?').pluck(),
    pointExists: db.prepare('SELECT 1 FROM inspection_points WHERE inspection_id = ? AND no = ?').pluck(),
    setFinding: db.prepare('UPDATE inspection_points SET finding = @finding WHERE inspection_id = @id AND no = @no'),
    close: db.prepare(
      `UPDATE inspections SET status = 'closed', closed_by = @by, closed_at = @at, conclusion = @conclusion
       WHERE id = @id AND status = 'open'`,
    ),
    // Walks the expression index of migration 11.
    audit: db.prepare(
      `SELECT * FROM audit_trail WHERE json_extract(detail, '$.inspectionId') = ? ORDER BY seq`,
    ),
  };
  const insertAudit = auditLineWriter(db);
  const appendAudit = (audit: readonly AuditDraft[]) => audit.forEach(insertAudit);

  const createTx = conn.writeTransaction((i: Inspection, audit: readonly AuditDraft[]) => {
    stmt.insert.run({
      id: i.id, title: i.title, hospital_id: i.hospitalId, region: i.region, province: i.province,
      period_from: i.from, period_to: i.to, team: JSON.stringify(i.team), leader: i.leader, status: i.status,
      created_by: i.createdBy, created_at: i.createdAt, closed_by: i.closedBy, closed_at: i.closedAt,
      conclusion: i.conclusion, omitted_claims: i.omittedClaims,
    });
    for (const p of i.points) {
      stmt.insertPoint.run({
        inspection_id: i.id, no: p.no, kind: p.kind, claim_id: p.claimId, title: p.title, rule_ids: JSON.stringify(p.ruleIds),
        service_date: p.serviceDate, insured_id_masked: p.insuredIdMasked, amount_at_stake_fen: p.amountAtStakeFen,
        fund_claimed_fen: p.fundClaimedFen, evidence: JSON.stringify(p.evidence), finding: p.finding ? JSON.stringify(p.finding) : null,
      });
    }
    appendAudit(audit);
  });
  const recordTx = conn.writeTransaction((id: string, no: number, finding: PointFinding, audit: readonly AuditDraft[]) => {
    const status = stmt.status.get(id) as string | undefined;
    if (status === undefined || !stmt.pointExists.get(id, no)) return 'missing' as const;
    if (status !== 'open') return 'closed' as const;
    stmt.setFinding.run({ id, no, finding: JSON.stringify(finding) });
    appendAudit(audit);
    return 'ok' as const;
  });
  const closeTx = conn.writeTransaction((id: string, close: { by: string; at: string; conclusion: string }, audit: readonly AuditDraft[]) => {
    const status = stmt.status.get(id) as string | undefined;
    if (status === undefined) return 'missing' as const;
    if (stmt.close.run({ id, ...close }).changes === 0) return 'closed' as const;
    appendAudit(audit);
    return 'ok' as const;
  });

  return {
    async createInspection(inspection, audit) {
      createTx(inspection, audit);
    },
    async getInspection(id) {
      const row = stmt.get.get(id) as InspectionRow | undefined;
      if (!row) return undefined;
      return { ...toHeader(row), points: (stmt.points.all(id) as PointRow[]).map(toPoint) };
    },
    async listInspections(provinces) {
      const rows = stmt.list.all({ provinces: provinces ? JSON.stringify(provinces) : null }) as InspectionRow[];
      return rows.map((r) => ({ ...toHeader(r), pointCount: r.point_count ?? 0, recordedCount: r.recorded_count ?? 0 }));
    },
    async recordPoint(id, no, finding, audit) {
      return recordTx(id, no, finding, audit);
    },
    async closeInspection(id, close, audit) {
      return closeTx(id, close, audit);
    },
    async inspectionTrail(id) {
      return (stmt.audit.all(id) as AuditRow[]).map(toAuditEntry);
    },
  };
}

function toHeader(r: InspectionRow): Omit<Inspection, 'points'> {
  return {
    id: r.id, title: r.title, hospitalId: r.hospital_id, region: r.region, province: r.province,
    from: r.period_from, to: r.period_to, team: JSON.parse(r.team) as string[], leader: r.leader,
    status: r.status as Inspection['status'], createdBy: r.created_by, createdAt: r.created_at,
    closedBy: r.closed_by, closedAt: r.closed_at, conclusion: r.conclusion, omittedClaims: r.omitted_claims,
  };
}

function toPoint(r: PointRow): InspectionPoint {
  return {
    no: r.no, kind: r.kind as InspectionPoint['kind'], claimId: r.claim_id, title: r.title,
    ruleIds: JSON.parse(r.rule_ids) as string[], serviceDate: r.service_date, insuredIdMasked: r.insured_id_masked,
    amountAtStakeFen: r.amount_at_stake_fen, fundClaimedFen: r.fund_claimed_fen,
    evidence: JSON.parse(r.evidence) as InspectionPoint['evidence'],
    finding: r.finding === null ? null : (JSON.parse(r.finding) as PointFinding),
  };
}


