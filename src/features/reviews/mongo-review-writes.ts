import type { AnyBulkWriteOperation } from 'mongoose';
import type { ReviewedClaim } from './review-store';
import { caseRefresh, memberClaimDoc, verdictDoc } from './mongo-documents';
import type { CaseDoc, MemberClaimDoc, PartRefs, VerdictDoc } from '../../store/mongo/schemas';

export interface ReviewWrites {
  verdicts: AnyBulkWriteOperation<VerdictDoc>[];
  memberClaims: AnyBulkWriteOperation<MemberClaimDoc>[];
  cases: AnyBulkWriteOperation<CaseDoc>[];
}

/** The case's text fields: what a refresh does not set of them, it unsets (a long text now short, or the reverse). */
const CASE_TEXTS = ['claim', 'verdict', 'parts'] as const;

/**
 * The bulk operations that store a batch, built whole before anything is sent (a claim with no JSON form
 * fails here, not half-way). Every operation is keyed by _id = claimId and conditional on the server, so
 * no read is needed and a replay converges: run in order, they give the SQLite store's semantics.
 * `inParts[i]`: the long texts of batch[i] already stored as parts (mongo-long-texts.ts), held by reference.
 */
export function reviewWrites(batch: readonly ReviewedClaim[], now: string, inParts: readonly (PartRefs | undefined)[] = []): ReviewWrites {
  const out: ReviewWrites = { verdicts: [], memberClaims: [], cases: [] };
  batch.forEach((review, i) => {
    const refs = inParts[i] ?? {};
    const id = review.record.claimId;
    const v = verdictDoc(review.record, review.verdict, refs.verdict);
    out.verdicts.push({ replaceOne: { filter: { _id: id }, replacement: v, upsert: true } });
    out.memberClaims.push({ replaceOne: { filter: { _id: review.ledger.claimId }, replacement: memberClaimDoc(review.ledger, refs.lines), upsert: true } });
    const refresh = caseRefresh(review, v.verdict, now, refs);
    const $unset = Object.fromEntries(CASE_TEXTS.filter((k) => !(k in refresh)).map((k) => [k, 1]));
    if (review.record.decision === 'pass') {
      // An untouched case goes; one being worked stays and shows the newer verdict; no case, no-op.
      out.cases.push({ deleteOne: { filter: { _id: id, status: 'new' } } });
      out.cases.push({ updateOne: { filter: { _id: id }, update: { $set: refresh, $unset } } });
    } else {
      out.cases.push({
        updateOne: {
          filter: { _id: id },
          update: { $set: { ...refresh, decision: review.record.decision }, $unset, $setOnInsert: { status: 'new', createdAt: now, assignee: null, outcome: null } },
          upsert: true,
        },
      });
    }
  });
  return out;
}
