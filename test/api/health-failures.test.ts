import { cpSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { storeWritesFailing, WRITE_FAILURE_HOLD_S } from '../../src/api/routes/health';
import { loadConfig } from '../../src/config';
import { startService, type RunningService } from '../../src/server';
import { createSqliteStore } from '../../src/features/stores';
import { makeKey } from '../helpers/auth';
import { silentLogger } from '../helpers/context';
import { makeClaim } from '../helpers/fixtures';
import { ruleDef } from '../helpers/rules';
import { tempDir } from '../helpers/temp-dir';

// Health that shows failures (issue 18 point 5): a store that cannot write makes /readyz not ready, rule files
// a reload refused are shown there, and /metrics counts both. The full disk is SQLite's page cap
// (STORE_MAX_PAGES → PRAGMA max_page_count on every connection, the review thread's too), not a mounted file system.

const RULES = resolve(__dirname, '../../rules');

const claim = (claimId: string) => {
  const c = makeClaim({ claimId });
  return { ...c, patient: { ...c.patient, insuredId: `INS-${claimId}` } };
};

/** The value of one series in Prometheus text, 0 when absent. */
function series(text: string, name: string, labels: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('health shows failures', () => {
  let service: RunningService;
  let url: string;
  let rulesDir: string;
  let intake: Record<string, string>;
  let admin: Record<string, string>;

  beforeAll(async () => {
    const dir = tempDir('health-');
    rulesDir = join(dir, 'rules');
    cpSync(RULES, rulesDir, { recursive: true });
    const storePath = join(dir, 'review.db');
    // The schema, then a cap a few dozen pages above it: room for the keys and a few claims, not for a batch.
    await createSqliteStore({ path: storePath }).close();
    const db = new Database(storePath);
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.close();
    const config = loadConfig({
      STORE_PATH: storePath, STORE_MAX_PAGES: String(pages + 40), RULES_DIR: rulesDir, RULES_WATCH: 'off', SAMPLE_DATA: 'off', PORT: '0', HOST: '127.0.0.1',
    });
    expect(config.reviewThread).toBe(true);
    service = await startService(config, silentLogger);
    url = `http://127.0.0.1:${(service.server.address() as AddressInfo).port}`;
    intake = { 'content-type': 'application/json', authorization: `Bearer ${await makeKey(service.ctx.store, 'intake')}` };
    admin = { 'content-type': 'application/json', authorization: `Bearer ${await makeKey(service.ctx.store, 'admin')}` };
  });
  afterAll(() => service?.shutdown('test'));

  const get = async (path: string) => {
    const res = await fetch(`${url}${path}`);
    return { status: res.status, text: await res.text() };
  };
  const post = async (path: string, body: unknown, h = intake) => {
    const res = await fetch(`${url}${path}`, { method: 'POST', headers: h, body: JSON.stringify(body) });
    return { status: res.status, headers: res.headers, body: (await res.json()) as any };
  };

  it('reports rule files a reload refused (active version, refused version, error) and counts the failure', async () => {
    const ready = JSON.parse((await get('/readyz')).text);
    const active = ready.rulesetVersion; // the review thread's, which judges
    expect(ready).toMatchObject({ status: 'ready', rules: { active, rejected: null } });

    const bad = join(rulesDir, 'catalogue', 'zz-bad.rules.json');
    writeFileSync(bad, JSON.stringify({ rules: [ruleDef({ id: 'catalogue.bad', conditions: { all: [{ fact: 'noSuchFact', operator: 'equal', value: 1 }] } })] }));
    expect((await post('/api/v1/rules/reload', {}, admin)).status).toBe(422);
    const r = await get('/readyz');
    expect(r.status).toBe(200); // the last good set keeps judging
    const body = JSON.parse(r.text);
    expect(body.rules).toEqual({
      active,
      rejected: { version: expect.stringMatching(/^rs-[0-9a-f]{16}$/), file: 'catalogue/zz-bad.rules.json', ruleId: 'catalogue.bad', error: expect.stringMatching(/unknown fact "noSuchFact"/), at: expect.any(String) },
    });
    expect(body.rules.rejected.version).not.toBe(active);
    expect(series((await get('/metrics')).text, 'reload_failures_total', 'what="rules"')).toBe(1);
    expect((await post('/api/v1/models/reload', { name: 'ae-19990101-deadbeef' }, admin)).status).toBe(422);
    expect(series((await get('/metrics')).text, 'reload_failures_total', 'what="model"')).toBe(1);

    writeFileSync(bad, JSON.stringify({ rules: [ruleDef({ id: 'catalogue.bad' })] }));
    const fixed = await post('/api/v1/rules/reload', {}, admin);
    expect(fixed.status).toBe(200);
    expect(JSON.parse((await get('/readyz')).text).rules).toEqual({ active: fixed.body.rulesetVersion, rejected: null });
  });

  it('turns not ready when the store cannot write, and counts the failed writes', async () => {
    const before = await get('/readyz');
    expect(before.status).toBe(200);
    expect(JSON.parse(before.text)).toMatchObject({ status: 'ready', storeWritable: true });

    // A batch far bigger than the room left: the review thread's write fails with SQLITE_FULL.
    const big = await post('/api/v1/reviews/batch', { claims: Array.from({ length: 400 }, (_, i) => claim(`FULL-${i}`)) });
    // What a full disk answers (not a bare 500): 503, when to send again, and the store's code.
    expect(big.status).toBe(503);
    expect(big.headers.get('retry-after')).toBe('30');
    expect(big.body).toMatchObject({ code: 'store-unavailable', error: expect.stringMatching(/store cannot write/) });

    const after = await get('/readyz');
    expect(after.status).toBe(503);
    expect(JSON.parse(after.text)).toMatchObject({ status: 'not ready', store: true, storeWritable: false });
    expect(series((await get('/metrics')).text, 'store_write_failures_total', 'code="SQLITE_FULL"')).toBeGreaterThanOrEqual(1);
  });
});

describe('store write failure state', () => {
  const gauge = (values: { thread: string; value: number }[]) => [
    [{ name: 'store_writes_failing_since_seconds', help: '', type: 'gauge', aggregator: 'sum', values: values.map((v) => ({ labels: { thread: v.thread }, value: v.value })) }],
  ] as never;

  it('is failing while any thread’s last write failed, until a write succeeds or the hold has passed', () => {
    const now = 1_800_000_000;
    expect(storeWritesFailing(gauge([{ thread: 'main', value: 0 }, { thread: 'thread-1', value: 0 }]), now)).toBe(false);
    expect(storeWritesFailing(gauge([{ thread: 'main', value: 0 }, { thread: 'thread-1', value: now - 1 }]), now)).toBe(true);
    expect(storeWritesFailing(gauge([{ thread: 'main', value: now - WRITE_FAILURE_HOLD_S }]), now)).toBe(false);
  });
});
