import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { auditEntry } from '../../features/cases/audit-entry';
import { createApiKey } from '../auth/create-key';
import { principalOf } from '../auth/authenticate';
import { invalid, notFound } from '../../contract/outcome';
import { bodyOf } from '../validate';
import type { createKeyBody } from './case-schemas';
import type { Store } from '../../features/stores';

export function whoAmI(): RequestHandler {
  return (_req, res) => {
    const p = principalOf(res);
    res.json({ keyId: p.keyId, name: p.name, role: p.role, provinces: p.provinces });
  };
}

export function listKeys(ctx: { store: Store }): RequestHandler {
  return async (_req, res) => {
    const keys = await ctx.store.listApiKeys();
    res.json({ keys: keys.map(({ hash: _hash, ...k }) => k) });
  };
}

/** POST /keys: the key is in this response only. */
export function createKey(ctx: { store: Store }, pepper: string): RequestHandler {
  return async (_req, res) => {
    const spec = bodyOf<z.infer<typeof createKeyBody>>(res);
    try {
      res.status(201).json(await createApiKey(ctx.store, spec, pepper, principalOf(res)));
    } catch (err) {
      if (err instanceof RangeError) throw invalid(err.message, [{ path: 'provinces', message: err.message }]);
      throw err;
    }
  };
}

/** `forget` drops the key from the authenticator's cache, so the revoked key fails on its next request. */
export function revokeKey(ctx: { store: Store }, forget: (keyId: string) => void): RequestHandler {
  return async (req, res) => {
    const id = String(req.params.keyId);
    const revoked = await ctx.store.revokeApiKey(id, new Date().toISOString());
    forget(id);
    if (!revoked) throw notFound(`live key ${id}`);
    await ctx.store.appendAudit([auditEntry(principalOf(res), 'key-revoke', null, id, null)]);
    res.json({ id, revoked: true });
  };
}
