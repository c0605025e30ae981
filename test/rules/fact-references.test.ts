import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { loadRuleSource } from '../../src/rules/load-ruleset';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { withKey } from '../helpers/auth';
import { silentLogger, testContext } from '../helpers/context';
import { loadError, ruleDef, rulesDir } from '../helpers/rules';
import { tempDir } from '../helpers/temp-dir';

// A mistyped fact name read as a value ({"fact": …}) used to load, read as undefined and change decisions
// (issue 18 point 4). The loader, every reload and `rules test` share one check and refuse the whole set.

const ROOT = resolve(__dirname, '../..');
const ref = (fact: string) => ({ fact: 'totalFen', operator: 'greaterThan', value: { fact } });

/** The shipped rules with catalogue.gender-restricted comparing against a fact that does not exist. */
function rulesWithMistypedFact(): string {
  const dir = tempDir('rules-');
  cpSync(join(ROOT, 'rules'), dir, { recursive: true });
  const file = join(dir, 'catalogue/catalogue.rules.json');
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const rule = json.rules.find((r: { id: string }) => r.id === 'catalogue.gender-restricted');
  const cond = rule.conditions.all.find((c: { value: unknown }) => typeof c.value === 'object' && c.value && 'fact' in c.value);
  cond.value.fact = 'noSuchFactXYZ';
  writeFileSync(file, JSON.stringify(json));
  return dir;
}

describe('fact references in rule values', () => {
  it.each([
    ['at the top', { all: [ref('noSuchFactXYZ')] }, 'conditions.all[0].value', 'noSuchFactXYZ'],
    ['inside any', { all: [{ any: [{ fact: 'totalFen', operator: 'greaterThan', value: 1 }, ref('noSuchFactXYZ')] }] }, 'conditions.all[0].any[1].value', 'noSuchFactXYZ'],
    ['inside not', { any: [{ not: { all: [ref('noSuchFactXYZ')] } }] }, 'conditions.any[0].not.all[0].value', 'noSuchFactXYZ'],
    ['an item fact in a claim rule', { all: [ref('item')] }, 'conditions.all[0].value', 'item'],
  ])('an unknown fact read as a value %s refuses the set, naming the place', (_name, conditions, at, fact) => {
    const err = loadError(rulesDir({ 'ok.rules.json': { rules: [ruleDef({ id: 'catalogue.ok' })] }, 'bad.rules.json': { rules: [ruleDef({ conditions })] } }));
    expect(err.file).toBe('bad.rules.json');
    expect(err.ruleId).toBe('catalogue.test-rule');
    expect(err.message).toContain(`${at}: unknown fact "${fact}"`);
  });

  it('a value naming a known fact loads', () => {
    const src = loadRuleSource(rulesDir({ 'a.rules.json': { rules: [ruleDef({ conditions: { all: [ref('fundClaimedFen')] } })] } }));
    expect(src.rules).toHaveLength(1);
  });

  it('a reload (holder and HTTP) refuses the whole set and keeps judging by the last good one', async () => {
    const good = createRulesetHolder(join(ROOT, 'rules')).current().version;
    const dir = tempDir('rules-');
    cpSync(join(ROOT, 'rules'), dir, { recursive: true });
    const { ctx, config } = testContext({ RULES_DIR: dir });
    const app = createApp({ ctx, config, logger: silentLogger });
    const admin = await withKey(ctx.store, 'admin');
    expect(ctx.rules.current().version).toBe(good);

    cpSync(rulesWithMistypedFact(), dir, { recursive: true });
    const refused = await request(app).post('/api/v1/rules/reload').set(admin).expect(422);
    expect(refused.body).toMatchObject({ file: 'catalogue/catalogue.rules.json', ruleId: 'catalogue.gender-restricted', rulesetVersion: good });
    expect(refused.body.detail).toMatch(/value: unknown fact "noSuchFactXYZ"/);
    expect(ctx.rules.current().version).toBe(good);
    expect(() => ctx.rules.reload()).toThrow(/noSuchFactXYZ/);
    expect(ctx.rules.current().version).toBe(good);
  });

  it('`rules test` refuses the set with the same error, before running any example', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/src/cli.js'), 'rules', 'test', '--rules', rulesWithMistypedFact()], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/catalogue\/catalogue\.rules\.json rule catalogue\.gender-restricted: .*value: unknown fact "noSuchFactXYZ"/);
    expect(r.stdout).toBe('');
  });
});
