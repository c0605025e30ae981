import { daysOfSupply, packDays } from '../benefits/days-of-supply';
import type { HistoryLimits } from '../benefits/history-knowledge';
import { toYuan } from '../money/fen';
import type { ItemFacts } from './item-fact-types';

// 出院带药超量: drugs dispensed on the discharge day of a stay for more days than the discharge limit
// (rules/history/limits.json dischargeSupply; 12 weeks where the line is marked 长处方), or than the catalogue row's
// own 限定天数 (maxDays). Days of supply as the member ledger counts them (benefits/days-of-supply.ts), of the
// quantity summed per catalogue row over the day's lines; a row without a usual daily quantity is not judged.
// Up to one dispensing unit's days beyond the limit (a pen, an inhaler) is the pack size.

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
  const byRow = new Map<string, ItemFacts[]>();
  for (const it of items) {
    if (it.category !== 'drug' || it.date !== endDate || !it.catalogue?.usualPerDay) continue;
    const key = it.catalogue.code;
    (byRow.get(key) ?? byRow.set(key, []).get(key)!).push(it);
  }
  if (!byRow.size) return null;
  const ordinary = limits.dischargeSupply?.limitDays ?? DEFAULT_DISCHARGE_LIMIT_DAYS;
  const long = limits.dischargeSupply?.longPrescriptionLimitDays ?? limits.supply.longPrescriptionLimitDays;
  const found: string[] = [];
  const lineIds: string[] = [];
  let fen = 0;
  let worst: { days: number; limit: number } | null = null;
  for (const lines of byRow.values()) {
    const entry = lines[0].catalogue!;
    const perDay = entry.usualPerDay as number;
    const days = daysOfSupply(lines.reduce((s, l) => s + l.quantity, 0), perDay);
    const rowMax = typeof entry.maxDays === 'number' ? entry.maxDays : Number.POSITIVE_INFINITY;
    const limit = Math.min(lines.some((l) => l.longPrescription) ? long : ordinary, rowMax);
    if (days <= limit + packDays(perDay)) continue;
    found.push(`${lines[0].name}${days}天（限${limit}天）`);
    for (const l of lines) {
      lineIds.push(l.lineId);
      fen += Math.round((l.amountFen * (days - limit)) / days);
    }
    if (!worst || days - limit > worst.days - worst.limit) worst = { days, limit };
  }
  if (!worst) return null;
  return { drugs: found.join('、'), days: worst.days, limitDays: worst.limit, lineIds, amount: toYuan(fen) };
}
