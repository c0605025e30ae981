import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { writeNdjson } from '../src/generate';
import { printResult, REPO_ROOT, round, type BenchResult } from './result';

// The whole CLI review of generated claims into the embedded store, as a user runs it: a separate
// process, `review <file> --store <tmp>`; its closing summary gives claims/s and peak RSS.

export async function benchCliReview(opts: { claims?: number } = {}): Promise<BenchResult> {
  // BENCH_CLI_CLAIMS=20000 for a quicker run while iterating; the figure to report is the 100,000 one.
  const count = opts.claims ?? (Number(process.env.BENCH_CLI_CLAIMS) || 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  const file = join(dir, 'claims.ndjson');
  const out = createWriteStream(file);
  await writeNdjson({ count, seed: 'bench-cli', fraudRate: 0.1, rulesDir: join(REPO_ROOT, 'rules') }, out);
  out.end();
  await finished(out);
  // Once single-threaded and once on the default (a worker per core): the gain is what the second core buys.
  const one = reviewOnce(file, join(dir, 'one.db'), ['--workers', '1']);
  const all = reviewOnce(file, join(dir, 'review.db'), []);
  const [rate, rateOne] = [count / all.wall, count / one.wall];
  return {
    name: `CLI review of ${count.toLocaleString('en')} generated claims (embedded store)`,
    figures: {
      'input MB': round(statSync(file).size / 1e6),
      workers: all.workers,
      'wall seconds': round(all.wall, 2),
      'claims/s': Math.round(rate),
      'vs 5,000 claims/s target': `${round(rate / 5000, 2)}×`,
      'peak RSS MB': all.rss,
      summary: all.summary,
      'claims/s single-threaded (--workers 1)': Math.round(rateOne),
      'peak RSS MB single-threaded': one.rss,
      [`gain from ${all.workers} workers`]: `${round(rate / rateOne, 2)}×`,
    },
  };
}

function reviewOnce(file: string, store: string, args: string[]): { wall: number; rss: string; summary: string; workers: string } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/src/cli.js'), 'review', file, '--store', store, '--summary', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`review failed: ${r.stderr}`);
  return {
    wall,
    rss: /peak RSS (\d+) MB/.exec(r.stderr)?.[1] ?? 'n/a',
    summary: r.stderr.trim().split('\n').slice(0, 2).join(' | '),
    workers: args.length ? args[1] : String(Math.min(4, availableParallelism())),
  };
}

if (require.main === module) benchCliReview().then(printResult);
