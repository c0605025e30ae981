import type Database from 'better-sqlite3';
import type { Role } from '../../contract/records';
import type { AuditDraft, AuditEntry } from './case-store';

// The audit trail's SQLite rows, written and read the same way by every slice that keeps lines in it (cases,
// inspections): one insert, one row shape, one mapping.

export interface AuditRow {
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

/** Writes one audit line; call it inside the caller's write transaction. */
export function auditLineWriter(db: Database.Database): (e: AuditDraft) => void {
  const insert = db.prepare(
    `INSERT INTO audit_trail (claim_id, at, actor, role, action, from_value, to_value, detail)
     VALUES (@claim_id, @at, @actor, @role, @action, @from_value, @to_value, @detail)`,
  );
  return (e) => {
    insert.run({
      claim_id: e.claimId,
      at: e.at,
      actor: e.actor,
      role: e.role,
      action: e.action,
      from_value: e.from,
      to_value: e.to,
      detail: e.detail === null ? null : JSON.stringify(e.detail),
    });
  };
}

export function toAuditEntry(r: AuditRow): AuditEntry {
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
