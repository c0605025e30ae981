import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_MODEL } from '../../src/model/model';
import { followedBy, localJudges } from '../../src/review/judge-control';
import { RuleLoadError } from '../../src/rules/errors';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { silentLogger } from '../helpers/context';
import { ruleDef, rulesDir } from '../helpers/rules';

// With the review thread on and Kafka set, the HTTP thread keeps a second rule set for the Kafka door: it
// follows the reloads the judging one accepted, and stays put when that one refuses.

describe('judge control', () => {
  const holders = (dir: string) => ({ rules: createRulesetHolder(dir), model: { current: () => NO_MODEL } });

  it('reports and reloads its own holders, naming the file it refuses', async () => {
    const dir = rulesDir({ 'a.rules.json': { rules: [ruleDef()] } });
    const judges = localJudges(holders(dir));
    const first = await judges.versions();
    expect(first.modelVersion).toBe(NO_MODEL.version);
    expect(await judges.rules()).toMatchObject({ rulesetVersion: first.rulesetVersion, count: 1, rules: [{ id: 'catalogue.test-rule', file: 'a.rules.json' }] });
    expect(judges.reloadModel).toBeUndefined(); // a model without reload cannot be switched
    writeFileSync(join(dir, 'b.rules.json'), '{ "rules": [ { "id": ');
    await expect(judges.reloadRules()).rejects.toMatchObject({ name: 'RuleLoadError', file: 'b.rules.json' });
    expect(first.rejectedRules).toBeNull();
    // The same set judges; the refused files are named beside it.
    expect(await judges.versions()).toEqual({ ...first, rejectedRules: expect.objectContaining({ file: 'b.rules.json', ruleId: null }) });
  });

  it('a copy follows each reload the judging set accepted, and only those', async () => {
    const judgingDir = rulesDir({ 'a.rules.json': { rules: [ruleDef()] } });
    const judging = holders(judgingDir);
    const copy = holders(judgingDir);
    const judges = followedBy(localJudges(judging), localJudges(copy), silentLogger);

    writeFileSync(join(judgingDir, 'b.rules.json'), JSON.stringify({ rules: [ruleDef({ id: 'catalogue.second' })] }));
    const accepted = await judges.reloadRules();
    expect(accepted.count).toBe(2);
    expect(copy.rules.current().version).toBe(accepted.rulesetVersion);

    writeFileSync(join(judgingDir, 'c.rules.json'), JSON.stringify({ rules: [ruleDef({ id: 'catalogue.second' })] }));
    await expect(judges.reloadRules()).rejects.toBeInstanceOf(RuleLoadError);
    expect(judging.rules.current().version).toBe(accepted.rulesetVersion);
    expect(copy.rules.current().version).toBe(accepted.rulesetVersion);
    expect((await judges.versions()).rulesetVersion).toBe(accepted.rulesetVersion);
  });
});
