import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { provinceScope, type Principal } from '../../features/keys/principal';
import { rankProviders, type RankBy } from '../../features/rankings/rankings';
import { trendSeries } from '../../features/rankings/trend';
import { principalOf } from '../auth/authenticate';
import { forbidden } from '../../contract/outcome';
import { queryOf } from '../validate';
import type { rankingQuery, trendQuery } from './case-schemas';
import type { RankingScope } from '../../features/rankings/ranking-store';
import type { Store } from '../../features/stores';

/** The caller's provinces narrowed to the one asked for; asking for one outside them is refused. */
export function scopeOf(p: Principal, q: { province?: string; from?: string; to?: string }): RankingScope {
  const mine = provinceScope(p);
  if (q.province && mine && !mine.includes(q.province)) throw forbidden(`province ${q.province} is outside your provinces`, 'outside-provinces');
  return { provinces: q.province ? [q.province] : mine, from: q.from, to: q.to };
}

export function rankings(ctx: { store: Store }, by: RankBy): RequestHandler {
  return async (_req, res) => {
    const q = queryOf<z.infer<typeof rankingQuery>>(res);
    const scope = scopeOf(principalOf(res), q);
    const [facts, continued, findings] = await Promise.all([
      ctx.store.providerFacts(scope),
      ctx.store.continuedAfterBlock(),
      ctx.store.patternFindings({ provinces: scope.provinces }),
    ]);
    // The provider's own pattern findings of the latest run (GET /patterns has them whole).
    const patternsOf = (r: { hospitalId: string; doctorId: string | null }) =>
      findings
        .filter((f) => f.hospitalId === r.hospitalId && (by === 'hospital' ? f.providerKind === 'institution' : f.providerKind === 'doctor' && f.doctorId === r.doctorId))
        .map((f) => ({ metric: f.metric, itemCode: f.itemCode, title: f.title, shrunkRate: f.shrunkRate, peerRate: f.peerRate, ratio: f.ratio }));
    // Doctors who went on after a blocking 3101 finding (3103 dspo_way 1): evidence in itself.
    const continuedBy = (r: { hospitalId: string; doctorId: string | null }) =>
      continued.filter((c) => c.hospitalId === r.hospitalId && (by === 'hospital' || c.doctorId === r.doctorId)).reduce((n, c) => n + c.count, 0);
    const items = rankProviders(facts.providers, facts.rules, { by, sort: q.sort, limit: q.limit }).map((r) => ({
      ...r,
      flaggedAmount: r.flaggedAmountFen / 100,
      continuedAfterBlock: continuedBy(r),
      patterns: patternsOf(r),
    }));
    res.json({ by, sort: q.sort, scope, items });
  };
}

export function flagTrend(ctx: { store: Store }): RequestHandler {
  return async (_req, res) => {
    const q = queryOf<z.infer<typeof trendQuery>>(res);
    const scope = scopeOf(principalOf(res), q);
    const facts = await ctx.store.trendFacts(scope);
    res.json({ scope, ...trendSeries(facts.byMonth, facts.byFamily) });
  };
}
