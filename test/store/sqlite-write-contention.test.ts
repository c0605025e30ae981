import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createSqliteStore } from '../../src/features/stores';
import { makeHit, makeReviewed } from '../helpers/fixtures';
import { finding } from '../features/fsi/fsi-store-contract';
import { tempDir } from '../helpers/temp-dir';

// Two connections write one store file: the service and its review thread, or the service and a CLI run.
// A write that reads first must still wait for the other writer, not fail: SQLite refuses to upgrade a
// read transaction to a write at once (SQLITE_BUSY, no busy wait) when another connection holds the write
// lock, so every store transaction begins IMMEDIATE.

/**
 * Another connection, in a thread of its own, takes the write lock and keeps it for `ms`. `committed()` turns true just
 * before its COMMIT: a write of ours that returns with it still false did not wait (order, not elapsed time, which a
 * loaded machine stretches or squeezes).
 */
function holdWriteLock(path: string, ms: number): Promise<{ released: Promise<void>; committed: () => boolean }> {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const db = new (require(workerData.driver))(workerData.path);
     db.exec('BEGIN IMMEDIATE');
     parentPort.postMessage('held');
     setTimeout(() => { Atomics.store(workerData.flag, 0, 1); db.exec('COMMIT'); db.close(); parentPort.postMessage('released'); }, workerData.ms);`,
    { eval: true, workerData: { driver: require.resolve('better-sqlite3'), path, ms, flag } },
  );
  return new Promise((held) => {
    const released = new Promise<void>((r) => worker.on('message', (m) => m === 'released' && r()));
    worker.once('message', () => held({ released, committed: () => Atomics.load(flag, 0) === 1 }));
  });
}

describe('SQLite store writes beside another writer', () => {
  it('3101 findings and case changes wait for the other connection’s write instead of failing', async () => {
    const path = join(tempDir('contention-'), 'review.db');
    const store = createSqliteStore({ path });
    await store.saveReviews([makeReviewed({ claimId: 'K1' }, { decision: 'review', hits: [makeHit()] })]);
    await store.saveFindings('FSI-H1-M1', [finding('J0')]); // the statements are prepared and the file warm

    let other = await holdWriteLock(path, 300);
    expect(other.committed()).toBe(false);
    await store.saveFindings('FSI-H1-M1', [finding('J1'), finding('J2')]);
    expect(other.committed()).toBe(true); // it waited for the other writer
    await other.released;
    expect((await store.listFindings('FSI-H1-M1')).map((f) => f.jrId)).toEqual(['J1', 'J2']);

    other = await holdWriteLock(path, 300);
    const audit = [{ claimId: 'K1', at: new Date().toISOString(), actor: 'wang', role: 'investigator' as const, action: 'assign' as const, from: null, to: 'wang', detail: null }];
    expect(other.committed()).toBe(false);
    expect(await store.changeCase({ claimId: 'K1', expected: 'new', status: 'assigned', assignee: 'wang', audit })).toBe('ok');
    expect(other.committed()).toBe(true);
    await other.released;
    expect((await store.getCase('K1'))?.status).toBe('assigned');
    await store.close();
  });
});
