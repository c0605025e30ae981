import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createSqliteStore } from '../../src/features/stores';
import { CLUSTER_PERIOD, PERIOD, patternClaims } from '../features/patterns/pattern-data';
import { tempDir } from '../helpers/temp-dir';

// `yibao-review patterns --from --to [--store] [--json]` on the built CLI, over a store file with patterns in it.

const ROOT = resolve(__dirname, '../..');
const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(ROOT, 'dist/src/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent', ...env } });

describe('yibao-review patterns', () => {
  const path = join(tempDir('pat-cli-'), 'review.db');
  beforeAll(async () => {
    const store = createSqliteStore({ path });
    await store.saveReviews(patternClaims());
    await store.close();
  });

  it('prints the findings in Chinese, records the run, and gives JSON with --json', async () => {
    const text = cli(['patterns', '--from', PERIOD.from, '--to', PERIOD.to, '--store', path]);
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^服务期间 2025-03-01 至 2025-03-31：\d+ 条机构\/医师异常模式（运行 #1，/);
    expect(text.stdout).toContain('医师 D-MRI（机构 H1）  高值项目使用占比：头颅MRI平扫 002401010010001');
    expect(text.stdout).toContain('本身 60.0%（12/20件）');
    expect(text.stdout).not.toContain('D-ONE');

    const json = cli(['patterns', '--from', PERIOD.from, '--to', PERIOD.to, '--store', path, '--json']);
    expect(json.status).toBe(0);
    const out = JSON.parse(json.stdout) as { run: { id: number; trigger: string; findings: number }; findings: { doctorId: string | null; metric: string }[] };
    expect(out.run).toMatchObject({ id: 2, trigger: 'cli', from: PERIOD.from, to: PERIOD.to, findings: out.findings.length });
    expect(out.findings.some((f) => f.doctorId === 'D-MRI' && f.metric === 'costly-item')).toBe(true);
    const store = createSqliteStore({ path });
    expect((await store.lastPatternRun())?.id).toBe(2);
    expect(await store.patternFindings({})).toEqual(out.findings);
    await store.close();
  });

  it('prints an admission cluster (集中收治住院) with its window and the admissions with their dates', () => {
    const text = cli(['patterns', '--from', CLUSTER_PERIOD.from, '--to', CLUSTER_PERIOD.to, '--store', path]);
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('机构 HC-CLUSTER  集中收治住院：7日内收治60岁以上轻症或诊断模糊患者（2025-02-10至2025-02-16）');
    expect(text.stdout).toContain('医师 HC-CLUSTER-D（机构 HC-CLUSTER）  集中收治住院');
    expect(text.stdout).toContain('IP-HC-CLUSTER-C00（2025-02-10入院）');
    expect(text.stdout).not.toMatch(/机构 HC-[1-4]  集中收治住院/);
    // Members of 74 are not elderly when the fund sets the age at 80.
    const older = cli(['patterns', '--from', CLUSTER_PERIOD.from, '--to', CLUSTER_PERIOD.to, '--store', path], { PATTERNS_CLUSTER_MIN_AGE: '80' });
    expect(older.status).toBe(0);
    expect(older.stdout).not.toContain('集中收治住院');
  });

  it('names the bad option', () => {
    const bad = cli(['patterns', '--from', '2025-13-01', '--to', '2025-03-31', '--store', path]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^from: must be a date YYYY-MM-DD \(got 2025-13-01\)/);
    const missing = cli(['patterns', '--from', '2025-03-01', '--store', path]);
    expect(missing.stderr).toMatch(/^to: must be a date/);
  });
});
