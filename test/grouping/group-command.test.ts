import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The `group` door as a person runs it: built CLI, NDJSON in, one NDJSON line per claim out.
const ROOT = resolve(__dirname, '../..');
const CLI = resolve(ROOT, 'dist/src/cli.js');

describe('yibao-review group', () => {
  beforeAll(() => {
    if (!existsSync(CLI) || process.env.GROUP_CLI_REBUILD !== '0') {
      // tsc exits non-zero when another part of the tree does not compile yet; it still writes the files.
      spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
    }
  }, 120_000);

  it('prints each claim\'s grouping with its path, weight and norms; non-inpatient claims say so', () => {
    const base = JSON.parse(readFileSync(resolve(ROOT, 'rules/examples/base-claims.json'), 'utf8'));
    const upcoded = { ...base.inpatient, claimId: 'G-1', reportedGroup: { drg: 'BR21', dip: null } };
    const input = [JSON.stringify(upcoded), '', JSON.stringify(base.outpatient), 'not json'].join('\n');
    const out = execFileSync('node', [CLI, 'group', '-'], { cwd: ROOT, input, encoding: 'utf8' }).trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ line: 1, claimId: 'G-1', paymentScheme: 'DRG', grouping: { drg: 'BR25', status: 'grouped' }, reported: { drg: 'BR21' } });
    expect(out[0].grouping.path.length).toBeGreaterThan(1);
    expect(out[0].computed.weight).toBeGreaterThan(0);
    expect(out[0].norms.normCost).toBeGreaterThan(0);
    expect(out[0].weightDifference).toBeGreaterThan(0);
    expect(out[1]).toMatchObject({ line: 3, claimId: 'EX-OP-0001', grouping: null, note: expect.stringContaining('not an inpatient claim') });
    expect(out[2]).toMatchObject({ line: 4, error: expect.stringContaining('not valid JSON') });
  });
});
