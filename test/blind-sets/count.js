#!/usr/bin/env node
// usage: node test/blind-sets/count.js <set[,set…]|all> [tree] [--cases] [--shard=i/n]
// The regression test's count (regression.test.ts: rules only, each claim's final verdict) from a tree's build
// (`npx tsc -p tsconfig.build.json` there first), without jest: for working a set, comparing two trees, and every set
// at once (`npm run verify:regression`, which CI runs after `npm test`: jest runs the newest sets only). Prints per
// set the fraud cases caught and control cases flagged beside the recorded floor and ceiling of the tree's
// regression.test.ts, and exits 1 if any set is outside them; with --cases, the caught and flagged case ids (for
// diffing two trees' runs); with --shard=i/n, only every n-th of the sets from the i-th (one process per core).
'use strict';
const fs = require('fs'); const path = require('path'); const zlib = require('zlib');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const withCases = process.argv.includes('--cases');
const here = __dirname;
const tree = path.resolve(args[1] || path.join(here, '../..'));
const dist = (p) => require(path.join(tree, 'dist/src', p));
const { reviewWithRevisions } = dist('features/reviews/review');
const { createMemoryStore } = dist('features/stores');
const { NO_MODEL } = dist('model/model');
const { buildRules, createRulesetHolder } = dist('rules/ruleset-holder');

const shard = (process.argv.find((a) => a.startsWith('--shard=')) ?? '--shard=1/1').slice(8).split('/').map(Number);
const sets = (args[0] === 'all' || !args[0]
  ? fs.readdirSync(here).filter((n) => /^blind\d+$/.test(n)).sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)))
  : args[0].split(',')
).filter((_, i) => i % shard[1] === shard[0] - 1);
// Floors and ceilings as the tree's regression test records them (absent for a set not yet added).
const expectedSrc = fs.readFileSync(path.join(tree, 'test/blind-sets/regression.test.ts'), 'utf8');
const expected = (set) => {
  const m = expectedSrc.match(new RegExp(`\\b${set}: \\{ fraudCaughtAtLeast: (\\d+), controlsFlaggedAtMost: (\\d+) \\}`));
  return m ? { floor: Number(m[1]), ceiling: Number(m[2]) } : null;
};

(async () => {
  const rulesDir = path.join(tree, 'rules');
  const built = buildRules(rulesDir);
  let failed = false;
  for (const set of sets) {
    const dir = fs.existsSync(path.join(here, set)) ? path.join(here, set) : path.resolve(set);
    const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8'));
    const gz = path.join(dir, 'claims.ndjson.gz');
    const text = fs.existsSync(gz) ? zlib.gunzipSync(fs.readFileSync(gz)).toString('utf8') : fs.readFileSync(path.join(dir, 'claims.ndjson'), 'utf8');
    const claims = text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    const ctx = { rules: createRulesetHolder(rulesDir, built), model: { current: () => NO_MODEL }, store: createMemoryStore() };
    const final = new Map(); let invalid = 0;
    for (let i = 0; i < claims.length; i += 500) {
      const { verdicts, revisions } = await reviewWithRevisions(claims.slice(i, i + 500), ctx, { source: 'test' });
      for (const v of verdicts) { if (v.decision === 'invalid') invalid++; if (v.claimId) final.set(v.claimId, v.decision); }
      for (const { verdict } of revisions) if (verdict.claimId) final.set(verdict.claimId, verdict.decision);
    }
    const flagged = (id) => ['review', 'reject'].includes(final.get(id));
    const caught = labels.filter((l) => l.kind === 'fraud' && l.targets.some(flagged)).map((l) => l.caseId);
    const controls = labels.filter((l) => l.kind === 'control' && l.claimIds.some(flagged)).map((l) => l.caseId);
    const e = expected(path.basename(dir));
    // Every set run as `all` must have its figures recorded: a set added without them would pass unjudged.
    const off = e ? caught.length < e.floor || controls.length > e.ceiling : args[0] === 'all' || !args[0];
    if (off || invalid) failed = true;
    console.log(`${path.basename(dir)}: caught ${caught.length}${e ? ` (floor ${e.floor})` : ''}, controls ${controls.length}${e ? ` (ceiling ${e.ceiling})` : ''}, invalid ${invalid}${off ? (e ? '  <-- outside the recorded figures' : '  <-- no figures recorded in regression.test.ts') : ''}`);
    if (withCases) console.log(`  caught: ${caught.join(' ')}\n  controls: ${controls.join(' ')}`);
  }
  process.exitCode = failed ? 1 : 0;
})();
