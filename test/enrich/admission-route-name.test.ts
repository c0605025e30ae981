import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims, type RuleExample } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';
import { RULES_DIR } from '../helpers/reviewed-file';

// Evidence an investigator reads shows 入院途径 in Chinese (admissionRouteName), not the contract's English value.

const refs = createRulesetHolder(RULES_DIR).current().refs;
const bases = loadBaseClaims(RULES_DIR);
const facts = (e: RuleExample) => {
  const v = validateClaim(buildExample(e, bases, refs.catalogue));
  if (!v.ok) throw new Error(JSON.stringify(v));
  return enrichClaim(v.claim, refs).facts;
};

describe('admissionRouteName fact', () => {
  it('names the settlement list route in Chinese, null when the claim does not say', () => {
    expect(facts({ set: { admissionRoute: 'outpatient' } }).admissionRouteName).toBe('门诊');
    expect(facts({ set: { admissionRoute: 'emergency' } }).admissionRouteName).toBe('急诊');
    expect(facts({ set: { admissionRoute: 'transfer' } }).admissionRouteName).toBe('其他医疗机构转入');
    expect(facts({}).admissionRouteName).toBeNull();
  });
});
