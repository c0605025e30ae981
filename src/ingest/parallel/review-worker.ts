import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../../config';
import { createContext } from '../../context';
import { createLogger } from '../../logger';
import { parseLine } from '../../features/reviews/not-json';
import { reviewWithRevisions } from '../../features/reviews/review';
import { verdictJson } from '../../contract/verdict-json';
import { registry } from '../../metrics';
import type { MetricsReply, MetricsRequest, ReloadDone, ReloadRequest, Tally, WorkerInit, WorkRequest, WorkResult } from './messages';

// A review worker: its own rules, model and store connection; it reviews (and records) the lines of the
// members assigned to it, one batch at a time, so each member's claims stay in input order.
const init = workerData as WorkerInit;
const ctx = createContext(init.config ?? loadConfig(init.env as NodeJS.ProcessEnv), createLogger(init.env.LOG_LEVEL ?? 'warn', process.stderr), { writeLock: init.writeLock, billLocks: init.billLocks });
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (msg: WorkRequest | ReloadRequest | MetricsRequest | 'close') => {
  if (msg === 'close') {
    queue.then(() => ctx.store.close()).then(() => process.exit(0));
    return;
  }
  if ('metrics' in msg) {
    // Answered now, not after the queued batches: what was counted so far (a batch answered is counted).
    void registry.getMetricsAsJSON().then((value) => parentPort?.postMessage({ metricsOf: msg.metrics, value } satisfies MetricsReply));
    return;
  }
  if ('reload' in msg) {
    queue = queue.then(() => parentPort?.postMessage(reload(msg)));
    return;
  }
  queue = queue.then(async () => {
    let result: WorkResult;
    const transfer: ArrayBuffer[] = [];
    try {
      const { verdicts, revisions } = await reviewWithRevisions(decodeLines(msg.data).map(parseLine), ctx, { source: init.source });
      const tally: Tally = { byDecision: {}, byFamily: {} };
      // A revised verdict of an earlier claim goes right after the line of the claim whose review made it, in that
      // line's entry (a line of its own, no input line number: it answers no input line).
      const after = verdicts.map(() => [] as string[]);
      for (const r of revisions) after[r.after].push(verdictJson(r.verdict));
      const json = verdicts.map((v, i) => {
        tally.byDecision[v.decision] = (tally.byDecision[v.decision] ?? 0) + 1;
        for (const f of new Set(v.hits.map((h) => h.family))) tally.byFamily[f] = (tally.byFamily[f] ?? 0) + 1;
        return [withLine(verdictJson(v), msg.lineNumbers[i]), ...after[i]].join('\n');
      });
      const { data, ends } = encodeLines(json);
      result = {
        batch: msg.batch, data, ends, decisions: verdicts.map((v) => v.decision), claimIds: verdicts.map((v) => v.claimId ?? ''),
        ...(revisions.length && { revisions: after.map((a) => a.length) }), tally,
      };
      transfer.push(data.buffer as ArrayBuffer, ends.buffer as ArrayBuffer);
    } catch (err) {
      const none = { data: new Uint8Array(0), ends: new Int32Array(0), decisions: [], claimIds: [], tally: { byDecision: {}, byFamily: {} } };
      const code = (err as { code?: unknown }).code;
      result = { batch: msg.batch, ...none, error: (err as Error).stack ?? String(err), ...(typeof code === 'string' && { code }) };
    }
    parentPort?.postMessage(result, transfer);
  });
});

/**
 * The verdict's line as JSON.stringify({ ...verdict, line }) writes it (a verdict has no `line` of its own, so
 * it comes last), from the text the store made of it (contract/verdict-json.ts): not stringified a second time.
 */
function withLine(json: string, line: number | undefined): string {
  return line === undefined ? json : `${json.slice(0, -1)},"line":${line}}`;
}

function reload(msg: ReloadRequest): ReloadDone {
  try {
    if (msg.reload === 'rules') ctx.rules.reload();
    else ctx.model.reload(msg.name);
    return { reloaded: msg.id };
  } catch (err) {
    return { reloaded: msg.id, error: (err as Error).message };
  }
}

/**
 * Each line decoded on its own. Not the whole batch as one string split at \n: that string (megabytes) lives
 * in V8's large-object space, which only a full collection frees, and every line, a slice of it, keeps it
 * alive; batch after batch they piled up there, a few hundred MB per worker before each full collection.
 */
function decodeLines(data: Uint8Array): string[] {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const lines: string[] = [];
  for (let start = 0; start < buf.length; ) {
    const end = buf.indexOf(10, start);
    lines.push(buf.toString('utf8', start, end));
    start = end + 1;
  }
  return lines;
}

/** The lines as UTF-8, each followed by \n, in a buffer of their own (to transfer), with each line's end. */
function encodeLines(lines: string[]): { data: Uint8Array; ends: Int32Array } {
  const ends = new Int32Array(lines.length);
  let size = 0;
  for (const l of lines) size += Buffer.byteLength(l) + 1;
  const data = Buffer.allocUnsafeSlow(size);
  let at = 0;
  lines.forEach((l, i) => {
    at += data.write(l, at);
    data[at++] = 10;
    ends[i] = at;
  });
  return { data, ends };
}
