import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import request from 'supertest';
import { listModels } from '../../src/model/artifacts';
import { createModelHolder } from '../../src/model/model-holder';
import { NO_MODEL } from '../../src/model/model';
import { authedApp } from '../helpers/auth';

// Model reload takes a name, never a path (issue 18 point 6: `../../../tmp/x` loaded a model from anywhere),
// and rule and model reloads are written to the audit trail: who, from which version, to which.

const ROOT = resolve(__dirname, '../..');
const SHIPPED = listModels(join(ROOT, 'models'))[0].version;

/** MODELS_DIR with the shipped model, and a complete model directory outside it. */
function modelDirs(): { modelsDir: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'models-'));
  const modelsDir = join(base, 'models');
  cpSync(join(ROOT, 'models', SHIPPED), join(modelsDir, SHIPPED), { recursive: true });
  const outside = join(mkdtempSync(join(tmpdir(), 'elsewhere-')), 'x');
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
});
