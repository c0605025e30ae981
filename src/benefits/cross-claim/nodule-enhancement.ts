import { startsWithAny, underAny } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import { toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import { ledgerRowOf, type LedgerLine, type MemberClaim } from '../member-claim';
import { CLINIC_VISITS, list, type Suspect } from './common';
import { rowCodeOf } from '../../contract/catalogue-row';

// 串换（平扫按增强收费）in a lung nodule's surveillance: a known nodule is followed by (low-dose) plain chest CT
// (《肺结节诊治中国专家共识（2018年版）》, 2024 更新; Fleischner Society 2017); enhancement characterises a new or growing
// solid nodule and is given through a cannula with the contrast. An enhancement with nothing on the bill to give
// contrast proves little alone (bills bundle the agent), but on the follow-up of a nodule the member's own earlier
// plain CT shows, it is the plain follow-up scan billed as enhanced. Knowledge: limits.json noduleEnhancement.

export interface NoduleEnhancement {
  /** The follow-up claim billing the surcharge, and its scan's date. */
  followUp: string;
  followUpDate: string;
  /** The earlier claims holding the plain chest CT of the nodule, their dates and institutions. */
  plainClaims: string;
  plainDates: string;
  plainHospitals: string;
  /** Fewest days between the plain CT and the enhanced follow-up. */
  days: number;
  /** The follow-up claim's nodule diagnoses. */
  nodule: string;
  /** Names of the surcharge lines. */
  names: string;
  /** This claim's lines concerned: the surcharge on the follow-up; on the earlier claim, its plain CT lines. */
  lineIds: string[];
  /** The surcharge's money, yuan; null on the earlier claim, whose own money is not in doubt. */
  amount: number | null;
  /** The follow-ups arrived before this earlier claim (事后发现: their surcharge lines). */
  suspects: Suspect[];
}

type Table = NonNullable<HistoryKnowledge['limits']['noduleEnhancement']>;


const codesNodule = (codes: readonly string[] | undefined, t: Table) => codes !== undefined && startsWithAny(codes, t.nodule) && !startsWithAny(codes, t.notWith);

/** The dates of an entry's plain chest CTs (a chest CT row with no surcharge that day), when the entry keeps that day's every examination. */
function plainDates(e: MemberClaim, t: Table): string[] {
  if (!codesNodule(e.codes, t)) return [];
  const lines = e.lines ?? [];
  // A stay's entry keeps all the examinations of its admission day only; later days may have dropped the surcharge.
  const whole = (date: string) => CLINIC_VISITS.has(e.visitType) || (e.visitType === 'inpatient' && date === e.serviceDate);
  const enhancedOn = new Set(lines.filter((l) => ledgerRowOf(l) === t.addOn).map((l) => l.date));
  return [...new Set(lines.filter((l) => t.chestCt.includes(ledgerRowOf(l)) && !enhancedOn.has(l.date) && whole(l.date)).map((l) => l.date))];
}

/** An entry's enhanced chest CT dates and surcharge lines, when it is a clinic claim of a nodule with nothing that gives contrast. */
function enhancedFollowUp(e: MemberClaim, t: Table): { dates: string[]; lines: LedgerLine[] } | null {
  if (!CLINIC_VISITS.has(e.visitType) || !e.lines || !codesNodule(e.codes, t)) return null;
  // The entry keeps no names: any drug or consumable may be the contrast or its cannula (errs quiet).
  if (e.lines.some((l) => l.kind === 'drug' || l.kind === 'consumable' || t.administration.includes(ledgerRowOf(l)))) return null;
  const ct = new Set(e.lines.filter((l) => t.chestCt.includes(ledgerRowOf(l))).map((l) => l.date));
  const lines = e.lines.filter((l) => ledgerRowOf(l) === t.addOn && ct.has(l.date));
  return lines.length ? { dates: [...new Set(lines.map((l) => l.date))], lines } : null;
}

/** The plain CTs among `entries` a follow-up scan on `dates` comes `minDays` to `maxDays` after. */
function plainBefore(dates: readonly string[], entries: readonly MemberClaim[], self: string, t: Table): { e: MemberClaim; date: string; gap: number }[] {
  const found: { e: MemberClaim; date: string; gap: number }[] = [];
  for (const e of entries) {
    if (e.claimId === self) continue;
    for (const date of plainDates(e, t)) {
      const gaps = dates.map((d) => daysBetween(date, d)).filter((g) => g >= t.minDays && g <= t.maxDays);
      if (gaps.length) found.push({ e, date, gap: Math.min(...gaps) });
    }
  }
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.e.claimId < b.e.claimId ? -1 : 1));
}

