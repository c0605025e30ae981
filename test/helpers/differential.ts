import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { loadEnrichRefs, type EnrichRefs } from '../../src/enrich/load-refs';
import type { EnrichedClaim } from '../../src/enrich/facts';
import { generateClaims } from '../../src/generate';
import { attachMemberFacts } from '../../src/features/reviews/review';
import { buildRuleset, type Ruleset } from '../../src/rules/engine';
import { loadRuleSource } from '../../src/rules/load-ruleset';
import { validateClaim } from '../../src/validate/validate-claim';
import { randomRules } from './random-rules';
import { RULES_DIR } from './rules-dir';
import { tempDir } from './temp-dir';

// The differential test of the compiled rules against json-rules-engine (test/rules/differential-*.test.ts):
// the shipped rules plus random rules over the same facts, judged both ways, must give identical hits (rule
// ids, order, lines, amounts, messages with event params, evidence). Claim rules run on 2,000 generated
// claims in `npm test` (two files of 1,000, so both jest workers share the load), with item rules on one line
// of each of them; item rules, which json-rules-engine runs once per line item (~35 a claim), also run on
// every line of 150 claims. The reference engine slows with every rule (10,000 + 700 took ~4 min of jest
// workers at 67 rules, pushing `npm test` to 9 min; 4,000 + 300 ~3 min at 83 rules), so `npm run verify:differential` runs the sizes that
// matter for compiler changes: claim rules on 100,000 (DIFF_CLAIMS), item rules on every line of 3,000, every claim
// compared. In `npm test` the reference judges a covering part of the claims (COMPARE_EVERY, COVER below).
export const CLAIMS_PER_FILE = Number(process.env.DIFF_CLAIMS ?? 2_000) / 2;
export const ITEM_CLAIMS = Number(process.env.DIFF_ITEM_CLAIMS ?? 150);

/**
 * The shipped rules with random ones of one kind (claim or item), built both ways over `refs` (the tables, the
 * same for both kinds: loaded once a file, not once a set).
 */
export function rulesets(appliesTo: 'claim' | 'item', refs: EnrichRefs = loadEnrichRefs(RULES_DIR).refs): { reference: Ruleset; compiled: Ruleset } {
  const dir = tempDir('diff-rules-');
  cpSync(RULES_DIR, dir, { recursive: true });
  const random = randomRules(`differential-${appliesTo}`, 70).filter((r) => r.appliesTo === appliesTo);
  writeFileSync(join(dir, 'random.rules.json'), JSON.stringify({ rules: random }));
  const loaded = loadRuleSource(dir);
  const source = { ...loaded, rules: loaded.rules.filter((r) => r.def.appliesTo === appliesTo) };
  return { reference: buildRuleset(source, refs, 'reference'), compiled: buildRuleset(source, refs, 'compiled') };
}

/** The claim and the item sets over one load of the tables. */
function rulesetPair() {
  const refs = loadEnrichRefs(RULES_DIR).refs;
  return [rulesets('claim', refs), rulesets('item', refs)] as const;
}

