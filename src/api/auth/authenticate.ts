import type { RequestHandler, Response } from 'express';
import type { Principal } from '../../cases/principal';
import type { CaseWorkStore, Role } from '../../store/case-work-store';
import { Forbidden, Unauthorized } from '../errors';
import { apiKeyId, apiKeyMatches } from './api-key';

// `auth('investigator', 'auditor')` on a route: the request must carry a live key of one of those roles.
// The key comes as `Authorization: Bearer <key>` or `X-API-Key: <key>`; the principal is left in res.locals.

export type Auth = (...roles: Role[]) => RequestHandler;

export function authenticator(store: Pick<CaseWorkStore, 'findApiKey'>, pepper: string): Auth {
  return (...roles) =>
    async (req, res, next) => {
      const key = presentedKey(req.get('authorization'), req.get('x-api-key'));
      if (!key) throw new Unauthorized();
      const id = apiKeyId(key);
      const record = id ? await store.findApiKey(id) : undefined;
      if (!record || record.revokedAt !== null || !apiKeyMatches(key, record.hash, pepper)) {
        throw new Unauthorized('invalid or revoked API key');
      }
      const principal: Principal = { keyId: record.id, name: record.name, role: record.role, provinces: record.provinces };
      res.locals.principal = principal;
      if (roles.length && !roles.includes(record.role)) {
        throw new Forbidden(`role ${record.role} may not do this (needs ${roles.join(' or ')})`);
      }
      next();
    };
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
  if (!p) throw new Unauthorized();
  return p;
}
