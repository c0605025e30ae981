import type Database from 'better-sqlite3';
import type { FsiFinding, FsiStore } from './fsi-store';
import type { SqliteConnection } from '../../store/sqlite/connection';
import type { FsiFeedback } from '../../contract/records';

interface FindingRow {
  jr_id: string;
  claim_id: string;
  finding: string;
  feedback: string | null;
}

interface PendingSave {
  claimId: string;
  findings: FsiFinding[];
  done(): void;
  failed(err: unknown): void;
}

/** 3101 findings on SQLite (see ../fsi-store.ts); table fsi_findings (migration in schema.ts). */
export function sqliteFsiStore(conn: SqliteConnection): FsiStore {
  const { db } = conn;
  const list = db.prepare('SELECT * FROM fsi_findings WHERE claim_id = ? ORDER BY position');
  const feedbackOf = db.prepare('SELECT jr_id, feedback FROM fsi_findings WHERE claim_id = ?');
  const remove = db.prepare('DELETE FROM fsi_findings WHERE claim_id = ?');
  const insert = db.prepare(
    `INSERT INTO fsi_findings (jr_id, claim_id, position, hospital_id, doctor_id, severity, finding, feedback, dspo_way)
     VALUES (@jr_id, @claim_id, @position, @hospital_id, @doctor_id, @severity, @finding, @feedback, @dspo_way)`,
  );
  const setFeedback = db.prepare('UPDATE fsi_findings SET feedback = @feedback, dspo_way = @dspo_way WHERE jr_id = @jr_id');
  const continued = db.prepare(
    `SELECT hospital_id AS hospitalId, doctor_id AS doctorId, COUNT(*) AS count FROM fsi_findings
     WHERE severity = 'block' AND dspo_way = '1' GROUP BY hospital_id, doctor_id ORDER BY count DESC, hospital_id`,
  );
  const toFinding = (r: FindingRow): FsiFinding => ({ ...(JSON.parse(r.finding) as FsiFinding), feedback: r.feedback ? (JSON.parse(r.feedback) as FsiFeedback) : null });

  const replaceOne = (claimId: string, findings: FsiFinding[]) => {
    const kept = new Map((feedbackOf.all(claimId) as { jr_id: string; feedback: string | null }[]).map((r) => [r.jr_id, r.feedback]));
    remove.run(claimId);
    findings.forEach((f, position) => {
      const feedback = kept.get(f.jrId) ?? (f.feedback ? JSON.stringify(f.feedback) : null);
      insert.run({
        jr_id: f.jrId,
        claim_id: claimId,
        position,
        hospital_id: f.hospitalId,
        doctor_id: f.doctorId,
        severity: f.severity,
        finding: JSON.stringify({ ...f, feedback: null }),
        feedback,
        dspo_way: feedback ? (JSON.parse(feedback) as FsiFeedback).dspoWay : null,
      });
    });
  };
  const replaceAll = conn.writeTransaction((saves: readonly PendingSave[]) => saves.forEach((p) => replaceOne(p.claimId, p.findings)));

  // The 3101 answers of one review batch resume together and each saves its findings: saves asked for in the
  // same turn share one transaction (a commit each was a tenth of the review thread's time).
  let pending: PendingSave[] = [];
  const flush = () => {
    const saves = pending;
    pending = [];
    try {
      replaceAll(saves);
      for (const p of saves) p.done();
    } catch (err) {
      for (const p of saves) p.failed(err);
    }
  };
  const feedbackTx = conn.writeTransaction((items: { jrId: string; feedback: FsiFeedback }[]) =>
    items.filter(({ jrId, feedback }) => setFeedback.run({ jr_id: jrId, feedback: JSON.stringify(feedback), dspo_way: feedback.dspoWay }).changes === 0).map((i) => i.jrId),
  );

  return {
    writeFindings(saves) {
      // Only inside the review's transaction on this connection: a write of its own would take the lock it holds.
      if (!db.inTransaction) throw new Error('3101 findings written along a review are written in its transaction');
      for (const s of saves) replaceOne(s.claimId, s.findings);
    },
    saveFindings(claimId, findings) {
      return new Promise<void>((done, failed) => {
        if (!pending.length) setImmediate(flush);
        pending.push({ claimId, findings, done, failed });
      });
    },
    async listFindings(claimId) {
      return (list.all(claimId) as FindingRow[]).map(toFinding);
    },
    async recordFeedback(items) {
      return feedbackTx(items);
    },
    async continuedAfterBlock() {
      return continued.all() as { hospitalId: string; doctorId: string | null; count: number }[];
    },
  };
}
