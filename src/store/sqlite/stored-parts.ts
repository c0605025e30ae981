import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { SqliteConnection } from './connection';
import { sortPending, splitText, WRITE_GRACE_MS, type PendingRef } from '../long-texts';

// Issue 18.8: a 60,000-line claim's JSON (the claim ~9 MB, its verdict ~31 MB, the ledger lines) written in
// one transaction held the store's one write lock for ~1 s, and every small review's commit queued behind it.
// A text this long is written instead as parts, each in a transaction of its own (a few milliseconds under
// the lock, yielding between them), and the row, written last in the review's one transaction as before,
// holds a reference to them. A reader sees the old row or the new one whole, never a part-written value.
// Readers read such a column through wholeText(), which joins the parts back inside the same statement (one
// snapshot).
//
// Issue 18 (nothing lost, nothing left behind): parts no row holds are entered in stored_parts_pending (schema
// 13) in the same transaction as the change that makes them so: a write's first part (until its rows commit,
// which remove the entry) and the parts a re-review replaced (until drop() has deleted them). A crash between
// leaves the entry, and sweep() deletes those parts later: replaced ones at once, a write's only when it began
// longer than WRITE_GRACE_MS ago (it may be another process's write, still under way) and no row holds them.

const REF_PREFIX = '{"$parts":"';

/** The column value that stands for a text stored as parts (valid JSON, so no SQL JSON function fails on it). */
const newRef = (): string => `${REF_PREFIX}${randomUUID()}"}`;

/** Whether a column value is a reference to parts. */
export const isPartsRef = (text: string): boolean => text.startsWith(REF_PREFIX);

/** SQL for a column's whole text: the parts joined when it holds a reference, else the column itself. */
export function wholeText(column: string): string {
  return `(CASE WHEN ${column} GLOB '{"$parts":*' THEN (SELECT group_concat(p.text, '' ORDER BY p.seq) FROM stored_parts p WHERE p.ref = ${column}) ELSE ${column} END)`;
}

/** SQL: 1 when a column holds a reference to parts. */
export const holdsParts = (column: string): string => `${column} GLOB '{"$parts":*'`;

/**
 * Stores a long text as parts and gives the reference to put in the row: StoredParts.write on the writing
 * connection itself, or another thread's (the service's big review lane hands its parts to a writer thread at
 * normal CPU priority, api/review-thread/part-writer.ts).
 */
export type PartWriter = (claimId: string, text: string) => Promise<string>;

export interface StoredParts {
  /** Stores `text` as parts, one short write transaction each (the event loop turns between them); the reference to put in the row. */
  write(claimId: string, text: string): Promise<string>;
  /** Inside the transaction that writes the rows: these references (written by write()) are now held by a row. */
  held(refs: Iterable<string>): void;
  /** Inside the transaction that replaced them: no row holds these references any more (drop() them after it). */
  released(refs: Iterable<string>, claimId: string): void;
  /** Deletes the parts of references no row holds any more, one short write transaction each. */
  drop(refs: Iterable<string>): Promise<void>;
  /**
   * The parts a crash left (pending references, see above) that no row of their claim holds, per `heldBy`
   * (the references a claim's rows hold now): dropped, in short transactions. `wait`: between transactions the
   * event loop turns (a running service); without, they follow one another and are done when sweep returns
   * (a store being opened). Never throws: what a failed sweep leaves, the next one finds.
   */
  sweep(heldBy: (claimId: string) => readonly string[], opts?: { wait?: boolean }): Promise<void>;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Parts deleted per transaction: a part's overflow pages are freed one by one. */
const DROP_PER_TX = 16;

export function storedParts(conn: SqliteConnection): StoredParts {
  const db: Database.Database = conn.db;
  const insert = db.prepare('INSERT INTO stored_parts (ref, seq, claim_id, text) VALUES (?, ?, ?, ?)');
  const remove = db.prepare('DELETE FROM stored_parts WHERE rowid IN (SELECT rowid FROM stored_parts WHERE ref = ? LIMIT ?)');
  const pend = db.prepare('INSERT OR REPLACE INTO stored_parts_pending (ref, claim_id, since) VALUES (?, ?, ?)');
  const unpend = db.prepare('DELETE FROM stored_parts_pending WHERE ref = ?');
  // A released reference's since is '', before any time: its parts go at the next sweep.
  const pendingBefore = db.prepare('SELECT ref, claim_id AS claimId FROM stored_parts_pending WHERE since < ?');
  const anyPendingBefore = db.prepare('SELECT 1 FROM stored_parts_pending WHERE since < ? LIMIT 1').pluck();
  const insertTx = conn.writeTransaction((ref: string, seq: number, claimId: string, text: string) => {
    if (seq === 0) pend.run(ref, claimId, new Date().toISOString());
    insert.run(ref, seq, claimId, text);
  });
  /** Deletes up to DROP_PER_TX parts of `ref`, and its pending entry with the last of them; whether any are left. */
  const removeTx = conn.writeTransaction((ref: string): boolean => {
    if (remove.run(ref, DROP_PER_TX).changes === DROP_PER_TX) return true;
    unpend.run(ref);
    return false;
  });
  /** The pending references to drop; the entries of those a row holds after all are removed. */
  const orphansTx = conn.writeTransaction((heldBy: (claimId: string) => readonly string[], cutoff: string): string[] => {
    const { held, orphans } = sortPending(pendingBefore.all(cutoff) as PendingRef[], heldBy);
    for (const ref of held) unpend.run(ref);
    return orphans;
  });
  const drop = async (refs: Iterable<string>) => {
    for (const ref of refs) {
      do await turn();
      while (removeTx(ref));
    }
  };
  return {
    async write(claimId, text) {
      const ref = newRef();
      const parts = splitText(text);
      for (let seq = 0; seq < parts.length; seq++) {
        await turn();
        insertTx(ref, seq, claimId, parts[seq]);
      }
      return ref;
    },
    held(refs) {
      for (const ref of refs) {
        // Its entry gone: a sweep took the parts (the batch outlasted WRITE_GRACE_MS). Rows must not refer to
        // them: the transaction fails, and the batch with it, rather than store a text that is not there.
        if (unpend.run(ref).changes === 0) throw new Error(`stored parts ${ref} were swept before the rows that hold them were written`);
      }
    },
    released(refs, claimId) {
      for (const ref of refs) pend.run(ref, claimId, '');
    },
    drop,
    sweep(heldBy, opts = {}) {
      // Housekeeping: a sweep that fails (the file busy past the busy timeout, say) neither fails the store's
      // opening nor a save already committed; its entries stay, for the next sweep.
      try {
        const cutoff = new Date(Date.now() - WRITE_GRACE_MS).toISOString();
        // Nearly always nothing: a read, without taking the write lock.
        const orphans = anyPendingBefore.get(cutoff) === undefined ? [] : orphansTx(heldBy, cutoff);
        if (opts.wait) return drop(orphans).catch(() => undefined);
        for (const ref of orphans) while (removeTx(ref));
      } catch {
        // as above
      }
      return Promise.resolve();
    },
  };
}
