import { join, resolve } from 'node:path';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { runRuleExamples, type ExampleReport } from '../../src/tools/run-examples';
import { buildRuleset, type Ruleset } from '../../src/rules/engine';
import { loadRuleSource } from '../../src/rules/load-ruleset';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { validateClaim } from '../../src/validate/validate-claim';
import { ruleDef, rulesDir } from '../helpers/rules';
import { sharedRules } from '../helpers/shared-rules';

const RULES = resolve(__dirname, '../../rules');

describe('rule examples (what `rules test` runs)', () => {
  // One run of every example by the compiled path (what `rules test` runs), the first "fires" and the first "quiet"
  // example of each rule also by json-rules-engine's reference path, hits compared: the reference path is ~4× the
  // compiled one's cost per example, and the differential suites compare the two on generated claims.
  // `npm run verify:differential` (DIFF_EXAMPLES=all) compares every example.
  let judgedBoth: { ruleset: Ruleset; report: ExampleReport; mismatches: string[]; judged: number; compared: number };
  beforeAll(async () => {
    judgedBoth = await judge();
  }, 120_000);
  async function judge() {
    const ruleset = sharedRules(RULES).current();
    const reference = buildRuleset(loadRuleSource(RULES), ruleset.refs, 'reference');
    const every = process.env.DIFF_EXAMPLES === 'all';
    const mismatches: string[] = [];
    let judged = 0;
    let compared = 0;
    const report = await runRuleExamples(ruleset, RULES, async (claim, { index }) => {
      judged += 1;
      const b = await ruleset.evaluate(claim);
      if (!every && index > 0) return b;
      compared += 1;
      const a = await reference.evaluate(claim);
      if (JSON.stringify(a) !== JSON.stringify(b)) mismatches.push(`${claim.facts.claimId}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
      return b;
    });
    return { ruleset, report, mismatches, judged, compared };
  }

  it('every shipped rule fires on its fires-examples and stays quiet on its quiet-examples', () => {
    const { report } = judgedBoth;
    expect(report.rules).toBeGreaterThanOrEqual(12);
    expect(report.failures).toEqual([]);
  });

  it("json-rules-engine alone gives the same hits as the compiled path on each rule's first examples", () => {
    const { ruleset, report, mismatches, judged, compared } = judgedBoth;
    expect(ruleset.mode).toBe('compiled');
    expect(judged).toBe(report.examples);
    expect(report.examples).toBeGreaterThan(50);
    expect(compared).toBeGreaterThanOrEqual(2 * report.rules);
    expect(mismatches).toEqual([]);
  });

  it.each(['inpatient', 'outpatient'] as const)('the clean %s base claim raises no hit at all', async (base) => {
    const ruleset = sharedRules(RULES).current();
    const checked = validateClaim(buildExample({ base }, loadBaseClaims(RULES), ruleset.refs.catalogue));
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs))).toEqual([]);
  });

  it('fails a rule without examples and a rule whose example does not fire', async () => {
    const dir = rulesDir({
      'examples/base-claims.json': require(join(RULES, 'examples/base-claims.json')),
      'a.rules.json': {
        rules: [
          ruleDef({ id: 'catalogue.no-examples' }),
          ruleDef({
            id: 'catalogue.wrong-example',
            conditions: { all: [{ fact: 'totalFen', operator: 'greaterThan', value: 1e9 }] },
            examples: { fires: [{ note: 'cheap claim' }], quiet: [{}] },
          }),
        ],
      },
    });
    const report = await runRuleExamples(createRulesetHolder(dir).current(), dir);
    expect(report.failures).toEqual([
      expect.objectContaining({ ruleId: 'catalogue.no-examples', kind: 'missing', problem: 'no "fires" example' }),
      expect.objectContaining({ ruleId: 'catalogue.no-examples', kind: 'missing', problem: 'no "quiet" example' }),
      expect.objectContaining({ ruleId: 'catalogue.wrong-example', kind: 'fires', index: 0, problem: 'did not fire' }),
    ]);
  });
});
