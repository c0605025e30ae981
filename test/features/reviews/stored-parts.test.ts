import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteStore } from '../../../src/features/stores';
import { createWriteLock } from '../../../src/store/sqlite/write-lock';
import { openSqlite } from '../../../src/store/sqlite/connection';
import { storedParts } from '../../../src/store/sqlite/stored-parts';
import { PART_CHARS, splitText, WRITE_GRACE_MS } from '../../../src/store/long-texts';
import { rollBackSchema } from '../../helpers/roll-back-schema';
import type { Store } from '../../../src/features/store';
import { bigReview } from '../../helpers/big-claim';
import { makeReviewed } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/temp-dir';

// Issue 18.8: a long claim's texts (claim, verdict, ledger lines) are written as parts, one short transaction
// each, and the rows that refer to them last. Shown here: what is read back is whole and equal to what was
// written; another writer on the same lock commits between the parts (one thread: had the long write held
// the lock throughout, the second writer would wait forever); readers never see a part-written claim; parts
// no row refers to any more are dropped.

const dir = tempDir('stored-parts-');
let n = 0;
const freshPath = () => join(dir, `s${++n}.db`);

/** A flagged review of a 4,000-line claim with a hit per line: claim, verdict and ledger lines all above PART_CHARS. */
const longReview = (claimId: string, decision: 'reject' | 'pass' = 'reject', message?: string) => bigReview(4000, claimId, decision, message);

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

function rawDb(path: string) {
  const db = new Database(path, { readonly: true });
  return {
    count: (sql: string) => db.prepare(sql).pluck().get() as number,
    close: () => db.close(),
  };
}

describe('long texts stored as parts', () => {
  let store: Store;
  let path: string;
  beforeEach(() => {
    path = freshPath();
    store = createSqliteStore({ path });
  });
  afterEach(() => store.close());

  it('reads back the claim, verdict and ledger lines whole, from parts the rows refer to', async () => {
    const r = longReview('LONG-1');
    expect(JSON.stringify(r.claim).length).toBeGreaterThan(PART_CHARS);
    expect(JSON.stringify(r.verdict).length).toBeGreaterThan(PART_CHARS);
    await store.saveReviews([r, makeReviewed({ claimId: 'SHORT-1' })]);

    const stored = await store.getCase('LONG-1');
    expect(stored?.claim).toEqual(r.claim);
    expect(stored?.verdict).toEqual(r.verdict);
    expect(await store.getVerdict('LONG-1')).toEqual(r.record);
    const [ledger] = await store.getMemberClaims(['INS-LONG-1']);
    expect(ledger.lines).toEqual(r.ledger.lines);

    const db = rawDb(path);
    try {
      // The verdict's text once, for its row and its case's; the claim's; the ledger lines: three texts in parts.
      expect(db.count('SELECT COUNT(DISTINCT ref) FROM stored_parts')).toBe(3);
      expect(db.count("SELECT COUNT(*) FROM verdicts WHERE verdict GLOB '{\"$parts\":*'")).toBe(1);
      expect(db.count("SELECT COUNT(*) FROM cases WHERE claim GLOB '{\"$parts\":*' AND verdict GLOB '{\"$parts\":*'")).toBe(1);
      // A short claim is stored as before.
      expect(db.count("SELECT COUNT(*) FROM verdicts WHERE claim_id = 'SHORT-1' AND json_valid(verdict) AND verdict NOT GLOB '{\"$parts\":*'")).toBe(1);
    } finally {
      db.close();
    }
  });

  it('drops the parts a re-review replaced, and a passed claim keeps no case text', async () => {
    await store.saveReviews([longReview('LONG-2')]);
    const again = longReview('LONG-2', 'reject', '再次审核');
    await store.saveReviews([again]);
    expect((await store.getCase('LONG-2'))?.verdict).toEqual(again.verdict);
    const db = rawDb(path);
    try {
      expect(db.count('SELECT COUNT(DISTINCT ref) FROM stored_parts')).toBe(3);
      // Passed on re-review: the new case is deleted, and its texts' parts with it; the ledger lines stay.
      await store.saveReviews([longReview('LONG-2', 'pass')]);
      expect(await store.getCase('LONG-2')).toBeUndefined();
      expect(db.count('SELECT COUNT(DISTINCT ref) FROM stored_parts')).toBe(1);
    } finally {
      db.close();
    }
  });
  // Read back whole by every reader, re-reviews and a worked case's refresh: long-text-contract.ts (here on SQLite
  // by long-texts.test.ts).
});

