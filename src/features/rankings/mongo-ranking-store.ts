import type { PipelineStage } from 'mongoose';
import { FilterValueError } from '../cases/case-filter';
import type { Family } from '../../contract/verdict';
import type { Models } from '../../store/mongo/schemas';
import type { CaseStatus } from '../../contract/records';
import type { MonthFact, ProviderClaim, ProviderFact, ProviderRuleFact, RankingScope, RankingStore, TrendFact } from './ranking-store';

// Rankings and trend facts as aggregation pipelines over the verdict rows, the same groups and sums as the
// SQL of sqlite/case-work.ts. Pipelines are not cast by mongoose, so the scope is checked to be plain strings
// before it goes into a $match.

const FLAGGED = { $ne: ['$decision', 'pass'] };
/** A missing doctorId groups with null (no doctor named), as SQL's GROUP BY puts NULLs together. */
const DOCTOR = { $ifNull: ['$doctorId', null] };
const ifFlagged = (v: unknown) => ({ $cond: [FLAGGED, v, 0] });

function scopeMatch(s: RankingScope): Record<string, unknown> {
  const isString = (v: unknown) => typeof v === 'string';
  if (s.provinces !== undefined && (!Array.isArray(s.provinces) || !s.provinces.every(isString))) {
    throw new FilterValueError('scope provinces must be strings');
  }
  if ((s.from !== undefined && !isString(s.from)) || (s.to !== undefined && !isString(s.to))) {
    throw new FilterValueError('scope dates must be strings');
  }
  const match: Record<string, unknown> = {};
  if (s.provinces !== undefined) match.province = { $in: s.provinces.map(String) };
  const dates: Record<string, string> = {};
  if (s.from !== undefined) dates.$gte = s.from;
  if (s.to !== undefined) dates.$lte = s.to;
  if (Object.keys(dates).length) match.serviceDate = dates;
  return match;
}

type Grouped<K, V> = { _id: K } & V;
type ProviderKey = { hospitalId: string; doctorId?: string | null; region: string; hospitalLevel: number };

