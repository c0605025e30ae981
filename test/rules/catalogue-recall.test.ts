import { recall, reviewGenerated, type Labelled } from '../helpers/reviewed-file';

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
  let rows: Labelled[];
  beforeAll(async () => {
    rows = await reviewGenerated({ count: 6000, seed: 'catalogue-recall', fraudRate: 0.3 });
  });

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
