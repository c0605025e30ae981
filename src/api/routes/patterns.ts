import type { RequestHandler } from 'express';
import { z } from 'zod';
import { forbidden } from '../../contract/outcome';
import { provinceScope } from '../../features/keys/principal';
import { PATTERN_METRIC_LABEL } from '../../features/patterns/metric-labels';
import { PATTERN_METRICS, type PatternMetric, type PatternStore } from '../../features/patterns/pattern-store';
import { principalOf } from '../auth/authenticate';
import { queryOf } from '../validate';

// GET /api/v1/patterns: the latest run's provider-level findings (issue 19), within the caller's provinces
// like the rankings; narrowed to one province, provider, metric or kind. Each finding carries its metric's Chinese
// name (`metricLabel`), the console's label.

const code = z.string().min(1).max(64);
export const patternQuery = z.strictObject({
  province: z.string().regex(/^\d{2}$/, 'must be a 2-digit province code').optional(),
  hospitalId: code.optional(),
  doctorId: code.optional(),
  metric: z.enum(PATTERN_METRICS as [PatternMetric, ...PatternMetric[]]).optional(),
  kind: z.enum(['doctor', 'institution']).optional(),
});

export function listPatterns(ctx: { store: PatternStore }): RequestHandler {
  return async (_req, res) => {
    const q = queryOf<z.infer<typeof patternQuery>>(res);
    const mine = provinceScope(principalOf(res));
    if (q.province && mine && !mine.includes(q.province)) throw forbidden(`province ${q.province} is outside your provinces`, 'outside-provinces');
    const provinces = q.province ? [q.province] : mine;
    const [run, findings] = await Promise.all([
      ctx.store.lastPatternRun(),
      ctx.store.patternFindings({ provinces, hospitalId: q.hospitalId, doctorId: q.doctorId, metric: q.metric }),
    ]);
    const items = (q.kind ? findings.filter((f) => f.providerKind === q.kind) : findings).map((f) => ({ ...f, metricLabel: PATTERN_METRIC_LABEL[f.metric] }));
    res.json({ run, scope: { provinces }, items });
  };
}