export function mongoRankingStore(m: Models): RankingStore {
  const cases = m.Case.collection.name;
  return {
    async providerClaims(q) {
      const isString = (v: unknown) => typeof v === 'string';
      if (!isString(q.hospitalId) || (q.doctorId !== undefined && !isString(q.doctorId))) throw new FilterValueError('provider codes must be strings');
      const match: Record<string, unknown> = { ...scopeMatch(q.scope), hospitalId: q.hospitalId };
      if (q.doctorId !== undefined) match.doctorId = q.doctorId;
      if (q.flagged !== undefined) match.decision = q.flagged ? { $ne: 'pass' } : 'pass';
      const page: Record<string, unknown> = { ...match };
      if (q.after) {
        if (!isString(q.after.serviceDate) || !isString(q.after.claimId)) throw new FilterValueError('cursor values must be strings');
        page.$or = [{ serviceDate: { $lt: q.after.serviceDate } }, { serviceDate: q.after.serviceDate, _id: { $gt: q.after.claimId } }];
      }
      type Row = { _id: string; serviceDate: string; visitType: string; department?: string | null; doctorId?: string | null; decision: ProviderClaim['decision'];
        riskScore: number; totalFen: number; fundClaimedFen: number; amountAtStakeFen: number; ruleIds: string[]; case: { status: CaseStatus }[] };
      const [rows, total] = await Promise.all([
        m.Verdict.aggregate<Row>([
          { $match: page },
          { $sort: { serviceDate: -1, _id: 1 } },
          { $limit: q.limit + 1 },
          { $project: { verdict: 0 } },
          { $lookup: { from: cases, localField: '_id', foreignField: '_id', pipeline: [{ $project: { _id: 0, status: 1 } }], as: 'case' } },
        ]),
        m.Verdict.countDocuments(match),
      ]);
      const items: ProviderClaim[] = rows.slice(0, q.limit).map((r) => ({
        claimId: r._id, serviceDate: r.serviceDate, visitType: r.visitType, department: r.department ?? null, doctorId: r.doctorId ?? null,
        decision: r.decision, riskScore: r.riskScore, totalFen: r.totalFen, fundClaimedFen: r.fundClaimedFen, amountAtStakeFen: r.amountAtStakeFen,
        ruleIds: r.ruleIds ?? [], caseStatus: r.case[0]?.status ?? null,
      }));
      return { items, more: rows.length > q.limit, total };
    },
    async providerFacts(scope) {
      const match = scopeMatch(scope);
      const providersPipeline: PipelineStage[] = [
        { $match: match },
        // Only the case's status comes across (not the whole claim): confirmed and dismissed are case outcomes.
        { $lookup: { from: cases, localField: '_id', foreignField: '_id', pipeline: [{ $project: { _id: 0, status: 1 } }], as: 'case' } },
        { $set: { caseStatus: { $first: '$case.status' } } },
        {
          $group: {
            _id: { hospitalId: '$hospitalId', doctorId: DOCTOR, region: '$region', hospitalLevel: '$hospitalLevel' },
            claims: { $sum: 1 },
            flagged: { $sum: ifFlagged(1) },
            flaggedAmountFen: { $sum: ifFlagged('$amountAtStakeFen') },
            riskSum: { $sum: '$riskScore' },
            confirmed: { $sum: { $cond: [{ $eq: ['$caseStatus', 'confirmed'] }, 1, 0] } },
            dismissed: { $sum: { $cond: [{ $eq: ['$caseStatus', 'dismissed'] }, 1, 0] } },
          },
        },
      ];
      const rulesPipeline: PipelineStage[] = [
        { $match: { ...match, decision: { $ne: 'pass' } } },
        { $unwind: '$ruleIds' },
        {
          $group: {
            _id: { hospitalId: '$hospitalId', doctorId: DOCTOR, ruleId: '$ruleIds' },
            flagged: { $sum: 1 },
            amountFen: { $sum: '$amountAtStakeFen' },
          },
        },
      ];
      type P = Grouped<ProviderKey, Omit<ProviderFact, keyof ProviderKey>>;
      type R = Grouped<{ hospitalId: string; doctorId?: string | null; ruleId: string }, { flagged: number; amountFen: number }>;
      const [p, r] = await Promise.all([m.Verdict.aggregate<P>(providersPipeline), m.Verdict.aggregate<R>(rulesPipeline)]);
      const providers: ProviderFact[] = p.map((g) => ({
        hospitalId: g._id.hospitalId,
        doctorId: g._id.doctorId ?? null,
        region: g._id.region,
        hospitalLevel: g._id.hospitalLevel,
        claims: g.claims,
        flagged: g.flagged,
        flaggedAmountFen: g.flaggedAmountFen,
        riskSum: g.riskSum,
        confirmed: g.confirmed,
        dismissed: g.dismissed,
      }));
      const rules: ProviderRuleFact[] = r.map((g) => ({
        hospitalId: g._id.hospitalId,
        doctorId: g._id.doctorId ?? null,
        ruleId: g._id.ruleId,
        flagged: g.flagged,
        amountFen: g.amountFen,
      }));
      return { providers, rules };
    },

    async trendFacts(scope) {
      const match = scopeMatch(scope);
      type F = Grouped<{ month: string; family: Family }, { flagged: number; amountFen: number }>;
      type M = Grouped<string, { claims: number; flagged: number; amountFen: number }>;
      const [f, mo] = await Promise.all([
        m.Verdict.aggregate<F>([
          { $match: { ...match, decision: { $ne: 'pass' } } },
          { $unwind: '$families' },
          { $group: { _id: { month: '$month', family: '$families' }, flagged: { $sum: 1 }, amountFen: { $sum: '$amountAtStakeFen' } } },
          { $sort: { '_id.month': 1, '_id.family': 1 } },
        ]),
        m.Verdict.aggregate<M>([
          { $match: match },
          { $group: { _id: '$month', claims: { $sum: 1 }, flagged: { $sum: ifFlagged(1) }, amountFen: { $sum: ifFlagged('$amountAtStakeFen') } } },
          { $sort: { _id: 1 } },
        ]),
      ]);
      const byFamily: TrendFact[] = f.map((g) => ({ month: g._id.month, family: g._id.family, flagged: g.flagged, amountFen: g.amountFen }));
      const byMonth: MonthFact[] = mo.map((g) => ({ month: g._id, claims: g.claims, flagged: g.flagged, amountFen: g.amountFen }));
      return { byFamily, byMonth };
    },
  };
}
