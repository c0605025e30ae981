import type { Claim } from '../../src/contract/claim';
import type { ReviewedClaim } from '../../src/features/reviews/review-store';
import { makeClaim, makeHit, makeReviewed } from './fixtures';

/**
 * A valid inpatient claim of `lines` item lines (the default claim's five lines, repeated with their own
 * lineIds): what a hospital's year-long stay or a careless export sends. 60,000 lines are ~9 MB of JSON.
 */
export function bigClaim(lines: number, claimId = `BIG-${lines}`, insuredId = 'INS-5101-BIG001'): Claim {
  const base = makeClaim().items;
  const items = Array.from({ length: lines }, (_, i) => ({ ...base[i % base.length], lineId: String(i + 1) }));
  const claim = makeClaim({ claimId, items });
  return { ...claim, patient: { ...claim.patient, insuredId } };
}

/**
 * A review of bigClaim(lines) with a hit per line (none for a pass) and a ledger line per item (as the
 * cross-claim checks keep for an outpatient's drugs, say): at 4,000 lines the claim, verdict and ledger lines
 * are each past PART_CHARS; at 60,000 the verdict is ~31 MB, past MongoDB's 16 MB document limit.
 */
export function bigReview(lines: number, claimId: string, decision: 'reject' | 'pass' = 'reject', message = '目录外项目'): ReviewedClaim {
  const claim = bigClaim(lines, claimId, `INS-${claimId}`);
  const hits = claim.items.map((it) => makeHit({ severity: decision === 'reject' ? 'block' : 'warn', lineIds: [it.lineId], message }));
  const r = makeReviewed(claim, { decision, hits: decision === 'pass' ? [] : hits });
  const ledgerLines = claim.items.map((it) => ({ lineId: it.lineId, code: `${it.code}-${it.lineId}`, date: claim.admissionDate!, kind: 'service' as const, amountFen: 100 }));
  return { ...r, ledger: { ...r.ledger, lines: ledgerLines } };
}

/** A finding's message of the length the rules write (a sample): with it, a 60,000-line claim's verdict is ~31 MB. */
export const LONG_HIT_MESSAGE =
  '该项目为医保目录外项目，不属于基本医疗保险基金支付范围，医疗机构不得将其纳入医保结算；请核对项目编码、收费标准及病历记录，确认是否存在串换项目、分解收费或虚记费用等情形，并按规定追回已支付的医保基金。';
