import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { createApiKey } from '../src/api/auth/create-key';
import { DEV_AUTH_PEPPER } from '../src/config';
import { generateClaims } from '../src/generate';
import { createSqliteStore } from '../src/features/stores';
import { whileBigClaim } from './big-claim';
import { runPacedLoad, type PacedResult } from './paced-load';
import { printResult, REPO_ROOT, round, type BenchResult } from './result';
import { processCpu } from './thread-cpu';

const WARM_UP_SECONDS = 3;
/** The paced rate the p99 target is judged at (issue 21.3: p99 < 25 ms at 1,000 requests/s). */
export const TARGET_RATE = 1000;
const TARGET_P99_MS = 25;
/** Saturation search: evenly paced steps of rising rate; the last the service keeps up with is its saturation rate. */
const SATURATION_RATES = [250, 500, 750, 1000, 1250, 1500, 2000, 2500, 3000, 4000];
/** Keeping up: this share of the offered rate answered 2xx, with p99 under this bound. */
const KEEP_UP = { answered: 0.99, p99Ms: 100 };
/** Small claims' rate beside the big claims (issue 18.8's figure); BENCH_BIG_SMALL_RATE sets another (a loaded machine). */
export const BIG_CLAIM_SMALL_RATE = Number(process.env.BENCH_BIG_SMALL_RATE ?? 200) || 200;
const envSeconds = (name: string, fallback: number) => Number(process.env[name] ?? fallback) || fallback;

// HTTP single-claim review under fixed loads: the service runs as its own process (`node dist/src/main.js`
// on the embedded store) and the load comes from another, each request a different generated claim.
// Evenly paced runs (bench/paced-load.ts, the shape of settlement traffic) at 500 and 1,000 requests/s (the
// target is judged on the 1,000/s one), then a saturation search (evenly paced steps of rising rate), small
// claims' latency while 60,000-line claims are in review (bench/big-claim.ts), then
// autocannon (bursts at the start of every second, see below) at 500/s with its default connections and with
// 32, with latency percentiles and errors. BENCH_HTTP_SECONDS (default 30) sets each run's length,
// BENCH_HTTP_STEP_SECONDS (default 5) each saturation step's.

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface LoadOptions {
  /** Evenly paced runs, in requests/s (default 500 and TARGET_RATE). */
  paced?: number[];
  seconds?: number;
  /** autocannon runs at this rate (default 500); null: none. */
  cannonRate?: number | null;
  /** Run the saturation search (default yes). */
  saturation?: boolean;
  headers?: Record<string, string>;
  env?: Record<string, string>;
  /** Route under load (default: single-claim review). */
  path?: string;
  /** The next `count` request bodies of the run, each a different one (default: generated claims). */
  bodies?: (count: number) => string[];
  name?: string;
  /** Extra figures measured against the same running service (bench/big-claim.ts). */
  more?: (service: RunningBench) => Promise<Record<string, string | number>>;
}

/** What a figure measured beside the main runs needs: the service's address, the intake key's headers, a paced run. */
export interface RunningBench {
  url: string;
  headers: Record<string, string>;
  paced(bodies: string[], rate: number, seconds: number, name: string, path?: string): Promise<PacedResult>;
  dir: string;
  /** The next `n` request bodies of the run (as the main runs draw them). */
  bodies(n: number): string[];
}

