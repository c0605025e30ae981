import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// The lines catalogue.item-context-unsupported names on a rule example (item-consistency.json's context rows), as
// code@day: what the nursing-grade and close-care tests compare.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);

/** Code and day (from admission) of each line catalogue.item-context-unsupported names on the example, sorted. */
export async function contextFlags(example: object): Promise<string[]> {
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const facts = enrichClaim(checked.claim, ruleset.refs);
  const hits = (await ruleset.evaluate(facts)).filter((h) => h.ruleId === 'catalogue.item-context-unsupported');
  const byLine = new Map(checked.claim.items.map((i) => [i.lineId, i.code]));
  return hits.flatMap((h) => (h.lineIds ?? []).map((id) => `${byLine.get(id)}@${Number(h.evidence?.['入院后第几天（入院当日为0）'])}`)).sort();
}

/** The messages of catalogue.item-context-unsupported on the example, in hit order. */
export async function contextMessages(example: object): Promise<string[]> {
  const checked = validateClaim(buildExample(example as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const hits = (await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs))).filter((h) => h.ruleId === 'catalogue.item-context-unsupported');
  return hits.map((h) => h.message);
}
