import type { ClientSession } from 'mongoose';
import type { Hit, Verdict } from '../../contract/verdict';
import type { ReviewedClaim } from './review-store';
import { claimFromLedger, findingText, reviseVerdict, type Revision } from './revise-verdict';
import { caseRefresh, claimText, toMemberClaim, toVerdictRecord, verdictDoc } from './mongo-documents';
import { wholeDoc } from './mongo-long-texts';
import type { MemberClaimDoc, Models, VerdictDoc } from '../../store/mongo/schemas';
import type { MongoStoredParts } from '../../store/mongo/stored-parts';

// 事后发现 on MongoDB: the SQLite store's retrospective_hits and its revisions (sqlite-review-store.ts), as the
// collection retrospective_hits. Written to the SQLite store's semantics; never run against a server here (no
// MongoDB can be installed), like the rest of the MongoDB store's tests without MONGO_URL.

const keyOf = (claimId: string, ruleId: string, byClaimId: string) => `${claimId}\u0000${ruleId}\u0000${byClaimId}`;

/** The findings kept about these claims, by claim, in the order found. */
export async function findingsAbout(m: Models, claimIds: readonly string[], session?: ClientSession): Promise<Map<string, Hit[]>> {
  const out = new Map<string, Hit[]>();
  if (!claimIds.length) return out;
  const docs = await m.RetrospectiveHit.find({ claimId: { $in: [...claimIds] } }).sort({ seq: 1, _id: 1 }).session(session ?? null).lean();
  for (const d of docs) (out.get(d.claimId) ?? out.set(d.claimId, []).get(d.claimId)!).push(JSON.parse(d.hit) as Hit);
  return out;
}

/** A batch's claims re-reviewed with the findings kept about them applied again (before anything is written). */
export async function reapplyFindings(m: Models, batch: ReviewedClaim[]): Promise<{ batch: ReviewedClaim[]; revisions: Revision[] }> {
  const about = await findingsAbout(m, batch.map((r) => r.record.claimId));
  const revisions: Revision[] = [];
  const out = batch.map((review) => {
    const found = about.get(review.record.claimId);
    if (!found) return review;
    const revised = reviseVerdict(review.verdict, review.record, found);
    revisions.push({ claimId: review.record.claimId, after: review.record.claimId, verdict: revised.verdict });
    return { ...review, ...revised };
  });
  return { batch: out, revisions };
}

/**
 * In the batch's session, after its documents are written: each claim's findings kept, and each earlier claim whose
 * findings changed revised (its verdict document, its case opened or updated). Returns the revisions and the parts
 * references the revised verdicts no longer hold (released here; to drop after).
 */
export async function applyFindings(m: Models, parts: MongoStoredParts, batch: readonly ReviewedClaim[], now: string, session?: ClientSession): Promise<{ revisions: Revision[]; released: string[] }> {
  const revisions: Revision[] = [];
  const released: string[] = [];
  const inBatch = new Map(batch.map((r) => [r.record.claimId, r]));
  let seq = Date.parse(now);
  // The batch's claims up to the one whose findings are applied; a claim after it (a pair judged whatever its order) is
  // revised once the whole batch's findings are kept, as on its re-review (SQLite's saveReviewsTx, the memory store).
  const reached = new Set<string>();
  const later = new Set<string>();
  for (const review of batch) {
    reached.add(review.record.claimId);
    const changed = new Set<string>();
    for (const { claimId, hit } of review.retrospective ?? []) {
      const by = hit.retrospective?.byClaimId ?? review.record.claimId;
      const _id = keyOf(claimId, hit.ruleId, by);
      const old = await m.RetrospectiveHit.findById(_id).session(session ?? null).lean();
      const oldHit = old ? (JSON.parse(old.hit) as Hit) : undefined;
      if (oldHit && findingText(oldHit) === findingText(hit)) continue;
      const kept = oldHit?.retrospective ? { ...hit, retrospective: oldHit.retrospective } : hit;
      const doc = { _id, claimId, ruleId: hit.ruleId, byClaimId: by, hit: JSON.stringify(kept), foundAt: kept.retrospective?.foundAt ?? now, seq: old?.seq ?? seq++ };
      await m.RetrospectiveHit.replaceOne({ _id }, doc, { upsert: true, session });
      changed.add(claimId);
    }
    for (const claimId of changed) {
      if (inBatch.has(claimId) && !reached.has(claimId)) later.add(claimId);
      else await revise(claimId, review.record.claimId);
    }
  }
  for (const claimId of later) await revise(claimId, claimId);
  return { revisions, released };

  /** A stored claim's verdict document and case revised by the findings kept about it, found by claim `after`. */
  async function revise(claimId: string, after: string): Promise<void> {
    const stored = await m.Verdict.findById(claimId).session(session ?? null).lean<VerdictDoc>();
    if (!stored) return;
    const whole = await wholeDoc(parts, stored, ['verdict']);
    const found = (await findingsAbout(m, [claimId], session)).get(claimId) ?? [];
    const revised = reviseVerdict(whole.verdict as unknown as Verdict, toVerdictRecord(stored), found);
    const v = verdictDoc(revised.record, revised.verdict);
    await m.Verdict.replaceOne({ _id: claimId }, v, { session });
    const kase = await m.Case.findById(claimId, { parts: 1, decision: 1 }).session(session ?? null).lean<{ parts?: { verdict?: string } }>();
    const r = revised.record;
    const old = [stored.parts?.verdict, kase?.parts?.verdict].filter((x): x is string => typeof x === 'string');
    if (kase) {
      const $set = { verdict: v.verdict, updatedAt: now, riskScore: r.riskScore, amountAtStakeFen: r.amountAtStakeFen, families: [...r.families], ruleIds: [...r.ruleIds], ...(r.decision !== 'pass' && { decision: r.decision }) };
      await m.Case.updateOne({ _id: claimId }, { $set, $unset: { 'parts.verdict': 1 } }, { session });
    } else if (r.decision !== 'pass') {
      const own = inBatch.get(claimId);
      const entryDoc = own ? undefined : await m.MemberClaim.findById(claimId).session(session ?? null).lean<MemberClaimDoc>();
      const ledger = own ? own.ledger : toMemberClaim(await wholeDoc(parts, entryDoc as MemberClaimDoc, ['lines']) as unknown as MemberClaimDoc);
      const claim = own ? own.claim : claimFromLedger(ledger, r);
      const refresh = caseRefresh({ claim, verdict: revised.verdict, record: r, ledger }, v.verdict, now);
      await m.Case.updateOne(
        { _id: claimId },
        { $set: { ...refresh, claim: claimText(claim), decision: r.decision }, $setOnInsert: { status: 'new', createdAt: now, assignee: null, outcome: null } },
        { upsert: true, session },
      );
    }
    if (old.length) {
      await parts.released([...new Set(old)], claimId, session);
      released.push(...old);
    }
    revisions.push({ claimId, after, verdict: revised.verdict });
  }
}
