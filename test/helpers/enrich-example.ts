import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims, type RuleExample } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';
import { RULES_DIR } from './rules-dir';

// A rule example built on the shipped base claims, validated and enriched with the shipped rules' tables: the facts
// the enrich tests read, built one way.
const ruleset = createRulesetHolder(RULES_DIR).current();
const refs = ruleset.refs;
const bases = loadBaseClaims(RULES_DIR);

/** The example's validated claim; an example that does not validate throws with the validation result. */
function validExample(e: RuleExample) {
  const v = validateClaim(buildExample(e, bases, refs.catalogue));
  if (!v.ok) throw new Error(JSON.stringify(v));
  return v.claim;
}

/** The example's enriched claim. */
export function enrichExample(e: RuleExample): ReturnType<typeof enrichClaim> {
  return enrichClaim(validExample(e), refs);
}

/** The example's claim, its enriched facts and the shipped rules' hits on it alone (no member history). */
export async function evaluateExample(e: RuleExample) {
  const claim = validExample(e);
  const enriched = enrichClaim(claim, refs);
  return { claim, enriched, hits: await ruleset.evaluate(enriched) };
}
