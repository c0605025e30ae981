import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { MAX_JSON_DEPTH } from '../../src/validate/json-depth';
import { makeClaim } from '../helpers/fixtures';
import { tempDir } from '../helpers/temp-dir';

// Issue 18, points 1 and 2: a line nested deeper than a claim needs is an `invalid` verdict naming the path,
// recorded as invalid input, and the run goes on: one thread, worker threads, an in-memory store.

const ROOT = resolve(__dirname, '../..');
const nestedText = (levels: number) => '{"a":'.repeat(levels - 1) + '{"a":1' + '}'.repeat(levels);
const claimWith = (claimId: string, levels: number) =>
  JSON.stringify({ ...makeClaim({ claimId }), patient: { ...makeClaim().patient, insuredId: `INS-${claimId}` }, extra: '__DEEP__' }).replace('"__DEEP__"', nestedText(levels));

describe('CLI review of too-deep lines', () => {
  const dir = tempDir('cli-deep-');
  const file = join(dir, 'claims.ndjson');
  const lines = [
    JSON.stringify(makeClaim({ claimId: 'FIRST' })),
    claimWith('DEEP-5000', 5000),
    claimWith('DEEP-JUST', MAX_JSON_DEPTH), // the claim is level 1, so `extra`'s innermost object is one too many
    claimWith('OK-DEPTH', MAX_JSON_DEPTH - 1),
    JSON.stringify(makeClaim({ claimId: 'LAST', patient: { ...makeClaim().patient, insuredId: 'INS-LAST' } })),
  ];
  writeFileSync(file, lines.join('\n') + '\n');

  it.each([
    ['one thread, in memory', ['--workers', '1', '--store', ':memory:']],
    ['one thread, a store file', ['--workers', '1', '--store', join(dir, 'one.db')]],
    ['worker threads, a store file', ['--workers', '2', '--store', join(dir, 'two.db')]],
  ])('%s: an invalid verdict naming the path, and the rest reviewed', (_name, args) => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/src/cli.js'), 'review', file, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'warn' } });
    expect(r.stderr).not.toMatch(/Maximum call stack/);
    expect(r.status).toBe(0);
    const verdicts = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(verdicts.map((v) => [v.claimId, v.decision === 'invalid'])).toEqual([
      ['FIRST', false],
      ['DEEP-5000', true],
      ['DEEP-JUST', true],
      ['OK-DEPTH', false],
      ['LAST', false],
    ]);
    const deepPath = 'extra' + '.a'.repeat(MAX_JSON_DEPTH - 1);
    for (const v of verdicts.slice(1, 3)) expect(v.errors).toEqual([{ path: deepPath, message: `nested deeper than ${MAX_JSON_DEPTH} levels` }]);
    const store = args[args.length - 1];
    if (store === ':memory:') return;
    const db = new Database(store, { readonly: true });
    const invalid = db.prepare('SELECT claim_id, raw FROM invalid_inputs ORDER BY claim_id').all() as { claim_id: string; raw: string }[];
    db.close();
    expect(invalid.map((i) => i.claim_id)).toEqual(['DEEP-5000', 'DEEP-JUST']);
    expect(JSON.parse(invalid[0].raw)).toBe(lines[1]); // the line as it came, kept as text
  });
});
