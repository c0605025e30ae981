import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createApiKey } from '../src/api/auth/create-key';
import { DEV_AUTH_PEPPER } from '../src/config';
import { generateClaims } from '../src/generate';
import { createSqliteStore } from '../src/features/stores';
import { runPacedLoad } from './paced-load';
import { printResult, REPO_ROOT, round, type BenchResult } from './result';

const WARM_UP_SECONDS = 3;

// HTTP single-claim review under a fixed load: the service runs as its own process (`node dist/src/main.js`
// on the embedded store) and the load comes from another, 500 requests/s for 30 s, each a different generated
// claim: evenly paced (bench/paced-load.ts, the shape of settlement traffic), then by autocannon (bursts at the
// start of every second, see below) with its default connections and with 32, with latency percentiles and errors.

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface LoadOptions {
  rate?: number;
  seconds?: number;
  headers?: Record<string, string>;
  env?: Record<string, string>;
  /** Route under load (default: single-claim review). */
  path?: string;
  /** Request bodies number from .. from + count - 1 of the run, each a different one (default: generated claims). */
  bodies?: (from: number, count: number) => string[];
  name?: string;
}

export async function benchHttp(opts: LoadOptions = {}): Promise<BenchResult> {
  const rate = opts.rate ?? 500;
  const seconds = opts.seconds ?? 30;
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
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', STORE_PATH: join(dir, 'review.db'), SAMPLE_DATA: 'off', RULES_WATCH: 'off', LOG_LEVEL: 'warn', AUTH_PEPPER: DEV_AUTH_PEPPER, ...opts.env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 200; i++) {
      const ok = await fetch(`${url}/readyz`).then((r) => r.ok).catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    // Distinct bodies for the warm-up, the paced run and each autocannon run: no claim is reviewed twice.
    // Each phase's bodies are made when it starts (15,000 3101 bodies are ~400 MB).
    const warmCount = rate * WARM_UP_SECONDS;
    const phase = rate * seconds;
    const count = warmCount + 3 * phase;
    let claims: string[] | null = null;
    const bodies = opts.bodies
      ?? ((from: number, n: number) => (claims ??= [...generateClaims({ count, seed: 'bench-http', fraudRate: 0.1, rulesDir: join(REPO_ROOT, 'rules') })].map((c) => JSON.stringify(c))).slice(from, from + n));
    const headers = { authorization: `Bearer ${key}`, ...opts.headers };
    const paced = async (from: number, n: number, secs: number, name: string) => {
      writeFileSync(join(dir, `${name}.ndjson`), bodies(from, n).join('\n'));
      return runPacedLoad({ url, path, headers, bodiesFile: join(dir, `${name}.ndjson`), rate, seconds: secs, maxSockets: 64 }, join(dir, `${name}.json`));
    };
    await paced(0, warmCount, WARM_UP_SECONDS, 'warm-up'); // JIT and caches warm, not measured
    const even = await paced(warmCount, phase, seconds, 'paced');
    const cannonBodies = (run: number) => bodies(warmCount + (run + 1) * phase, phase);
    const serverCpu0 = processCpuMs(server.pid);
    const byDefault = await cannon({ url, path, headers, rate, seconds, connections: DEFAULT_CONNECTIONS, bodies: cannonBodies(0) });
    const crowded = await cannon({ url, path, headers, rate, seconds, connections: CROWDED_CONNECTIONS, bodies: cannonBodies(1) });
    const serverCpuMs = processCpuMs(server.pid) - serverCpu0;
    const requests = byDefault.requests + crowded.requests;
    return {
      name: opts.name ?? `HTTP POST ${path} at ${rate} requests/s for ${seconds} s (service in its own process, load from a second process)`,
      figures: {
        'paced: requests sent evenly (open model), latency from when each was due': `${even.sent} sent, ${even.achievedPerSecond}/s answered 2xx`,
        'paced: p50 / p90 / p99 / max latency ms': `${even.p50} / ${even.p90} / ${even.p99} / ${even.max}`,
        'paced: p99 vs 25 ms target': `${round(even.p99 / 25, 2)}×`,
        'paced: errors / non-2xx': `${even.errors}${even.errors ? ` (${Object.entries(even.errorKinds).map(([k, n]) => `${k} ${n}`).join(', ')})` : ''} / ${even.non2xx}`,
        ...cannonFigures(`autocannon -R ${rate} (its default ${DEFAULT_CONNECTIONS} connections)`, byDefault),
        ...cannonFigures(`autocannon -R ${rate} -c ${CROWDED_CONNECTIONS} (harder: bursts of ${CROWDED_CONNECTIONS})`, crowded),
        'service CPU per request under autocannon (ms, both runs)': requests ? round(serverCpuMs / requests, 2) : 0,
      },
    };
  } finally {
    server.kill('SIGTERM');
  }
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

/** CPU time (user + system) a process has used, from /proc (Linux). */
function processCpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * (1000 / 100); // clock ticks of 1/100 s
  } catch {
    return 0;
  }
}

if (require.main === module) benchHttp().then(printResult);
