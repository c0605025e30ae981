import { recall, reviewGenerated, type Labelled } from '../helpers/reviewed-file';

// The generator's own injected patterns through the real pipeline (validate → enrich → shipped rules), one generated
// file for the catalogue, history/benefit and grouping families (reviewed once: three files of 6,000, 6,000 and 3,000
// claims cost a minute of the suite). These figures are circular — the generator and the rules were written from the
// same list — and are kept as a regression floor, not as the detection figure (test/blind-sets, evaluate).

let rows: Labelled[];
beforeAll(async () => {
  rows = await reviewGenerated({ count: 6000, seed: 'catalogue-recall', fraudRate: 0.3 });
}, 120_000);

// The generator's injected catalogue patterns are deterministic: each must be caught by its rule.
const EXPECTED: [pattern: string, ruleId: string][] = [
  ['not_covered_billed', 'catalogue.not-covered'],
  ['restricted_gender', 'catalogue.gender-restricted'],
  ['restricted_age', 'catalogue.age-restricted'],
  ['restricted_level', 'catalogue.level-restricted'],
  ['restricted_setting', 'catalogue.setting-restricted'],
  ['restricted_indication', 'catalogue.indication-unsupported'],
  ['excess_quantity', 'catalogue.quantity-per-day'],
  ['excess_days', 'catalogue.days-of-supply'],
  ['over_price', 'catalogue.price-over-cap'],
  ['duplicate_charge', 'catalogue.duplicate-charge'],
  ['bundled_charge', 'catalogue.bundled-charge'],
  ['exclusive_items', 'catalogue.exclusive-items'],
];

describe('catalogue checks on a generated file', () => {
  it('catch every injected catalogue pattern (recall ≥ 0.95 each)', () => {
    const table = EXPECTED.map(([pattern, ruleId]) => ({ pattern, ruleId, ...recall(rows, pattern, ruleId) }));
    process.stdout.write(
      `catalogue recall per pattern:\n${table.map((t) => `  ${t.pattern.padEnd(22)} ${t.caught}/${t.n} = ${t.recall.toFixed(3)}`).join('\n')}\n`,
    );
    for (const t of table) {
      expect(t.n).toBeGreaterThan(20);
      expect({ pattern: t.pattern, recallAtLeast95: t.recall >= 0.95 }).toEqual({ pattern: t.pattern, recallAtLeast95: true });
    }
  });

  it('name the offending lines the generator marked', () => {
    for (const [pattern, ruleId] of EXPECTED) {
      for (const r of rows.filter((x) => x.claim.injected?.pattern === pattern)) {
        const marked = (r.claim.injected as unknown as { lineIds: string[] }).lineIds;
        const named = r.verdict.hits.filter((h) => h.ruleId === ruleId).flatMap((h) => h.lineIds);
        if (marked.length) expect({ claim: r.claim.claimId, hit: marked.some((l) => named.includes(l)) }).toEqual({ claim: r.claim.claimId, hit: true });
      }
    }
  });

  it('raise no catalogue hit on clean claims', () => {
    const clean = rows.filter((r) => r.claim.injected === null);
    expect(clean.length).toBeGreaterThan(3000);
    const noisy = clean.filter((r) => r.verdict.hits.some((h) => h.family === 'catalogue'));
    expect(noisy.map((r) => [r.claim.claimId, r.verdict.hits.map((h) => h.ruleId)])).toEqual([]);
  });
});

// Stateful patterns: the member ledger must carry what each check needs across claims and batches.
const HISTORY_EXPECTED: [pattern: string, ruleId: string][] = [
  ['split_hospitalisation', 'history.split-hospitalisation'],
  ['overlapping_stay', 'history.overlapping-stay'],
  ['same_day_two_hospitals', 'history.same-day-two-hospitals'],
  ['duplicate_claim', 'history.duplicate-claim'],
  ['waiting_period', 'benefits.waiting-period'],
  ['over_reimbursement', 'benefits.over-entitlement'],
];

describe('history and benefit checks on a generated file', () => {
  it('catch each injected pattern with recall ≥ 0.9', () => {
    const table = HISTORY_EXPECTED.map(([pattern, ruleId]) => ({ pattern, ...recall(rows, pattern, ruleId) }));
    process.stdout.write(`history/benefits recall:\n${table.map((t) => `  ${t.pattern.padEnd(24)} ${t.caught}/${t.n} = ${t.recall.toFixed(3)}`).join('\n')}\n`);
    for (const t of table) {
      expect(t.n).toBeGreaterThan(20);
      expect({ pattern: t.pattern, recallAtLeast90: t.recall >= 0.9 }).toEqual({ pattern: t.pattern, recallAtLeast90: true });
    }
  });

  // The generator draws a member's visits at random intervals, not when a supply runs out, so some of its clean
  // chronic members refill a 30-day drug two weeks early: what the supply ledger exists to see. Those rules are
  // bounded apart, and reported, rather than loosened until the generator's schedule passes.
  const SUPPLY_RULES = new Set(['history.drug-oversupply', 'history.drug-multi-pharmacy', 'history.billed-too-often']);

  it('stay quiet on clean claims', () => {
    const clean = rows.filter((r) => r.claim.injected === null);
    const noisy = clean.filter((r) => r.verdict.hits.some((h) => (h.family === 'history' || h.family === 'benefits') && !SUPPLY_RULES.has(h.ruleId)));
    const supply = clean.filter((r) => r.verdict.hits.some((h) => SUPPLY_RULES.has(h.ruleId)));
    process.stdout.write(`clean claims with a history/benefits hit: ${noisy.length}/${clean.length}; with a supply/frequency hit: ${supply.length}\n`);
    expect(noisy.length / clean.length).toBeLessThan(0.005);
    expect(supply.length / clean.length).toBeLessThan(0.01);
  });
});

// Grouping: upcoding must be caught (recall ≥ 0.9) and clean inpatient claims must stay quiet (grouping hits < 1%).
const PATTERNS = ['upcoding', 'outlier_cost_high', 'outlier_cost_low', 'low_standard_admission'] as const;

const hasGrouping = (r: Labelled, ruleId?: string) => r.verdict.hits.some((h) => h.family === 'grouping' && (!ruleId || h.ruleId === ruleId));

describe('grouping checks on a generated file', () => {
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
    // Hits that flag: the high-rate rules are info (a payment category settled by 特例单议, not a finding), and the
    // generator's long clean stays reach them as the sample norms move (14 of 1,389 when the norms were regenerated in
    // the sixteenth round, 12 of them high-rate info notes).
    const noisy = clean.filter((r) => r.verdict.hits.some((h) => h.family === 'grouping' && h.severity !== 'info'));
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