/**
 * A clinic claim (outpatient or 门诊慢特病: a stay's contrast may run through the ward's line billed another day)
 * coding a lung nodule, not lung cancer, that bills the CT enhancement surcharge beside a chest CT with no line that
 * gives contrast (a cannula, injection or infusion row, a line named as an injection or a contrast agent), whose member
 * had a plain chest CT on a claim coding a nodule `minDays` to `maxDays` before. Quiet: a first enhanced CT of a
 * nodule (its characterisation), a follow-up billing the cannula or injection (the radiologist's choice for a growing
 * nodule), cancer staging. Whichever arrives second carries the hit: the follow-up names the plain CT; a plain CT
 * arriving after its follow-up names it (事后发现 on the follow-up, read from its ledger entry, where any drug or
 * consumable counts as contrast given), unless the follow-up found an earlier plain CT itself when it was judged.
 */
export function noduleEnhancement(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): NoduleEnhancement | null {
  const t = k.limits.noduleEnhancement;
  if (!t || !codesNodule(me.codes, t)) return null;
  return followUpOn(me, items, prior, t) ?? plainOn(me, prior, t);
}

/** This claim is the enhanced follow-up of plain CTs that arrived before it. */
function followUpOn(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], t: Table): NoduleEnhancement | null {
  if (!CLINIC_VISITS.has(me.visitType)) return null;
  if (items.some((i) => t.administration.includes(rowCodeOf(i)) || t.administrationMarks.some((m) => i.name.includes(m)))) return null;
  const ct = new Set(items.filter((i) => t.chestCt.includes(rowCodeOf(i))).map((i) => i.date));
  const surcharge = items.filter((i) => rowCodeOf(i) === t.addOn && ct.has(i.date));
  if (!surcharge.length) return null;
  const dates = [...new Set(surcharge.map((i) => i.date))];
  const plain = plainBefore(dates, prior, me.claimId, t);
  if (!plain.length) return null;
  return {
    followUp: me.claimId,
    followUpDate: list(dates),
    plainClaims: list(plain.map((p) => p.e.claimId)),
    plainDates: list(plain.map((p) => p.date)),
    plainHospitals: list(plain.map((p) => p.e.hospitalId)),
    days: Math.min(...plain.map((p) => p.gap)),
    nodule: list((me.codes ?? []).filter((c) => underAny(c, t.nodule))),
    names: list(surcharge.map((i) => i.name)),
    lineIds: surcharge.map((i) => i.lineId),
    amount: toYuan(surcharge.reduce((s, i) => s + i.amountFen, 0)),
    suspects: [],
  };
}

/** This claim holds the plain CT that enhanced follow-ups arrived before it come after. */
function plainOn(me: MemberClaim, prior: readonly MemberClaim[], t: Table): NoduleEnhancement | null {
  const mine = plainDates(me, t);
  if (!mine.length) return null;
  const found: { e: MemberClaim; dates: string[]; lines: LedgerLine[]; gap: number }[] = [];
  for (const e of prior) {
    const f = enhancedFollowUp(e, t);
    if (!f) continue;
    // The follow-up judged with a plain CT seen before it carried its own hit.
    // Without arrivals (a store that keeps none) every earlier-dated plain CT counts as seen before the follow-up.
    const seenBefore = prior.filter((p) => p.arrival === undefined || e.arrival === undefined || p.arrival < e.arrival);
    if (plainBefore(f.dates, seenBefore, e.claimId, t).length) continue;
    const gaps = mine.flatMap((d) => f.dates.map((x) => daysBetween(d, x))).filter((g) => g >= t.minDays && g <= t.maxDays);
    if (gaps.length) found.push({ e, ...f, gap: Math.min(...gaps) });
  }
  if (!found.length) return null;
  found.sort((a, b) => a.gap - b.gap || (a.e.claimId < b.e.claimId ? -1 : 1));
  const plainLines = (me.lines ?? []).filter((l) => t.chestCt.includes(ledgerRowOf(l)) && mine.includes(l.date));
  return {
    followUp: list(found.map((f) => f.e.claimId)),
    followUpDate: list(found.flatMap((f) => f.dates)),
    plainClaims: me.claimId,
    plainDates: list(mine),
    plainHospitals: me.hospitalId,
    days: found[0].gap,
    nodule: list((me.codes ?? []).filter((c) => underAny(c, t.nodule))),
    names: 'CT增强扫描(加收)',
    lineIds: plainLines.map((l) => l.lineId),
    amount: null,
    suspects: found.map((f) => ({ claimId: f.e.claimId, lineIds: f.lines.map((l) => l.lineId), amount: toYuan(f.lines.reduce((s, l) => s + l.amountFen, 0)) })),
  };
}
