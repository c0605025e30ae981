import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import request from 'supertest';
import { listModels } from '../../src/model/artifacts';
import { createModelHolder } from '../../src/model/model-holder';
import { NO_MODEL } from '../../src/model/model';
import { auditWatchReloads } from '../../src/api/reload-audit';
import { localJudges } from '../../src/review/judge-control';
import { watchRules, type WatchReload } from '../../src/rules/watch-rules';
import { authedApp } from '../helpers/auth';
import { silentLogger } from '../helpers/context';
import { tempDir } from '../helpers/temp-dir';

// Model reload takes a name, never a path (issue 18 point 6: `../../../tmp/x` loaded a model from anywhere),
// and rule and model reloads are written to the audit trail: who, from which version, to which; the rules watcher's
// reloads as the service's own (actor and role `system`), and a refused reload with its error.

const ROOT = resolve(__dirname, '../..');
const SHIPPED = listModels(join(ROOT, 'models'))[0].version;

/** MODELS_DIR with the shipped model, and a complete model directory outside it. */
function modelDirs(): { modelsDir: string; outside: string } {
  const base = tempDir('models-');
  const modelsDir = join(base, 'models');
  cpSync(join(ROOT, 'models', SHIPPED), join(modelsDir, SHIPPED), { recursive: true });
  const outside = join(tempDir('elsewhere-'), 'x');
  cpSync(join(ROOT, 'models', SHIPPED), outside, { recursive: true });
  return { modelsDir, outside };
}

