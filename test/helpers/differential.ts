import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import type { EnrichedClaim } from '../../src/enrich/facts';
import { generateClaims } from '../../src/generate';
import { attachMemberFacts } from '../../src/features/reviews/review';
import { buildRuleset, type Ruleset } from '../../src/rules/engine';
import { loadRuleSource } from '../../src/rules/load-ruleset';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';
import { randomRules } from './random-rules';
import { RULES_DIR } from './reviewed-file';

// The differential test of the compiled rules against json-rules-engine (test/rules/differential-*.test.ts):
// the shipped rules plus random rules over the same facts, judged both ways, must give identical hits (rule
// ids, order, lines, amounts, messages with event params, evidence). Claim rules run on 2,000 generated
// claims in `npm test` (two files of 1,000, so both jest workers share the load), with item rules on one line
// of each of them; item rules, which json-rules-engine runs once per line item (~35 a claim), also run on
// every line of 150 claims. The reference engine slows with every rule (10,000 + 700 took ~4 min of jest
// workers at 67 rules, pushing `npm test` to 9 min; 4,000 + 300 ~3 min at 83 rules), so `npm run verify:differential` runs the sizes that
// matter for compiler changes: claim rules on 100,000 (DIFF_CLAIMS), item rules on every line of 3,000.
export const CLAIMS_PER_FILE = Number(process.env.DIFF_CLAIMS ?? 2_000) / 2;
export const ITEM_CLAIMS = Number(process.env.DIFF_ITEM_CLAIMS ?? 150);

export function rulesets(appliesTo: 'claim' | 'item'): { reference: Ruleset; compiled: Ruleset } {
  const dir = mkdtempSync(join(tmpdir(), 'diff-rules-'));
  cpSync(RULES_DIR, dir, { recursive: true });
  const random = randomRules(`differential-${appliesTo}`, 70).filter((r) => r.appliesTo === appliesTo);
  writeFileSync(join(dir, 'random.rules.json'), JSON.stringify({ rules: random }));
  const loaded = loadRuleSource(dir);
  const source = { ...loaded, rules: loaded.rules.filter((r) => r.def.appliesTo === appliesTo) };
  const refs = createRulesetHolder(dir).current().refs;
  return { reference: buildRuleset(source, refs, 'reference'), compiled: buildRuleset(source, refs, 'compiled') };
}

async function enrichedBatches(count: number, seed: string, ruleset: Ruleset, onBatch: (b: EnrichedClaim[]) => Promise<void>) {
  let batch: EnrichedClaim[] = [];
  const flush = async () => {
    await attachMemberFacts(batch, ruleset, async () => []);
    await onBatch(batch);
    batch = [];
  };
  for (const claim of generateClaims({ count, seed, fraudRate: 0.3 })) {
    const checked = validateClaim(claim);
    if (!checked.ok) throw new Error(`generated claim ${claim.claimId} is invalid`);
    batch.push(enrichClaim(checked.claim, ruleset.refs));
    if (batch.length === 1000) await flush();
  }
  if (batch.length) await flush();
}

type Sets = { reference: Ruleset; compiled: Ruleset };

/**
 * Compares the two paths on `count` generated claims. With `items` (item rule sets), each claim also has
 * its item rules compared on one of its lines (line k mod n for the k-th claim): json-rules-engine runs
 * item rules once per line, so every line of every claim would take hours; this covers item rules on
 * every claim of the file for one engine run each.
 */
export async function compare(count: number, seed: string, { reference, compiled }: Sets, items?: Sets) {
  expect(compiled.interpreted).toEqual([]); // every rule compiled: the comparison is real
  if (items) expect(items.compiled.interpreted).toEqual([]);
  const stats = { claims: 0, hits: 0, claimsWithHits: 0, itemLines: 0, itemHits: 0, mismatches: [] as string[] };
  const differ = (id: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b) && stats.mismatches.length < 5) {
      stats.mismatches.push(`${id}: ${JSON.stringify(a).slice(0, 300)} ≠ ${JSON.stringify(b).slice(0, 300)}`);
    }
  };
  await enrichedBatches(count, seed, reference, async (batch) => {
    for (const claim of batch) {
      const [a, b] = [await reference.evaluate(claim), await compiled.evaluate(claim)];
      differ(claim.facts.claimId, a, b);
      const lines = claim.facts.items;
      if (items && lines.length) {
        const line = lines[stats.claims % lines.length];
        const one = { ...claim, facts: { ...claim.facts, items: [line] } };
        const [c, d] = [await items.reference.evaluate(one), await items.compiled.evaluate(one)];
        differ(`${claim.facts.claimId} line ${line.lineId}`, c, d);
        stats.itemLines += 1;
        stats.itemHits += c.length;
      }
      stats.claims += 1;
      stats.hits += a.length;
      if (a.length) stats.claimsWithHits += 1;
    }
  });
  return stats;
}

/**
 * One half of the claims differential (the halves are two test files, so jest runs them side by side): the
 * claim rules, shipped and random, on CLAIMS_PER_FILE generated claims of `seed`, the item rules on one line of each.
 */
export function describeClaimsHalf(half: 'first' | 'second', seed: string): void {
  describe(`compiled rules mean what json-rules-engine means (claims, ${half} half)`, () => {
    it(`claim rules (shipped + random) on ${CLAIMS_PER_FILE} generated claims, item rules on one line of each`, async () => {
      const sets = rulesets('claim');
      const itemSets = rulesets('item');
      const stats = await compare(CLAIMS_PER_FILE, seed, sets, itemSets);
      process.stdout.write(`differential, claim rules (${sets.compiled.rules.length}), claims, ${half} half: ${stats.claims} claims, ${stats.hits} hits on ${stats.claimsWithHits} claims, ${stats.mismatches.length} mismatches; item rules (${itemSets.compiled.rules.length}) on one line of each claim: ${stats.itemLines} lines, ${stats.itemHits} hits\n`);
      expect(stats.claims).toBe(CLAIMS_PER_FILE);
      expect(stats.claimsWithHits).toBeGreaterThan(CLAIMS_PER_FILE / 10); // the random rules must actually fire
      expect(stats.itemLines).toBe(CLAIMS_PER_FILE);
      expect(stats.itemHits).toBeGreaterThan(CLAIMS_PER_FILE / 10);
      expect(stats.mismatches).toEqual([]);
    }, 3_600_000);
  });
}
