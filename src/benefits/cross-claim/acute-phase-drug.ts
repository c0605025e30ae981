import { startsWithAny, underAny } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import { atcOfDrugCode } from '../../contract/drug-code';
import { fenOf, toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import { isBefore } from '../ledger-entry';
import type { MemberClaim } from '../member-claim';
import { newEvent } from './related-stays';
import { rowCodeOf } from '../../contract/catalogue-row';

// A drug the 医保目录 pays only in a condition's acute phase (限…急性期住院患者, read from the catalogue row's restriction
// text) given on a stay coded as the acute event while the member's record dates that event past its acute phase: the
// stay is the recovery phase, whose code is the sequela (ICD-10 I69.3 脑梗死后遗症 for a cerebral infarction, 急性期 the
// first 2 weeks and 恢复期 2 weeks to 6 months: 中国急性缺血性脑卒中诊治指南 2023), so the restriction is not met.

export interface AcutePhaseDrug {
  /** The condition (the row's name), this stay's principal code and what the recovery phase is coded as. */
  condition: string;
  principal: string;
  sequela: string;
  /** The member's earlier stay of the acute event: its claim, admission date, and the days from it to this admission. */
  earlierClaim: string;
  earlierDate: string;
  days: number;
  /** The restricted drugs (names), their restriction text and the days billed (first至last，共n日). */
  drugs: string;
  restriction: string;
  dates: string;
  lineIds: string[];
  amount: number;
}

type Table = NonNullable<HistoryKnowledge['limits']['acutePhaseDrug']>;
type Row = Table['rows'][number];

/** Whether a catalogue row restricts payment to an acute phase (its restriction text carries the mark) of the principal. */
function acuteOnly(i: BenefitItem, principal: string, t: Table): boolean {
  const c = i.catalogue;
  if (i.category !== 'drug' || !c || typeof c.indicationsText !== 'string' || !c.indicationsText.includes(t.restrictionMark)) return false;
  // Lines before the restriction took effect are not judged by it (the row's indicationsFrom).
  if (typeof c.indicationsFrom === 'string' && i.date < c.indicationsFrom) return false;
  return (c.indications ?? []).some((p) => principal.startsWith(p));
}

/** The event's own care on this stay (head CT/MRI, thrombolysis, thrombectomy), or at a visit the day before or the day of admission (the emergency department's scan). */
function acuteCareShown(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], row: Row): boolean {
  if (startsWithAny(me.codes ?? [], row.acuteCare.procedures)) return true;
  if (items.some((i) => row.acuteCare.items.includes(rowCodeOf(i)) || (i.category === 'drug' && underAny(atcOfDrugCode(i.code) ?? '', row.acuteCare.atc)))) return true;
  return prior.some((e) => e.visitType !== 'inpatient' && e.claimId !== me.claimId && daysBetween(e.serviceDate, me.serviceDate) >= 0 && daysBetween(e.serviceDate, me.serviceDate) <= 1 && e.serviceCodes.some((c) => row.acuteCare.items.includes(c)));
}

/**
 * An inpatient claim whose principal is a row's acute event (`acute`, ICD-10 prefixes) billing a drug whose catalogue
 * restriction names the acute phase (`restrictionMark`) for it, when the member's latest earlier stay with that principal
 * was admitted `acuteDays` to `recoveryDays` days before this admission, and this stay shows no new event: none of the
 * row's `acuteCare` (items, on the stay or a visit that day or the day before; drugs; coded procedures), no transfer
 * admission (the scan at the sending hospital), and not a new event by related-stays.ts newEvent. A first stroke, and a
 * recurrence worked up anew, are not this.
 */
export function acutePhaseDrug(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): AcutePhaseDrug | null {
  const t = k.limits.acutePhaseDrug;
  if (!t || me.visitType !== 'inpatient' || me.admissionRoute === 'transfer') return null;
  const row = t.rows.find((r) => underAny(me.principalCategory, r.acute));
  if (!row) return null;
  const principal = (me.codes ?? []).find((c) => c.startsWith(me.principalCategory)) ?? me.principalCategory;
  const drugs = items.filter((i) => acuteOnly(i, principal, t));
  if (!drugs.length) return null;
  const earlier = prior
    .filter((e) => e.visitType === 'inpatient' && e.claimId !== me.claimId && e.itemsSignature !== me.itemsSignature && isBefore(e, me) && underAny(e.principalCategory, row.acute))
    .sort((a, b) => (a.serviceDate < b.serviceDate ? 1 : a.serviceDate > b.serviceDate ? -1 : 0))[0];
  if (!earlier) return null;
  const days = daysBetween(earlier.serviceDate, me.serviceDate);
  if (days < row.acuteDays || days > row.recoveryDays) return null;
  if (acuteCareShown(me, items, prior, row) || newEvent(earlier, me, items, k)) return null;
  const ids = drugs.map((i) => i.lineId);
  const dates = [...new Set(drugs.map((i) => i.date))].sort();
  return {
    condition: row.name,
    principal,
    sequela: row.sequela,
    earlierClaim: earlier.claimId,
    earlierDate: earlier.serviceDate,
    days,
    drugs: [...new Set(drugs.map((i) => i.name))].join('、'),
    restriction: [...new Set(drugs.map((i) => String(i.catalogue?.indicationsText)))].join('；'),
    dates: dates.length > 1 ? `${dates[0]}至${dates[dates.length - 1]}，共${dates.length}日` : dates[0],
    lineIds: ids,
    amount: toYuan(fenOf(items, new Set(ids))),
  };
}
