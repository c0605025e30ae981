import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims, type RuleExample } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';
import { RULES_DIR } from '../helpers/reviewed-file';

// 过度检查 (catalogue.over-testing) compares a stay's tests with its DRG's test norm. On the shipped rules and
// knowledge tables: a stay longer than the group's norm length of stay has more days of care to test, so the
// norm grows with it; bedside monitoring (rapid glucose, several a day) is not a diagnostic work-up.

const rules = createRulesetHolder(RULES_DIR);
const refs = rules.current().refs;
const bases = loadBaseClaims(RULES_DIR);
const overTestingRule = JSON.parse(readFileSync(join(RULES_DIR, 'knowledge', 'knowledge.rules.json'), 'utf8')).rules.find(
  (r: { id: string }) => r.id === 'catalogue.over-testing',
);
// The rule's own firing example: a 5-night stroke stay with a full panel every day and repeated imaging.
const crammed: RuleExample = overTestingRule.examples.fires[0];

function facts(e: RuleExample) {
  const v = validateClaim(buildExample(e, bases, refs.catalogue));
  if (!v.ok) throw new Error(JSON.stringify(v));
  return enrichClaim(v.claim, refs).facts;
}
const fires = (f: ReturnType<typeof facts>) =>
  f.testCostRatio !== null && f.testCostRatio >= overTestingRule.params.costFactor && f.testCountAboveNorm! >= overTestingRule.params.extraTests;

describe('over-testing: the norm follows the length of stay and leaves bedside monitoring out', () => {
  it('the example stay is over-testing against its DRG peers (norm as tabled for a stay within the norm LOS)', () => {
    const f = facts(crammed);
    expect(f.lengthOfStay).toBeLessThanOrEqual(f.normLos!);
    expect(refs.knowledge!.testNorms.get(f.testNormGroup!)!.costP95).toBe(f.testNormCost);
    expect(fires(f)).toBe(true);
  });

  it('the same tests spread over a 26-night stay are within the norm grown by 26 / norm LOS', () => {
    const items = crammed.addItems!;
    const f = facts({ ...crammed, set: { dischargeDate: '2025-03-30' }, addItems: items.map((x, i) => ({ ...x, day: Math.floor((i * 26) / items.length) })) });
    expect(f.lengthOfStay).toBe(26);
    const tabled = refs.knowledge!.testNorms.get(f.testNormGroup!)!;
    expect(f.testNormCost).toBeCloseTo((tabled.costP95 * 26) / f.normLos!, 1);
    expect(fires(f)).toBe(false);
  });

  it('rapid glucose three times a day is monitoring, not counted among the tests', () => {
    const glucose = [0, 1, 2, 3, 4].flatMap((day) => Array.from({ length: 3 }, () => ({ code: '001212000010001', day })));
    const without = facts({ set: { 'diagnoses[1].code': 'E11.900' } });
    const withGlucose = facts({ set: { 'diagnoses[1].code': 'E11.900' }, addItems: glucose });
    expect(withGlucose.itemCount).toBe(without.itemCount + glucose.length);
    expect(withGlucose.testCount).toBe(without.testCount);
    expect(withGlucose.testCost).toBe(without.testCost);
  });
});
