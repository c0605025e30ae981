import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTROLS, PROVIDER_CONTROLS, PROVIDER_TYPOLOGIES, TYPOLOGIES } from '../../src/evaluate/catalogue';
import { tempDir } from '../helpers/temp-dir';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'dist/src/cli.js');

const ENV = { ...process.env, LOG_LEVEL: 'warn' };
const run = (args: string[]) => spawnSync(process.execPath, [BIN, 'evaluate', ...args], { cwd: ROOT, encoding: 'utf8', env: ENV });

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}
/** As run(), without blocking: two evaluations side by side take the time of one where a core is free. */
function runAside(args: string[]): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'evaluate', ...args], { cwd: ROOT, env: ENV });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

describe('CLI evaluate', () => {
  const args = ['--seed', 'cli-eval', '--per-typology', '2', '--generator-count', '300', '--provider-cases', '1'];
  let first: Ran;
  // The same seed without the provider section: the claim-level report must come out identical (the provider
  // figures' own determinism is pinned by provider-targets.test.ts), and --no-providers leaves that section null.
  let second: Ran;
  // The tables and the cases file, from a smaller evaluation (one case per typology, no generated claims).
  const casesFile = join(tempDir('eval-'), 'cases.ndjson');
  let text: Ran;
  beforeAll(async () => {
    [first, second, text] = await Promise.all([
      runAside([...args, '--json']),
      runAside([...args, '--no-providers', '--json']),
      runAside(['--seed', 'cli-eval', '--per-typology', '1', '--generator-count', '0', '--cases-out', casesFile]),
    ]);
  }, 600_000); // only a guard against a hang: a loaded machine evaluates several times slower

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
    // The provider section: one case per provider typology and control (--provider-cases), through the pattern service.
    expect(r.providers.typologies.map((t: { id: string }) => t.id)).toEqual(PROVIDER_TYPOLOGIES.map((t) => t.id));
    expect(r.providers.controls.map((c: { id: string }) => c.id)).toEqual(PROVIDER_CONTROLS.map((c) => c.id));
    for (const t of r.providers.typologies) {
      expect(t.cases).toBe(1);
      expect(t.found).toBeLessThanOrEqual(t.cases);
      expect(t.evidenceNamesMutated).toBeLessThanOrEqual(t.found);
    }
    for (const c of r.providers.controls) expect(c.falseFindings).toBeLessThanOrEqual(c.cases);
  });

  it('reports the anomaly-only share of the flags and the alert rate per peer group, on the controls and the clean claims', () => {
    const r = JSON.parse(first.stdout);
    const sum = (m: { byKind: Record<string, { claims: number; alerts: number }> }, k: 'claims' | 'alerts') => Object.values(m.byKind).reduce((s, g) => s + g[k], 0);
    for (const [m, claims] of [[r.generator.cleanModel, r.generator.clean.claims], [r.controlsModel, r.controls.reduce((s: number, c: { cases: number }) => s + c.cases, 0)]]) {
      expect(m.claims).toBe(claims);
      expect(sum(m, 'claims')).toBe(claims);
      expect(sum(m, 'alerts')).toBe(m.modelAlerts);
      expect(m.anomalyOnly).toBeLessThanOrEqual(m.flagged);
      expect(m.anomalyOnly).toBeLessThanOrEqual(m.modelAlerts);
      expect(m.anomalyOnlyShare).toBeCloseTo(m.flagged ? m.anomalyOnly / m.flagged : 0, 9);
      // Every claim was placed in one of the shipped model's peer groups.
      expect(Object.keys(m.byKind).every((k) => ['drg×age', 'drg', 'adrg', 'mdc×type', 'mdc', 'dx', 'visit×level', 'visit', 'all'].includes(k))).toBe(true);
    }
    expect(r.generator.clean.flagged).toBe(r.generator.cleanModel.flagged);
  });

  it('prints the identical report for the same seed; --no-providers leaves out only the provider section', () => {
    expect(second.status).toBe(0);
    const again = JSON.parse(second.stdout);
    expect(again.providers).toBeNull();
    expect(again).toEqual({ ...JSON.parse(first.stdout), providers: null });
  });

  it('prints tables, writes the cases on request, and refuses a bad count naming the option', () => {
    expect(text.status).toBe(0);
    const lines = readFileSync(casesFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const cases = lines.filter((c) => c.kind === 'typology' || c.kind === 'control');
    expect(cases).toHaveLength(TYPOLOGIES.length + CONTROLS.length);
    for (const c of cases) expect(c.verdicts.map((v: { claimId: string }) => v.claimId)).toEqual(c.claims.map((x: { claimId: string }) => x.claimId));
    // Provider cases: the subject, the mutated claim ids and the findings (not the population's claims).
    const providerCases = lines.filter((c) => c.kind === 'provider-typology' || c.kind === 'provider-control');
    expect(providerCases).toHaveLength(PROVIDER_TYPOLOGIES.length + PROVIDER_CONTROLS.length);
    for (const c of providerCases) expect(Array.isArray(c.findings) && typeof c.subject.hospitalId === 'string').toBe(true);
    expect(text.stdout).toContain('| provider typology | 类别 | metric | cases | recall |');
    expect(text.stdout).toContain('| provider control (legitimate) | cases |');
    expect(text.stdout).toContain('| typology | 类别 | cases | recall | right evidence |');
    expect(text.stdout).toContain('false-flag rate');
    expect(text.stdout).toContain('Cases not built (no clean base claim of the seed fits the description; not in the tables above): none');
    expect(text.stdout).toContain('Anomaly model on the controls (reference row included): flagged');
    expect(text.stdout).toMatch(/model alert rate by peer-group kind: .*(dx|visit×level) \d+\.\d% of \d+/);
    const bad = run(['--per-typology', '0']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--per-typology');
    const badProviders = run(['--provider-cases', '0']);
    expect(badProviders.status).not.toBe(0);
    expect(badProviders.stderr).toContain('--provider-cases');
  });
});
