import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createWriteLock, underWriteLock } from '../../src/store/sqlite/write-lock';

// Threads that share the lock never write at the same time; a thread without one just writes.

const LOCK_JS = resolve(__dirname, '../../dist/src/store/sqlite/write-lock.js');

// Each thread does a read-pause-write on a shared counter under the lock: any overlap would lose updates.
const THREAD = `
const { workerData, parentPort } = require('node:worker_threads');
const { underWriteLock } = require(workerData.lockJs);
const counter = new Int32Array(workerData.counter);
const pause = new Int32Array(new SharedArrayBuffer(4));
for (let i = 0; i < workerData.rounds; i++) {
  underWriteLock(workerData.lock, () => {
    const seen = counter[0];
    Atomics.wait(pause, 0, 0, i % 10 === 0 ? 1 : 0);
    counter[0] = seen + 1;
  });
}
parentPort.postMessage('done');
`;

describe('store write lock', () => {
  it('lets one thread write at a time', async () => {
    const lock = createWriteLock();
    const counter = new SharedArrayBuffer(4);
    const rounds = 300;
    const threads = [0, 1, 2].map(
      () => new Worker(THREAD, { eval: true, workerData: { lockJs: LOCK_JS, lock, counter, rounds } }),
    );
    await Promise.all(threads.map((t) => new Promise((ok, fail) => t.once('message', ok).once('error', fail))));
    await Promise.all(threads.map((t) => t.terminate()));
    expect(new Int32Array(counter)[0]).toBe(3 * rounds);
  });

  it('runs the write directly in a thread that has no lock, and passes on its result and errors', () => {
    expect(underWriteLock(null, () => 42)).toBe(42);
    expect(() => underWriteLock(null, () => { throw new Error('boom'); })).toThrow('boom');
  });
});
