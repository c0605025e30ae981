import { makeClaim, makeHit, makeLedger, makeOutpatientClaim, makeRecord, makeVerdict } from '../../helpers/fixtures';
import { applyFindings } from '../../../src/features/reviews/mongo-retrospective';
import { verdictDoc } from '../../../src/features/reviews/mongo-documents';
import type { ReviewedClaim } from '../../../src/features/reviews/review-store';
import type { Models } from '../../../src/store/mongo/schemas';
import type { MongoStoredParts } from '../../../src/store/mongo/stored-parts';

// The MongoDB store's 事后发现 without a server (the store contract's run needs MONGO_URL): applyFindings over
// collections kept in maps, answering the few query shapes it uses. The batch's documents are written first, as
// mongo-review-store.ts does before it applies the findings.

type Doc = Record<string, unknown> & { _id: string };

function collection() {
  const docs = new Map<string, Doc>();
  const query = (value: unknown) => ({ session: () => ({ lean: async () => value }), sort: () => ({ session: () => ({ lean: async () => value }) }) });
  return {
    docs,
    findById: (id: string) => query(docs.has(id) ? structuredClone(docs.get(id)) : null),
    find: (q: { claimId: { $in: string[] } }) => query([...docs.values()].filter((d) => q.claimId.$in.includes(d.claimId as string)).sort((a, b) => (a.seq as number) - (b.seq as number))),
    replaceOne: async (f: { _id: string }, doc: Doc) => void docs.set(f._id, structuredClone(doc)),
    updateOne: async (f: { _id: string }, u: { $set: Record<string, unknown>; $setOnInsert?: Record<string, unknown> }) =>
      void docs.set(f._id, { ...(docs.get(f._id) ?? { _id: f._id, ...u.$setOnInsert }), ...u.$set }),
  };
}

const parts = { read: async () => '', released: async () => {} } as unknown as MongoStoredParts;

function models() {
  const c = { Verdict: collection(), Case: collection(), MemberClaim: collection(), RetrospectiveHit: collection() };
  return { c, m: c as unknown as Models };
}

// A visit (A) and the stay (B) that finds it dated inside it, as the store contract's.
const visitClaim = makeOutpatientClaim({ claimId: 'RETRO-A', visitDate: '2025-03-05' });
const stayClaim = makeClaim({ claimId: 'RETRO-B', patient: { ...visitClaim.patient } });
const hit = makeHit({ ruleId: 'history.visit-during-stay', family: 'history', severity: 'warn', message: '事后发现：住院单据RETRO-B结算后查明', lineIds: ['1'], amount: 10, retrospective: { byClaimId: 'RETRO-B', foundAt: '2025-04-02T08:00:00.000Z' } });
const reviewed = (claim: typeof visitClaim, decision: 'pass' | 'review', retrospective?: ReviewedClaim['retrospective']): ReviewedClaim => {
  const verdict = makeVerdict(claim, { decision });
  return { claim, verdict, record: makeRecord(claim, verdict), ledger: makeLedger(claim), ...(retrospective && { retrospective }) };
};
const visit = reviewed(visitClaim, 'pass');
const stay = reviewed(stayClaim, 'review', [{ claimId: 'RETRO-A', hit }]);

async function apply(batch: ReviewedClaim[]) {
  const { c, m } = models();
  for (const r of batch) c.Verdict.docs.set(r.record.claimId, verdictDoc(r.record, r.verdict) as unknown as Doc);
  const { revisions } = await applyFindings(m, parts, batch, '2025-04-02T08:00:00.000Z');
  return { c, revisions: revisions.map((r) => [r.claimId, r.after, r.verdict.revision, r.verdict.decision]) };
}

describe('applyFindings (MongoDB)', () => {
  it('the visit first: the stay revises it, after the stay', async () => {
    const { c, revisions } = await apply([visit, stay]);
    expect(revisions).toEqual([['RETRO-A', 'RETRO-B', 1, 'review']]);
    expect(c.Verdict.docs.get('RETRO-A')?.decision).toBe('review');
  });

  it('a claim later in the same batch than the claim finding it is revised as on its re-review (after itself), as SQLite and memory do', async () => {
    const { c, revisions } = await apply([stay, visit]);
    expect(revisions).toEqual([['RETRO-A', 'RETRO-A', 1, 'review']]);
    expect(c.Verdict.docs.get('RETRO-A')?.decision).toBe('review');
    expect(c.Case.docs.get('RETRO-A')).toMatchObject({ decision: 'review', status: 'new' });
  });
});
