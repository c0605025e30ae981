import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../../config';
import { createContext } from '../../context';
import { createLogger } from '../../logger';
import { parseLine } from '../../review/not-json';
import { review } from '../../review/review';
import { shareWriteLock } from '../../store/sqlite/write-lock';
import type { WorkerInit, WorkRequest, WorkResult } from './messages';

// A review worker: its own rules, model and store connection; it reviews (and records) the lines of the
// members assigned to it, one batch at a time, so each member's claims stay in input order.
const init = workerData as WorkerInit;
if (init.writeLock) shareWriteLock(init.writeLock);
const ctx = createContext(loadConfig(init.env as NodeJS.ProcessEnv), createLogger(init.env.LOG_LEVEL ?? 'warn', process.stderr));
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (msg: WorkRequest | 'close') => {
  if (msg === 'close') {
    queue.then(() => ctx.store.close()).then(() => process.exit(0));
    return;
  }
  queue = queue.then(async () => {
    let result: WorkResult;
    try {
      const verdicts = await review(msg.lines.map(parseLine), ctx, { source: init.source });
      verdicts.forEach((v, i) => (v.line = msg.lineNumbers[i]));
      result = {
        batch: msg.batch,
        verdicts: verdicts.map((v) => JSON.stringify(v)),
        decisions: verdicts.map((v) => v.decision),
        families: verdicts.map((v) => [...new Set(v.hits.map((h) => h.family))]),
      };
    } catch (err) {
      result = { batch: msg.batch, verdicts: [], decisions: [], families: [], error: (err as Error).stack ?? String(err) };
    }
    parentPort?.postMessage(result);
  });
});
