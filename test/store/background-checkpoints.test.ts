import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckpointDone } from '../../src/store/sqlite/background-checkpoints';
import { createSqliteStore } from '../../src/features/stores';
import { makeReviewed } from '../helpers/fixtures';
import { tempDir } from '../helpers/temp-dir';

// The service's store checkpoints its WAL from a worker thread: commits on the event loop only append to the
// WAL, and the pages still reach the database file within the interval. The tests wait on the worker's
// checkpoint reports and on close(), never on a sleep (a 250 ms sleep failed on a loaded machine).

const batch = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => makeReviewed({ claimId: `C${String(from + i).padStart(6, '0')}`, patient: { insuredId: `M${i % 50}`, gender: 'F', birthDate: '1970-01-01' } }));

/** Resolves at the first checkpoint after which `done` holds: waits on the worker's reports, not on a clock. */
function checkpointWhere(done: () => boolean): { onCheckpoint: (d: CheckpointDone) => void; reached: Promise<void> } {
  let resolve!: () => void;
  const reached = new Promise<void>((r) => (resolve = r));
  return { onCheckpoint: () => done() && resolve(), reached };
}

describe('background WAL checkpoints', () => {
  it('leave commits to the WAL only', async () => {
    const path = join(tempDir('ckpt-'), 'review.db');
    const errors: string[] = [];
    // An interval no test run reaches: no checkpoint runs while the test looks.
    const store = createSqliteStore({ path, checkpoints: 'background', checkpointIntervalMs: 3_600_000, onCheckpointError: (m) => errors.push(m) });
    const before = statSync(path).size;
    await store.saveReviews(batch(0, 400));
    // Committed to the WAL; the file itself has not grown (auto-checkpoint is off on the writer).
    expect(statSync(path).size).toBe(before);
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(100_000);
    await store.close();
    expect(errors).toEqual([]);

    const reopened = createSqliteStore({ path });
    expect(await reopened.countVerdicts({})).toBe(400);
    await reopened.close();
  });

  it('move committed pages into the database file while the store stays open', async () => {
    const path = join(tempDir('ckpt-'), 'review.db');
    const errors: string[] = [];
    let saved = false;
    let grownTo = 0;
    const wait = checkpointWhere(() => saved && (grownTo = statSync(path).size) > 100_000);
    const store = createSqliteStore({ path, checkpoints: 'background', checkpointIntervalMs: 20, onCheckpointError: (m) => errors.push(m), onCheckpoint: wait.onCheckpoint });
    await store.saveReviews(batch(0, 400));
    saved = true;
    await wait.reached; // a checkpoint of the worker's own timer, with the store still open
    expect(grownTo).toBeGreaterThan(100_000);
    await store.saveReviews(batch(400, 100));
    await store.close();
    expect(errors).toEqual([]);

    const reopened = createSqliteStore({ path });
    expect(await reopened.countVerdicts({})).toBe(500);
    await reopened.close();
  });

  it('keep a process that only waits for close() alive until the last checkpoint', () => {
    // A child whose sole pending work is store.close(): it must print "closed", not exit before.
    const path = join(tempDir('ckpt-'), 'review.db');
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
