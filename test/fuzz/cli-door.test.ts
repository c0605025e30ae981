import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createSqliteStore } from '../../src/features/stores';
import { makeClaim, makeOutpatientClaim } from '../helpers/fixtures';
import { FUZZ_SEED, fuzzRuns, mutations, mutate, namesAField, toJsonText } from './mutate';
import { tempDir } from '../helpers/temp-dir';

// Issue 18, point 11: a file of mutated claims (and torn lines) through `review FILE`, on one thread with an
// in-memory store and on worker threads with a store file: exit 0, one verdict per line in order, each
// `invalid` naming a field and recorded, and the store's case list answers afterwards.

const ROOT = resolve(__dirname, '../..');
const LINES = fuzzRuns(60);
jest.setTimeout(Math.max(60_000, LINES * 500));

const bases = [makeClaim(), makeOutpatientClaim()];
const lineArb = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(fc.constantFrom(0, 1), mutations, fc.nat()).map(([b, ms, k]) => toJsonText(mutate({ ...bases[b], claimId: `CLI-${k}` }, ms))) },
  // Damaged the way files are: torn, truncated, not JSON at all.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(0, 1), fc.nat()).map(([b, cut]) => JSON.stringify(bases[b]).slice(0, 1 + (cut % 200))) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).filter((t) => t.trim() !== '' && !/[\r\n\u2028\u2029]/.test(t)) },
);

describe(`fuzzing the CLI door (seed ${FUZZ_SEED})`, () => {
  const dir = tempDir('fuzz-cli-');
  const lines = fc.sample(lineArb, { seed: FUZZ_SEED, numRuns: LINES });
  const file = join(dir, 'claims.ndjson');
  writeFileSync(file, lines.join('\n') + '\n');

  it.each([
    ['one thread, in memory', ['--workers', '1', '--store', ':memory:']],
    ['worker threads, a store file', ['--workers', '2', '--store', join(dir, 'review.db')]],
  ])('%s: exit 0, a verdict per line, every invalid naming a field', async (_name, args) => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/src/cli.js'), 'review', file, '--batch-size', '16', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    expect(r.status).toBe(0);
    const verdicts = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(verdicts.map((v) => v.line)).toEqual(lines.map((_l, i) => i + 1));
    let invalid = 0;
    for (const v of verdicts) {
      if (v.decision !== 'invalid') {
        expect(['pass', 'review', 'reject']).toContain(v.decision);
        continue;
      }
      invalid += 1;
      // A line that is not JSON is named by its line number; anything else by a field.
      if (!v.errors[0].message.startsWith('not valid JSON')) expect(namesAField(v.errors)).toBe(true);
    }
    expect(invalid).toBeGreaterThan(0);
    expect(invalid).toBeLessThan(verdicts.length);
    const path = args[args.length - 1];
    if (path === ':memory:') return;
    const store = createSqliteStore({ path });
    try {
      expect(await store.countInvalid()).toBe(invalid);
      await expect(store.listCases({}, { field: 'amount', dir: 'desc' }, null, 100)).resolves.toBeDefined();
    } finally {
      await store.close();
    }
  });
});
