import type { RequestHandler, Response } from 'express';
import type { Principal } from '../../features/keys/principal';
import type { KeyStore } from '../../features/keys/key-store';
import { forbidden, unauthenticated } from '../../contract/outcome';
import { apiKeyId, apiKeyMatches } from './api-key';
import type { Role } from '../../contract/records';
import type { ApiKeyRecord } from '../../features/keys/key-store';

// `auth('investigator', 'auditor')` on a route: the request must carry a live key of one of those roles.
// The key comes as `Authorization: Bearer <key>` or `X-API-Key: <key>`; the principal is left in res.locals.

export type Auth = (...roles: Role[]) => RequestHandler;

export interface Authenticator {
  auth: Auth;
  /** Drops a key from the cache of checked keys: a key revoked here stops working at once. */
  forget(keyId: string): void;
}

/**
 * How long a checked key is trusted without asking the store again. A settlement system sends hundreds of
 * requests a second on one key; the store lookup and the HMAC were ~10% of a review's time. A key revoked by
 * another instance, or in the store directly, stops working within this time; one revoked here, at once.
 */
export const KEY_CHECK_TTL_MS = 5_000;
/** Only keys that passed are cached, so this bounds nothing an outsider controls; it is a guard, not an LRU. */
const MAX_CACHED_KEYS = 1_000;

export function authenticator(store: Pick<KeyStore, 'findApiKey'>, pepper: string, now: () => number = Date.now): Authenticator {
  const checked = new Map<string, { record: ApiKeyRecord; until: number }>();

  async function liveRecord(key: string): Promise<ApiKeyRecord | null> {
    const hit = checked.get(key);
    if (hit && hit.until > now()) return hit.record;
    const id = apiKeyId(key);
    const record = id ? await store.findApiKey(id) : undefined;
    if (!record || record.revokedAt !== null || !apiKeyMatches(key, record.hash, pepper)) {
      checked.delete(key);
      return null;
    }
    if (checked.size >= MAX_CACHED_KEYS) checked.clear();
    checked.set(key, { record, until: now() + KEY_CHECK_TTL_MS });
    return record;
  }

  const forget = (keyId: string) => {
    for (const [key, { record }] of checked) if (record.id === keyId) checked.delete(key);
  };

  const auth: Auth = (...roles) =>
    async (req, res, next) => {
      const key = presentedKey(req.get('authorization'), req.get('x-api-key'));
      if (!key) throw unauthenticated();
      const record = await liveRecord(key);
      if (!record) throw unauthenticated('invalid or revoked API key');
      const principal: Principal = { keyId: record.id, name: record.name, role: record.role, provinces: record.provinces };
      res.locals.principal = principal;
      if (roles.length && !roles.includes(record.role)) {
        throw forbidden(`role ${record.role} may not do this (needs ${roles.join(' or ')})`, 'role-not-allowed');
      }
      next();
    };
  return { auth, forget };
}

function presentedKey(authorization: string | undefined, xApiKey: string | undefined): string | null {
  if (authorization) {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    return m ? m[1] : null;
  }
  return xApiKey?.trim() || null;
}

/** The principal auth() left on the response. */
export function principalOf(res: Response): Principal {
  const p = res.locals.principal as Principal | undefined;
  if (!p) throw unauthenticated();
  return p;
}
