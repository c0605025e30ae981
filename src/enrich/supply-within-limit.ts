import { daysOfSupply, packDays, supplyPerDay } from '../benefits/days-of-supply';
import { genericDrugKey, type HistoryLimits } from '../benefits/history-knowledge';
import type { ItemFacts } from './item-fact-types';

// A visit's or purchase's drug supply within the policy's dispensing limit (rules/history/limits.json supply: a month,
// 84 days on a line marked 长处方, 《长期处方管理规范（试行）》): a 门诊慢特病 member's month of tablets or of
// peritoneal dialysis fluid is what the policy lets one dispensing cover, not an overdose. Days of supply as the
// member ledger counts them (benefits/days-of-supply.ts: the claim's quantity of one drug ÷ the row's supplyPerDay,
// a cycle's tablets over its calendar days; one dispensing unit beyond is the pack size). Whether supply beyond that
// is held is the ledger's question (history.drug-oversupply), with the purchases before; the model's quantity
// signal reads only the lines beyond (model/fraud-signal.ts).
// In a stay, a drug the label gives by cycle (catalogue supplyCycle: capecitabine d1–14 q3w) is dispensed for the
// cycle's days on at the chemotherapy stay that starts it, the tablets taken at home after discharge: a quantity
// within one cycle's days on is the cycle, not an overdose (history.drug-oversupply counts cycles across stays).

/** Drug lines whose drug's days of supply on the claim are within the dispensing limit (a stay: a cycle drug within one cycle's days on); a row without a daily quantity is not counted. */
export function supplyWithinLimit(items: readonly ItemFacts[], inpatient: boolean, limits: HistoryLimits): string[] {
  if (inpatient) return cycleWithinDaysOn(items);
  const byDrug = new Map<string, ItemFacts[]>();
  for (const it of items) {
    if (it.category !== 'drug' || !supplyPerDay(it.catalogue)) continue;
    const key = genericDrugKey(it.code, it.catalogue);
    (byDrug.get(key) ?? byDrug.set(key, []).get(key)!).push(it);
  }
  const within: string[] = [];
  for (const lines of byDrug.values()) {
    const perDay = supplyPerDay(lines[0].catalogue) as number;
    const days = daysOfSupply(lines.reduce((s, l) => s + l.quantity, 0), perDay);
    const limit = lines.some((l) => l.longPrescription) ? limits.supply.longPrescriptionLimitDays : limits.supply.limitDays;
    if (days <= limit + packDays(perDay)) within.push(...lines.map((l) => l.lineId));
  }
  return within;
}

/** A stay's lines of a cycle drug whose quantity on the claim lasts at most one cycle's days on at the row's daily quantity. */
function cycleWithinDaysOn(items: readonly ItemFacts[]): string[] {
  const byCode = new Map<string, ItemFacts[]>();
  for (const it of items) {
    if (it.category !== 'drug' || !it.catalogue?.supplyCycle) continue;
    const key = it.catalogue.code;
    (byCode.get(key) ?? byCode.set(key, []).get(key)!).push(it);
  }
  const within: string[] = [];
  for (const lines of byCode.values()) {
    const row = lines[0].catalogue!;
    const perDay = row.supplyPerDay ?? row.usualPerDay;
    if (perDay === undefined) continue;
    if (daysOfSupply(lines.reduce((s, l) => s + l.quantity, 0), perDay) <= row.supplyCycle!.daysOn + packDays(perDay)) within.push(...lines.map((l) => l.lineId));
  }
  return within;
}
