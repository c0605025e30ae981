import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

// The provider-level figures at a fixed seed (as typology-targets.test.ts does for the claim typologies), five
// cases per provider typology and control: recall = a pattern finding of the expected metric naming the subject;
// a control's false finding = any finding naming the subject. Pinned as measured, not as targets: a change to
// the pattern metrics, the rules they read (upcoding, 低倍率) or the cases moves them, and the README's figures
// with them. The model takes no part in the provider patterns (--model none).

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'dist/src/cli.js');

describe('evaluation: provider-level typologies and controls, seed evaluate-1', () => {
  const out = spawnSync(
    process.execPath,
    [BIN, 'evaluate', '--seed', 'evaluate-1', '--per-typology', '1', '--provider-cases', '5', '--model', 'none', '--generator-count', '0', '--json'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'warn' } },
  );
  const report = () => {
    expect(out.status).toBe(0);
    return JSON.parse(out.stdout).providers as {
      typologies: Array<{ id: string; cases: number; found: number; evidenceNamesMutated: number }>;
      controls: Array<{ id: string; cases: number; falseFindings: number; metrics: Record<string, number> }>;
    };
  };

  it('finds the provider typologies a metric watches, and not the costly consumable on stays', () => {
    const r = report();
    expect(Object.fromEntries(r.typologies.map((t) => [t.id, `${t.found}/${t.cases}`]))).toEqual({
      'induced-admission-cluster': '3/5',
      'doctor-costly-exam': '5/5',
      // The member ledger keeps a stay's services, not its consumables: the pattern cannot see them.
      'doctor-costly-consumable': '0/5',
      'hospital-upcoding': '5/5',
      'hospital-low-standard-admissions': '5/5',
      'hospital-split-readmissions': '5/5',
    });
    // Every finding of a found case lists changed claims among its evidence.
    for (const t of r.typologies) expect(t.evidenceNamesMutated).toBe(t.found);
  });

  it('the legitimate providers: the small doctor is not found; specialty hospitals are, by their costly-item shares against general peers', () => {
    const r = report();
    expect(Object.fromEntries(r.controls.map((c) => [c.id, `${c.falseFindings}/${c.cases}`]))).toEqual({
      'cardiology-centre-pci': '5/5',
      'geriatric-hospital': '4/5',
      'tertiary-mcc-referral': '5/5',
      'small-doctor': '0/5',
      'rehabilitation-long-stays': '5/5',
    });
    const metrics = (id: string) => Object.keys(r.controls.find((c) => c.id === id)!.metrics).map((m) => m.split(':')[0]);
    expect(new Set(metrics('cardiology-centre-pci'))).toEqual(new Set(['costly-item']));
    expect(metrics('rehabilitation-long-stays')).toContain('los-ratio');
  });
});
