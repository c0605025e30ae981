import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The `group` door as a person runs it: built CLI (jest's global setup builds dist/), NDJSON in, one NDJSON line per
// claim out.
const ROOT = resolve(__dirname, '../..');
const CLI = resolve(ROOT, 'dist/src/cli.js');

describe('yibao-review group', () => {
  it('prints each claim\'s grouping with its path, weight and norms; non-inpatient claims say so', () => {
    const base = JSON.parse(readFileSync(resolve(ROOT, 'rules/examples/base-claims.json'), 'utf8'));
    const upcoded = { ...base.inpatient, claimId: 'G-1', reportedGroup: { drg: 'BR21', dip: null } };
    // A complication on a stay transferred out the day after admission is named but not judged (supported null).
    const transferred = { ...base.inpatient, claimId: 'G-2', dischargeDate: '2025-03-05', dischargeMode: 'transfer', diagnoses: [{ code: 'I63.900', principal: true }, { code: 'I48.000' }] };
    const input = [JSON.stringify(upcoded), '', JSON.stringify(base.outpatient), 'not json', JSON.stringify(transferred)].join('\n');
    const out = execFileSync('node', [CLI, 'group', '-'], { cwd: ROOT, input, encoding: 'utf8' }).trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[3]).toMatchObject({ line: 5, claimId: 'G-2', complication: { code: 'I48.000', kind: 'cc', supported: null } });
    expect(out[0]).toMatchObject({ line: 1, claimId: 'G-1', paymentScheme: 'DRG', grouping: { drg: 'BR25', status: 'grouped' }, reported: { drg: 'BR21' } });
    expect(out[0].grouping.path.length).toBeGreaterThan(1);
    expect(out[0].computed.weight).toBeGreaterThan(0);
    expect(out[0].norms.normCost).toBeGreaterThan(0);
    expect(out[0].weightDifference).toBeGreaterThan(0);
    expect(out[1]).toMatchObject({ line: 3, claimId: 'EX-OP-0001', grouping: null, note: expect.stringContaining('not an inpatient claim') });
    expect(out[2]).toMatchObject({ line: 4, error: expect.stringContaining('not valid JSON') });
  });
});