describe('model and rule reloads', () => {
  it('refuse a model path (relative, absolute, dot-dot) with a 400 naming the field; the model stays', async () => {
    const { modelsDir, outside } = modelDirs();
    const { app, ctx, as } = await authedApp({ MODELS_DIR: modelsDir });
    expect(ctx.model.current().version).toBe(SHIPPED);
    for (const name of [relative(modelsDir, outside), outside, `../${SHIPPED}`, '..', `${SHIPPED}/../${SHIPPED}`, '.hidden']) {
      const r = await request(app).post('/api/v1/models/reload').set(as.admin).send({ name }).expect(400);
      expect(r.body.errors).toEqual([{ path: 'name', message: expect.stringMatching(/路径|path/) }]);
    }
    expect(ctx.model.current().version).toBe(SHIPPED);
    // The holder itself refuses a path too (MODEL_NAME, the review thread's reload, the CLI's --model).
    expect(() => createModelHolder({ modelsDir, name: relative(modelsDir, outside) })).toThrow(/never a path/);
    expect(() => createModelHolder({ modelsDir }).reload(outside)).toThrow(/never a path/);
  });

  it('record who reloaded rules and models, from which version to which', async () => {
    const { modelsDir } = modelDirs();
    const { app, ctx, as } = await authedApp({ MODELS_DIR: modelsDir });
    const rulesBefore = ctx.rules.current().version;
    await request(app).post('/api/v1/models/reload').set(as.admin).send({ name: 'none' }).expect(200);
    await request(app).post('/api/v1/models/reload').set(as.admin).send({ name: SHIPPED }).expect(200);
    await request(app).post('/api/v1/models/reload').set(as.admin).send({ name: 'ae-19990101-deadbeef' }).expect(422);
    const rules = await request(app).post('/api/v1/rules/reload').set(as.admin).expect(200);

    const trail = (await request(app).get('/api/v1/audit').set(as.auditor).expect(200)).body.entries;
    const reloads = trail.filter((e: { action: string }) => e.action.endsWith('-reload'));
    expect(reloads).toEqual([
      expect.objectContaining({ action: 'model-reload', actor: 'admin-all', role: 'admin', from: SHIPPED, to: NO_MODEL.version, claimId: null }),
      expect.objectContaining({ action: 'model-reload', actor: 'admin-all', role: 'admin', from: NO_MODEL.version, to: SHIPPED }),
      expect.objectContaining({ action: 'rules-reload', actor: 'admin-all', role: 'admin', from: rulesBefore, to: rules.body.rulesetVersion }),
    ]);
    expect(reloads[0].detail).toMatchObject({ keyId: expect.any(String), name: 'none' });
  });

  it('a refused model reload is in the trail with its error; the active model stays', async () => {
    const { modelsDir } = modelDirs();
    const { app, as } = await authedApp({ MODELS_DIR: modelsDir });
    await request(app).post('/api/v1/models/reload').set(as.admin).send({ name: 'ae-19990101-deadbeef' }).expect(422);
    const trail = (await request(app).get('/api/v1/audit').set(as.auditor).expect(200)).body.entries;
    expect(trail.filter((e: { action: string }) => e.action.startsWith('model-reload'))).toEqual([
      expect.objectContaining({ action: 'model-reload-refused', actor: 'admin-all', role: 'admin', from: SHIPPED, to: 'ae-19990101-deadbeef', detail: expect.objectContaining({ error: expect.any(String) }) }),
    ]);
  });

  it('record the watcher\'s reloads as the service\'s own, and a refused reload (watch or HTTP) with its error', async () => {
    const rules = join(tempDir('rules-watch-'), 'rules');
    cpSync(join(ROOT, 'rules'), rules, { recursive: true });
    const { app, ctx, as } = await authedApp({ RULES_DIR: rules });
    const judges = localJudges(ctx);
    const audit = auditWatchReloads(ctx.store, judges);
    // The watcher's callback, once its entry is written, wakes the test (no sleeping on the debounce).
    let wake: (o: WatchReload) => void = () => undefined;
    const reported = () => new Promise<WatchReload>((resolve) => (wake = resolve));
    const watcher = watchRules(rules, judges, silentLogger, { debounceMs: 50, onReload: async (o) => { await audit(o); wake(o); } });
    const file = join(rules, 'history/free-antiviral.rules.json');
    const good = readFileSync(file, 'utf8');
    const trailOf = async () => (await request(app).get('/api/v1/audit').set(as.auditor).expect(200)).body.entries as Record<string, unknown>[];
    try {
      const first = ctx.rules.current().version;
      const edited = JSON.parse(good);
      edited.rules[0].title = `${edited.rules[0].title}（修订）`;
      let next = reported();
      writeFileSync(file, JSON.stringify(edited, null, 2));
      expect(await next).toMatchObject({ ok: true, previousVersion: first });
      const second = ctx.rules.current().version;
      expect(second).not.toBe(first);
      expect(await trailOf()).toContainEqual(
        expect.objectContaining({ action: 'rules-reload', actor: 'system', role: 'system', from: first, to: second, claimId: null, detail: expect.objectContaining({ trigger: 'file-watch' }) }),
      );

      next = reported();
      writeFileSync(file, '{ "rules": [ { "id": ');
      expect(await next).toMatchObject({ ok: false });
      expect(ctx.rules.current().version).toBe(second);
      const rejected = ctx.rules.rejected()!;
      const refusedBySystem = expect.objectContaining({
        action: 'rules-reload-refused', actor: 'system', role: 'system', from: second, to: rejected.version,
        detail: expect.objectContaining({ trigger: 'file-watch', file: expect.stringContaining('free-antiviral'), error: expect.any(String) }),
      });
      expect(await trailOf()).toContainEqual(refusedBySystem);

      // The same broken file reloaded over HTTP: a 422, and an entry naming the caller.
      await request(app).post('/api/v1/rules/reload').set(as.admin).expect(422);
      expect((await trailOf()).filter((e) => e.actor === 'admin-all')).toEqual([
        expect.objectContaining({ action: 'rules-reload-refused', role: 'admin', from: second, to: rejected.version, detail: expect.objectContaining({ file: expect.stringContaining('free-antiviral'), error: rejected.error }) }),
      ]);
    } finally {
      watcher.close();
      await ctx.store.close();
    }
  }, 60_000);
});
