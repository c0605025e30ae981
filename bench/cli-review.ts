import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/src/cli.js'), 'review', file, '--store', join(dir, 'review.db'), '--summary'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`review failed: ${r.stderr}`);
  const rss = /peak RSS (\d+) MB/.exec(r.stderr)?.[1];
  const rate = count / wall;
  return {
    name: `CLI review of ${count.toLocaleString('en')} generated claims (embedded store)`,
    figures: {
      'input MB': round(statSync(file).size / 1e6),
      'wall seconds': round(wall, 2),
      'claims/s': Math.round(rate),
      'vs 5,000 claims/s target': `${round(rate / 5000, 2)}×`,
      'peak RSS MB': rss ?? 'n/a',
      summary: r.stderr.trim().split('\n').slice(0, 2).join(' | '),
    },
  };
}

if (require.main === module) benchCliReview().then(printResult);
