import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createApiKey } from '../src/api/auth/create-key';
import { DEV_AUTH_PEPPER } from '../src/config';
import { generateClaims } from '../src/generate';
import { createSqliteStore } from '../src/store/sqlite';
import { printResult, REPO_ROOT, round, type BenchResult } from './result';

// HTTP single-claim review under a fixed load: the service runs as its own process (`node dist/src/main.js`
// on the embedded store); autocannon in this process sends 500 requests/s for 30 s, each a different
// generated claim, and reports latency percentiles and errors.

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
    const bodies = opts.bodies
      ? opts.bodies(rate * seconds + 1000)
      : [...generateClaims({ count: rate * seconds + 1000, seed: 'bench-http', fraudRate: 0.1, rulesDir: join(REPO_ROOT, 'rules') })].map((c) => JSON.stringify(c));
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
            headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...opts.headers },
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
      name: opts.name ?? `HTTP POST ${path} at ${rate} requests/s for ${seconds} s (autocannon, service in its own process)`,
      figures: {
        requests: result.requests.total,
        'requests/s achieved': round(result.requests.average),
        'p50 latency ms': result.latency.p50,
        'p90 latency ms': result.latency.p90,
        'p99 latency ms': result.latency.p99,
        'max latency ms': result.latency.max,
        'p99 vs 25 ms target': `${round(result.latency.p99 / 25, 2)}×`,
        'p50 / p99 ms, each response once': `${at(0.5)} / ${at(0.99)}`,
        errors: result.errors,
        timeouts: result.timeouts,
        'non-2xx': result.non2xx,
      },
    };
  } finally {
    server.kill('SIGTERM');
  }
}

if (require.main === module) benchHttp().then(printResult);
