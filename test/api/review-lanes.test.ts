import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { BIG_BODY_BYTES } from '../../src/api/review-thread/review-lanes';
import { createLaneGate, gateArrivals, openLaneGate } from '../../src/api/review-thread/lane-gate';
import { loadConfig } from '../../src/config';
import { startService, type RunningService } from '../../src/server';
import { wholeText } from '../../src/store/sqlite/stored-parts';
import { makeKey } from '../helpers/auth';
import { bigClaim } from '../helpers/big-claim';
import { silentLogger } from '../helpers/context';
import { makeClaim } from '../helpers/fixtures';
import { tempDir } from '../helpers/temp-dir';

// Issue 18, point 8: a big claim is reviewed off the small requests' path (its own review lane), so a small
// claim sent while a big one is in review is answered before it. Shown by order, not by timing: the big lane
// is held at a gate (lane-gate.ts) with the big body in hand, for as long as the test likes; small claims are
// answered and stored meanwhile; then the gate opens and the big one is answered, its verdict stored.

describe('review lanes', () => {
  let service: RunningService;
  let url: string;
  let intake: Record<string, string>;
  let rulesDir: string;
  const gate = createLaneGate();
  let storePath: string;

  beforeAll(async () => {
    const dir = tempDir('review-lanes-');
    rulesDir = join(dir, 'rules');
    cpSync(resolve(__dirname, '../../rules'), rulesDir, { recursive: true });
    storePath = join(dir, 'review.db');
    const config = loadConfig({ STORE_PATH: storePath, RULES_DIR: rulesDir, RULES_WATCH: 'off', SAMPLE_DATA: 'off', LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1' });
    service = await startService(config, silentLogger, { bigLaneGate: gate });
    url = `http://127.0.0.1:${(service.server.address() as AddressInfo).port}`;
    intake = { 'content-type': 'application/json', authorization: `Bearer ${await makeKey(service.ctx.store, 'intake')}` };
  });
  afterAll(() => {
    openLaneGate(gate); // never left holding a body
    return service?.shutdown('test');
  });

  /** Bodies each lane holds now, from /metrics (answered on the HTTP thread, whatever the lanes are doing). */
  const inLane = async (lane: string) => {
    const text = await (await fetch(`${url}/metrics`)).text();
    return Number(new RegExp(`^review_lane_bodies\\{lane="${lane}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  };

  it('answers and stores small claims while the big lane is held with a big claim; the big one after, stored before its answer', async () => {
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
    // The big lane holds the body at the gate, as long as the test likes: as if judging it took that long.
    while (gateArrivals(gate) === 0) await new Promise((r) => setTimeout(r, 10));
    expect(await inLane('big')).toBe(1);

    // Single claims (two members) and a batch, answered and stored meanwhile.
    for (const claimId of ['SMALL-LANE-1', 'SMALL-LANE-2']) {
      const small = await fetch(`${url}/api/v1/reviews`, { method: 'POST', headers: intake, body: JSON.stringify(makeClaim({ claimId, patient: { ...makeClaim().patient, insuredId: `INS-${claimId}` } })) });
      expect(small.status).toBe(200);
      expect(((await small.json()) as { claimId: string }).claimId).toBe(claimId);
      expect(await service.ctx.store.getVerdict(claimId)).toBeDefined();
    }
    const batch = await fetch(`${url}/api/v1/reviews/batch`, { method: 'POST', headers: intake, body: JSON.stringify([makeClaim({ claimId: 'SMALL-LANE-3' })]) });
    expect(batch.status).toBe(200);
    order.push('small');
    expect(await service.ctx.store.getVerdict('BIG-LANE-1')).toBeUndefined();
    expect(await inLane('big')).toBe(1);

    openLaneGate(gate);
    const answered = await bigAnswer;
    expect(order).toEqual(['small', 'big']);
    expect(answered.status).toBe(200);
    // A long answer leaves the review thread as bytes (review-thread-messages.ts): the same JSON, the same type.
    expect(answered.type).toBe('application/json; charset=utf-8');
    expect(answered.body.claimId).toBe('BIG-LANE-1');
    expect(answered.body.hits.length).toBeGreaterThan(10_000);
    // Its texts went to the store as parts, written by the lane's part writer (part-writer.ts), whole again on reading.
    expect((await service.ctx.store.getVerdict('BIG-LANE-1'))?.decision).toBe(answered.body.decision);
    const db = new Database(storePath, { readonly: true });
    try {
      const parts = db.prepare('SELECT COUNT(*) FROM stored_parts WHERE claim_id = ?').pluck().get('BIG-LANE-1') as number;
      expect(parts).toBeGreaterThan(1);
      const text = db.prepare(`SELECT ${wholeText('verdict')} FROM verdicts WHERE claim_id = ?`).pluck().get('BIG-LANE-1') as string;
      expect(JSON.parse(text)).toEqual(answered.body);
    } finally {
      db.close();
    }
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
    openLaneGate(gate);
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
