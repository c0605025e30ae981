import { CLAIMS_PER_FILE, compare, rulesets } from '../helpers/differential';

describe('compiled rules mean what json-rules-engine means (claims, second half)', () => {
  it(`claim rules (shipped + random) on ${CLAIMS_PER_FILE} generated claims, item rules on one line of each`, async () => {
    const sets = rulesets('claim');
    const itemSets = rulesets('item');
    const stats = await compare(CLAIMS_PER_FILE, 'differential-claims-2', sets, itemSets);
    process.stdout.write(`differential, claim rules (${sets.compiled.rules.length}), claims, second half: ${stats.claims} claims, ${stats.hits} hits on ${stats.claimsWithHits} claims, ${stats.mismatches.length} mismatches; item rules (${itemSets.compiled.rules.length}) on one line of each claim: ${stats.itemLines} lines, ${stats.itemHits} hits\n`);
    expect(stats.claims).toBe(CLAIMS_PER_FILE);
    expect(stats.claimsWithHits).toBeGreaterThan(CLAIMS_PER_FILE / 10); // the random rules must actually fire
    expect(stats.itemLines).toBe(CLAIMS_PER_FILE);
    expect(stats.itemHits).toBeGreaterThan(CLAIMS_PER_FILE / 10);
    expect(stats.mismatches).toEqual([]);
  }, 3_600_000);
});
