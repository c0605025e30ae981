import { calibratedError, fitCalibration, kindOf } from '../../src/model/calibration';
import { errorPercentiles, scoreOf, thresholdFor } from '../../src/model/percentile';
import seedrandom from 'seedrandom';

// Per-peer-group calibration (issue 19.5): a group whose ordinary claims vary more than the rest is brought down to
// the alert rate; a uniform group is never made more sensitive; a small group's scale is shrunk towards 1.

const rng = seedrandom('calibration-test');
/** Errors shaped like reconstruction errors (log-normal), `spread` times larger than the base. */
const errors = (n: number, spread: number) => Array.from({ length: n }, () => spread * Math.exp(0.6 * (rng() + rng() + rng() - 1.5) * 2));

function setUp(groupsSpec: Array<[string, number, number]>) {
  const groups: string[] = [];
  const errs: number[] = [];
  for (const [g, n, spread] of groupsSpec) for (const e of errors(n, spread)) { groups.push(g); errs.push(e); }
  return { groups, errs };
}

const alertRate = 0.02;
const flaggedShare = (cal: ReturnType<typeof fitCalibration>, groups: string[], errs: number[], group: string) => {
  const pct = errorPercentiles(errs);
  const t = thresholdFor(pct, alertRate);
  const idx = groups.map((g, i) => (g === group ? i : -1)).filter((i) => i >= 0);
  return idx.filter((i) => scoreOf(pct, calibratedError(cal, group, errs[i])) > t).length / idx.length;
};

describe('fitCalibration', () => {
  const { groups, errs } = setUp([
    ['visit:outpatient|L1', 6000, 1],
    ['drg:ES35|child', 3000, 1],
    ['drg:KS15|adult', 1000, 3], // three times as varied: alerted far above the rate before calibration
    ['drg:BR25|adult', 3000, 0.8], // more uniform than the rest
  ]);
  const cal = fitCalibration(groups, errs, groups.map(() => true), alertRate);

  it('brings a varied group down to about the alert rate and keeps a uniform one at scale 1', () => {
    expect(flaggedShare(undefined as never, groups, errs, 'drg:KS15|adult')).toBeGreaterThan(0.1);
    expect(flaggedShare(cal, groups, errs, 'drg:KS15|adult')).toBeLessThanOrEqual(0.04);
    expect(cal.scale['drg:KS15|adult']).toBeGreaterThan(2);
    expect(cal.scale['drg:BR25|adult']).toBeUndefined();
    expect(calibratedError(cal, 'drg:BR25|adult', 0.5)).toBe(0.5 / cal.kindScale['drg×age']);
    expect(Object.values(cal.kindScale).every((s) => s >= 1)).toBe(true);
  });

  it('fits on ordinary claims only: labelled fraud does not widen a group', () => {
    const ordinary = groups.map((g) => g !== 'drg:KS15|adult');
    const without = fitCalibration(groups, errs, ordinary, alertRate);
    expect(without.scale['drg:KS15|adult']).toBeUndefined();
    expect(without.claims).toBe(12000);
  });

  it('shrinks a small group towards 1', () => {
    const small = setUp([['visit:outpatient|L1', 6000, 1], ['drg:ES35|child', 3000, 1], ['drg:XX11|adult', 20, 3]]);
    const large = setUp([['visit:outpatient|L1', 6000, 1], ['drg:ES35|child', 3000, 1], ['drg:XX11|adult', 2000, 3]]);
    const s = fitCalibration(small.groups, small.errs, small.groups.map(() => true), alertRate);
    const l = fitCalibration(large.groups, large.errs, large.groups.map(() => true), alertRate);
    const within = (c: typeof s) => c.scale['drg:XX11|adult'] / c.kindScale['drg×age'];
    expect(within(s)).toBeGreaterThan(1);
    expect(within(s)).toBeLessThan(within(l));
  });

  it('names the level of the peer chain a group belongs to', () => {
    expect(['drg:ES35|child', 'drg:ES35', 'adrg:ES3', 'mdc:MDCE|medical', 'mdc:MDCE', 'dx:outpatient|N18', 'visit:chronic|L2', 'visit:chronic', 'all'].map(kindOf)).toEqual([
      'drg×age', 'drg', 'adrg', 'mdc×type', 'mdc', 'dx', 'visit×level', 'visit', 'all',
    ]);
  });
});
