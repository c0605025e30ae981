// A drug's units summed per administration day, the one sum both readers of drug-schedules.json's once-per-cycle dose
// (fullDose: a day of at least minUnits) take: the claim's own days (enrich/drug-schedule-facts.ts) and the days of the
// member's claims paired across claims (cross-claim/dose-schedule.ts). Here, below both: enrich/ imports benefits/.

/** Units a day (or any key naming one: a claim's day), summed over the lines: one dose may be billed on several lines. */
export function unitsByDay<T extends { quantity: number }, K>(lines: readonly T[], dayOf: (line: T) => K): Map<K, number> {
  const units = new Map<K, number>();
  for (const l of lines) {
    const day = dayOf(l);
    units.set(day, (units.get(day) ?? 0) + l.quantity);
  }
  return units;
}
