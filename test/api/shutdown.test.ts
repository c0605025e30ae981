import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../../src/config';
import { startService } from '../../src/server';
import { silentLogger } from '../helpers/context';
import { makeOutpatientClaim } from '../helpers/fixtures';
import { makeKey } from '../helpers/auth';

describe('clean shutdown', () => {
  it('finishes and records every accepted claim, then refuses new connections', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shutdown-'));
    const storePath = join(dir, 'review.db');
    const config = loadConfig({ STORE_PATH: storePath, SAMPLE_DATA: 'off', PORT: '0', HOST: '127.0.0.1' });
    const service = await startService(config, silentLogger);
    const { port } = service.server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/api/v1/reviews/batch`;
    const key = await makeKey(service.ctx.store, 'intake');

    // Ten batches in flight at once; their size only needs to keep them working past the last one's arrival
    // (150 claims each; 300 each doubled the test's time and showed nothing more).
    const batches = Array.from({ length: 10 }, (_, b) =>
      Array.from({ length: 150 }, (_, i) => makeOutpatientClaim({ claimId: `S-${b}-${i}` })),
    );
    const requests = batches.map((claims) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify(claims) }),
    );
    // Once the server has received every request, ask it to stop while they are still being worked.
    while (service.requests().received < batches.length) await new Promise((r) => setTimeout(r, 1));
    expect(service.requests().inFlight).toBeGreaterThan(0);
    const stopped = service.shutdown('test');
    const responses = await Promise.all(requests);
    await stopped;

    expect(responses.map((r) => r.status)).toEqual(batches.map(() => 200));
    const db = new Database(storePath, { readonly: true });
    const n = (db.prepare('select count(*) as n from verdicts').get() as { n: number }).n;
    db.close();
    expect(n).toBe(1500);
    await expect(fetch(url, { method: 'POST', body: '[]' })).rejects.toThrow();
    // 1,500 claims and a service start: ~20 s on an idle machine, past jest's 60 s on a loaded one (seen once).
  }, 180_000);
});
