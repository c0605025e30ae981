import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { SqliteConnection } from './connection';

// Issue 18.8: a 60,000-line claim's JSON (the claim ~9 MB, its verdict ~31 MB, the ledger lines) written in
// one transaction held the store's one write lock for ~1 s, and every small review's commit queued behind it.
// A text this long is written instead as parts, each in a transaction of its own (a few milliseconds under
// the lock, yielding between them), and the row, written last in the review's one transaction as before,
// holds a reference to them. A reader sees the old row or the new one whole, never a part-written value;
// a crash before the row leaves parts no row refers to, which nothing reads. Readers read such a column
// through wholeText(), which joins the parts back inside the same statement (one snapshot).

/** Texts longer than this (UTF-16 units) are stored as parts of at most this length. */
export const PART_CHARS = 128 * 1024;

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

/** `text` cut into pieces of at most `size` units, never between the two halves of a surrogate pair. */
export function splitText(text: string, size = PART_CHARS): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

export interface StoredParts {
  /** Stores `text` as parts, one short write transaction each (the event loop turns between them); the reference to put in the row. */
  write(claimId: string, text: string): Promise<string>;
  /** Deletes the parts of references no row holds any more, one short write transaction each. */
  drop(refs: Iterable<string>): Promise<void>;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Parts deleted per transaction: a part's overflow pages are freed one by one. */
const DROP_PER_TX = 16;

export function storedParts(conn: SqliteConnection): StoredParts {
  const db: Database.Database = conn.db;
  const insert = db.prepare('INSERT INTO stored_parts (ref, seq, claim_id, text) VALUES (?, ?, ?, ?)');
  const remove = db.prepare('DELETE FROM stored_parts WHERE rowid IN (SELECT rowid FROM stored_parts WHERE ref = ? LIMIT ?)');
  const insertTx = conn.writeTransaction((ref: string, seq: number, claimId: string, text: string) => insert.run(ref, seq, claimId, text));
  const removeTx = conn.writeTransaction((ref: string) => remove.run(ref, DROP_PER_TX).changes);
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
    async drop(refs) {
      for (const ref of refs) {
        for (;;) {
          await turn();
          if (removeTx(ref) < DROP_PER_TX) break;
        }
      }
    },
  };
}
