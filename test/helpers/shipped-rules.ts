import type { Verdict } from '../../src/contract/verdict';
import { NO_MODEL } from '../../src/model/model';
import { review, type ReviewContext } from '../../src/features/reviews/review';
import { buildExample, loadBaseClaims, type RuleExample } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { createMemoryStore, type Store } from '../../src/features/stores';
import { enrichClaim } from '../../src/enrich/enrich';
import { validateClaim } from '../../src/validate/validate-claim';
import { RULES_DIR } from './rules-dir';

// Rule behaviour through the whole review on the shipped rules and knowledge tables: claims built from rule-example
// specs (`set`, `addItems`, `base`) on the shipped base claims, reviewed one at a time in arrival order.

export const shippedRules = createRulesetHolder(RULES_DIR);
export const baseClaims = loadBaseClaims(RULES_DIR);

export const buildClaim = (e: RuleExample) => buildExample(e, baseClaims, shippedRules.current().refs.catalogue) as Record<string, any>;

/** The enriched facts of an example claim on the shipped tables (a claim the example leaves invalid fails the test). */
export function exampleFacts(e: RuleExample) {
  const checked = validateClaim(buildClaim(e));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return enrichClaim(checked.claim, shippedRules.current().refs).facts;
}

/** The claims reviewed one after another into `store` (each sees the ones before it); every one must be valid. */
export async function arriveIn(store: Store, ...claims: Record<string, any>[]): Promise<Verdict[]> {
  const ctx: ReviewContext = { rules: shippedRules, model: { current: () => NO_MODEL }, store };
  const out: Verdict[] = [];
  for (const c of claims) out.push(...(await review([c], ctx, { source: 'test' })));
  for (const v of out) expect([v.claimId, v.errors]).toEqual([v.claimId, undefined]);
  return out;
}

/** The claims reviewed in arrival order into a fresh in-memory store. */
export const arrive = (...claims: Record<string, any>[]): Promise<Verdict[]> => arriveIn(createMemoryStore(), ...claims);

/** One claim alone. */
export async function judge(claim: Record<string, any>): Promise<Verdict> {
  const [v] = await arrive(claim);
  return v;
}

export const hitOf = (v: Verdict, ruleId: string) => v.hits.find((h) => h.ruleId === ruleId);
