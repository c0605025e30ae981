import { underAny } from '../contract/code-prefix';
import type { ItemFacts } from './item-fact-types';
import { atcOf } from './knowledge';
import { rowCodeOf } from '../contract/catalogue-row';

// Services priced per drug prepared (catalogue countedByDrugs: 化疗药物配置, 组). A regimen of two or three drugs is
// compounded two or three times a day, one line each (《全国医疗服务价格项目规范》计价单位): the day's count, which the
// duplicate and the daily-limit rules read through one mark (repeatExplained), as for serial tests.

/**
 * Marks `repeatExplained` on the lines of such a service on a day whose quantity the day's distinct drugs of the row's
 * ATC groups given by injection or infusion account for, within the row's daily limit. A day with fewer such drugs
 * than preparations billed (a line copied, a preparation for an oral drug) keeps its duplicate. Every such line gets
 * `preparedDrugs` (catalogue.preparation-without-drug reads it).
 */
export function markDrugPreparations(items: readonly ItemFacts[]): void {
  let drugsOn: Map<string, Map<string, Set<string>>> | null = null;
  for (const it of items) {
    const counted = it.catalogue?.countedByDrugs;
    if (!counted) continue;
    drugsOn ??= new Map();
    const key = counted.atc.join(',');
    let byDate = drugsOn.get(key);
    if (!byDate) drugsOn.set(key, (byDate = parenteralDrugsByDate(items, counted.atc)));
    const drugs = byDate.get(it.date)?.size ?? 0;
    // None on the day: a PN bag or a plain drip charged as chemotherapy compounding (catalogue.preparation-without-drug).
    it.preparedDrugs = drugs;
    if (it.repeatExplained) continue;
    const most = Math.min(drugs, it.catalogue?.maxPerDay ?? Infinity);
    if (it.quantityOnDay <= most) it.repeatExplained = true;
  }
}

/** Date → the distinct drugs (row codes) of those ATC groups given by injection or infusion that day. */
function parenteralDrugsByDate(items: readonly ItemFacts[], atc: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const it of items) {
    if (!it.parenteral) continue;
    const code = atcOf(it.code, it.catalogue);
    if (code === null || !underAny(code, atc)) continue;
    const drugs = out.get(it.date) ?? out.set(it.date, new Set()).get(it.date)!;
    drugs.add(rowCodeOf(it));
  }
  return out;
}