export async function benchHttp(opts: LoadOptions = {}): Promise<BenchResult> {
  const seconds = opts.seconds ?? envSeconds('BENCH_HTTP_SECONDS', 30);
  const stepSeconds = envSeconds('BENCH_HTTP_STEP_SECONDS', 5);
  const pacedRates = opts.paced ?? [500, TARGET_RATE];
  const cannonRate = opts.cannonRate === undefined ? 500 : opts.cannonRate;
  const path = opts.path ?? '/api/v1/reviews';
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'bench-http-'));
  // The service's own store gets an intake key, as a settlement system would hold.
  const store = createSqliteStore({ path: join(dir, 'review.db') });
  const { key } = await createApiKey(store, { name: 'bench', role: 'intake', provinces: [] }, DEV_AUTH_PEPPER, { keyId: 'bench', name: 'bench', role: 'admin', provinces: [] });
  await store.close();
  // BENCH_SERVER_NODE_ARGS passes node flags to the service, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, join(REPO_ROOT, 'dist/src/main.js')], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', STORE_PATH: join(dir, 'review.db'), SAMPLE_DATA: 'off', RULES_WATCH: 'off', LOG_LEVEL: 'warn', AUTH_PEPPER: DEV_AUTH_PEPPER, PATTERNS_SCHEDULE: 'off', ...opts.env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 200; i++) {
      const ok = await fetch(`${url}/readyz`).then((r) => r.ok).catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    // Distinct bodies for every run: no claim is reviewed twice. Each run's bodies are made when it starts
    // (15,000 3101 bodies are ~400 MB), claims drawn from one generator as they are needed.
    let claims: Iterator<unknown> | null = null;
    const bodies = opts.bodies
      ?? ((n: number) => {
        claims ??= generateClaims({ count: Number.MAX_SAFE_INTEGER, seed: 'bench-http', fraudRate: 0.1, rulesDir: join(REPO_ROOT, 'rules') });
        return Array.from({ length: n }, () => JSON.stringify(claims!.next().value));
      });
    const headers = { authorization: `Bearer ${key}`, ...opts.headers };
    const paced = async (list: string[], rate: number, secs: number, name: string, at = path) => {
      writeFileSync(join(dir, `${name}.ndjson`), list.join('\n'));
      return runPacedLoad({ url, path: at, headers, bodiesFile: join(dir, `${name}.ndjson`), rate, seconds: secs, maxSockets: 64 }, join(dir, `${name}.json`));
    };
    const warmRate = pacedRates[0] ?? BIG_CLAIM_SMALL_RATE;
    await paced(bodies(warmRate * WARM_UP_SECONDS), warmRate, WARM_UP_SECONDS, 'warm-up'); // JIT and caches warm, not measured
    const figures: Record<string, string | number> = {};
    for (const rate of pacedRates) {
      const list = bodies(rate * seconds);
      const cpu0 = processCpuMs(server.pid);
      const even = await paced(list, rate, seconds, `paced-${rate}`);
      Object.assign(figures, pacedFigures(`paced ${rate}/s for ${seconds} s`, even));
      // CPU per request: what a loaded machine changes least (latency there measures the other tenants too).
      figures[`paced ${rate}/s: service CPU per request, ms (both threads)`] = even.sent ? round((processCpuMs(server.pid) - cpu0) / even.sent, 3) : 0;
      if (rate === TARGET_RATE) figures[`paced ${rate}/s: p99 vs ${TARGET_P99_MS} ms target`] = `${round(even.p99 / TARGET_P99_MS, 2)}×`;
    }
    if (opts.saturation ?? true) {
      Object.assign(figures, await saturation((rate) => paced(bodies(rate * stepSeconds), rate, stepSeconds, `step-${rate}`), stepSeconds));
      // The step that saturated left requests queued in the service: the next figure starts once they are done.
      figures['after the saturation search: service busy with the last step\'s backlog, s'] = await untilIdle(server.pid);
    }
    // Single-claim reviews: small claims' latency while 60,000-line claims are in review (issue 18.8).
    const beside = opts.more ?? (opts.bodies ? null : (b: RunningBench) => whileBigClaim(b, bodies, BIG_CLAIM_SMALL_RATE, seconds));
    if (beside) Object.assign(figures, await beside({ url, headers, paced, dir, bodies }));
    if (cannonRate !== null) {
      const serverCpu0 = processCpuMs(server.pid);
      const byDefault = await cannon({ url, path, headers, rate: cannonRate, seconds, connections: DEFAULT_CONNECTIONS, bodies: bodies(cannonRate * seconds) });
      const crowded = await cannon({ url, path, headers, rate: cannonRate, seconds, connections: CROWDED_CONNECTIONS, bodies: bodies(cannonRate * seconds) });
      const serverCpuMs = processCpuMs(server.pid) - serverCpu0;
      const requests = byDefault.requests + crowded.requests;
      Object.assign(figures, {
        ...cannonFigures(`autocannon -R ${cannonRate} (its default ${DEFAULT_CONNECTIONS} connections)`, byDefault),
        ...cannonFigures(`autocannon -R ${cannonRate} -c ${CROWDED_CONNECTIONS} (harder: bursts of ${CROWDED_CONNECTIONS})`, crowded),
        'service CPU per request under autocannon (ms, both runs)': requests ? round(serverCpuMs / requests, 2) : 0,
      });
    }
    return { name: opts.name ?? `HTTP POST ${path}, evenly paced at ${pacedRates.join(' and ')} requests/s for ${seconds} s, saturation search, autocannon (service in its own process, load from a second process)`, figures };
  } finally {
    // The provider-pattern run is off above: a stale run at start would load its tables on the HTTP thread during the
    // warm-up, which is not what a request costs. The store (~230 MB after a full run) goes once the service has let go.
    const exited = server.exitCode !== null || server.signalCode !== null ? Promise.resolve() : new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

function pacedFigures(label: string, even: PacedResult): Record<string, string | number> {
  return {
    [`${label}: requests sent evenly (open model), latency from when each was due`]: `${even.sent} sent, ${even.achievedPerSecond}/s answered 2xx`
      + (even.saturatedAt === null ? '' : `; SATURATED: stopped at ${even.saturatedAt} s, ${even.abandoned} unanswered abandoned (latencies below are lower bounds)`),
    [`${label}: p50 / p90 / p99 / max latency ms`]: `${even.p50} / ${even.p90} / ${even.p99} / ${even.max}`,
    [`${label}: errors / non-2xx`]: `${even.errors}${even.errors ? ` (${Object.entries(even.errorKinds).map(([k, n]) => `${k} ${n}`).join(', ')})` : ''} / ${even.non2xx}`,
  };
}

/**
 * The saturation rate: evenly paced steps of rising rate until the service no longer keeps up (answers less
 * than KEEP_UP.answered of the offered rate, or p99 over KEEP_UP.p99Ms); the last step it kept up with.
 */
async function saturation(step: (rate: number) => Promise<PacedResult>, stepSeconds: number): Promise<Record<string, string>> {
  let kept = 0;
  const steps: string[] = [];
  for (const rate of SATURATION_RATES) {
    const r = await step(rate);
    steps.push(`${rate}/s → ${r.achievedPerSecond}/s, p99 ${r.p99} ms${r.saturatedAt === null ? '' : ` (stopped saturated at ${r.saturatedAt} s)`}`);
    if (r.saturatedAt !== null || r.ok / r.sent < KEEP_UP.answered || r.p99 > KEEP_UP.p99Ms) break;
    kept = rate;
  }
  return {
    [`saturation rate (evenly paced ${stepSeconds} s steps; kept up = ≥ ${KEEP_UP.answered * 100}% answered 2xx, p99 ≤ ${KEEP_UP.p99Ms} ms)`]: kept ? `${kept} requests/s` : `below ${SATURATION_RATES[0]} requests/s`,
    'saturation steps (offered → answered 2xx, p99)': steps.join('; '),
  };
}

// autocannon's rate limit: each connection sends back to back until it has made its share of the second
// (rate / connections), then waits for the next second, so the load is a burst of closed-loop connections at
// the start of every second; the more connections, the more requests the service holds at once. The target is
// judged on autocannon's default (10), the figure `autocannon -R 500 -d 30 URL` gives; 32 is reported beside it.
// Its percentiles correct for coordinated omission with an expected interval of ceil(1 / per-connection
// rate) = 1 ms (a rate per second taken as per ms), so a response of T ms is recorded T times (T, T-1, ... 1):
// slow responses weigh by their duration. Each 2xx response counted once is reported too.
const DEFAULT_CONNECTIONS = 10;
const CROWDED_CONNECTIONS = 32;

interface CannonRun {
  url: string;
  path: string;
  headers: Record<string, string>;
  rate: number;
  seconds: number;
  connections: number;
  bodies: string[];
}

interface CannonResult {
  result: autocannon.Result;
  requests: number;
  /** Each 2xx response's latency once, sorted. */
  responseMs: number[];
}

async function cannon(run: CannonRun): Promise<CannonResult> {
  let next = 0;
  const responseMs: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url: run.url,
      connections: run.connections,
      duration: run.seconds,
      overallRate: run.rate,
      requests: [
        {
          method: 'POST',
          path: run.path,
          headers: { 'content-type': 'application/json', ...run.headers },
          setupRequest: (req) => ({ ...req, body: run.bodies[next++ % run.bodies.length] }),
        },
      ],
    }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_client, statusCode, _bytes, ms) => {
      if (statusCode >= 200 && statusCode < 300) responseMs.push(ms);
    });
  });
  responseMs.sort((a, b) => a - b);
  return { result, requests: result.requests.total, responseMs };
}

