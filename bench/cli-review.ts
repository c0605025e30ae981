import { spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { writeNdjson } from '../src/generate';
import { printResult, REPO_ROOT, round, type BenchResult } from './result';

// The whole CLI review of generated claims into the embedded store, as a user runs it: a separate
// process, `review <file> --store <tmp>`; its closing summary gives claims/s and peak RSS.
// BENCH_CLI_CLAIMS above 100,000 (e.g. 1000000) adds a run on that many claims with the default workers, to
// show that peak RSS does not grow with the input (issue 21.2: within 10% of the 100,000-claim figure);
// below it, the one run uses that many (a quicker run while iterating).

export async function benchCliReview(opts: { claims?: number } = {}): Promise<BenchResult> {
  const asked = opts.claims ?? (Number(process.env.BENCH_CLI_CLAIMS) || 100_000);
  const count = Math.min(asked, 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  try {
    const file = await generate(dir, 'claims.ndjson', count);
    // Once single-threaded and once on the default (a worker per core): the gain is what the second core buys.
    const one = reviewOnce(file, join(dir, 'one.db'), ['--workers', '1']);
    const all = reviewOnce(file, join(dir, 'review.db'), []);
    const [rate, rateOne] = [count / all.wall, count / one.wall];
    const figures: BenchResult['figures'] = {
      'input MB': round(statSync(file).size / 1e6),
      workers: all.workers,
      'wall seconds': round(all.wall, 2),
      'claims/s': Math.round(rate),
      'vs 5,000 claims/s target': `${round(rate / 5000, 2)}×`,
      'peak RSS MB': all.rss,
      'vs 600 MB target': all.rss === 'n/a' ? 'n/a' : `${round(Number(all.rss) / 600, 2)}×`,
      // CPU time is far less moved by other load on the machine than claims/s: compare it between runs.
      'CPU ms per claim (all threads)': cpuPerClaim(all.cpu, count),
      summary: all.summary,
      'claims/s single-threaded (--workers 1)': Math.round(rateOne),
      'peak RSS MB single-threaded': one.rss,
      'CPU ms per claim single-threaded': cpuPerClaim(one.cpu, count),
      [`gain from ${all.workers} workers`]: `${round(rate / rateOne, 2)}×`,
    };
    rmSync(dir, { recursive: true, force: true });
    if (asked > count) Object.assign(figures, await largeRun(asked, all.rss));
    return { name: `CLI review of ${count.toLocaleString('en')} generated claims (embedded store)`, figures };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same review on `count` claims (input and store in a temporary folder, deleted after): peak RSS beside the 100,000-claim one. */
async function largeRun(count: number, rssAt100k: string): Promise<BenchResult['figures']> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-large-'));
  try {
    const file = await generate(dir, 'claims.ndjson', count);
    const run = reviewOnce(file, join(dir, 'review.db'), []);
    const n = count.toLocaleString('en');
    return {
      [`claims/s at ${n} claims`]: Math.round(count / run.wall),
      [`peak RSS MB at ${n} claims`]: run.rss,
      [`peak RSS ${n} / 100,000 claims (target ≤ 1.10×)`]: `${round(Number(run.rss) / Number(rssAt100k), 2)}×`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function generate(dir: string, name: string, count: number): Promise<string> {
  const file = join(dir, name);
  const out = createWriteStream(file);
  await writeNdjson({ count, seed: 'bench-cli', fraudRate: 0.1, rulesDir: join(REPO_ROOT, 'rules') }, out);
  out.end();
  await finished(out);
  return file;
}

const cpuPerClaim = (cpu: number | null, claims: number) => (cpu === null ? 'n/a' : round((cpu * 1000) / claims, 3));

function reviewOnce(file: string, store: string, args: string[]): { wall: number; rss: string; cpu: number | null; summary: string; workers: string } {
  // Verdicts to a file beside the store, as `review claims.ndjson > verdicts.ndjson` (a million of them would
  // not fit in this process's pipe buffer).
  const out = openSync(`${store}.verdicts.ndjson`, 'w');
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/src/cli.js'), 'review', file, '--store', store, '--summary', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', out, 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  closeSync(out);
  if (r.status !== 0) throw new Error(`review failed: ${r.stderr}`);
  return {
    wall,
    rss: /peak RSS (\d+) MB/.exec(r.stderr)?.[1] ?? 'n/a',
    cpu: Number(/CPU ([\d.]+) s/.exec(r.stderr)?.[1] ?? Number.NaN) || null,
    summary: r.stderr.trim().split('\n').slice(0, 2).join(' | '),
    workers: args.length ? args[1] : String(Math.min(4, availableParallelism())),
  };
}

if (require.main === module) benchCliReview().then(printResult);
