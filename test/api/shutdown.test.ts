import { Agent, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../../src/config';
import { startService } from '../../src/server';
import { silentLogger } from '../helpers/context';
import { makeOutpatientClaim } from '../helpers/fixtures';
import { makeKey } from '../helpers/auth';
import { tempDir } from '../helpers/temp-dir';

describe('clean shutdown', () => {
  it('finishes and records every accepted claim, closes each connection as its answer ends, then refuses new connections', async () => {
    const dir = tempDir('shutdown-');
    const storePath = join(dir, 'review.db');
    // A grace period no loaded machine reaches: every request in flight must be answered.
    const config = loadConfig({ STORE_PATH: storePath, SAMPLE_DATA: 'off', PORT: '0', HOST: '127.0.0.1', SHUTDOWN_GRACE_MS: '170000' });
    const service = await startService(config, silentLogger);
    // The load balancer's keep-alive: a drain that waited for connections to time out would take over a minute.
    expect(service.server.keepAliveTimeout).toBe(65_000);
    const serverClosed = new Promise<number>((r) => service.server.once('close', () => r(Date.now())));
    const { port } = service.server.address() as AddressInfo;
    // A client holding an idle keep-alive connection from before the shutdown.
    const agent = new Agent({ keepAlive: true });
    const idle = await new Promise<string | undefined>((resolve, reject) =>
      get(`http://127.0.0.1:${port}/healthz`, { agent }, (res) => res.resume().on('end', () => resolve(res.headers.connection))).on('error', reject),
    );
    expect(idle).toBe('keep-alive');
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
    // Once the server has received every request (the idle client's too), ask it to stop while they are still being worked.
    while (service.requests().received < 1 + batches.length) await new Promise((r) => setTimeout(r, 1));
    expect(service.requests().inFlight).toBeGreaterThan(0);
    const stopped = service.shutdown('test');
    const responses = await Promise.all(requests);
    const answeredAt = Date.now();
    await stopped;
    agent.destroy();

    expect(responses.map((r) => r.status)).toEqual(batches.map(() => 200));
    // In flight when the drain began: each answer tells its client not to reuse the connection, and the server
    // closes as soon as the last one has gone, not a keep-alive timeout later.
    expect(responses.map((r) => r.headers.get('connection'))).toEqual(batches.map(() => 'close'));
    expect((await serverClosed) - answeredAt).toBeLessThan(3_000);
    const db = new Database(storePath, { readonly: true });
    const n = (db.prepare('select count(*) as n from verdicts').get() as { n: number }).n;
    db.close();
    expect(n).toBe(1500);
    await expect(fetch(url, { method: 'POST', body: '[]' })).rejects.toThrow();
    // 1,500 claims and a service start: ~20 s on an idle machine, past jest's 60 s on a loaded one (seen once).
  }, 180_000);
});
