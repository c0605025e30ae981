import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { round } from './result';

// An open-model load generator, run as its own process: requests leave at evenly spaced times (rate per
// second) whether or not earlier ones have been answered, as a province's settlement traffic arrives, and
// each latency is measured from the time the request was due to leave, so a stalled service or a late
// generator shows in the figures (no coordinated omission). autocannon, by contrast, sends each connection's
// share of a second back to back at the start of the second (see bench/http.ts).

export interface PacedOptions {
  url: string;
  path: string;
  headers: Record<string, string>;
  /** NDJSON file of request bodies, sent in turn. */
  bodiesFile: string;
  rate: number;
  seconds: number;
  /** Most connections open at once (requests beyond wait in the agent's queue, and that wait is counted). */
  maxSockets: number;
}

export interface PacedResult {
  sent: number;
  ok: number;
  non2xx: number;
  errors: number;
  /** Errors by their message (ECONNRESET, timeout, ...). */
  errorKinds: Record<string, number>;
  achievedPerSecond: number;
  /**
   * Seconds into the run when the generator stopped because the service fell behind (a request unanswered STALL_MS
   * after it was due); null: it kept up to the end. Once stopped, every outstanding request is abandoned
   * and counted with the time it had waited (a lower bound), so a saturated run ends in seconds, not after a drain.
   */
  saturatedAt: number | null;
  /** Requests given up when the run stopped saturated (included in the latencies at their wait so far). */
  abandoned: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

const TIMEOUT_MS = 10_000;
/** A request still unanswered this long after it was due: the service is not keeping up, the run stops. */
const STALL_MS = 5_000;

/**
 * The non-empty lines of a file as views into its one buffer: no copies, nothing on the JS heap, so the
 * generator's own garbage collection cannot stall the first requests (15,000 3101 bodies are ~400 MB).
 */
function lines(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  while (start < buf.length) {
    let end = buf.indexOf(10, start);
    if (end < 0) end = buf.length;
    if (end > start) out.push(buf.subarray(start, end));
    start = end + 1;
  }
  return out;
}

async function run(opts: PacedOptions): Promise<PacedResult> {
  const bodies = lines(readFileSync(opts.bodiesFile));
  const { hostname, port } = new URL(opts.url);
  const agent = new Agent({ keepAlive: true, maxSockets: opts.maxSockets });
  const interval = 1000 / opts.rate;
  const latencies: number[] = [];
  let [ok, non2xx, errors, done] = [0, 0, 0, 0];
  const errorKinds: Record<string, number> = {};
  const t0 = performance.now() + 20;
  let finish: () => void;
  const finished = new Promise<void>((r) => (finish = r));
  let total = opts.rate * opts.seconds;
  let saturatedAt: number | null = null;
  let abandoned = 0;
  const inFlight = new Map<number, { due: number; destroy: () => void }>();
  const settle = (i: number) => {
    if (saturatedAt !== null) return; // abandoned: already counted
    inFlight.delete(i);
    if (++done === total) finish();
  };

  const send = (i: number, due: number) => {
    const body = bodies[i % bodies.length];
    const req = request(
      { agent, hostname, port, path: opts.path, method: 'POST', headers: { ...opts.headers, 'content-type': 'application/json', 'content-length': body.length } },
      (res) => {
        res.resume();
        res.on('end', () => {
          if (saturatedAt !== null) return;
          latencies.push(performance.now() - due);
          if (res.statusCode && res.statusCode >= 200 && res.statusCode < 300) ok++;
          else non2xx++;
          settle(i);
        });
      },
    );
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (saturatedAt !== null) return;
      errors++;
      const kind = err.code ?? err.message;
      errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
      settle(i);
    });
    inFlight.set(i, { due, destroy: () => req.destroy() });
    req.end(body);
  };

  // Stops the run: what is outstanding is counted at its wait so far and dropped, and nothing more is sent.
  const giveUp = (now: number) => {
    saturatedAt = round((now - t0) / 1000, 1);
    for (const [i, r] of inFlight) {
      latencies.push(now - r.due);
      abandoned++;
      inFlight.delete(i);
      r.destroy();
    }
    total = next;
    done = total;
    finish();
  };
  // Requests wait in the agent's queue without a timeout: only their age tells that the service fell behind.
  const watchdog = setInterval(() => {
    const oldest = inFlight.values().next();
    const now = performance.now();
    if (!oldest.done && now - oldest.value.due > STALL_MS) giveUp(now);
  }, 100);

  let next = 0;
  const tick = () => {
    const now = performance.now();
    if (saturatedAt !== null) return;
    while (next < total && t0 + next * interval <= now) {
      send(next, t0 + next * interval);
      next++;
    }
    if (next < total) setTimeout(tick, Math.max(0, t0 + next * interval - performance.now()));
  };
  setTimeout(tick, 20);
  await finished;
  clearInterval(watchdog);
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0, 1);
  return { sent: total, ok, non2xx, errors, errorKinds, achievedPerSecond: round(ok / seconds), saturatedAt, abandoned, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: round(latencies[latencies.length - 1] ?? 0, 1) };
}

/** Runs the load from a separate Node process (this file), so the generator never shares the caller's event loop. */
export function runPacedLoad(opts: PacedOptions, configFile: string): Promise<PacedResult> {
  writeFileSync(configFile, JSON.stringify(opts));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [__filename, configFile], { maxBuffer: 1 << 20 }, (err, stdout) => {
      if (err) reject(err);
      else resolve(JSON.parse(stdout) as PacedResult);
    });
  });
}

if (require.main === module) {
  run(JSON.parse(readFileSync(process.argv[2], 'utf8')) as PacedOptions).then(
    (r) => process.stdout.write(JSON.stringify(r)),
    (err) => {
      process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    },
  );
}
