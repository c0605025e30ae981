import type { ClientSession } from 'mongoose';
import type { AuditDraft, AuditEntry, AuditQuery } from './case-store';
import type { AuditDoc, Models } from '../../store/mongo/schemas';

// The audit trail on MongoDB: insert and read, nothing else (see the append-only hooks in schemas-work.ts).
// seq comes from a counter document bumped in the same session as the insert, so on a replica set a rolled
// back change gives back its numbers with its lines.

const SEQUENCE = 'audit_trail';

/** Appends the lines in order under fresh seq numbers; in the caller's transaction when it passes a session. */
export async function appendAuditLines(m: Models, entries: readonly AuditDraft[], session: ClientSession | undefined): Promise<void> {
  if (!entries.length) return;
  const counter = await m.Counter.findOneAndUpdate(
    { _id: SEQUENCE },
    { $inc: { seq: entries.length } },
    { upsert: true, returnDocument: 'after', session },
  ).lean();
  if (!counter) throw new Error('audit sequence not returned');
  const first = counter.seq - entries.length + 1;
  const docs: AuditDoc[] = entries.map((e, i) => ({
    _id: first + i,
    claimId: e.claimId,
    at: e.at,
    actor: e.actor,
    role: e.role,
    action: e.action,
    from: e.from,
    to: e.to,
    // A JSON copy, as SQLite stores the text: detached from the caller, undefined dropped.
    detail: e.detail === null ? null : (JSON.parse(JSON.stringify(e.detail)) as Record<string, unknown>),
  }));
  await m.Audit.insertMany(docs, { ordered: true, session });
}

export async function listAuditLines(m: Models, q: AuditQuery): Promise<AuditEntry[]> {
  // limit(0) means "no limit" to MongoDB; SQLite's LIMIT 0 returns nothing.
  if (!(q.limit > 0)) return [];
  const filter = { _id: { $gt: Number(q.after ?? 0) }, ...(q.claimId !== undefined ? { claimId: String(q.claimId) } : {}) };
  const docs = await m.Audit.find(filter).sort({ _id: 1 }).limit(Math.floor(q.limit)).lean<AuditDoc[]>();
  return docs.map((d) => ({
    seq: d._id,
    claimId: d.claimId ?? null,
    at: d.at,
    actor: d.actor,
    role: d.role,
    action: d.action,
    from: d.from ?? null,
    to: d.to ?? null,
    detail: d.detail ?? null,
  }));
}
