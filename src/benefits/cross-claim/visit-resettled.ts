import type { BenefitItem } from '../benefit-claim';
import { fenOf, toYuan } from '../../money/fen';
import { ledgerRowOf, type LedgerLine, type MemberClaim } from '../member-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import { list } from './common';
import { rowCodeOf } from '../../contract/catalogue-row';

// One night's care settled twice (重复结算; 急诊留观串换为住院): a visit's treatment — its drugs, infusions, hourly
// monitoring — settled as the visit and again as a stay at the same hospital, the same items on the same dates in the
// same quantities. An emergency visit that leads to an admission gives care of its own (resuscitation before the ICU,
// observation before a next-morning admission): the stay then bills other items, other hours, or other dates.

export interface VisitResettled {
  /** The visit settled again, its date, and every visit matched (normally one). */
  visitClaimId: string;
  visits: string;
  dates: string;
  /** The visit's treatment lines found again on the stay, and how many treatment lines it has. */
  repeated: number;
  treatment: number;
  /** Names of the items settled twice. */
  items: string;
  /** This stay's lines that repeat the visit's (same item, date and quantity). */
  lineIds: string[];
  amount: number;
}

/**
 * A visit line that is treatment: a drug, or a service that is neither a test nor the consultation. The infusion fee
 * and its carrier fluid (limits.continuedCourse administration, carriers) are how a drug is given, not what is given:
 * a stay admitted from the ED sets up its own drip the same day.
 */
function treatmentOf(k: HistoryKnowledge): (l: LedgerLine) => boolean {
  const cc = k.limits.continuedCourse;
  const vehicle = (l: LedgerLine) => (l.kind === 'drug' && !!l.drug && !!cc?.carriers.includes(l.drug)) || (l.kind === 'service' && !!cc?.administration.includes(ledgerRowOf(l)));
  return (l) => (l.kind === 'drug' || (l.kind === 'service' && !l.test)) && !vehicle(l);
}
const keyOf = (code: string, date: string, quantity: number) => `${code}|${date}|${quantity}`;

/**
 * A stay whose lines repeat an outpatient visit's treatment (treatmentOf) at the same hospital dated inside the stay
 * (its admission day to its discharge day): the same item (code, or the catalogue row it belongs to), date and quantity, for at
 * least `minLines` of the visit's treatment lines, at least `minShare` of them, a drug among them
 * (limits.resettledVisit). Judged on the stay, which settles after the visit (住院按出院日结算); a stay's ledger entry
 * keeps too few of its lines to judge a visit arriving after it.
 */
export function visitResettled(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): VisitResettled | null {
  const limit = k.limits.resettledVisit;
  if (!limit || me.visitType !== 'inpatient') return null;
  const visits = prior.filter((v) => v.visitType === 'outpatient' && v.hospitalId === me.hospitalId && v.serviceDate >= me.serviceDate && v.serviceDate <= me.endDate);
  if (!visits.length) return null;
  const stayLines = new Map<string, BenefitItem[]>();
  for (const it of items) {
    for (const code of new Set([it.code, rowCodeOf(it)])) {
      const key = keyOf(code, it.date, it.quantity);
      stayLines.set(key, [...(stayLines.get(key) ?? []), it]);
    }
  }
  const treatment = treatmentOf(k);
  const found: { visit: MemberClaim; treatment: number; lines: BenefitItem[] }[] = [];
  for (const visit of visits) {
    const given = (visit.lines ?? []).filter(treatment);
    const used = new Set<string>();
    const repeated: BenefitItem[] = [];
    let drug = false;
    for (const l of given) {
      const twin = [l.code, ledgerRowOf(l)].flatMap((c) => stayLines.get(keyOf(c, l.date, l.quantity ?? 1)) ?? []).find((it) => !used.has(it.lineId));
      if (!twin) continue;
      used.add(twin.lineId);
      repeated.push(twin);
      drug ||= l.kind === 'drug';
    }
    if (drug && repeated.length >= limit.minLines && repeated.length >= limit.minShare * given.length) found.push({ visit, treatment: given.length, lines: repeated });
  }
  if (!found.length) return null;
  const lines = found.flatMap((f) => f.lines);
  const ids = new Set(lines.map((l) => l.lineId));
  return {
    visitClaimId: found[0].visit.claimId, visits: list(found.map((f) => f.visit.claimId)), dates: list(found.map((f) => f.visit.serviceDate)),
    repeated: ids.size, treatment: found.reduce((s, f) => s + f.treatment, 0), items: list(lines.map((l) => l.name), 8),
    lineIds: [...ids], amount: toYuan(fenOf(items, ids)),
  };
}
