import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createWriteLock } from '../../store/sqlite/write-lock';
import type { WorkerInit, WorkRequest, WorkResult } from './messages';

/** The member a raw line belongs to, without parsing it: all of a member's claims go to one worker. */
const INSURED_ID = /"insuredId"\s*:\s*"((?:[^"\\]|\\.)*)"/;

function memberOf(line: string): string {
  return INSURED_ID.exec(line)?.[1] ?? '';
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export interface ReviewPool {
  size: number;
  /** Reviews one batch of raw lines across the workers; resolves with results in input order. */
  review(lines: string[], lineNumbers: number[]): Promise<{ verdicts: string[]; decisions: string[]; families: string[][] }>;
  close(): Promise<void>;
}

/**
 * Worker threads for file intake. Lines are split by member (a hash of insuredId), so a member's claims
 * are always judged by the same worker, in input order, against that member's ledger — the results and the
 * ledger are those of a single-threaded run. Each worker records its own lines; SQLite in WAL mode takes
 * the writes one at a time.
 */
export function createReviewPool(size: number, init: WorkerInit): ReviewPool {
  // The workers write to one store file: they queue on one lock rather than in SQLite's busy handler.
  const workerData: WorkerInit = { writeLock: createWriteLock(), ...init };
  const workers = Array.from({ length: size }, () => new Worker(join(__dirname, 'review-worker.js'), { workerData }));
  const pending = new Map<string, (r: WorkResult) => void>();
  let failure: Error | null = null;
  workers.forEach((w, i) => {
    w.on('message', (r: WorkResult) => pending.get(`${i}:${r.batch}`)?.(r));
    w.on('error', (err) => (failure = err));
  });
  let nextBatch = 0;

  return {
    size,
    async review(lines, lineNumbers) {
      if (failure) throw failure;
      const batch = nextBatch++;
      const parts: { lines: string[]; numbers: number[]; positions: number[] }[] = workers.map(() => ({ lines: [], numbers: [], positions: [] }));
      lines.forEach((line, pos) => {
        const part = parts[hash(memberOf(line)) % size];
        part.lines.push(line);
        part.numbers.push(lineNumbers[pos]);
        part.positions.push(pos);
      });
      const results = await Promise.all(
        parts.map((part, i) => {
          if (!part.lines.length) return Promise.resolve({ batch, verdicts: [], decisions: [], families: [] } as WorkResult);
          return new Promise<WorkResult>((resolve) => {
            pending.set(`${i}:${batch}`, (r) => {
              pending.delete(`${i}:${batch}`);
              resolve(r);
            });
            workers[i].postMessage({ batch, lines: part.lines, lineNumbers: part.numbers } satisfies WorkRequest);
          });
        }),
      );
      const out = { verdicts: new Array<string>(lines.length), decisions: new Array<string>(lines.length), families: new Array<string[]>(lines.length) };
      results.forEach((r, i) => {
        if (r.error) throw new Error(`review worker ${i}: ${r.error}`);
        parts[i].positions.forEach((pos, k) => {
          out.verdicts[pos] = r.verdicts[k];
          out.decisions[pos] = r.decisions[k];
          out.families[pos] = r.families[k];
        });
      });
      return out;
    },
    async close() {
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve) => {
              w.once('exit', () => resolve());
              w.postMessage('close');
            }),
        ),
      );
    },
  };
}
