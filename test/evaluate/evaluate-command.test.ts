import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONTROLS, TYPOLOGIES } from '../../src/evaluate/catalogue';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'dist/src/cli.js');

const run = (args: string[]) => spawnSync(process.execPath, [BIN, 'evaluate', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'warn' } });

describe('CLI evaluate', () => {
  const args = ['--seed', 'cli-eval', '--per-typology', '2', '--generator-count', '300'];
  const first = run([...args, '--json']);
  const second = run([...args, '--json']);

  it('exits 0 with a figure per typology and per control kind, and the circular generator line', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const r = JSON.parse(first.stdout);
    expect(r.typologies.map((t: { id: string }) => t.id)).toEqual(TYPOLOGIES.map((t) => t.id));
    expect(r.controls.map((c: { id: string }) => c.id)).toEqual(CONTROLS.map((c) => c.id));
    for (const t of r.typologies) {
      expect(t.cases).toBe(2);
      expect(t.recall).toBeGreaterThanOrEqual(0);
      expect(t.recall).toBeLessThanOrEqual(1);
      expect(t.rightEvidence).toBeLessThanOrEqual(t.flagged);
    }
    expect(r.generator.claims).toBe(300);
    expect(r.generator.clean.claims).toBeGreaterThan(200);
  });

  it('prints the identical report for the same seed', () => {
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('prints tables, writes the cases on request, and refuses a bad count naming the option', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'eval-')), 'cases.ndjson');
    const text = run(['--seed', 'cli-eval', '--per-typology', '1', '--generator-count', '0', '--cases-out', file]);
    expect(text.status).toBe(0);
    const cases = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(cases).toHaveLength(TYPOLOGIES.length + CONTROLS.length);
    for (const c of cases) expect(c.verdicts.map((v: { claimId: string }) => v.claimId)).toEqual(c.claims.map((x: { claimId: string }) => x.claimId));
    expect(text.stdout).toContain('| typology | 类别 | cases | recall | right evidence |');
    expect(text.stdout).toContain('false-flag rate');
    const bad = run(['--per-typology', '0']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--per-typology');
  });
});
