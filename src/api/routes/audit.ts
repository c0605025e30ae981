import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { queryOf } from '../validate';
import type { auditQuery } from './case-schemas';
import type { Store } from '../../features/stores';

/** GET /audit: the trail in append order, paged by seq (`after`). There is no route that changes it. */
export function listAudit(ctx: { store: Store }): RequestHandler {
  return async (_req, res) => {
    const q = queryOf<z.infer<typeof auditQuery>>(res);
    const entries = await ctx.store.listAudit({ claimId: q.claimId, after: q.after, limit: q.limit });
    res.json({ entries, next: entries.length === q.limit ? entries[entries.length - 1].seq : null });
  };
}
