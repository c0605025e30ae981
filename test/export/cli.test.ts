import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MONTH, reviewedMonth, type ReviewedMonth } from './helpers';

// `yibao-review export` and `export verify` as a user runs them: the built bin (jest's global setup builds dist/),
// not the TypeScript sources transpiled on load (~5 s a launch, seven launches).

const ROOT = resolve(__dirname, '../..');
const cli = (args: string[], cwd = ROOT) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/src/cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'warn', MONGO_URL: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

let m: ReviewedMonth;
beforeAll(async () => {
  m = await reviewedMonth(500);
  await m.store.close();
}, 120_000);

describe('CLI export', () => {
  it('exports a month to the default folder, then verify passes and fails after tampering', () => {
    const db = join(m.dir, 'review.db');
    const out = cli(['export', '--month', MONTH, '--province', '51', '--store', db, '--summary'], m.dir);
    expect(out.stderr).toMatch(/exported \d+ verdicts and \d+ cases in .* peak RSS \d+ MB/);
    expect(out.status).toBe(0);
    const dir = join(m.dir, 'exports', `${MONTH}-51`);
    expect(out.stdout).toContain(`exports/${MONTH}-51`);
    expect(existsSync(join(dir, `audit-${MONTH}-51.xlsx`))).toBe(true);
    expect(existsSync(join(dir, 'cases.csv'))).toBe(true);

    const ok = cli(['export', 'verify', dir]);
    expect(ok).toMatchObject({ status: 0, stdout: expect.stringMatching(/^ok: 7 files match/) });

    const path = join(dir, 'cases.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace('review', 'revieW'));
    const bad = cli(['export', 'verify', dir]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^FAIL cases\.csv: sha256 /m);
  }, 60_000);

  it('writes only the asked format to --out', () => {
    const dir = join(m.dir, 'csv-only');
    const out = cli(['export', '--month', MONTH, '--format', 'csv', '--store', join(m.dir, 'review.db'), '--out', dir]);
    expect(out.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: { format: string }[] };
    expect(manifest.files.map((f) => f.format)).toEqual(Array(6).fill('csv'));
  }, 60_000);

  it('names the bad option', () => {
    expect(cli(['export', '--month', '2025-3', '--store', join(m.dir, 'review.db')])).toMatchObject({ status: 1, stderr: expect.stringMatching(/--month must be a month/) });
    expect(cli(['export', '--month', MONTH, '--region', '5101', '--store', join(m.dir, 'review.db')])).toMatchObject({ status: 1, stderr: expect.stringMatching(/--region/) });
    expect(cli(['export', '--month', MONTH, '--format', 'pdf', '--store', join(m.dir, 'review.db')])).toMatchObject({ status: 1, stderr: expect.stringMatching(/--format/) });
  }, 60_000);
});
