import { startsWithAny } from '../../contract/code-prefix';
import { addDays, daysBetween } from '../../contract/dates';
import { fenOf, toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import { genericDrugKey, type DoseSchedule } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { list } from './common';

// A drug whose weekly dose the label and guideline bound (drug-schedules.json weeklyDose: erythropoietin for renal
// anaemia). Given at the dialysis session it is administered there and never carried home, so the supply ledger's days
// on hand say nothing of it; read instead as a dose a week across the member's claims: the units given at sessions in
// the 7 days to the day, with any take-home supply lasting then at its weekly rate.

export interface WeeklyDoseOver {
  drug: string;
  /** The most a week and what the member's claims give that week: 每7日至多4支（3000 IU），2025-05-10至2025-05-16合计6支. */
  expected: string;
  units: number;
  /** The member's other claims counted in that week, and their dates. */
  otherClaims: string;
  otherDates: string;
  lineIds: string[];
  amount: number;
}

interface Dose {
  claimId: string | null;
  date: string;
  quantity: number;
  /** Given at a session that day (counted on its date), else a take-home supply (counted at its weekly rate while it lasts). */
  given: boolean;
  lineId: string;
}

type Weekly = NonNullable<DoseSchedule['weeklyDose']>;

/** Whether a claim bills one of the session services on the day (the drug given there). */
const sessionDays = (lines: readonly { code: string; date: string }[], codes: readonly string[]) => new Set(lines.filter((l) => codes.includes(l.code)).map((l) => l.date));

/** Units a dose counts in the 7 days ending on `day`: a session's on its date; a supply's week's share while it lasts. */
function unitsIn(d: Dose, day: string, w: Weekly): number {
  if (d.given) return d.date <= day && daysBetween(d.date, day) < 7 ? d.quantity : 0;
  const lasts = Math.ceil((d.quantity / w.supplyUnitsPerWeek) * 7);
  return d.date <= day && daysBetween(d.date, day) < lasts ? Math.min(d.quantity, w.supplyUnitsPerWeek) : 0;
}

export function weeklyDoseOver(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], schedules: ReadonlyMap<string, DoseSchedule> | undefined): WeeklyDoseOver | null {
  if (!schedules?.size || me.visitType === 'inpatient') return null;
  const codes = me.codes ?? [];
  for (const [key, row] of schedules) {
    const w = row.weeklyDose;
    if (!w || !startsWithAny(codes, w.forDiagnoses)) continue;
    const lines = items.filter((it) => it.category === 'drug' && genericDrugKey(it.code, it.catalogue) === key);
    if (!lines.length) continue;
    const first = lines.reduce((m, l) => (l.date < m ? l.date : m), lines[0].date);
    // A bleed or a transfusion within the window: the raised dose is that anaemia's (共识: 出血 is a cause of 低反应 worked up).
    const reasonSince = addDays(first, -w.unless.days);
    if (startsWithAny(codes, w.unless.codes) || prior.some((e) => e.endDate >= reasonSince && e.serviceDate <= me.endDate && startsWithAny(e.codes ?? [], w.unless.codes))) continue;
    const mineGiven = sessionDays(items, w.givenWith);
    const own: Dose[] = lines.map((l) => ({ claimId: null, date: l.date, quantity: l.quantity, given: mineGiven.has(l.date), lineId: l.lineId }));
    const others = prior.filter((e) => e.visitType !== 'inpatient' && e.claimId !== me.claimId && !(e.itemsSignature === me.itemsSignature && e.serviceDate === me.serviceDate && e.hospitalId === me.hospitalId));
    const theirs: Dose[] = others.flatMap((e) => {
      const given = sessionDays((e.lines ?? []).filter((l) => l.kind === 'service'), w.givenWith);
      return (e.lines ?? []).filter((l) => l.kind === 'drug' && l.drug === key).map((l) => ({ claimId: e.claimId, date: l.date, quantity: l.quantity ?? 1, given: given.has(l.date), lineId: l.lineId }));
    });
    if (!theirs.length) continue;
    const all = [...own, ...theirs];
    for (const day of [...new Set(own.map((d) => d.date))].sort()) {
      const counted = all.filter((d) => unitsIn(d, day, w) > 0);
      const units = counted.reduce((s, d) => s + unitsIn(d, day, w), 0);
      const otherHere = counted.filter((d) => d.claimId !== null);
      if (units <= w.maxUnits || !otherHere.length) continue;
      const ids = new Set(counted.filter((d) => d.claimId === null).map((d) => d.lineId));
      return {
        drug: lines[0].name,
        expected: `每7日至多${w.maxUnits}${w.unitText}，${addDays(day, -6)}至${day}合计${Math.round(units * 10) / 10}${w.unitText}（居家用药按每周${w.supplyUnitsPerWeek}${w.unitText}计）`,
        units,
        otherClaims: list([...new Set(otherHere.map((d) => d.claimId as string))]),
        otherDates: list([...new Set(otherHere.map((d) => d.date))].sort()),
        lineIds: [...ids],
        amount: toYuan(fenOf(items, ids)),
      };
    }
  }
  return null;
}
