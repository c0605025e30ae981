import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { generateClaims } from '../../src/generate';
import { tempDir } from '../helpers/temp-dir';

const ROOT = resolve(__dirname, '../..');

function review(file: string, store: string, workers: number) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/src/cli.js'), 'review', file, '--store', store, '--workers', String(workers), '--batch-size', '200', '--summary'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  expect(r.status).toBe(0);
  const verdicts = r.stdout.trim().split('\n').map((l) => {
    const v = JSON.parse(l);
    delete v.reviewedAt; // with a retrospective finding's foundAt, the only fields that depend on the clock
    for (const h of v.hits ?? []) if (h.retrospective) delete h.retrospective.foundAt;
    return v;
  });
  const db = new Database(store, { readonly: true });
  const ledger = db.prepare('SELECT * FROM member_claims ORDER BY claim_id').all() as Record<string, unknown>[];
  ledger.forEach((row) => delete row.arrival); // first-seen numbering interleaves across workers; order per member is kept
  const cases = db.prepare('SELECT claim_id, decision FROM cases ORDER BY claim_id').all();
  const invalid = db.prepare('SELECT claim_id, errors, raw, source FROM invalid_inputs ORDER BY id').all();
  db.close();
  return { verdicts, ledger, cases, invalid, stderr: r.stderr };
}

describe('CLI review on worker threads', () => {
  it('gives the same verdicts, in the same order, and the same store as one thread', () => {
    const dir = tempDir('workers-');
    const file = join(dir, 'claims.ndjson');
    const lines = [...generateClaims({ count: 1500, seed: 'workers', fraudRate: 0.3 })].map((c) => JSON.stringify(c));
    lines.splice(100, 0, 'not json at all');
    // A blank line and a CRLF line end: the workers' byte splitter must number lines as readline does.
    lines.splice(200, 0, '  ');
    lines[300] += '\r';
    writeFileSync(file, `${lines.join('\n')}\n`);
    const one = review(file, join(dir, 'one.db'), 1);
    const two = review(file, join(dir, 'two.db'), 2);
    // One verdict per input line, plus revised verdicts of earlier claims (事后发现, carrying `revision`, no `line`).
    const own = two.verdicts.filter((v) => v.revision === undefined);
    expect(own).toHaveLength(1501);
    expect(own[300]).toMatchObject({ line: 302 });
    expect(own[100]).toMatchObject({ decision: 'invalid', line: 101 });
    expect(two.verdicts.length).toBeGreaterThan(own.length); // the set has revisions: they too come alike
    expect(two.verdicts).toEqual(one.verdicts);
    expect(two.ledger).toEqual(one.ledger);
    expect(two.cases).toEqual(one.cases);
    // The invalid line recorded and the closing summary printed on the workers' path too (review-command.test.ts
    // reviews on one thread).
    expect(two.invalid).toHaveLength(1);
    expect(two.invalid).toEqual(one.invalid);
    expect(two.stderr).toMatch(/reviewed 1501 claims in [\d.]+ s \(\d+ claims\/s\)/);
    expect(two.stderr.replace(/^reviewed .*\n/, '')).toBe(one.stderr.replace(/^reviewed .*\n/, ''));
    expect(two.stderr).toMatch(/by decision: .*invalid 1/);
  });
});
