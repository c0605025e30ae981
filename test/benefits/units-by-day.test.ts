import { startsWithAny } from '../../src/contract/code-prefix';
import { unitsByDay } from '../../src/benefits/units-by-day';

// drug-schedules.json fullDose, as both its readers take it (enrich/drug-schedule-facts.ts on one claim,
// cross-claim/dose-schedule.ts across claims): the day's units summed over its lines, and unlessDiagnoses matched by
// code-prefix.ts startsWithAny, which answers as the inline `codes.some((c) => prefixes.some((p) => c.startsWith(p)))`
// it replaced (docetaxel's C61 prostate, C16 gastric, C15 oesophageal).

describe('fullDose: the day sum and the exempting diagnoses', () => {
  it('sums a day\'s units over its lines, by whatever key names the day', () => {
    const lines = [{ day: 1, quantity: 4 }, { day: 1, quantity: 2 }, { day: 8, quantity: 1 }];
    expect([...unitsByDay(lines, (l) => l.day)]).toEqual([[1, 6], [8, 1]]);
    expect(unitsByDay(lines.map((l) => ({ ...l, claim: 'A' })), (l) => `${l.claim} ${l.day}`).get('A 1')).toBe(6);
  });

  it('startsWithAny gives the inline startsWith\'s answers on the table\'s prefixes', () => {
    const inline = (codes: readonly string[], prefixes: readonly string[] | undefined) => codes.some((c) => prefixes?.some((p) => c.startsWith(p)));
    const unless = ['C61', 'C16', 'C15'];
    const cases: string[][] = [['C61.x00'], ['C16.900', 'Z51.102'], ['C15.500'], ['C50.900'], ['C34.100', 'C61'], ['C6'], ['C161'], [], ['Z51.102', 'C16']];
    for (const codes of cases) {
      expect(startsWithAny(codes, unless)).toBe(inline(codes, unless));
      expect(startsWithAny(codes, [])).toBe(false);
      expect(inline(codes, undefined) ?? false).toBe(false);
    }
    expect(cases.map((c) => startsWithAny(c, unless))).toEqual([true, true, true, false, true, false, true, false, true]);
  });
});
