import { Agent, get, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { drainableServer, type DrainableServer } from '../../src/api/http-drain';
import { loadConfig } from '../../src/config';

// The keep-alive timeout a load balancer needs: a drain that waited for it would run past every test's guard.
const KEEP_ALIVE_MS = 65_000;
const GRACE_MS = 60_000;

/** A drainable server whose requests wait until the test answers them: next() is the next request's response. */
async function heldServer(): Promise<{ http: DrainableServer; url: string; next: () => Promise<ServerResponse> }> {
  const http = drainableServer({ keepAliveMs: KEEP_ALIVE_MS });
  const arrived: ServerResponse[] = [];
  const takers: ((res: ServerResponse) => void)[] = [];
  http.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    const take = takers.shift();
    if (take) take(res);
    else arrived.push(res);
  });
  const next = () => (arrived.length ? Promise.resolve(arrived.shift()!) : new Promise<ServerResponse>((r) => takers.push(r)));
  await new Promise<void>((r) => http.server.listen(0, '127.0.0.1', r));
  const { port } = http.server.address() as AddressInfo;
  return { http, url: `http://127.0.0.1:${port}/`, next };
}

/** GET on a keep-alive agent that keeps its idle socket: the client that holds a connection open. */
function getKept(url: string, agent: Agent): Promise<{ status: number; connection: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, body }));
    }).on('error', reject);
  });
}

const agents: Agent[] = [];
const keptAgent = () => {
  const a = new Agent({ keepAlive: true, keepAliveMsecs: KEEP_ALIVE_MS });
  agents.push(a);
  return a;
};
afterEach(() => agents.splice(0).forEach((a) => a.destroy()));

describe('drainable HTTP server', () => {
  it('sets the keep-alive timeout, and the headers timeout above it', () => {
    const { server } = drainableServer({ keepAliveMs: KEEP_ALIVE_MS });
    expect(server.keepAliveTimeout).toBe(65_000);
    expect(server.headersTimeout).toBe(66_000);
  });

  it('closes a connection left idle by a client at once', async () => {
    const s = await heldServer();
    const agent = keptAgent();
    const answered = getKept(s.url, agent);
    (await s.next()).end('ok');
    expect((await answered).connection).toBe('keep-alive');
    const t0 = Date.now();
    expect(await s.http.drain(GRACE_MS)).toEqual({ cutOff: 0 });
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it('answers a request in flight with Connection: close and closes its connection as soon as it ends', async () => {
    const s = await heldServer();
    const agent = keptAgent();
    const answered = getKept(s.url, agent);
    const res = await s.next();
    expect(s.http.requests()).toEqual({ received: 1, inFlight: 1 });
    const drained = s.http.drain(GRACE_MS);
    expect(s.http.draining()).toBe(true);
    res.end('done');
    expect(await answered).toEqual({ status: 200, connection: 'close', body: 'done' });
    const t0 = Date.now();
    expect(await drained).toEqual({ cutOff: 0 });
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(s.http.requests()).toEqual({ received: 1, inFlight: 0 });
  });

  it('closes a connection whose response had begun before the drain once that response ends', async () => {
    const s = await heldServer();
    const agent = keptAgent();
    const answered = getKept(s.url, agent);
    const res = await s.next();
    // A streamed answer (an export): its headers went out with keep-alive before the drain began.
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('part one, ');
    const drained = s.http.drain(GRACE_MS);
    res.end('part two');
    expect(await answered).toEqual({ status: 200, connection: 'keep-alive', body: 'part one, part two' });
    const t0 = Date.now();
    expect(await drained).toEqual({ cutOff: 0 });
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it('tells a request whose headers arrive during the drain to close its connection', async () => {
    const s = await heldServer();
    const { port } = s.http.server.address() as AddressInfo;
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    socket.setEncoding('utf8').on('data', (c: string) => (reply += c));
    const ended = new Promise((r) => socket.on('close', r));
    // Half the request's headers: the connection is busy (not idle) when the drain begins.
    await new Promise<void>((r) => socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n', () => r()));
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 10));
    const drained = s.http.drain(GRACE_MS);
    socket.write('\r\n');
    (await s.next()).end('late');
    await ended;
    expect(reply).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(reply).toMatch(/\r\nConnection: close\r\n/i);
    expect(await drained).toEqual({ cutOff: 0 });
  });

  it('closes what is still open after the grace period, counting the requests it cut off', async () => {
    const s = await heldServer();
    const answered = getKept(s.url, keptAgent());
    await s.next(); // never answered
    const t0 = Date.now();
    expect(await s.http.drain(200)).toEqual({ cutOff: 1 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
    await expect(answered).rejects.toThrow(/socket hang up|ECONNRESET/);
  });
});

describe('HTTP keep-alive and shutdown configuration', () => {
  it('keeps idle connections 65 s by default, above a load balancer’s 60 s, and gives a shutdown 20 s', () => {
    expect(loadConfig({}).http).toEqual({ keepAliveMs: 65_000, shutdownGraceMs: 20_000 });
    expect(loadConfig({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '120000', SHUTDOWN_GRACE_MS: '5000' }).http).toEqual({ keepAliveMs: 120_000, shutdownGraceMs: 5_000 });
  });

  it('refuses at start a keep-alive timeout its headers timeout could not follow, or none at all', () => {
    // The headers timeout (1 s above) may not pass Node's 300 s request timeout: createServer would throw.
    expect(() => loadConfig({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '300000' })).toThrow(/HTTP_KEEP_ALIVE_TIMEOUT_MS/);
    expect(() => drainableServer({ keepAliveMs: 299_000 })).not.toThrow();
    expect(() => loadConfig({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '0' })).toThrow(/HTTP_KEEP_ALIVE_TIMEOUT_MS/);
    expect(() => loadConfig({ SHUTDOWN_GRACE_MS: '-1' })).toThrow(/SHUTDOWN_GRACE_MS/);
    expect(() => loadConfig({ SHUTDOWN_GRACE_MS: 'soon' })).toThrow(/SHUTDOWN_GRACE_MS/);
  });
});
