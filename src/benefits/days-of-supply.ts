// Days of a drug's supply, one definition for every check that counts them: the member ledger's purchases
// (cross-claim oversupply and multi-pharmacy), 出院带药 on a stay's discharge day, and the catalogue's own
// 限定天数 (maxDays) on a line. Quantity ÷ the catalogue row's daily quantity; the callers choose which lines'
// quantities are summed (a ledger line, the discharge day's lines of one catalogue row, a claim's lines of one code).

/** A drug the label gives by cycle: taken daysOn days of every cycleDays (catalogue supplyCycle). */
export interface SupplyCycle {
  daysOn: number;
  cycleDays: number;
}

/**
 * The daily quantity supply is counted with: the row's supplyPerDay (a titrated drug's highest maintenance dose), else
 * its usual; for a drug given by cycle (supplyCycle) spread over the cycle's calendar days, so the tablets of 14 days
 * on cover the 21 days of the cycle.
 */
export function supplyPerDay(row: { usualPerDay?: number; supplyPerDay?: number; supplyCycle?: SupplyCycle } | null | undefined): number | undefined {
  const perDay = row?.supplyPerDay ?? row?.usualPerDay;
  return perDay === undefined ? undefined : perDay * onDaysShare(row);
}

/** The share of calendar days a drug is taken on: daysOn ÷ cycleDays of its cycle, else 1. */
export function onDaysShare(row: { supplyCycle?: SupplyCycle } | null | undefined): number {
  const c = row?.supplyCycle;
  return c ? c.daysOn / c.cycleDays : 1;
}

/** Days the quantity lasts at `perDay` units a day, to one decimal (the ledger's purchases; 出院带药 per catalogue row). */
export function daysOfSupply(quantity: number, perDay: number): number {
  return Math.round((quantity / perDay) * 10) / 10;
}

/** The same in whole days begun (a line's days against the catalogue's 限定天数: a day begun is a day supplied). */
export function wholeDaysOfSupply(quantity: number, perDay: number): number {
  return Math.ceil(quantity / perDay);
}

/**
 * Days one dispensing unit lasts where that is more than a day (a pen, an inhaler), else 0: drugs come in whole
 * units, so up to one unit's days beyond a supply limit is the pack size, not oversupply.
 */
export function packDays(perDay: number): number {
  return perDay < 1 ? 1 / perDay : 0;
}

/**
 * A stay's drug lines on its last day in bed and its discharge day are the supply taken home (出院带药 is ordered with
 * the discharge order, often the day before): the course still running at discharge.
 */
export const TAKE_HOME_DAYS_BEFORE_DISCHARGE = 1;
