import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { hashApiKey } from '../../src/api/auth/api-key';
import { silentLogger, testContext } from '../helpers/context';
import { tempDir } from '../helpers/temp-dir';

const ROOT = resolve(__dirname, '../..');
const PEPPER = 'cli-test-pepper-0123456789';
const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(ROOT, 'dist/src/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, AUTH_PEPPER: PEPPER, ...env } });

describe('keys create', () => {
  it('creates the first admin key, prints it once, stores only its hash, and the service accepts it', async () => {
    const dir = tempDir('keys-');
    const store = join(dir, 'review.db');
    const out = cli(['keys', 'create', '--role', 'admin', '--name', 'ops', '--store', store]);
    expect(out.stderr).toMatch(/created admin key [0-9a-f]{12} for ops/);
    expect(out.status).toBe(0);
    const key = out.stdout.trim();
    expect(key).toMatch(/^yb_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);

    const db = new Database(store, { readonly: true });
    const rows = db.prepare('SELECT * FROM api_keys').all() as { hash: string; role: string; name: string }[];
    const dump = JSON.stringify(db.prepare('SELECT * FROM api_keys').all()) + JSON.stringify(db.prepare('SELECT * FROM audit_trail').all());
    db.close();
    expect(rows).toEqual([expect.objectContaining({ role: 'admin', name: 'ops', hash: hashApiKey(key, PEPPER) })]);
    // The secret after the id (base64url: it may itself hold '_', so not split on it).
    const secret = key.slice('yb_'.length + 12 + 1);
    expect(secret).toHaveLength(43);
    expect(dump).not.toContain(secret);

    const { ctx, config } = testContext({ STORE_PATH: store, AUTH_PEPPER: PEPPER });
    const app = createApp({ ctx, config, logger: silentLogger });
    expect((await request(app).get('/api/v1/me').set('Authorization', `Bearer ${key}`).expect(200)).body).toMatchObject({ role: 'admin', name: 'ops' });
    await ctx.store.close();

    const scoped = cli(['keys', 'create', '--role', 'investigator', '--name', 'li', '--provinces', '51,22', '--store', store]);
    expect(scoped.status).toBe(0);
    expect(scoped.stderr).toMatch(/provinces 22, 51/);
    const unscoped = cli(['keys', 'create', '--role', 'investigator', '--name', 'li', '--store', store]);
    expect(unscoped.status).toBe(1);
    expect(unscoped.stderr).toMatch(/needs --provinces/);
    expect(cli(['keys', 'create', '--role', 'root', '--name', 'x', '--store', store]).status).toBe(1);
    expect(cli(['keys', 'create', '--role', 'auditor', '--name', 'x', '--provinces', 'sichuan', '--store', store]).stderr).toMatch(/2-digit/);
    const prod = cli(['keys', 'create', '--role', 'admin', '--name', 'x', '--store', store], { AUTH_PEPPER: '', NODE_ENV: 'production' });
    expect(prod.status).not.toBe(0);
  });
});
