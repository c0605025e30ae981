import { createApiKey } from '../../src/api/auth/create-key';
import { createApp } from '../../src/api/app';
import { DEV_AUTH_PEPPER } from '../../src/config';
import type { CaseStore } from '../../src/features/cases/case-store';
import type { KeyStore } from '../../src/features/keys/key-store';
import { silentLogger, testContext } from './context';
import type { Role } from '../../src/contract/records';

// API keys for tests: every /api/v1 route except health and metrics needs one.

const SETUP = { keyId: 'test', name: 'test-setup', role: 'admin' as const, provinces: [] };

/** A live key of that role (and provinces) in the store; returns the key text. */
export async function makeKey(
  store: Pick<KeyStore, 'createApiKey'> & Pick<CaseStore, 'appendAudit'>,
  role: Role,
  provinces: string[] = [],
  opts: { name?: string; pepper?: string } = {},
): Promise<string> {
  const spec = { name: opts.name ?? `${role}-${provinces.join('-') || 'all'}`, role, provinces: (role === 'investigator' || role === 'supervisor') && !provinces.length ? ['51'] : provinces };
  return (await createApiKey(store, spec, opts.pepper ?? DEV_AUTH_PEPPER, SETUP)).key;
}

/** Headers carrying a key: `request(app).get(url).set(await withKey(store, 'intake'))`. */
export async function withKey(
  store: Pick<KeyStore, 'createApiKey'> & Pick<CaseStore, 'appendAudit'>,
  role: Role,
  provinces: string[] = [],
  opts: { name?: string; pepper?: string } = {},
): Promise<{ Authorization: string }> {
  return { Authorization: `Bearer ${await makeKey(store, role, provinces, opts)}` };
}

/** testContext + createApp, with a key per role ready (admin, intake, auditor; investigator scoped to 51). */
export async function authedApp(env: Record<string, string> = {}) {
  const { ctx, config, dir } = testContext(env);
  const app = createApp({ ctx, config, logger: silentLogger });
  const as = {
    admin: await withKey(ctx.store, 'admin'),
    intake: await withKey(ctx.store, 'intake'),
    auditor: await withKey(ctx.store, 'auditor'),
    investigator: await withKey(ctx.store, 'investigator', ['51']),
  };
  return { ctx, config, dir, app, as };
}
