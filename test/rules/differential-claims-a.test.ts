import { CLAIMS_PER_FILE, compare, rulesets } from '../helpers/differential';

describe('compiled rules mean what json-rules-engine means (claims, first half)', () => {
  it(`claim rules (shipped + random) on ${CLAIMS_PER_FILE} generated claims`, async () => {
    const sets = rulesets('claim');
    const stats = await compare(CLAIMS_PER_FILE, 'differential-claims', sets);
    process.stdout.write(`differential, claim rules (${sets.compiled.rules.length}), claims, first half: ${stats.claims} claims, ${stats.hits} hits on ${stats.claimsWithHits} claims, ${stats.mismatches.length} mismatches\n`);
    expect(stats.claims).toBe(CLAIMS_PER_FILE);
    expect(stats.claimsWithHits).toBeGreaterThan(CLAIMS_PER_FILE / 10); // the random rules must actually fire
    expect(stats.mismatches).toEqual([]);
  }, 3_600_000);
});
