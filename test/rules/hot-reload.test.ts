import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { review, type ReviewContext } from '../../src/features/reviews/review';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { watchRules } from '../../src/rules/watch-rules';
import { NO_MODEL } from '../../src/model/model';
import { localJudges } from '../../src/review/judge-control';
import { createMemoryStore } from '../../src/features/stores';
import { silentLogger } from '../helpers/context';
import { makeOutpatientClaim } from '../helpers/fixtures';
import { ruleDef, rulesDir } from '../helpers/rules';

const fileFor = (severity: 'warn' | 'block') => JSON.stringify({ rules: [ruleDef({ id: 'catalogue.switch', severity })] });

describe('hot reload', () => {
  it('switches atomically under concurrent reviews: each verdict matches the one rule set that judged it', async () => {
    const dir = rulesDir({ 'a.rules.json': fileFor('warn') });
    const holder = createRulesetHolder(dir);
    const ctx: ReviewContext = { rules: holder, model: { current: () => NO_MODEL }, store: createMemoryStore() };
    const decisionByVersion = new Map<string, string>([[holder.current().version, 'review']]);

    const batches: Promise<Awaited<ReturnType<typeof review>>>[] = [];
    for (let round = 0; round < 20; round++) {
      for (let b = 0; b < 5; b++) {
        const claims = Array.from({ length: 20 }, (_, i) => makeOutpatientClaim({ claimId: `r${round}-${b}-${i}` }));
        batches.push(review(claims, ctx, { source: 'test' }));
      }
      const severity = round % 2 === 0 ? 'block' : 'warn';
      writeFileSync(join(dir, 'a.rules.json'), fileFor(severity));
      decisionByVersion.set(holder.reload().version, severity === 'block' ? 'reject' : 'review');
    }
    const verdicts = (await Promise.all(batches)).flat();
    expect(verdicts).toHaveLength(2000);
    for (const v of verdicts) expect(v.decision).toBe(decisionByVersion.get(v.rulesetVersion));
    const seen = new Set(verdicts.map((v) => v.rulesetVersion));
    expect(seen.size).toBe(2); // both rule sets judged some claims
  });

  it('picks up an edited file without a restart, and keeps the last good set on a broken edit', async () => {
    const dir = rulesDir({ 'a.rules.json': fileFor('warn') });
    const holder = createRulesetHolder(dir);
    const first = holder.current().version;
    const watcher = watchRules(dir, localJudges({ rules: holder, model: { current: () => NO_MODEL } }), silentLogger, { debounceMs: 50 });
    const waitFor = async (pred: () => boolean) => {
      for (let i = 0; i < 100 && !pred(); i++) await new Promise((r) => setTimeout(r, 50));
      return pred();
    };
    try {
      writeFileSync(join(dir, 'a.rules.json'), fileFor('block'));
      expect(await waitFor(() => holder.current().version !== first)).toBe(true);
      const second = holder.current();
      expect(second.rules[0].def.severity).toBe('block');
      writeFileSync(join(dir, 'a.rules.json'), '{ "rules": [ { "id": ');
      await new Promise((r) => setTimeout(r, 400));
      expect(holder.current()).toBe(second);
    } finally {
      watcher.close();
    }
  });
});