describe('a long claim stored beside short ones', () => {
  it('lets another writer on the same lock commit between its parts, and readers never see it part-written', async () => {
    const path = freshPath();
    const writeLock = createWriteLock();
    const longWriter = createSqliteStore({ path, writeLock });
    const shortWriter = createSqliteStore({ path, writeLock });
    const db = rawDb(path);
    try {
      const r = longReview('LONG-5');
      let saved = false;
      const saving = longWriter.saveReviews([r]).then(() => (saved = true));
      // The hook: the first part is in the file, so the long write is under way (its rows are not yet).
      while (!saved && db.count('SELECT COUNT(*) FROM stored_parts') === 0) await turn();
      expect(saved).toBe(false);
      await shortWriter.saveReviews([makeReviewed({ claimId: 'SHORT-5' }, { decision: 'reject' })]);
      expect(await shortWriter.getCase('SHORT-5')).toBeDefined();
      // Not a part of the long claim is visible yet: no verdict, no case, no ledger entry.
      expect(await shortWriter.getVerdict('LONG-5')).toBeUndefined();
      expect(await shortWriter.getCase('LONG-5')).toBeUndefined();
      expect(await shortWriter.getMemberClaims(['INS-LONG-5'])).toEqual([]);
      await saving;
      expect((await shortWriter.getCase('LONG-5'))?.verdict).toEqual(r.verdict);
    } finally {
      db.close();
      await longWriter.close();
      await shortWriter.close();
    }
  });
});

