import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../../src/features/stores';
import { makeReviewed } from '../helpers/fixtures';

// The service's store checkpoints its WAL from a worker thread: commits on the event loop only append to the
// WAL, and the pages still reach the database file within the interval.

const batch = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => makeReviewed({ claimId: `C${String(from + i).padStart(6, '0')}`, patient: { insuredId: `M${i % 50}`, gender: 'F', birthDate: '1970-01-01' } }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('background WAL checkpoints', () => {
  it('move committed pages into the database file without a checkpoint in the commit', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ckpt-')), 'review.db');
    const errors: string[] = [];
    const store = createSqliteStore({ path, checkpoints: 'background', checkpointIntervalMs: 100, onCheckpointError: (m: string) => errors.push(m) });
    await sleep(250); // the first checkpoint settles the schema pages
    const before = statSync(path).size;
    await store.saveReviews(batch(0, 400));
    // Committed to the WAL; the file itself has not grown yet (auto-checkpoint is off on the writer).
    expect(statSync(path).size).toBe(before);
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(100_000);
    await sleep(400);
    expect(statSync(path).size).toBeGreaterThan(before + 100_000);
    await store.saveReviews(batch(400, 100));
    await store.close(); // stops the worker, after a last checkpoint
    expect(errors).toEqual([]);

    const reopened = createSqliteStore({ path });
    expect(await reopened.countVerdicts({})).toBe(500);
    await reopened.close();
  });

  it('keep a process that only waits for close() alive until the last checkpoint', () => {
    // A child whose sole pending work is store.close(): it must print "closed", not exit before.
    const path = join(mkdtempSync(join(tmpdir(), 'ckpt-')), 'review.db');
    const built = join(__dirname, '../../dist/src/features/stores'); // built by the test run's global setup
    const script = `const { createSqliteStore } = require(${JSON.stringify(built)});
      const s = createSqliteStore({ path: ${JSON.stringify(path)}, checkpoints: 'background', checkpointIntervalMs: 50, onCheckpointError: () => {} });
      s.close().then(() => console.log('closed'));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: join(__dirname, '../..') });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('closed');
  });

  it('are off for an in-memory store', async () => {
    const store = createSqliteStore({ path: ':memory:', checkpoints: 'background', checkpointIntervalMs: 10, onCheckpointError: () => undefined });
    await store.saveReviews(batch(0, 10));
    expect(await store.countVerdicts({})).toBe(10);
    await store.close();
  });
});
