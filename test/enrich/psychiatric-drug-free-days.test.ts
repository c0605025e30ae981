import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// The psychiatric drug-free-days finding as an investigator reads it: the share of ward days as a percentage.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const rule = JSON.parse(readFileSync(resolve(RULES, 'knowledge/psychiatric-stay.rules.json'), 'utf8')).rules[0];

describe('psychiatric drug-free days', () => {
  it('prints the drug-free days\' share of the ward days as a percentage (占23%, not 占0.23)', async () => {
    const checked = validateClaim(buildExample(rule.examples.fires[0], bases, ruleset.refs.catalogue));
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const enriched = enrichClaim(checked.claim, ruleset.refs);
    const d = enriched.facts.stay!.drugFreeDays!;
    const hit = (await ruleset.evaluate(enriched)).find((h) => h.ruleId === rule.id)!;
    expect(String(hit.message)).toContain(`${d.wardDays}个病房日中有${d.days}日（占${Math.round((100 * d.days) / d.wardDays)}%）`);
  });
});
