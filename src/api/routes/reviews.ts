import type { RequestHandler } from 'express';
import type { ReviewContext } from '../../features/reviews/review';
import type { Reviewer } from '../../features/reviews/review-queue';
import { invalid, notFound } from '../../contract/outcome';

export function reviewOne(reviewer: Reviewer): RequestHandler {
  return async (req, res) => {
    const [verdict] = await reviewer([req.body], 'http');
    if (verdict.decision === 'invalid') {
      res.status(400).json({ error: 'invalid claim', errors: verdict.errors, verdict });
      return;
    }
    res.json(verdict);
  };
}

export function reviewBatch(reviewer: Reviewer, batchMax: number): RequestHandler {
  return async (req, res) => {
    const claims = Array.isArray(req.body) ? req.body : req.body?.claims;
    if (!Array.isArray(claims)) throw invalid('body must be an array of claims or {"claims": [...]}');
    if (claims.length > batchMax) {
      throw invalid(`a batch holds at most ${batchMax} claims (got ${claims.length})`, [
        { path: 'claims', message: `more than ${batchMax} claims` },
      ]);
    }
    const verdicts = await reviewer(claims, 'http');
    res.json({ verdicts });
  };
}

export function getVerdict(ctx: Pick<ReviewContext, 'store'>): RequestHandler {
  return async (req, res) => {
    const record = await ctx.store.getVerdict(String(req.params.claimId));
    if (!record) throw notFound(`verdict for claim ${req.params.claimId}`);
    res.json(record);
  };
}
