import { compare, COMPARE_EVERY, FIRING_AT_LEAST, ITEM_CLAIMS, rulesets } from '../helpers/differential';

// DIFF_ITEM_CLAIMS and DIFF_ITEM_SEED size a longer run (with DIFF_COMPARE_EVERY=1, every claim compared) and split it
// across processes: every line of 100,000 claims is two runs of 50,000 with seeds differential-items-a and -b (~1 h on 2 cores).
const SEED = process.env.DIFF_ITEM_SEED ?? 'differential-items';

describe('compiled rules mean what json-rules-engine means (line items)', () => {
  it(`item rules (shipped + random) on every line of ${ITEM_CLAIMS} generated claims`, async () => {
    const sets = rulesets('item');
    const stats = await compare(ITEM_CLAIMS, SEED, sets);
    process.stdout.write(`differential, item rules (${sets.compiled.rules.length}), seed ${SEED}: ${stats.claims} claims, ${stats.compared} compared, ${stats.hits} hits on ${stats.claimsWithHits} claims, ${stats.firing.size} rules firing, ${stats.mismatches.length} mismatches\n`);
    expect(stats.claims).toBe(ITEM_CLAIMS);
    expect(stats.compared).toBeGreaterThanOrEqual(ITEM_CLAIMS / COMPARE_EVERY);
    expect(stats.claimsWithHits).toBeGreaterThan(stats.compared / 10);
    expect(stats.firing.size).toBeGreaterThanOrEqual(FIRING_AT_LEAST.itemEveryLine);
    expect(stats.mismatches).toEqual([]);
  }, Math.max(3_600_000, ITEM_CLAIMS * 200)); // json-rules-engine: ~2 ms per line, ~35 lines a claim
});
