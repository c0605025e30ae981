import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { generateClaims } from '../../src/generate';
import { buildClaim } from '../helpers/shipped-rules';
import { tempDir } from '../helpers/temp-dir';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'dist/src/cli.js');

function runCli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'warn' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI review', () => {
  const dir = tempDir('cli-');
  const claims = [...generateClaims({ count: 400, seed: 'cli-test', fraudRate: 0.2 })];
  const lines = claims.map((c) => JSON.stringify(c));
  // Damage the file the way real files get damaged: a torn line, a wrong type, a blank line.
  lines.splice(10, 0, '{"claimId": "TORN-1", "region": "5101');
  lines.splice(20, 0, JSON.stringify({ ...claims[3], claimId: 'NEG-1', amounts: { total: -1, policy: 0, fundClaimed: 0 } }));
  lines.splice(30, 0, '');
  const file = join(dir, 'claims.ndjson');
  writeFileSync(file, lines.join('\n') + '\n');
  const store = join(dir, 'review.db');
  // One thread: review-workers.test.ts shows the worker threads give the same verdicts, store and summary, and two
  // workers each building the rules took more than this file's own review.
  const out = runCli(['review', file, '--store', store, '--summary', '--workers', '1']);

  it('exits 0 and writes one verdict per non-blank line, in input order', () => {
    expect(out.status).toBe(0);
    // Revised verdicts of earlier claims (事后发现, carrying revision) are extra lines, tested below.
    const verdicts = out.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((v) => v.revision === undefined);
    const expected = lines.filter((l) => l.trim() !== '');
    expect(verdicts).toHaveLength(expected.length);
    verdicts.forEach((v, i) => {
      const inputId = (() => {
        try {
          return JSON.parse(expected[i]).claimId;
        } catch {
          return null;
        }
      })();
      expect(v.claimId).toBe(inputId);
    });
    // line numbers count the blank line too, so a reader can find the line in the file
    const torn = verdicts.find((v) => v.line === 11);
    expect(torn.decision).toBe('invalid');
    expect(torn.errors[0].message).toMatch(/not valid JSON/);
    const neg = verdicts.find((v) => v.claimId === 'NEG-1');
    expect(neg.decision).toBe('invalid');
    expect(neg.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'amounts.total' })]));
    expect(verdicts.filter((v) => v.decision === 'invalid')).toHaveLength(2);
  });

  it('prints the closing summary to stderr', () => {
    expect(out.stderr).toMatch(/reviewed 402 claims in [\d.]+ s \(\d+ claims\/s\)/);
    expect(out.stderr).toMatch(/by decision: .*invalid 2/);
  });

  it('records every valid verdict and every invalid input in the store', () => {
    const db = new Database(store, { readonly: true });
    const verdicts = db.prepare('select count(*) as n from verdicts').get() as { n: number };
    const invalid = db.prepare('select count(*) as n from invalid_inputs').get() as { n: number };
    db.close();
    expect(verdicts.n).toBe(400);
    expect(invalid.n).toBe(2);
  });

  it('reads stdin with "-" and replays idempotently', () => {
    const again = runCli(['review', '-', '--store', store], lines.slice(0, 5).join('\n'));
    expect(again.status).toBe(0);
    expect(again.stdout.trim().split('\n')).toHaveLength(5);
    const db = new Database(store, { readonly: true });
    expect((db.prepare('select count(*) as n from verdicts').get() as { n: number }).n).toBe(400);
    db.close();
  });

  it('fails with a clear message on a missing file', () => {
    const r = runCli(['review', join(dir, 'nope.ndjson'), '--store', ':memory:']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/nope\.ndjson/);
  });
});

describe('CLI review: revised verdicts of earlier claims (事后发现)', () => {
  const dir = tempDir('cli-retro-');
  // A clinic visit elsewhere on day 3 of a stay settles first; the stay settles at discharge and finds it.
  const patient = { insuredId: 'EX-P-0001', gender: 'M', birthDate: '1962-05-10', retired: true };
  const visit = buildClaim({ base: 'outpatient', shiftDays: -9, set: { claimId: 'CLI-VISIT', patient } });
  const stay = buildClaim({ base: 'inpatient', set: { claimId: 'CLI-STAY' } });
  const file = join(dir, 'claims.ndjson');
  writeFileSync(file, [visit, stay].map((c) => JSON.stringify(c)).join('\n') + '\n');

  it.each([
    ['one thread, an in-memory store', () => ':memory:'],
    ['worker threads, a store file', () => join(tempDir('w-'), 'review.db')],
  ])('%s: the revised verdict follows the line of the claim that found it, carrying revision', (_how, storeOf) => {
    const r = runCli(['review', file, '--store', storeOf(), '--workers', _how.startsWith('one') ? '1' : '2']);
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((v) => [v.claimId, v.decision, v.line ?? null, v.revision ?? null])).toEqual([
      ['CLI-VISIT', 'pass', 1, null],
      ['CLI-STAY', 'review', 2, null],
      ['CLI-VISIT', 'review', null, 1],
    ]);
    expect(out[2].hits).toEqual([expect.objectContaining({ ruleId: 'history.visit-during-stay', retrospective: { byClaimId: 'CLI-STAY', foundAt: expect.any(String) } })]);
  });

  it('says so in --help', () => {
    expect(runCli(['review', '--help']).stdout.replace(/\s+/g, ' ')).toMatch(/one NDJSON verdict per input line, plus revised verdicts of earlier claims/);
  });
});
