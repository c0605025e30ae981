import type { ClientSession } from 'mongoose';
import type { ReviewedClaim } from './review-store';
import { claimText } from './mongo-documents';
import { verdictJson } from '../../contract/verdict-json';
import { isLong } from '../../store/long-texts';
import type { Models, PartRefs } from '../../store/mongo/schemas';
import type { HeldBy, MongoStoredParts } from '../../store/mongo/stored-parts';

// A review's long texts on MongoDB (store/long-texts.ts, store/mongo/stored-parts.ts): which they are, which
// documents hold them, and documents read back whole.

type TextField = keyof PartRefs;

/** A review's texts that are long (the claim's as a case keeps it, the verdict's, the ledger lines'), by field. */
export function longTextsOf(review: ReviewedClaim): Partial<Record<TextField, string>> {
  const out: Partial<Record<TextField, string>> = {};
  const verdict = verdictJson(review.verdict);
  if (isLong(verdict)) out.verdict = verdict;
  const claim = claimText(review.claim);
  if (isLong(claim)) out.claim = claim;
  const lines = review.ledger.lines && JSON.stringify(review.ledger.lines);
  if (isLong(lines)) out.lines = lines;
  return out;
}

/** Each review's long texts written as parts; the references, by batch position (undefined: none). */
export async function writeLongTexts(parts: MongoStoredParts, batch: readonly ReviewedClaim[]): Promise<(PartRefs | undefined)[]> {
  const out: (PartRefs | undefined)[] = [];
  for (const review of batch) {
    const long = Object.entries(longTextsOf(review)) as [TextField, string][];
    if (!long.length) {
      out.push(undefined);
      continue;
    }
    const refs: PartRefs = {};
    for (const [field, text] of long) refs[field] = await parts.write(review.record.claimId, text);
    out.push(refs);
  }
  return out;
}

/** The references a document's parts hold. */
export const refsIn = (p: PartRefs | undefined): string[] => Object.values(p ?? {}).filter((r): r is string => typeof r === 'string');

/** The references the documents of these claims hold: a verdict's, a case's claim and verdict, a ledger entry's lines. */
export function partsHeldBy(m: Models): HeldBy {
  return async (claimIds, session) => {
    const out = new Map<string, string[]>(claimIds.map((id) => [id, []]));
    if (!claimIds.length) return out;
    const filter = { _id: { $in: [...claimIds] }, parts: { $exists: true } };
    // One after another: operations of one transaction's session are not run in parallel.
    for (const model of [m.Verdict, m.Case, m.MemberClaim] as const) {
      const docs = await (model as typeof m.Verdict).find(filter, { parts: 1 }).session(session ?? null).lean<{ _id: string; parts?: PartRefs }[]>();
      for (const d of docs) out.get(d._id)?.push(...refsIn(d.parts));
    }
    return out;
  };
}

type Whole<T, F extends TextField> = Omit<T, 'parts'> & { [K in F]: K extends 'claim' ? string : K extends 'lines' ? object[] : Record<string, unknown> };

/**
 * A document with the texts `fields` it holds as parts read back, inline as if never apart (the claim stays
 * JSON text, as a case keeps it inline). Fields not asked for are left as they are.
 */
export async function wholeDoc<T extends { parts?: PartRefs }, F extends TextField>(parts: MongoStoredParts, d: T, fields: readonly F[]): Promise<Whole<T, F>> {
  if (!d.parts) return d as unknown as Whole<T, F>;
  const out: Record<string, unknown> = { ...d };
  for (const field of fields) {
    const ref = d.parts[field];
    if (!ref) continue;
    const text = await parts.read(ref);
    out[field] = field === 'claim' ? text : JSON.parse(text);
  }
  return out as Whole<T, F>;
}