async function enrichedBatches(count: number, seed: string, ruleset: Ruleset, onBatch: (b: EnrichedClaim[]) => Promise<void>) {
  let batch: EnrichedClaim[] = [];
  const flush = async () => {
    await attachMemberFacts(batch, ruleset, { history: async () => [] });
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
 * Which claims (or lines) json-rules-engine judges too. It is the slow side (~25 ms a claim against the compiled
 * path's 0.5 ms), and hits are skewed: most claims raise the same few rules. So the compiled path judges every
 * claim, and the reference every COMPARE_EVERY-th claim (the quiet side and hits at their usual rate) and besides
 * every claim that raises a rule still short of COVER compared hits, so a rule that fires once in the file is
 * compared on that claim too. COMPARE_EVERY=1 (verify:differential) compares every claim.
 */
export const COMPARE_EVERY = Number(process.env.DIFF_COMPARE_EVERY ?? 4);
export const COVER = 5;

/** Keeps the compared claims' hit counts per rule and says whether a claim (by its compiled hits) is to be compared. */
function selector() {
  const compared = new Map<string, number>();
  let seen = 0;
  return {
    compared,
    pick(compiledHits: { ruleId: string }[]): boolean {
      seen += 1;
      return (seen - 1) % COMPARE_EVERY === 0 || compiledHits.some((h) => (compared.get(h.ruleId) ?? 0) < COVER);
    },
    count(hits: { ruleId: string }[]) {
      for (const h of hits) compared.set(h.ruleId, (compared.get(h.ruleId) ?? 0) + 1);
    },
  };
}

/**
 * Compares the two paths on `count` generated claims (those the selector picks, see COMPARE_EVERY). With `items`
 * (item rule sets), each claim also has its item rules compared on one of its lines (line k mod n for the k-th
 * claim): json-rules-engine runs item rules once per line, so every line of every claim would take hours; this
 * covers item rules on every claim of the file for one engine run each. `firing` counts, per rule, the compared
 * hits: the caller asserts the sample still reaches the rules (a smaller one must not silently miss them).
 */
export async function compare(count: number, seed: string, { reference, compiled }: Sets, items?: Sets) {
  expect(compiled.interpreted).toEqual([]); // every rule compiled: the comparison is real
  if (items) expect(items.compiled.interpreted).toEqual([]);
  const stats = { claims: 0, compared: 0, hits: 0, claimsWithHits: 0, itemLines: 0, itemCompared: 0, itemHits: 0, mismatches: [] as string[] };
  const claimPick = selector();
  const itemPick = selector();
  const differ = (id: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b) && stats.mismatches.length < 5) {
      stats.mismatches.push(`${id}: ${JSON.stringify(a).slice(0, 300)} ≠ ${JSON.stringify(b).slice(0, 300)}`);
    }
  };
  await enrichedBatches(count, seed, reference, async (batch) => {
    for (const claim of batch) {
      const b = await compiled.evaluate(claim);
      if (claimPick.pick(b)) {
        const a = await reference.evaluate(claim);
        differ(claim.facts.claimId, a, b);
        claimPick.count(a);
        stats.compared += 1;
        stats.hits += a.length;
        if (a.length) stats.claimsWithHits += 1;
      }
      const lines = claim.facts.items;
      if (items && lines.length) {
        const line = lines[stats.claims % lines.length];
        const one = { ...claim, facts: { ...claim.facts, items: [line] } };
        const d = await items.compiled.evaluate(one);
        stats.itemLines += 1;
        if (itemPick.pick(d)) {
          const c = await items.reference.evaluate(one);
          differ(`${claim.facts.claimId} line ${line.lineId}`, c, d);
          itemPick.count(c);
          stats.itemCompared += 1;
          stats.itemHits += c.length;
        }
      }
      stats.claims += 1;
    }
  });
  return { ...stats, firing: claimPick.compared, itemFiring: itemPick.compared };
}

/**
 * Rules of the set that fire on the compared claims, at least this many of them: the generated claims and the
 * random rules reach these now (measured 2026-12-04 at 1,000 claims a file: 57 of 117 claim rules, 24 of 44 item
 * rules on one line a claim, 23 on every line of 150 claims). A generator or sampling change that stops reaching
 * them fails here rather than comparing less without a word.
 */
export const FIRING_AT_LEAST = { claim: 50, itemOneLine: 20, itemEveryLine: 20 };

/**
 * One half of the claims differential (the halves are two test files, so jest runs them side by side): the
 * claim rules, shipped and random, on CLAIMS_PER_FILE generated claims of `seed`, the item rules on one line of each.
 */
export function describeClaimsHalf(half: 'first' | 'second', seed: string): void {
  describe(`compiled rules mean what json-rules-engine means (claims, ${half} half)`, () => {
    it(`claim rules (shipped + random) on ${CLAIMS_PER_FILE} generated claims, item rules on one line of each`, async () => {
      const [sets, itemSets] = rulesetPair();
      const stats = await compare(CLAIMS_PER_FILE, seed, sets, itemSets);
      process.stdout.write(`differential, claim rules (${sets.compiled.rules.length}), claims, ${half} half: ${stats.claims} claims, ${stats.compared} compared, ${stats.hits} hits on ${stats.claimsWithHits} claims, ${stats.firing.size} rules firing, ${stats.mismatches.length} mismatches; item rules (${itemSets.compiled.rules.length}) on one line of each claim: ${stats.itemLines} lines, ${stats.itemCompared} compared, ${stats.itemHits} hits, ${stats.itemFiring.size} rules firing\n`);
      expect(stats.claims).toBe(CLAIMS_PER_FILE);
      expect(stats.compared).toBeGreaterThanOrEqual(CLAIMS_PER_FILE / COMPARE_EVERY);
      expect(stats.claimsWithHits).toBeGreaterThan(stats.compared / 10); // the random rules must actually fire
      expect(stats.firing.size).toBeGreaterThanOrEqual(FIRING_AT_LEAST.claim);
      expect(stats.itemLines).toBe(CLAIMS_PER_FILE);
      expect(stats.itemCompared).toBeGreaterThanOrEqual(CLAIMS_PER_FILE / COMPARE_EVERY);
      expect(stats.itemHits).toBeGreaterThan(stats.itemCompared / 10);
      expect(stats.itemFiring.size).toBeGreaterThanOrEqual(FIRING_AT_LEAST.itemOneLine);
      expect(stats.mismatches).toEqual([]);
    }, 3_600_000);
  });
}
