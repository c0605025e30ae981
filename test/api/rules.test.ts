import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { silentLogger, testContext } from '../helpers/context';
import { ruleDef, rulesDir } from '../helpers/rules';
import { withKey } from '../helpers/auth';

describe('rules over HTTP', () => {
  it('lists the active rules with the version, reloads on request, and refuses a bad file naming it', async () => {
    const dir = rulesDir({ 'catalogue/a.rules.json': { rules: [ruleDef()] } });
    const { ctx, config } = testContext({ RULES_DIR: dir });
    const app = createApp({ ctx, config, logger: silentLogger });
    const admin = await withKey(ctx.store, 'admin');

    const list = await request(app).get('/api/v1/rules').set(admin).expect(200);
    expect(list.body).toMatchObject({ rulesetVersion: ctx.rules.current().version, count: 1 });
    expect(list.body.rules[0]).toMatchObject({ id: 'catalogue.test-rule', family: 'catalogue', severity: 'warn', file: 'catalogue/a.rules.json' });
    expect(list.body.rules[0].meta).toEqual({ stages: ['事中'], resultType: '明确违规', period: '当次就诊', basis: ['test'] });

    writeFileSync(join(dir, 'catalogue/b.rules.json'), JSON.stringify({ rules: [ruleDef({ id: 'catalogue.second' })] }));
    const reloaded = await request(app).post('/api/v1/rules/reload').set(admin).expect(200);
    expect(reloaded.body.count).toBe(2);
    expect(reloaded.body.previousVersion).toBe(list.body.rulesetVersion);

    writeFileSync(join(dir, 'catalogue/c.rules.json'), JSON.stringify({ rules: [ruleDef({ id: 'catalogue.second' })] }));
    const refused = await request(app).post('/api/v1/rules/reload').set(admin).expect(422);
    expect(refused.body).toMatchObject({ file: 'catalogue/c.rules.json', ruleId: 'catalogue.second', rulesetVersion: reloaded.body.rulesetVersion });
    expect(ctx.rules.current().version).toBe(reloaded.body.rulesetVersion);
  });
});
