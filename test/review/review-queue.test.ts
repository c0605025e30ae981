import type { Claim } from '../../src/contract/claim';
import { review, type ReviewContext } from '../../src/features/reviews/review';
import { createReviewQueue } from '../../src/features/reviews/review-queue';
import { testContext } from '../helpers/context';
import { makeClaim, makeOutpatientClaim } from '../helpers/fixtures';
import type { Store } from '../../src/features/stores';

const claimsOf = (n: number, prefix: string): Claim[] =>
  Array.from({ length: n }, (_, i) =>
    i % 2
      ? makeOutpatientClaim({ claimId: `${prefix}-${i}`, patient: { ...makeOutpatientClaim().patient, insuredId: `${prefix}-M${i}` } })
      : makeClaim({ claimId: `${prefix}-${i}`, patient: { ...makeClaim().patient, insuredId: `${prefix}-M${i}` } }),
  );

/** Counts the store writes, so a test can tell one batch from many. */
function countingStore(store: Store): Store & { saves: number[] } {
  const counted = { ...store, saves: [] as number[] };
  counted.saveReviews = async (batch) => {
    counted.saves.push(batch.length);
    return store.saveReviews(batch);
  };
  return counted;
}

const essence = (v: { claimId: string | null; decision: string; hits: { ruleId: string; lineIds: string[] }[] }) => ({
  claimId: v.claimId,
  decision: v.decision,
  hits: v.hits.map((h) => [h.ruleId, h.lineIds]),
});

describe('review queue (micro-batching of HTTP reviews)', () => {
  it('reviews concurrent requests as one batch and answers each with its own verdicts', async () => {
    const { ctx } = testContext({ MODEL_NAME: 'none' });
    const store = countingStore(ctx.store);
    const queued: ReviewContext = { ...ctx, store };
    const reviewer = createReviewQueue(queued, { windowMs: 5, maxClaims: 256 });
    const claims = claimsOf(12, 'Q');
    const answers = await Promise.all(claims.map((c) => reviewer([c], 'http')));
    expect(store.saves).toEqual([12]);
    expect(answers.map((a) => a.length)).toEqual(claims.map(() => 1));
    expect(answers.map((a) => a[0].claimId)).toEqual(claims.map((c) => c.claimId));

    // The same claims judged one by one (fresh store) get the same decisions and hits.
    const alone = testContext({ MODEL_NAME: 'none' }).ctx;
    for (const [i, c] of claims.entries()) {
      const [v] = await review([c], alone, { source: 'http' });
      expect(essence(answers[i][0])).toEqual(essence(v));
    }
  });

  it('splits a batch back per request, multi-claim requests and invalid claims included', async () => {
    const { ctx } = testContext({ MODEL_NAME: 'none' });
    const reviewer = createReviewQueue(ctx, { windowMs: 5, maxClaims: 256 });
    const [a, b, c] = claimsOf(3, 'S');
    const [one, invalid, two] = await Promise.all([
      reviewer([a, b], 'http'),
      reviewer([{ claimId: 'BAD-1', region: 'x' }], 'http'),
      reviewer([c], 'fsi'),
    ]);
    expect(one.map((v) => v.claimId)).toEqual([a.claimId, b.claimId]);
    expect(invalid).toEqual([expect.objectContaining({ claimId: 'BAD-1', decision: 'invalid' })]);
    expect(two.map((v) => v.claimId)).toEqual([c.claimId]);
    expect(await ctx.store.countInvalid()).toBe(1);
  });

  it('judges concurrent claims of one member in arrival order: the later sees the earlier', async () => {
    const { ctx } = testContext({ MODEL_NAME: 'none' });
    const reviewer = createReviewQueue(ctx, { windowMs: 5, maxClaims: 256 });
    const first = makeClaim({ claimId: 'DUP-1' });
    const second = { ...first, claimId: 'DUP-2' };
    const [[v1], [v2]] = await Promise.all([reviewer([first], 'http'), reviewer([second], 'http')]);
    expect(v1.hits.map((h) => h.ruleId)).not.toContain('history.duplicate-claim');
    expect(v2.hits).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'history.duplicate-claim', evidence: expect.objectContaining({ duplicateOf: 'DUP-1' }) })]));
  });

  it('the next batch sees what the previous batch recorded', async () => {
    const { ctx } = testContext({ MODEL_NAME: 'none' });
    const store = countingStore(ctx.store);
    const reviewer = createReviewQueue({ ...ctx, store }, { windowMs: 0, maxClaims: 1 });
    const first = makeClaim({ claimId: 'SEQ-1' });
    const [, [v2]] = await Promise.all([reviewer([first], 'http'), reviewer([{ ...first, claimId: 'SEQ-2' }], 'http')]);
    expect(store.saves).toEqual([1, 1]);
    expect(v2.hits.map((h) => h.ruleId)).toContain('history.duplicate-claim');
  });

  it('a batch that fails is retried request by request: only the failing request gets the error', async () => {
    const { ctx } = testContext({ MODEL_NAME: 'none' });
    const failing: Store = {
      ...ctx.store,
      saveReviews: async (batch) => {
        if (batch.some((r) => r.claim.claimId === 'BOOM')) throw new Error('store refused BOOM');
        return ctx.store.saveReviews(batch);
      },
    };
    const reviewer = createReviewQueue({ ...ctx, store: failing }, { windowMs: 5, maxClaims: 256 });
    const [a, b] = claimsOf(2, 'F');
    const results = await Promise.allSettled([reviewer([a], 'http'), reviewer([makeClaim({ claimId: 'BOOM' })], 'http'), reviewer([b], 'http')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('store refused BOOM');
    expect((await ctx.store.getVerdict(a.claimId))?.claimId).toBe(a.claimId);
    expect((await ctx.store.getVerdict(b.claimId))?.claimId).toBe(b.claimId);
    expect(await ctx.store.getVerdict('BOOM')).toBeUndefined();
  });

  it('keeps batches within maxClaims and never mixes sources', async () => {
    const { ctx } = testContext({ MODEL_NAME: 'none' });
    const store = countingStore(ctx.store);
    const reviewer = createReviewQueue({ ...ctx, store }, { windowMs: 5, maxClaims: 3 });
    const claims = claimsOf(7, 'M');
    await Promise.all([
      ...claims.slice(0, 5).map((c) => reviewer([c], 'http')),
      reviewer([claims[5]], 'fsi'),
      reviewer([claims[6]], 'http'),
    ]);
    expect(store.saves).toEqual([3, 2, 1, 1]);
  });
});
