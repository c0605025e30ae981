import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createModelHolder } from '../../src/model/model-holder';
import type { ClaimItem } from '../../src/contract/claim';
import type { Verdict } from '../../src/contract/verdict';
import { judge } from '../../src/features/reviews/review';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { NO_MODEL } from '../../src/model/model';
import { startService, type RunningService } from '../../src/server';
import { makeKey } from '../helpers/auth';
import { make3101 } from '../helpers/fsi';
import { makeClaim, makeItem } from '../helpers/fixtures';
import { tempDir } from '../helpers/temp-dir';

// The service reviews HTTP claims on its review thread (REVIEW_THREAD=on, the default): the same verdicts as
// on one thread, every claim recorded, reloads reaching the thread, its metrics in /metrics, a clean stop.
// The thread owns the rules and model: the HTTP thread loads neither, and /readyz reports the thread's.

const RULES = resolve(__dirname, '../../rules');

describe('the service review thread', () => {
  let service: RunningService;
  let url: string;
  let rulesDir: string;
  let headers: Record<string, string>;
  let admin: Record<string, string>;
  let config: Config;
  const mainThreadLog: { msg: string }[] = [];

  beforeAll(async () => {
    const dir = tempDir('review-thread-');
    rulesDir = join(dir, 'rules');
    cpSync(RULES, rulesDir, { recursive: true });
    config = loadConfig({ STORE_PATH: join(dir, 'review.db'), RULES_DIR: rulesDir, RULES_WATCH: 'off', SAMPLE_DATA: 'off', PORT: '0', HOST: '127.0.0.1' });
    expect(config.reviewThread).toBe(true);
    const capture = new Writable({ write: (line, _enc, done) => (mainThreadLog.push(JSON.parse(String(line))), done()) });
    service = await startService(config, createLogger('info', capture));
    url = `http://127.0.0.1:${(service.server.address() as AddressInfo).port}`;
    headers = { 'content-type': 'application/json', authorization: `Bearer ${await makeKey(service.ctx.store, 'intake')}` };
    admin = { 'content-type': 'application/json', authorization: `Bearer ${await makeKey(service.ctx.store, 'admin')}` };
  });
  afterAll(() => service?.shutdown('test'));

  const post = async (path: string, body: unknown, h = headers) => {
    const res = await fetch(`${url}${path}`, { method: 'POST', headers: h, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as any };
  };
  // Each claim its own member, so no claim is in another's history and a review here (no history) compares.
  const claim = (claimId: string, items?: ClaimItem[]) => {
    const c = makeClaim({ claimId, ...(items ? { items } : {}) });
    return { ...c, patient: { ...c.patient, insuredId: `INS-${claimId}` } };
  };
  // 黄体酮注射液 is 限女性 in the catalogue and the patient is a man: catalogue.gender-restricted fires.
  const flagged = (claimId: string) =>
    claim(claimId, [...makeClaim().items, makeItem({ lineId: '6', code: 'XG03DAH502B002010104733', name: '黄体酮注射液', category: 'drug', date: '2025-03-05', quantity: 1, unitPrice: 0.9 })]);

  it('gives the verdicts a review on this thread gives, and records every claim', async () => {
    const claims = Array.from({ length: 40 }, (_, i) => (i % 2 ? claim(`T-${i}`) : flagged(`T-${i}`)));
    const answers = await Promise.all(claims.map((c) => post('/api/v1/reviews', c)));
    expect(answers.map((a) => a.status)).toEqual(claims.map(() => 200));
    const model = createModelHolder({ modelsDir: config.modelsDir, name: config.modelName, alertRate: config.modelAlertRate });
    const here = await judge(claims, createRulesetHolder(rulesDir).current(), model.current(), {
      source: 'http',
      reviewedAt: new Date().toISOString(),
      history: async () => [],
    });
    const gist = (v: Verdict) => ({ claimId: v.claimId, decision: v.decision, hits: v.hits.map((h) => h.ruleId), riskScore: v.riskScore, grouping: v.grouping });
    expect(answers.map((a) => gist(a.body))).toEqual(here.verdicts.map(gist));
    for (const c of claims) expect((await service.ctx.store.getVerdict(c.claimId))?.decision).toBe(answers.find((a) => a.body.claimId === c.claimId)?.body.decision);
  });

  it('takes concurrent 3101 settlements and single reviews together without a store error', async () => {
    const msgs = Array.from({ length: 48 }, (_, i) => {
      const m = make3101({ mdtrtId: `MDT${i}`, orders: 20 });
      m.input.data.patient_dtos[0].patn_id = `PT${i}`;
      return m;
    });
    const answers = await Promise.all([
      ...msgs.map((m) => post('/api/fsi/3101', m)),
      ...Array.from({ length: 48 }, (_, i) => post('/api/v1/reviews', claim(`C-${i}`))),
    ]);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    expect(answers.slice(0, 48).map((a) => a.body.infcode)).toEqual(msgs.map(() => 0));
    // The thread saved the findings: 3103 feedback (answered on the HTTP thread) finds them.
    const issued = answers.slice(0, 48).flatMap((a) => a.body.output.result as { jr_id: string }[]);
    expect(issued.length).toBeGreaterThan(0);
    const feedback = await post('/api/fsi/3103', { infno: '3103', input: { data: { warns: [{ warn_rslt_id: issued[0].jr_id, dspo_way: '1', dspo_way_rea: '病情需要' }] } } });
    expect(feedback.body.infcode).toBe(0);
  });

  it('reviews with the reloaded rule set and model as soon as the reload has been answered', async () => {
    const before = await post('/api/v1/reviews', flagged('R-1'));
    expect(before.body.hits.map((h: { ruleId: string }) => h.ruleId)).toContain('catalogue.gender-restricted');
    // Take catalogue.gender-restricted out of the copied rules and reload.
    const file = readdirSync(join(rulesDir, 'catalogue')).map((f) => join(rulesDir, 'catalogue', f)).find((f) => readFileSync(f, 'utf8').includes('"catalogue.gender-restricted"'))!;
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.rules = json.rules.filter((r: { id: string }) => r.id !== 'catalogue.gender-restricted');
    writeFileSync(file, JSON.stringify(json));
    const reloaded = await post('/api/v1/rules/reload', {}, admin);
    expect(reloaded.status).toBe(200);
    expect(reloaded.body.rulesetVersion).toBe(createRulesetHolder(rulesDir).current().version);
    const after = await post('/api/v1/reviews', flagged('R-2'));
    expect(after.body.rulesetVersion).toBe(reloaded.body.rulesetVersion);
    expect(after.body.hits.map((h: { ruleId: string }) => h.ruleId)).not.toContain('catalogue.gender-restricted');

    expect((await post('/api/v1/models/reload', { name: 'none' }, admin)).status).toBe(200);
    expect((await post('/api/v1/reviews', claim('M-1'))).body.modelVersion).toBe(NO_MODEL.version);
  });

  it('loads rules and model on the review thread only, and /readyz reports the thread’s, also after reloads it rejected', async () => {
    const messages = mainThreadLog.map((l) => l.msg);
    expect(messages).toContain('review thread ready');
    expect(messages).not.toContain('review context ready'); // the HTTP thread built no rule set or model
    const ready = async () => (await (await fetch(`${url}/readyz`)).json()) as { status: string; rulesetVersion: string; modelVersion: string };
    const judgedBy = async (claimId: string) => {
      const v = (await post('/api/v1/reviews', claim(claimId))).body as Verdict;
      return { rulesetVersion: v.rulesetVersion, modelVersion: v.modelVersion };
    };
    const before = await ready();
    expect(before.status).toBe('ready');
    expect({ rulesetVersion: before.rulesetVersion, modelVersion: before.modelVersion }).toEqual(await judgedBy('V-1'));

    // A rule file the thread cannot load: 422 naming it, and the thread's set (and /readyz) unchanged.
    writeFileSync(join(rulesDir, 'broken.rules.json'), '{ "rules": [ { "id": ');
    const rejected = await post('/api/v1/rules/reload', {}, admin);
    expect(rejected.status).toBe(422);
    expect(rejected.body).toMatchObject({ file: 'broken.rules.json', rulesetVersion: before.rulesetVersion });
    // A model the thread cannot load: 422, and the thread's model (and /readyz) unchanged.
    const noModel = await post('/api/v1/models/reload', { name: 'no-such-model' }, admin);
    expect(noModel.status).toBe(422);
    const after = await ready();
    // The same set and model judge; the refused rule files are named beside them.
    expect(after).toEqual({ ...before, rules: { active: before.rulesetVersion, rejected: expect.objectContaining({ file: 'broken.rules.json' }) } });
    expect(await judgedBy('V-2')).toEqual({ rulesetVersion: after.rulesetVersion, modelVersion: after.modelVersion });
    expect(((await (await fetch(`${url}/api/v1/rules`, { headers: admin })).json()) as { rulesetVersion: string }).rulesetVersion).toBe(after.rulesetVersion);

    // Fixed: the thread takes the new set, and /readyz names it.
    writeFileSync(join(rulesDir, 'broken.rules.json'), '{ "rules": [] }');
    const accepted = await post('/api/v1/rules/reload', {}, admin);
    expect(accepted.status).toBe(200);
    expect(accepted.body.previousVersion).toBe(before.rulesetVersion);
    const fixed = await ready();
    expect(fixed.rulesetVersion).toBe(accepted.body.rulesetVersion);
    expect(fixed.rulesetVersion).not.toBe(before.rulesetVersion);
    expect(await judgedBy('V-3')).toEqual({ rulesetVersion: fixed.rulesetVersion, modelVersion: fixed.modelVersion });
  });

  it('serves the thread’s review counts in /metrics, with process metrics once', async () => {
    const text = await (await fetch(`${url}/metrics`)).text();
    const reviewed = text
      .split('\n')
      .filter((l) => l.startsWith('claims_reviewed_total{') && l.includes('source="http"'))
      .reduce((n, l) => n + Number(l.split(' ').pop()), 0);
    expect(reviewed).toBe(40 + 48 + 3 + 3);
    expect(text.match(/^process_cpu_seconds_total /gm)).toHaveLength(1);
  });
});
