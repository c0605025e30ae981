import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims, type RuleExample } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';
import { RULES_DIR } from './reviewed-file';

// A rule example built on the shipped base claims, validated and enriched with the shipped rules' tables: the facts
// the enrich tests read, built one way.
const refs = createRulesetHolder(RULES_DIR).current().refs;
const bases = loadBaseClaims(RULES_DIR);

/** The example's enriched claim; an example that does not validate throws with the validation result. */
export function enrichExample(e: RuleExample): ReturnType<typeof enrichClaim> {
  const v = validateClaim(buildExample(e, bases, refs.catalogue));
  if (!v.ok) throw new Error(JSON.stringify(v));
  return enrichClaim(v.claim, refs);
}
