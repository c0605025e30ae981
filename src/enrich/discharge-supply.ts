import { addDays } from '../contract/dates';
import { daysOfSupply, onDaysShare, packDays, supplyPerDay, TAKE_HOME_DAYS_BEFORE_DISCHARGE } from '../benefits/days-of-supply';
import type { HistoryLimits } from '../benefits/history-knowledge';
import { toFen, toYuan } from '../money/fen';
import type { ItemFacts } from './item-fact-types';

// 出院带药超量: drugs dispensed on the discharge day (or the last day in bed, each day judged alone) of a stay for more days than the discharge limit
// (rules/history/limits.json dischargeSupply; 12 weeks where the line is marked 长处方), or than the catalogue row's
// own 限定天数 (maxDays). Days of supply as the member ledger counts them (benefits/days-of-supply.ts), of the
// quantity summed per catalogue row over the day's lines; a row without a usual daily quantity is not judged.
// Up to one dispensing unit's days beyond the limit (a pen, an inhaler) is the pack size.
// The daily quantity is the patient's own where the stay shows it: a drug the stay gave on its earlier days is
// counted at the largest quantity of one day (risperidone 3 mg, atorvastatin 40 mg after an infarction), since the
// bill carries no prescribed dose and the catalogue's usual quantity is only a typical one; otherwise the usual.
// Not for a multi-dose unit (usual quantity below one a day: an inhaler, an insulin pen, an eye-drop bottle): the one
// billed on a day of the stay is a device opened, which lasts many days, not that day's dose; its days are the
// catalogue's, as the supply ledger counts them.

export interface DischargeSupplyFacts {
  /** Each drug above its limit with its days: "替格瑞洛片90天（限30天）". */
  drugs: string;
  /** The largest number of days found, and the limit it is judged against. */
  days: number;
  limitDays: number;
  lineIds: string[];
  /** The money for the days beyond the limit, yuan (each line's share beyond). */
  amount: number;
}

/** Default when limits.json carries no dischargeSupply (SAMPLE, as the file says). */
export const DEFAULT_DISCHARGE_LIMIT_DAYS = 30;

export function dischargeSupply(items: readonly ItemFacts[], endDate: string, limits: HistoryLimits): DischargeSupplyFacts | null {
  // 出院带药 is ordered with the discharge order, often the day before (days-of-supply.ts): the last day in bed is read
  // too, on its own (that day's dose beside a discharge-day supply is no part of it), never the admission day.
  const lastInBed = addDays(endDate, -TAKE_HOME_DAYS_BEFORE_DISCHARGE);
  const onDischarge = supplyOn(items, endDate, endDate, limits);
  const before = supplyOn(items.filter((it) => it.dayIndex >= 1), lastInBed, endDate, limits);
  if (!onDischarge) return before;
  if (!before) return onDischarge;
  const worst = before.days - before.limitDays > onDischarge.days - onDischarge.limitDays ? before : onDischarge;
  return {
    drugs: `${before.drugs}、${onDischarge.drugs}`, days: worst.days, limitDays: worst.limitDays,
    lineIds: [...before.lineIds, ...onDischarge.lineIds], amount: toYuan(toFen(before.amount) + toFen(onDischarge.amount)),
  };
}

/** The drugs dispensed on `date` for more days than the limit; the stay's own daily dose read from the days before it. */
function supplyOn(items: readonly ItemFacts[], date: string, endDate: string, limits: HistoryLimits): DischargeSupplyFacts | null {
  const byRow = new Map<string, ItemFacts[]>();
  for (const it of items) {
    if (it.category !== 'drug' || it.date !== date || !supplyPerDay(it.catalogue)) continue;
    const key = it.catalogue!.code;
    (byRow.get(key) ?? byRow.set(key, []).get(key)!).push(it);
  }
  if (!byRow.size) return null;
  const stayDose = dosesGivenInStay(items, date < endDate ? date : endDate, byRow);
  const ordinary = limits.dischargeSupply?.limitDays ?? DEFAULT_DISCHARGE_LIMIT_DAYS;
  const long = limits.dischargeSupply?.longPrescriptionLimitDays ?? limits.supply.longPrescriptionLimitDays;
  const found: string[] = [];
  const lineIds: string[] = [];
  let fen = 0;
  let worst: { days: number; limit: number } | null = null;
  for (const lines of byRow.values()) {
    const entry = lines[0].catalogue!;
    const usual = supplyPerDay(entry) as number;
    // The stay's daily quantity is a day on; a drug given by cycle spreads it over the cycle's days as `usual` is.
    const stayPerDay = packDays(usual) > 0 ? 0 : (stayDose.get(entry.code) ?? 0);
    const given = stayPerDay * onDaysShare(entry);
    const perDay = Math.max(usual, given);
    const days = daysOfSupply(lines.reduce((s, l) => s + l.quantity, 0), perDay);
    const rowMax = typeof entry.maxDays === 'number' ? entry.maxDays : Number.POSITIVE_INFINITY;
    const limit = Math.min(lines.some((l) => l.longPrescription) ? long : ordinary, rowMax);
    if (days <= limit + packDays(perDay)) continue;
    const dose = given > usual ? `，按住院期间每日${stayPerDay}${entry.unit ?? ''}计` : '';
    found.push(`${lines[0].name}${days}天（限${limit}天${dose}）`);
    for (const l of lines) {
      lineIds.push(l.lineId);
      fen += Math.round((l.amountFen * (days - limit)) / days);
    }
    if (!worst || days - limit > worst.days - worst.limit) worst = { days, limit };
  }
  if (!worst) return null;
  return { drugs: found.join('、'), days: worst.days, limitDays: worst.limit, lineIds, amount: toYuan(fen) };
}

/** The largest quantity of each discharge drug's row billed on one earlier day of the stay. */
function dosesGivenInStay(items: readonly ItemFacts[], endDate: string, rows: ReadonlyMap<string, unknown>): Map<string, number> {
  const perDay = new Map<string, number>();
  for (const it of items) {
    const code = it.catalogue?.code;
    if (it.category !== 'drug' || it.date >= endDate || !code || !rows.has(code)) continue;
    const key = `${code}\u0000${it.date}`;
    perDay.set(key, (perDay.get(key) ?? 0) + it.quantity);
  }
  const out = new Map<string, number>();
  for (const [key, q] of perDay) {
    const code = key.slice(0, key.indexOf('\u0000'));
    out.set(code, Math.max(out.get(code) ?? 0, q));
  }
  return out;
}
