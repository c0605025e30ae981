import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BIG_BODY_BYTES } from '../../src/api/review-thread/review-lanes';
import { loadConfig } from '../../src/config';
import { startService, type RunningService } from '../../src/server';
import { makeKey } from '../helpers/auth';
import { bigClaim } from '../helpers/big-claim';
import { silentLogger } from '../helpers/context';
import { makeClaim } from '../helpers/fixtures';

// Issue 18, point 8: a big claim is reviewed off the small requests' path (its own review lane), so a small
// claim sent while a big one is in review is answered before it. Shown by order, not by timing: the big
// body is first seen in its lane (the lane gauge in /metrics, kept on the HTTP thread), then a small claim
// is sent and answered while the big one is still there.

describe('review lanes', () => {
  let service: RunningService;
  let url: string;
  let intake: Record<string, string>;
  let rulesDir: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-lanes-'));
    rulesDir = join(dir, 'rules');
    cpSync(resolve(__dirname, '../../rules'), rulesDir, { recursive: true });
    const config = loadConfig({ STORE_PATH: join(dir, 'review.db'), RULES_DIR: rulesDir, RULES_WATCH: 'off', SAMPLE_DATA: 'off', LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1' });
    service = await startService(config, silentLogger);
    url = `http://127.0.0.1:${(service.server.address() as AddressInfo).port}`;
    intake = { 'content-type': 'application/json', authorization: `Bearer ${await makeKey(service.ctx.store, 'intake')}` };
  });
  afterAll(() => service?.shutdown('test'));

  /** Bodies each lane holds now, from /metrics (answered on the HTTP thread, whatever the lanes are doing). */
  const inLane = async (lane: string) => {
    const text = await (await fetch(`${url}/metrics`)).text();
    return Number(new RegExp(`^review_lane_bodies\\{lane="${lane}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  };

  it('answers a small claim while a claim above the big-body size is in review, and then the big one', async () => {
    const big = JSON.stringify(bigClaim(10_000, 'BIG-LANE-1'));
    expect(Buffer.byteLength(big)).toBeGreaterThan(BIG_BODY_BYTES);
    const order: string[] = [];
    const bigAnswer = new Promise<{ status: number; type: string | undefined; body: any }>((resolve, reject) => {
      const req = httpRequest(`${url}/api/v1/reviews`, { method: 'POST', headers: { ...intake, 'content-length': Buffer.byteLength(big) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          order.push('big');
          resolve({ status: res.statusCode!, type: res.headers['content-type'], body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        });
      });
      req.on('error', reject);
      req.end(big);
    });
    while ((await inLane('big')) === 0) {
      expect(order).toEqual([]); // still in review: not answered
      await new Promise((r) => setTimeout(r, 20));
    }

    const small = await fetch(`${url}/api/v1/reviews`, { method: 'POST', headers: intake, body: JSON.stringify(makeClaim({ claimId: 'SMALL-LANE-1' })) });
    order.push('small');
    expect(small.status).toBe(200);
    expect(((await small.json()) as { claimId: string }).claimId).toBe('SMALL-LANE-1');
    expect(await inLane('big')).toBe(1);

    const answered = await bigAnswer;
    expect(order).toEqual(['small', 'big']);
    expect(answered.status).toBe(200);
    // A long answer leaves the review thread as bytes (review-thread-messages.ts): the same JSON, the same type.
    expect(answered.type).toBe('application/json; charset=utf-8');
    expect(answered.body.claimId).toBe('BIG-LANE-1');
    expect(answered.body.hits.length).toBeGreaterThan(10_000);
    expect(await service.ctx.store.getVerdict('BIG-LANE-1')).toBeDefined();
    expect(await inLane('big')).toBe(0);
  });

  it('runs the big lane at a lower CPU priority than the HTTP thread (Linux: nice per thread)', () => {
    if (!existsSync('/proc/self/task')) return;
    // Field 19 of /proc/<pid>/task/<tid>/stat is the nice value (16th after the name's closing parenthesis).
    const nice = (tid: string) => Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ')[16]);
    const tasks = readdirSync('/proc/self/task');
    expect(nice(String(process.pid))).toBe(0);
    expect(tasks.map(nice)).toContain(10);
  });

  it('judges big bodies with the rule set the service reloaded to', async () => {
    const before = await fetch(`${url}/api/v1/reviews`, { method: 'POST', headers: intake, body: JSON.stringify(bigClaim(8_000, 'BIG-LANE-2')) });
    const old = ((await before.json()) as { rulesetVersion: string }).rulesetVersion;
    // Take one rule out of the copied rules and reload: the big lane follows the reload the first lane accepted.
    const file = readdirSync(join(rulesDir, 'catalogue')).map((f) => join(rulesDir, 'catalogue', f)).find((f) => readFileSync(f, 'utf8').includes('"catalogue.gender-restricted"'))!;
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.rules = json.rules.filter((r: { id: string }) => r.id !== 'catalogue.gender-restricted');
    writeFileSync(file, JSON.stringify(json));
    const reload = await fetch(`${url}/api/v1/rules/reload`, { method: 'POST', headers: { ...intake, authorization: `Bearer ${await makeKey(service.ctx.store, 'admin')}` } });
    expect(reload.status).toBe(200);
    const { rulesetVersion } = (await reload.json()) as { rulesetVersion: string };
    expect(rulesetVersion).not.toBe(old);
    const res = await fetch(`${url}/api/v1/reviews`, { method: 'POST', headers: intake, body: JSON.stringify(bigClaim(8_000, 'BIG-LANE-3')) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { rulesetVersion: string }).rulesetVersion).toBe(rulesetVersion);
  });
});
