import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createApiKey } from '../src/api/auth/create-key';
import { DEV_AUTH_PEPPER } from '../src/config';
import { generateClaims } from '../src/generate';
import { createSqliteStore } from '../src/store/sqlite';
import { runPacedLoad } from './paced-load';
import { printResult, REPO_ROOT, round, type BenchResult } from './result';

const WARM_UP_SECONDS = 3;

// HTTP single-claim review under a fixed load: the service runs as its own process (`node dist/src/main.js`
// on the embedded store) and the load comes from another, 500 requests/s for 30 s, each a different generated
// claim, twice: evenly paced (bench/paced-load.ts, the shape of settlement traffic; the target is judged on
// it) and by autocannon (bursts at the start of every second, see below), with latency percentiles and errors.

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
  /** Route under load and the request bodies to cycle through (default: single-claim review of generated claims). */
  path?: string;
  bodies?: (count: number) => string[];
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
  const server = spawn(process.execPath, [join(REPO_ROOT, 'dist/src/main.js')], {
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
    // Distinct bodies for the warm-up, the paced run and the autocannon run: no claim is reviewed twice.
    const [warmCount, pacedCount] = [rate * WARM_UP_SECONDS, rate * seconds];
    const count = warmCount + pacedCount + rate * seconds + 1000;
    const all = opts.bodies
      ? opts.bodies(count)
      : [...generateClaims({ count, seed: 'bench-http', fraudRate: 0.1, rulesDir: join(REPO_ROOT, 'rules') })].map((c) => JSON.stringify(c));
    const headers = { authorization: `Bearer ${key}`, ...opts.headers };
    const paced = async (from: number, n: number, secs: number, name: string) => {
      writeFileSync(join(dir, `${name}.ndjson`), all.slice(from, from + n).join('\n'));
      return runPacedLoad({ url, path, headers, bodiesFile: join(dir, `${name}.ndjson`), rate, seconds: secs, maxSockets: 64 }, join(dir, `${name}.json`));
    };
    await paced(0, warmCount, WARM_UP_SECONDS, 'warm-up'); // JIT and caches warm, not measured
    const even = await paced(warmCount, pacedCount, seconds, 'paced');
    const bodies = all.slice(warmCount + pacedCount);
    let next = 0;
    // Note how autocannon applies the rate: each connection sends back to back until it has made its share of
    // the second (rate / 32), then waits for the next second, so the load is a burst of 32 connections in a
    // closed loop at the start of every second. Its percentiles correct for coordinated omission with an
    // expected interval of ceil(1 / per-connection rate) = 1 ms, so a response of T ms is recorded T times
    // (T, T-1, ... 1): slow responses weigh by their duration. Each 2xx response counted once, for comparison:
    const responseMs: number[] = [];
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const run = autocannon({
        url,
        connections: 32,
        duration: seconds,
        overallRate: rate,
        requests: [
          {
            method: 'POST',
            path,
            headers: { 'content-type': 'application/json', ...headers },
            setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }),
          },
        ],
      }, (err, res) => (err ? reject(err) : resolve(res)));
      run.on('response', (_client, statusCode, _bytes, ms) => {
        if (statusCode >= 200 && statusCode < 300) responseMs.push(ms);
      });
    });
    responseMs.sort((a, b) => a - b);
    const at = (q: number) => round(responseMs[Math.min(responseMs.length - 1, Math.floor(responseMs.length * q))] ?? 0, 1);
    return {
      name: opts.name ?? `HTTP POST ${path} at ${rate} requests/s for ${seconds} s (service in its own process, load from a second process)`,
      figures: {
        'paced: requests sent evenly (open model), latency from when each was due': `${even.sent} sent, ${even.achievedPerSecond}/s answered 2xx`,
        'paced: p50 / p90 / p99 / max latency ms': `${even.p50} / ${even.p90} / ${even.p99} / ${even.max}`,
        'paced: p99 vs 25 ms target': `${round(even.p99 / 25, 2)}×`,
        'paced: errors / non-2xx': `${even.errors} / ${even.non2xx}`,
        'autocannon (32 connections, per-second bursts): requests': result.requests.total,
        'autocannon: requests/s achieved': round(result.requests.average),
        'autocannon: p50 / p90 / p99 / max latency ms': `${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99} / ${result.latency.max}`,
        'autocannon: p99 vs 25 ms target': `${round(result.latency.p99 / 25, 2)}×`,
        'autocannon: p50 / p99 ms, each response once': `${at(0.5)} / ${at(0.99)}`,
        'autocannon: errors / timeouts / non-2xx': `${result.errors} / ${result.timeouts} / ${result.non2xx}`,
      },
    };
  } finally {
    server.kill('SIGTERM');
  }
}

if (require.main === module) benchHttp().then(printResult);
