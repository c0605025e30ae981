import { prorateFen, toYuan } from '../money/fen';
import { lineMatches, type ItemFacts } from './item-fact-types';
import { prefixList, startsWithAny, underAny } from '../contract/code-prefix';
import { generalTherapyItem, type StayContentLimits, type TherapyIndication } from './stay-knowledge';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { rowCodeOf } from '../contract/catalogue-row';

// Rehabilitation and physiotherapy no diagnosis calls for (虚构治疗项目, therapy-indications.json), active therapy
// on the day of an operation under general or spinal anaesthesia (stay-content.json operationDayTherapy), and group
// activity therapy on days the patient could not take part (stay-content.json participationTherapy).

/** Rehabilitation and physiotherapy lines with none of the diagnoses their table row names. */
export function therapyUnsupported(c: StayContentInput): StayContentFacts['therapyUnsupported'] {
  const table = c.knowledge!.therapy;
  if (table.size === 0) return null;
  const judged = new Map<TherapyIndication, boolean>();
  const lines: { it: ItemFacts; units: number }[] = [];
  const rows = new Set<TherapyIndication>();
  // Days a row's own (non-general) item is billed: the general item (吸氧) beside it is the ward's, not the therapy.
  const ownDays = new Set<string>();
  for (const it of c.items) {
    const r = table.get(it.code);
    if (r !== undefined && !generalTherapyItem(r, it.code)) ownDays.add(`${r.name} ${it.date}`);
  }
  const generalUsed = new Map<string, number>();
  for (const it of c.items) {
    const row = table.get(it.code);
    if (row === undefined) continue;
    let units = it.quantity;
    if (generalTherapyItem(row, it.code)) {
      const w = row.withProcedures!;
      const key = `${row.name} ${it.date}`;
      if (!startsWithAny(c.procedureCodes, w.procedures) || ownDays.has(key)) continue;
      // At most a session's units a day are the therapy; the rest of the day's oxygen is ordinary.
      const used = generalUsed.get(key) ?? 0;
      units = w.perDay === undefined ? it.quantity : Math.max(0, Math.min(it.quantity, w.perDay - used));
      generalUsed.set(key, used + units);
      if (units <= 0) continue;
    }
    let ok = judged.get(row);
    if (ok === undefined) judged.set(row, (ok = indicated(row, c.diagnosisCodes, c.ageYears) || treatedWith(row, c)));
    if (ok) continue;
    lines.push({ it, units });
    rows.add(row);
  }
  if (!lines.length) return null;
  return {
    lineIds: lines.map((l) => l.it.lineId),
    groups: [...rows].map((r) => r.name).join('、'),
    sessions: lines.reduce((s, l) => s + l.units, 0),
    expected: [...rows].map((r) => `${r.name}：诊断 ${prefixList(r.indications)}${agePart(r)}`).join('；'),
    amount: toYuan(lines.reduce((s, l) => s + (l.units === l.it.quantity ? l.it.amountFen : prorateFen(l.it.amountFen, l.units, l.it.quantity)), 0)),
  };
}

/** A diagnosis calls for the therapy: one of its indications, or of its age-bounded indications at the member's age. */
function indicated(row: TherapyIndication, diagnosisCodes: readonly string[], ageYears: number): boolean {
  if (startsWithAny(diagnosisCodes, row.indications)) return true;
  return (row.ageIndications ?? []).some(
    (a) => (a.maxAgeYears === undefined || ageYears <= a.maxAgeYears) && (a.minAgeYears === undefined || ageYears >= a.minAgeYears) && startsWithAny(diagnosisCodes, a.codes),
  );
}

/** A treatment on the claim that calls for the therapy (withTreatments: MECT for MMSE). */
function treatedWith(row: TherapyIndication, c: StayContentInput): boolean {
  const t = row.withTreatments;
  if (t === undefined) return false;
  return startsWithAny(c.procedureCodes, t.procedures) || (t.items.length > 0 && c.items.some((it) => t.items.includes(rowCodeOf(it))));
}

function agePart(row: TherapyIndication): string {
  const ages = (row.ageIndications ?? []).map((a) =>
    a.maxAgeYears !== undefined ? `（${a.maxAgeYears}岁以下另有 ${prefixList(a.codes)}）` : `（${a.minAgeYears}岁及以上另有 ${prefixList(a.codes)}）`,
  );
  return ages.join('') + (row.withTreatments ? `（或同次${row.withTreatments.name}）` : '');
}

