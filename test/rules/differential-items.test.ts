import { compare, ITEM_CLAIMS, rulesets } from '../helpers/differential';

// DIFF_ITEM_CLAIMS and DIFF_ITEM_SEED size a longer run and split it across processes: every line of 100,000
// claims is two runs of 50,000 with seeds differential-items-a and -b (~1 h on this 2-core machine).
const SEED = process.env.DIFF_ITEM_SEED ?? 'differential-items';

describe('compiled rules mean what json-rules-engine means (line items)', () => {
  it(`item rules (shipped + random) on every line of ${ITEM_CLAIMS} generated claims`, async () => {
    const sets = rulesets('item');
    const stats = await compare(ITEM_CLAIMS, SEED, sets);
    process.stdout.write(`differential, item rules (${sets.compiled.rules.length}), seed ${SEED}: ${stats.claims} claims, ${stats.hits} hits on ${stats.claimsWithHits} claims, ${stats.mismatches.length} mismatches\n`);
    expect(stats.claimsWithHits).toBeGreaterThan(ITEM_CLAIMS / 10);
    expect(stats.mismatches).toEqual([]);
  }, Math.max(3_600_000, ITEM_CLAIMS * 200)); // json-rules-engine: ~2 ms per line, ~35 lines a claim
});
