import type { ItemFacts } from './item-fact-types';
import type { DrugSchedule } from './knowledge';
import type { KnowledgeClaimInput } from './knowledge-claim-input';
import { rowCodeOf } from '../contract/catalogue-row';
import { startsWithAny } from '../contract/code-prefix';
import { unitsByDay } from '../benefits/units-by-day';

// Drugs given by cycle or week against their labelled schedule (rules/knowledge/drug-schedules.json).

/**
 * Drugs given once per cycle (or weekly) billed again within the label's interval, or more units within a cycle
 * than its highest dose allows: the later administration days are 虚记 or outside every labelled schedule. Only
 * where the drug is given (stays and clinic visits), not a pharmacy purchase. Each later day's lines name the
 * administration day before them; a cycle's lines beyond its units name the cycle's first day.
 */
export function applySchedules(c: KnowledgeClaimInput, schedules: ReadonlyMap<string, DrugSchedule>): void {
  let byRow: Map<DrugSchedule, ItemFacts[]> | null = null;
  for (const it of c.items) {
    if (it.category !== 'drug') continue;
    const row = schedules.get(rowCodeOf(it));
    if (row === undefined) continue;
    byRow ??= new Map();
    (byRow.get(row) ?? byRow.set(row, []).get(row)!).push(it);
  }
  if (byRow === null) return;
  for (const [row, lines] of byRow) {
    // A row judging only the member's supply across claims (ownCycle) says nothing about one claim's days.
    if (row.minIntervalDays === undefined && row.cycle === undefined && row.fullDose === undefined) continue;
    const findings = new Map<ItemFacts, string>();
    const dateOf = new Map(lines.map((l) => [l.dayIndex, l.date]));
    const days = [...dateOf.keys()].sort((a, b) => a - b);
    if (row.minIntervalDays !== undefined) {
      const interval = row.minIntervalDays;
      for (let i = 1; i < days.length; i++) {
        if (days[i] - days[i - 1] >= interval) continue;
        const text = `${row.name}给药间隔至少${interval}日，前次给药${dateOf.get(days[i - 1])}，相隔${days[i] - days[i - 1]}日`;
        for (const l of lines) if (l.dayIndex === days[i]) findings.set(l, text);
      }
    }
    const full = row.fullDose;
    if (full !== undefined && !startsWithAny(c.diagnosisCodes, full.unlessDiagnoses ?? [])) {
      // Once-per-cycle doses (fullDose): two days each of at least minUnits closer than the cycle's interval.
      const units = unitsByDay(lines, (l) => l.dayIndex);
      const fullDays = days.filter((d) => (units.get(d) ?? 0) >= full.minUnits);
      for (let i = 1; i < fullDays.length; i++) {
        const gap = fullDays[i] - fullDays[i - 1];
        if (gap >= full.minIntervalDays) continue;
        const text = `${row.name}每次${full.minUnits}支及以上为每周期剂量（超出每周方案的单次剂量），给药间隔至少${full.minIntervalDays}日，前次给药${dateOf.get(fullDays[i - 1])}，相隔${gap}日`;
        for (const l of lines) if (l.dayIndex === fullDays[i] && !findings.has(l)) findings.set(l, text);
      }
    }
    if (row.cycle !== undefined) {
      // Lines in date order; a cycle opens on an administration day and spans cycle.days days.
      const { days: span, maxUnits } = row.cycle;
      const ordered = [...lines].sort((a, b) => a.dayIndex - b.dayIndex);
      let first = -Infinity;
      let units = 0;
      for (const l of ordered) {
        if (l.dayIndex - first >= span) (first = l.dayIndex), (units = 0);
        units += l.quantity;
        if (units > maxUnits && !findings.has(l)) {
          const unit = l.catalogue?.unit ?? '支';
          findings.set(l, `${row.name}每${span}日周期至多${maxUnits}${unit}，自${dateOf.get(first)}起累计${units}${unit}`);
        }
      }
    }
    if (days.length < 2 && findings.size === 0) continue;
    for (const l of lines) {
      // A consistency row's own finding on the line is not overwritten.
      if (l.contextSupported === false) continue;
      const text = findings.get(l);
      l.contextSupported = text === undefined;
      l.contextFinding = 'schedule';
      l.contextExpected = text ?? null;
    }
  }
}
