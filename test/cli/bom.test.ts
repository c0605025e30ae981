import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeClaim, makeOutpatientClaim } from '../helpers/fixtures';
import { tempDir } from '../helpers/temp-dir';

// Issue 18 point 8: an NDJSON file saved with a UTF-8 byte-order mark (Windows editors, Excel's "CSV UTF-8") is
// reviewed like any other: the first line is a claim, not an invalid line. The built CLI, as an operator runs it,
// on one thread, on worker threads and from stdin (test/api/input-hygiene.test.ts tests the line readers alone).

const ROOT = resolve(__dirname, '../..');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('CLI review of an NDJSON file that starts with a byte-order mark', () => {
  const dir = tempDir('cli-bom-');
  const file = join(dir, 'claims.ndjson');
  const claims = [
    makeClaim({ claimId: 'BOM-FIRST' }),
    makeOutpatientClaim({ claimId: 'BOM-SECOND', patient: { ...makeOutpatientClaim().patient, insuredId: 'INS-BOM-2' } }),
  ];
  const text = Buffer.concat([BOM, Buffer.from(claims.map((c) => JSON.stringify(c)).join('\n') + '\n', 'utf8')]);
  writeFileSync(file, text);

  // One thread reads text (ndjsonBatches), worker threads bytes (rawLines): both readers, and stdin as well as a file.
  it.each([
    ['a file, one thread', 'one', file, '1', undefined],
    ['a file, worker threads', 'two', file, '2', undefined],
    ['stdin, one thread', 'stdin-one', '-', '1', text],
  ])('%s: the first line is reviewed as a claim', (_name, store, from, workers, input) => {
    const args = [from, '--workers', workers, '--store', join(dir, `${store}.db`)];
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/src/cli.js'), 'review', ...args], {
      cwd: ROOT, input, env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    expect(r.status).toBe(0);
    const verdicts = r.stdout.toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(verdicts.map((v) => [v.line, v.claimId, v.decision === 'invalid' ? v.errors : 'reviewed'])).toEqual([
      [1, 'BOM-FIRST', 'reviewed'],
      [2, 'BOM-SECOND', 'reviewed'],
    ]);
  });
});
