import type { RequestHandler } from 'express';
import { z } from 'zod';
import { invalid } from '../../contract/outcome';
import type { RankingStore } from '../../features/rankings/ranking-store';
import { principalOf } from '../auth/authenticate';
import { queryOf } from '../validate';
import { calendarDay as day } from './calendar-day';
import { scopeOf } from './rankings';

// GET /api/v1/providers/claims: every reviewed claim of one institution (or one of its doctors) within the
// caller's provinces, newest service date first, a page at a time: the institution and doctor pages' claim list.
// Read from the verdict rows' columns (no identifiers there to mask); a claim that is a case carries its status.

const code = z.string().min(1).max(64);
export const providerClaimsQuery = z
  .strictObject({
    hospitalId: code,
    doctorId: code.optional(),
    province: z.string().regex(/^\d{2}$/, 'must be a 2-digit province code').optional(),
    from: day.optional(),
    to: day.optional(),
    flagged: z.enum(['true', 'false']).optional(),
    limit: z.string().regex(/^\d{1,3}$/, 'must be a whole number').transform(Number).pipe(z.number().min(1).max(200)).default(50),
    cursor: z.string().max(300).optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'from is after to', path: ['from'] });

type Cursor = { serviceDate: string; claimId: string };
const encode = (c: Cursor) => Buffer.from(JSON.stringify([c.serviceDate, c.claimId])).toString('base64url');
function decode(text: string): Cursor {
  try {
    const v: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v[0]) && typeof v[1] === 'string') {
      return { serviceDate: v[0], claimId: v[1] };
    }
  } catch {
    // falls through to the refusal
  }
  throw invalid('bad query: cursor: is not a cursor of this list', [{ path: 'cursor', message: 'is not a cursor of this list' }], 'bad-cursor');
}

export function providerClaims(ctx: { store: RankingStore }): RequestHandler {
  return async (_req, res) => {
    const q = queryOf<z.infer<typeof providerClaimsQuery>>(res);
    const scope = scopeOf(principalOf(res), q);
    const page = await ctx.store.providerClaims({
      scope,
      hospitalId: q.hospitalId,
      doctorId: q.doctorId,
      flagged: q.flagged === undefined ? undefined : q.flagged === 'true',
      after: q.cursor === undefined ? undefined : decode(q.cursor),
      limit: q.limit,
    });
    const last = page.items.at(-1);
    res.json({
      scope,
      total: page.total,
      items: page.items.map((c) => ({ ...c, total: c.totalFen / 100, fundClaimed: c.fundClaimedFen / 100, amountAtStake: c.amountAtStakeFen / 100 })),
      next: page.more && last ? encode(last) : null,
    });
  };
}
