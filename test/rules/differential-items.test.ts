import { compare, ITEM_CLAIMS, rulesets } from '../helpers/differential';

describe('compiled rules mean what json-rules-engine means (line items)', () => {
  it(`item rules (shipped + random) on every line of ${ITEM_CLAIMS} generated claims`, async () => {
    const sets = rulesets('item');
    const stats = await compare(ITEM_CLAIMS, 'differential-items', sets);
    process.stdout.write(`differential, item rules (${sets.compiled.rules.length}): ${stats.claims} claims, ${stats.hits} hits on ${stats.claimsWithHits} claims, ${stats.mismatches.length} mismatches\n`);
    expect(stats.claimsWithHits).toBeGreaterThan(ITEM_CLAIMS / 10);
    expect(stats.mismatches).toEqual([]);
  }, 3_600_000);
});
