/**
 * Hours of a service that do not fit in the day beside another way of doing the same that the patient receives only
 * before or after it (catalogue includesDuring `sequential`: one airway at a time): the day's 24 plus the overlap a
 * row allows, less the other services' hours, is the room this one has. One reading for the procedure coded on the
 * hours (procedure-facts.ts) and for the line billed beside them (item-facts.ts).
 */
export function hoursBeyondDay(hours: number, besideHours: number, overlapHours: number): number {
  return Math.max(0, hours - Math.max(0, 24 + overlapHours - besideHours));
}