/**
 * 运动疗法, 针灸 and 推拿 need the patient awake and taking part; on the day of an operation under general or spinal
 * anaesthesia the patient is in theatre, then recovering from the block or the anaesthetic (the bedside exercises
 * the ERAS consensus starts that day, 踝泵 and 股四头肌等长收缩, are nursing-led, not a billed session). The day
 * after is not judged: the same consensus has guided exercise and walking from day 1.
 */
export function therapyOnOperationDay(c: StayContentInput): StayContentFacts['therapyOnOperationDay'] {
  const t = c.knowledge!.stayContent?.operationDayTherapy;
  const theatre = c.knowledge!.theatre;
  if (!t || !theatre) return null;
  const anaesthesia = new Set(theatre.operationDay.anaesthesia);
  const days = new Set(c.items.filter((it) => anaesthesia.has(it.code)).map((it) => it.date));
  if (days.size === 0) return null;
  const therapy = new Set(t.therapy);
  const lines = c.items.filter((it) => therapy.has(it.code) && days.has(it.date));
  if (!lines.length) return null;
  return {
    lineIds: lines.map((l) => l.lineId),
    dates: [...new Set(lines.map((l) => l.date))].sort().join('、'),
    names: [...new Set(lines.map((l) => l.name))].join('、'),
    amount: toYuan(lines.reduce((s, l) => s + l.amountFen, 0)),
  };
}

/**
 * 工娱治疗 and group therapy need a patient out of bed and in the group; on a day that also bills 特级护理, intensive
 * care, tube feeding or restraint the patient could not join it. Judged over the stay: at least `minDays` such days
 * (billed day after day for a bedridden patient: 虚记治疗次数), one day is not enough (a morning's restraint). A stay
 * coding immobility and tube feeding (`bedfast`) makes every day such a day: the record says the patient never got up.
 */
export function therapyWithoutParticipation(c: StayContentInput): StayContentFacts['therapyWithoutParticipation'] {
  const t = c.knowledge!.stayContent?.participationTherapy;
  if (!t) return null;
  const { lines: therapy, coded } = participationLines(c, t);
  if (!therapy.length) return null;
  const incapable = c.items.filter((it) => lineMatches(t.incapable, it));
  const bedfast = bedfastSigns(c, t);
  const incapableDays = new Set(incapable.map((it) => it.date));
  const lines = bedfast ? therapy : therapy.filter((it) => incapableDays.has(it.date));
  const days = [...new Set(lines.map((l) => l.date))].sort();
  if (days.length < t.minDays) return null;
  const onDays = new Set(days);
  const daySigns = incapable.filter((it) => onDays.has(it.date)).map((it) => it.name);
  return {
    days: days.length,
    dates: days.join('、'),
    names: [...new Set(lines.map((l) => l.name))].join('、') + (coded.length ? `（病案操作编码 ${coded.join('、')}）` : ''),
    signs: [...new Set([...(bedfast ?? []), ...daySigns])].join('、'),
    lineIds: lines.map((l) => l.lineId),
    amount: toYuan(lines.reduce((s, l) => s + l.amountFen, 0)),
  };
}

type Participation = NonNullable<StayContentLimits['participationTherapy']>;

/**
 * The stay's activity-therapy lines: its own items, else — where the record codes the activity therapy and the bill
 * has no line of its own for it — the rehabilitation rows it was billed under (a price list without 工娱治疗).
 */
function participationLines(c: StayContentInput, t: Participation): { lines: ItemFacts[]; coded: string[] } {
  const own = c.items.filter((it) => it.category === 'service' && lineMatches(t.therapy, it));
  const codedAs = t.codedAs;
  const coded = codedAs ? c.procedureCodes.filter((p) => underAny(p, codedAs.procedures)) : [];
  if (own.length || !codedAs || !coded.length) return { lines: own, coded: [] };
  return { lines: c.items.filter((it) => it.category === 'service' && lineMatches(codedAs.billedUnder, it)), coded: [...new Set(coded)] };
}

/** Immobility and tube feeding both coded on the stay, as named signs with their codes; null when not both. */
function bedfastSigns(c: StayContentInput, t: Participation): string[] | null {
  const b = t.bedfast;
  if (!b) return null;
  const dx = c.diagnosisCodes.filter((d) => underAny(d, b.immobility.diagnoses));
  const px = c.procedureCodes.filter((d) => underAny(d, b.tubeFeeding.procedures));
  if (!dx.length || !px.length) return null;
  return [`诊断${b.immobility.name}（${[...new Set(dx)].join('、')}）`, `操作${b.tubeFeeding.name}（${[...new Set(px)].join('、')}）`];
}