describe('parts a crash left behind (issue 18: nothing left behind)', () => {
  /** Parts written as a review writes them, and the process gone before the rows that would refer to them. */
  async function crashAfterParts(path: string, claimId: string): Promise<string> {
    const conn = openSqlite({ path });
    try {
      return await storedParts(conn).write(claimId, JSON.stringify(longReview(claimId).verdict));
    } finally {
      await conn.close();
    }
  }
  /** Time passing: the writes of these claims began longer ago than the grace period. */
  function ageWrites(path: string, ...claimIds: string[]) {
    const db = new Database(path);
    const since = new Date(Date.now() - WRITE_GRACE_MS - 60_000).toISOString();
    for (const id of claimIds) db.prepare('UPDATE stored_parts_pending SET since = ? WHERE claim_id = ?').run(since, id);
    db.close();
  }
  const countIn = (path: string, sql: string) => {
    const db = rawDb(path);
    try {
      return db.count(sql);
    } finally {
      db.close();
    }
  };
  const refsOf = (path: string, claimId: string) => countIn(path, `SELECT COUNT(DISTINCT ref) FROM stored_parts WHERE claim_id = '${claimId}'`);

  it('deletes, at the next opening, the parts of a write that died before its rows, once the grace period is over; a write under way keeps its own', async () => {
    const path = freshPath();
    const kept = longReview('KEPT-1');
    const store = createSqliteStore({ path });
    await store.saveReviews([kept]);
    await store.close();
    await crashAfterParts(path, 'CRASH-1');
    await crashAfterParts(path, 'UNDER-WAY-1');
    expect([refsOf(path, 'CRASH-1'), refsOf(path, 'UNDER-WAY-1'), refsOf(path, 'KEPT-1')]).toEqual([1, 1, 3]);

    // Opened again within the grace period: the parts may be another process's write under way, and stay.
    await createSqliteStore({ path }).close();
    expect(refsOf(path, 'CRASH-1')).toBe(1);

    // Later: the crashed write's parts go; the young write's stay, and so do those the rows of a review hold
    // (aged too, as if their entries were left from before: the sweep asks the rows, not the clock alone).
    ageWrites(path, 'CRASH-1', 'KEPT-1');
    const db = new Database(path);
    db.prepare("INSERT INTO stored_parts_pending (ref, claim_id, since) SELECT DISTINCT ref, claim_id, '' FROM stored_parts WHERE claim_id = 'KEPT-1'").run();
    db.close();
    const reopened = createSqliteStore({ path });
    try {
      expect([refsOf(path, 'CRASH-1'), refsOf(path, 'UNDER-WAY-1'), refsOf(path, 'KEPT-1')]).toEqual([0, 1, 3]);
      expect((await reopened.getCase('KEPT-1'))?.verdict).toEqual(kept.verdict);
      expect(countIn(path, "SELECT COUNT(*) FROM stored_parts_pending WHERE claim_id IN ('CRASH-1', 'KEPT-1')")).toBe(0);
    } finally {
      await reopened.close();
    }
  });

  it('a store open for long sweeps again as it is written to', async () => {
    const path = freshPath();
    const store = createSqliteStore({ path });
    try {
      await crashAfterParts(path, 'CRASH-3');
      ageWrites(path, 'CRASH-3');
      await store.saveReviews([makeReviewed({ claimId: 'SHORT-3' })]);
      expect(refsOf(path, 'CRASH-3')).toBe(1); // swept at opening, not at every save
      const later = Date.now() + 10 * 60_000;
      jest.spyOn(Date, 'now').mockReturnValue(later);
      await store.saveReviews([makeReviewed({ claimId: 'SHORT-4' })]);
      expect(refsOf(path, 'CRASH-3')).toBe(0);
    } finally {
      jest.restoreAllMocks();
      await store.close();
    }
  });

  it('a sweep that fails throws nowhere, and leaves its parts for the next one', async () => {
    const path = freshPath();
    await createSqliteStore({ path }).close();
    await crashAfterParts(path, 'CRASH-4');
    ageWrites(path, 'CRASH-4');
    const conn = openSqlite({ path });
    try {
      const parts = storedParts(conn);
      const failing = () => {
        throw new Error('the rows cannot be read');
      };
      parts.sweep(failing);
      await parts.sweep(failing, { wait: true });
      expect(refsOf(path, 'CRASH-4')).toBe(1);
      await parts.sweep(() => [], { wait: true });
      expect(refsOf(path, 'CRASH-4')).toBe(0);
    } finally {
      await conn.close();
    }
  });

  it('rows never refer to parts a sweep took: the transaction holding them fails', async () => {
    const path = freshPath();
    await createSqliteStore({ path }).close();
    const conn = openSqlite({ path });
    try {
      const parts = storedParts(conn);
      const ref = await parts.write('SLOW-1', 'x'.repeat(PART_CHARS + 1));
      const hold = conn.writeTransaction(() => parts.held([ref]));
      ageWrites(path, 'SLOW-1');
      await parts.sweep(() => [], { wait: true });
      expect(refsOf(path, 'SLOW-1')).toBe(0);
      expect(hold).toThrow(/swept before the rows that hold them were written/);
    } finally {
      await conn.close();
    }
  });

  it('drops the parts of a long claim re-reviewed short, and leaves no pending entry after a save', async () => {
    const path = freshPath();
    const store = createSqliteStore({ path });
    try {
      await store.saveReviews([longReview('LONG-6')]);
      expect(refsOf(path, 'LONG-6')).toBe(3);
      const short = makeReviewed({ claimId: 'LONG-6' }, { decision: 'reject' });
      await store.saveReviews([short]);
      expect(refsOf(path, 'LONG-6')).toBe(0);
      expect((await store.getCase('LONG-6'))?.verdict).toEqual(short.verdict);
      expect(countIn(path, 'SELECT COUNT(*) FROM stored_parts_pending')).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('a file from before schema 13: its orphaned parts go after the grace period, its held ones stay', async () => {
    const path = freshPath();
    const kept = longReview('KEPT-2');
    const store = createSqliteStore({ path });
    await store.saveReviews([kept]);
    await store.close();
    await crashAfterParts(path, 'CRASH-2');
    const db = new Database(path);
    rollBackSchema(db, 12);
    db.close();

    await createSqliteStore({ path }).close();
    expect([refsOf(path, 'CRASH-2'), refsOf(path, 'KEPT-2')]).toEqual([1, 3]);
    ageWrites(path, 'CRASH-2', 'KEPT-2');
    const reopened = createSqliteStore({ path });
    try {
      expect([refsOf(path, 'CRASH-2'), refsOf(path, 'KEPT-2')]).toEqual([0, 3]);
      expect((await reopened.getCase('KEPT-2'))?.claim).toEqual(kept.claim);
    } finally {
      await reopened.close();
    }
  });
});

describe('splitText', () => {
  it('never cuts a surrogate pair, and the parts join back to the text', () => {
    const text = `${'a'.repeat(9)}😀${'b'.repeat(5)}😀`;
    const parts = splitText(text, 10);
    expect(parts.join('')).toBe(text);
    for (const p of parts) expect(p).not.toMatch(/[\ud800-\udbff]$|^[\udc00-\udfff]/);
  });
});