function cannonFigures(label: string, { result, responseMs }: CannonResult): Record<string, string | number> {
  const at = (q: number) => round(responseMs[Math.min(responseMs.length - 1, Math.floor(responseMs.length * q))] ?? 0, 1);
  return {
    [`${label}: requests, requests/s achieved`]: `${result.requests.total}, ${round(result.requests.average)}`,
    [`${label}: p50 / p90 / p99 / max latency ms`]: `${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99} / ${result.latency.max}`,
    [`${label}: p99 vs 25 ms target`]: `${round(result.latency.p99 / 25, 2)}×`,
    [`${label}: p50 / p99 ms, each response once`]: `${at(0.5)} / ${at(0.99)}`,
    [`${label}: errors / timeouts / non-2xx`]: `${result.errors} / ${result.timeouts} / ${result.non2xx}`,
  };
}

/** CPU time (user + system) a process has used, ms (thread-cpu.ts; 0 off Linux or when it is gone). */
const processCpuMs = (pid: number | undefined): number => (processCpu(pid) ?? 0) * 1000;

/** Waits (at most a minute) until a process uses under a tenth of a core over half a second; the seconds it took. */
async function untilIdle(pid: number | undefined): Promise<number> {
  const start = performance.now();
  for (let before = processCpuMs(pid); performance.now() - start < 60_000;) {
    await new Promise((r) => setTimeout(r, 500));
    const now = processCpuMs(pid);
    if (now - before < 50) break;
    before = now;
  }
  return round((performance.now() - start) / 1000, 1);
}

if (require.main === module) benchHttp().then(printResult);
