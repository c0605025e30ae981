import { daysBetween } from '../contract/dates';
import { daysOfSupply, supplyPerDay } from '../benefits/days-of-supply';
import { toYuan } from '../money/fen';
import { startsWithAny } from '../contract/code-prefix';
import type { ItemFacts } from './item-fact-types';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { isRoutine } from './stay-day-content';

// 虚构住院天数 after the take-home drugs (stay-content.json bedBlocking.afterTakeHome): 出院带药 is dispensed with the
// discharge order, when the patient leaves; a stay whose take-home supply was handed over days before the discharge
// date, and whose bill after it holds only bed, nursing and the ward round, kept the bed after the patient left.

/**
 * The last day before the discharge day that dispensed a take-home supply — an oral drug in a quantity lasting
 * beyond the stay's remaining days (that day to discharge, both counted), at the larger of the catalogue's daily
 * quantity and the most the stay gave in one day — when every line after it is bed, nursing (not a care grade) or
 * the ward round, and at least `minDaysAfter` days lie between it and the discharge day. null otherwise, and for a
 * stay whose care is the bed itself (notJudgedDiagnoses: 安宁疗护).
 */
export function afterTakeHome(c: StayContentInput): StayContentFacts['afterTakeHome'] {
  const content = c.knowledge?.stayContent;
  const limits = content?.bedBlocking;
  if (!content || !limits?.afterTakeHome || startsWithAny(c.diagnosisCodes, limits.notJudgedDiagnoses)) return null;
  const supplied = takeHomeSupplies(c.items, c.endDate, limits.afterTakeHome.admissionLoadingDays);
  const last = supplied.reduce<string | null>((d, s) => (d === null || s.date > d ? s.date : d), null);
  if (last === null || daysBetween(last, c.endDate) < limits.afterTakeHome.minDaysAfter) return null;
  const careNursing = new Set(limits.careNursing);
  const after = c.items.filter((it) => it.date > last);
  if (!after.length || after.some((it) => !isRoutine(it) || careNursing.has(it.code))) return null;
  const dates = [...new Set(after.map((it) => it.date))].sort();
  return {
    supplyDate: last,
    drugs: supplied.filter((s) => s.date === last).map((s) => `${s.name}${s.days}天`).join('、'),
    days: daysBetween(last, c.endDate),
    dates: dates.join('、'),
    lineIds: after.map((it) => it.lineId),
    amount: toYuan(after.reduce((s, it) => s + it.amountFen, 0)),
  };
}

/** Oral drug rows dispensed on a day before discharge in a quantity lasting past the discharge day. */
function takeHomeSupplies(items: readonly ItemFacts[], endDate: string, loadingDays: number): { date: string; name: string; days: number }[] {
  const perRowDay = new Map<string, { date: string; name: string; usual: number; code: string; quantity: number; admission: boolean }>();
  for (const it of items) {
    const usual = supplyPerDay(it.catalogue);
    // A multi-dose unit (an inhaler, a pen: under one a day) opened in the ward lasts many days by nature.
    if (it.category !== 'drug' || it.date >= endDate || !usual || usual < 1 || it.parenteral) continue;
    const key = `${it.catalogue!.code}\u0000${it.date}`;
    const row = perRowDay.get(key) ?? { date: it.date, name: it.name, usual, code: it.catalogue!.code, quantity: 0, admission: it.dayIndex < 1 };
    row.quantity += it.quantity;
    perRowDay.set(key, row);
  }
  // The admission day's larger quantity, up to `loadingDays` days' worth, is a loading dose (clopidogrel 300–600 mg,
  // aspirin 300 mg in an acute coronary syndrome) given with the admission orders: neither a supply nor the daily quantity.
  const loading = (r: { admission: boolean; quantity: number; usual: number }) => r.admission && r.quantity <= r.usual * loadingDays;
  const out: { date: string; name: string; days: number }[] = [];
  for (const r of perRowDay.values()) {
    if (loading(r)) continue;
    // The patient's own daily quantity where the stay shows it: the most of the row given on another day.
    const others = [...perRowDay.values()].filter((o) => o.code === r.code && o.date !== r.date && !o.admission).map((o) => o.quantity);
    const perDay = Math.max(r.usual, ...others);
    const days = daysOfSupply(r.quantity, perDay);
    if (days > daysBetween(r.date, endDate) + 1) out.push({ date: r.date, name: r.name, days });
  }
  return out;
}
