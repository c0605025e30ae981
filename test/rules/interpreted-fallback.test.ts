import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { generateClaims } from '../../src/generate';
import { attachMemberFacts } from '../../src/features/reviews/review';
import { buildRuleset } from '../../src/rules/engine';
import { loadRuleSource } from '../../src/rules/load-ruleset';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';
import { RULES_DIR } from '../helpers/rules-dir';
import { TEST_META } from '../helpers/rules';
import { tempDir } from '../helpers/temp-dir';

// A valid rule the compiler does not take (JSONPath beyond plain keys and indexes) still works in the
// compiled mode: it runs through json-rules-engine, beside the compiled rules, and hits keep the one order.

const EXTRA = [
  {
    // Wildcard path: the categories of every line. Priority 5 puts it between compiled rules.
    id: 'catalogue.fallback-consumables', family: 'catalogue', severity: 'info', appliesTo: 'claim', priority: 5,
    title: 'fallback claim rule', meta: TEST_META, message: 'claim {{claimId}} has consumables',
    conditions: { all: [{ fact: 'items', path: '$[*].category', operator: 'contains', value: 'consumable' }, { fact: 'itemCount', operator: 'greaterThan', value: 3 }] },
  },
  {
    // Recursive descent inside the line's catalogue entry.
    id: 'catalogue.fallback-line', family: 'catalogue', severity: 'info', appliesTo: 'item',
    title: 'fallback item rule', meta: TEST_META, message: 'line {{item.lineId}} limited per day',
    conditions: { any: [{ fact: 'item', path: '$..maxPerDay', operator: 'greaterThanInclusive', value: 2 }] },
  },
];

describe('rules the compiler does not take run through json-rules-engine', () => {
  const dir = tempDir('fallback-rules-');
  cpSync(RULES_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'fallback.rules.json'), JSON.stringify({ rules: EXTRA }));
  const source = loadRuleSource(dir);
  const refs = createRulesetHolder(dir).current().refs;
  const compiled = buildRuleset(source, refs, 'compiled');
  const reference = buildRuleset(source, refs, 'reference');

  it('lists exactly the rules that run interpreted', () => {
    expect(compiled.interpreted.sort()).toEqual(['catalogue.fallback-consumables', 'catalogue.fallback-line']);
    expect(reference.interpreted).toHaveLength(source.rules.length);
  });

  it('gives the same hits, in the same order, as json-rules-engine alone', async () => {
    // 60 claims: each is judged three times, once by json-rules-engine alone (~4× the compiled path's cost).
    const claims = [...generateClaims({ count: 60, seed: 'fallback', fraudRate: 0.3, rulesDir: dir })].map((c) => {
      const v = validateClaim(c);
      if (!v.ok) throw new Error(`generated claim ${c.claimId} is invalid`);
      return enrichClaim(v.claim, refs);
    });
    await attachMemberFacts(claims, compiled, { history: async () => [] });
    let fallbackHits = 0;
    let otherHits = 0;
    for (const claim of claims) {
      // Concurrent evaluations share the engine: results must not leak between them.
      const [a, b, c] = await Promise.all([reference.evaluate(claim), compiled.evaluate(claim), compiled.evaluate(claim)]);
      expect(b).toEqual(a);
      expect(c).toEqual(a);
      fallbackHits += a.filter((h) => h.ruleId.startsWith('catalogue.fallback')).length;
      otherHits += a.filter((h) => !h.ruleId.startsWith('catalogue.fallback')).length;
    }
    expect(fallbackHits).toBeGreaterThan(100);
    expect(otherHits).toBeGreaterThan(15); // the shipped rules' hits: 26 on these 60 claims
  }, 120_000);
});
