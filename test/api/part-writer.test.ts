import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startPartWriter } from '../../src/api/review-thread/part-writer';
import { createSqliteStore } from '../../src/features/stores';
import { storeWriteFailures } from '../../src/metrics';
import { wholeText } from '../../src/store/sqlite/stored-parts';
import { createWriteLock } from '../../src/store/sqlite/write-lock';
import { bigClaim } from '../helpers/big-claim';
import { makeHit, makeReviewed } from '../helpers/fixtures';
import { tempDir } from '../helpers/temp-dir';

// Issue 18.8: the big review lane (lowered CPU priority) hands its long texts to a part writer on a thread of
// normal priority (src/api/review-thread/part-writer.ts); the rows that hold them are still written by the
// lane, after them. Shown here on a real store file: the parts come from the writer, the rows refer to them and
// read back whole; a write the store refuses fails the save, with SQLite's code counted as a failed write.

const dir = tempDir('part-writer-');

/** A rejected 4,000-line claim with a hit per line: its claim, verdict and ledger texts are all long. */
function longReview(claimId: string) {
  const claim = bigClaim(4000, claimId, `INS-${claimId}`);
  return makeReviewed(claim, { decision: 'reject', hits: claim.items.map((it) => makeHit({ severity: 'block', lineIds: [it.lineId] })) });
}

const failures = async (code: string) => (await storeWriteFailures.get()).values.find((v) => v.labels.code === code)?.value ?? 0;

describe('the big lane part writer', () => {
  it("writes a long review's texts as parts from its own thread; the rows written after refer to them and read back whole", async () => {
    const path = join(dir, 'whole.db');
    const lock = createWriteLock();
    const store = createSqliteStore({ path, writeLock: lock }); // the schema first: the writer's connection opens a made file
    const writer = startPartWriter({ path, writeLock: lock });
    const asked: string[] = [];
    const viaWriter = createSqliteStore({ path, writeLock: lock }, (claimId, text) => {
      asked.push(claimId);
      return writer.write(claimId, text);
    });
    const review = longReview('PW-1');
    await viaWriter.saveReviews([review]);
    expect(asked).toEqual(['PW-1', 'PW-1']); // the verdict and the claim (kept for its case)
    expect((await store.getVerdict('PW-1'))?.decision).toBe('reject');
    const db = new Database(path, { readonly: true });
    try {
      expect(db.prepare('SELECT COUNT(*) FROM stored_parts WHERE claim_id = ?').pluck().get('PW-1')).toBeGreaterThan(2);
      const verdict = db.prepare(`SELECT ${wholeText('verdict')} FROM verdicts WHERE claim_id = ?`).pluck().get('PW-1') as string;
      expect(JSON.parse(verdict)).toEqual(JSON.parse(JSON.stringify(review.verdict)));
      const claim = db.prepare(`SELECT ${wholeText('claim')} FROM cases WHERE claim_id = ?`).pluck().get('PW-1') as string;
      expect(JSON.parse(claim)).toEqual(JSON.parse(JSON.stringify(review.claim)));
      // Every part is held by a row: no pending entry is left.
      expect(db.prepare('SELECT COUNT(*) FROM stored_parts_pending').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    await writer.close();
    await expect(writer.write('PW-2', 'x')).rejects.toThrow(/part writer stopped/);
    await Promise.all([store.close(), viaWriter.close()]);
  });

  it('a write the store refuses (full) fails the save with no rows, and is counted as a failed store write on the asking thread', async () => {
    const path = join(dir, 'full.db');
    const lock = createWriteLock();
    const store = createSqliteStore({ path, writeLock: lock });
    const pages = new Database(path, { readonly: true });
    const used = pages.pragma('page_count', { simple: true }) as number;
    pages.close();
    // Room for a few pages more: the first long text does not fit.
    const writer = startPartWriter({ path, writeLock: lock, maxPages: used + 4 });
    const viaWriter = createSqliteStore({ path, writeLock: lock }, writer.write);
    const before = await failures('SQLITE_FULL');
    await expect(viaWriter.saveReviews([longReview('PW-FULL')])).rejects.toMatchObject({ code: 'SQLITE_FULL' });
    expect(await failures('SQLITE_FULL')).toBe(before + 1);
    expect(await store.getVerdict('PW-FULL')).toBeUndefined();
    await writer.close();
    await Promise.all([store.close(), viaWriter.close()]);
  });
});
