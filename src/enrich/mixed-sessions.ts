import { toYuan } from '../money/fen';
import type { ItemFacts } from './item-fact-types';
import { isOf, unitsTaken, type ItemUseRow, type UnitsBeyondUse } from './item-uses';
import { rowCodeOf } from '../contract/catalogue-row';

// Sessions billed one per drug where the drugs are given mixed (item-uses.json `mixed`): budesonide and ipratropium
// nebulised twice a day are two sessions, not four (分解收费). The day's sessions are at most what its drugs can make:
// the largest count of any one compatible drug, plus each unit of a drug nebulised on its own.

/**
 * Every row with `mixed`: each day billing the service and some of its drugs, the sessions beyond the day's drugs
 * mixed. A claim on which one drug's units of a day exceed that day's sessions is not judged (several days' drug
 * dispensed at once, or a take-home pack: the days cannot be told apart); null when none goes beyond.
 */
export function sessionsBeyondMixing(items: readonly ItemFacts[], rows: readonly ItemUseRow[] | null | undefined): UnitsBeyondUse | null {
  const named: string[] = [];
  const names = new Set<string>();
  const detail: string[] = [];
  let units = 0;
  let fen = 0;
  for (const r of rows ?? []) {
    const mixed = r.mixed;
    if (!mixed) continue;
    const days = new Map<string, { service: ItemFacts[]; compatible: Map<string, number>; alone: number }>();
    const day = (date: string) => days.get(date) ?? days.set(date, { service: [], compatible: new Map(), alone: 0 }).get(date)!;
    for (const it of items) {
      if (isOf(r.item, it)) day(it.date).service.push(it);
      else if (!isOf(r.uses, it)) continue;
      else if (isOf({ ...mixed.compatible, name: r.uses.name, category: r.uses.category }, it)) {
        const d = day(it.date);
        const key = it.catalogue ? rowCodeOf(it) : it.name;
        d.compatible.set(key, (d.compatible.get(key) ?? 0) + it.quantity);
      } else day(it.date).alone += it.quantity;
    }
    const judged: { date: string; billed: number; most: number; alone: number; drugs: number; service: ItemFacts[] }[] = [];
    let dispensedAhead = false;
    for (const [date, d] of days) {
      const billed = d.service.reduce((s, l) => s + l.quantity, 0);
      const counts = [...d.compatible.values()];
      if (counts.some((q) => q > billed) || d.alone > billed) dispensedAhead = true;
      // Two or more compatible drugs that day: what a mix is; one drug alone is the sum check's (item-uses).
      if (billed === 0 || counts.length < 2) continue;
      judged.push({ date, billed, most: Math.max(...counts), alone: d.alone, drugs: counts.length, service: d.service });
    }
    if (dispensedAhead) continue;
    for (const j of judged.sort((a, b) => (a.date < b.date ? -1 : 1))) {
      const excess = j.billed - j.most - j.alone - mixed.allowancePerDay;
      if (excess <= 0) continue;
      units += excess;
      names.add(r.item.name);
      detail.push(`${j.date} ${r.item.name}${j.billed}次、可混合同次雾化的${j.drugs}种药品单药最多${j.most}支${j.alone ? `、需单独雾化的药品${j.alone}支` : ''}${mixed.allowancePerDay ? `（允许多${mixed.allowancePerDay}次）` : ''}`);
      const beyond = unitsTaken(j.service, excess);
      named.push(...beyond.lineIds);
      fen += beyond.fen;
    }
  }
  if (!named.length) return null;
  return { lineIds: named, names: [...names].join('、'), detail: detail.join('；'), units, amount: toYuan(fen) };
}
