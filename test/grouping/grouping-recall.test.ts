import { reviewGenerated, type Labelled } from '../helpers/reviewed-file';

// The generator's grouping-related patterns through the real pipeline (validate → enrich → shipped rules).
// Upcoding must be caught (recall ≥ 0.9) and clean inpatient claims must stay quiet (grouping hits < 1%).
const PATTERNS = ['upcoding', 'outlier_cost_high', 'outlier_cost_low', 'low_standard_admission'] as const;

const hasGrouping = (r: Labelled, ruleId?: string) => r.verdict.hits.some((h) => h.family === 'grouping' && (!ruleId || h.ruleId === ruleId));

describe('grouping checks on a generated file', () => {
  let rows: Labelled[];
  beforeAll(async () => {
    rows = await reviewGenerated({ count: 3000, seed: 'grouping-recall', fraudRate: 0.3 });
  });

  it('catch upcoded claims (recall ≥ 0.9) and report the other grouping-related patterns', () => {
    const lines = PATTERNS.map((p) => {
      const labelled = rows.filter((r) => r.claim.injected?.pattern === p);
      const caught = labelled.filter((r) => hasGrouping(r)).length;
      return { p, n: labelled.length, caught, recall: labelled.length ? caught / labelled.length : 0 };
    });
    const upcoded = rows.filter((r) => r.claim.injected?.pattern === 'upcoding');
    const byUpcodingRule = upcoded.filter((r) => hasGrouping(r, 'grouping.upcoding-drg') || hasGrouping(r, 'grouping.upcoding-dip')).length;
    process.stdout.write(
      `grouping recall per pattern (any grouping hit):\n${lines.map((l) => `  ${l.p.padEnd(24)} ${l.caught}/${l.n} = ${l.recall.toFixed(3)}`).join('\n')}\n` +
        `  upcoding by the upcoding rule alone: ${byUpcodingRule}/${upcoded.length}\n`,
    );
    const up = lines.find((l) => l.p === 'upcoding')!;
    expect(up.n).toBeGreaterThan(20);
    expect(up.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('raise grouping hits on under 1% of clean inpatient claims', () => {
    const clean = rows.filter((r) => r.claim.injected === null && (r.claim as unknown as { visitType: string }).visitType === 'inpatient');
    const noisy = clean.filter((r) => hasGrouping(r));
    const rate = noisy.length / clean.length;
    process.stdout.write(
      `clean inpatient claims with a grouping hit: ${noisy.length}/${clean.length} = ${(rate * 100).toFixed(2)}%\n` +
        noisy.map((r) => `  ${r.claim.claimId}: ${r.verdict.hits.filter((h) => h.family === 'grouping').map((h) => h.ruleId).join(', ')}`).join('\n') + '\n',
    );
    expect(clean.length).toBeGreaterThan(400);
    expect(rate).toBeLessThan(0.01);
  });

  it('find the work-up of every complication coded on a clean stay', () => {
    // The generator treats drawn complications as a hospital would; an unsupported one is upcoding evidence.
    const clean = rows.filter((r) => r.claim.injected === null);
    const flagged = clean.filter((r) => hasGrouping(r, 'grouping.complication-unsupported')).map((r) => r.claim.claimId);
    expect(flagged).toEqual([]);
  });
});
