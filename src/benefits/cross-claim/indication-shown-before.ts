import { addDays } from '../../contract/dates';
import type { BenefitItem } from '../benefit-claim';
import { ledgerRowOf, type MemberClaim } from '../member-claim';

// 限定支付 with its condition established by an examination (catalogue indicationEvidence: IVIG for Guillain-Barré
// syndrome, shown by an EMG or the CSF): the examination that established it need not be on this claim when it is on
// the member's earlier claims within the group's `record` days — the clinic visit that referred the patient, or the
// stay of the first course before a second one for a treatment-related fluctuation. The item rule
// (catalogue.indication-unevidenced) leaves these lines alone: the finding is their line ids (none: empty).

/** A ledger line billing one of `codes` (the line's code or its catalogue row) dated within `days` before `date`. */
const shows = (e: MemberClaim, codes: readonly string[], days: number, date: string) =>
  (e.lines ?? []).some((l) => l.date <= date && l.date >= addDays(date, -days) && (codes.includes(l.code) || codes.includes(ledgerRowOf(l))));

export function indicationShownBefore(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[]): string[] {
  const lines = items.filter((i) => i.indicationEvidence?.record);
  if (!lines.length) return [];
  const record = prior.filter((e) => e.insuredId === me.insuredId && e.claimId !== me.claimId && e.serviceDate <= me.serviceDate);
  // Every missing group shown (ascites and the albumin both, where a row asks for two).
  return lines.filter((it) => it.indicationEvidence!.record!.every((g) => record.some((e) => shows(e, g.codes, g.days, me.serviceDate)))).map((it) => it.lineId);
}
