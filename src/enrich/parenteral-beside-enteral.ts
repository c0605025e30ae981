import { longestRun } from '../contract/dates';
import { startsWithAny, underAny } from '../contract/code-prefix';
import { distinctDates, drugDays, isParenteralNutrition } from './drug-days';
import type { ItemFacts } from './item-fact-types';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { rowCodeOf } from '../contract/catalogue-row';

/**
 * 过度诊疗 (stay-content.json parenteralBesideEnteral; sources.parenteralBesideEnteral): parenteral nutrition kept on
 * day after day beside enteral nutrition at its full daily dose (the catalogue row's usualPerDay). PN supplements EN
 * that cannot meet the need (CSPEN 2023, ESPEN: supplemental PN while EN < 60 % of target) and is tapered off over the
 * few days EN takes to reach it; once EN is at target the PN duplicates it. A full bolus regimen of tube feeds
 * (`tubeFeeds`: 鼻饲(注食) fullPerDay times a day or more) is such a dose too, its formula billed or not. Named when such days run at least minDays
 * in a row, on a stay coding none of `hypermetabolic` (burns, pancreatitis, sepsis, intestinal failure: needs above a
 * standard EN dose, or EN not absorbed) and no critical care (`criticalCare`), fed by tube (`tubeFeeding`). The PN's marks are those of infusion.unadministered.parenteralNutrition.
 */
export function parenteralBesideEnteral(c: StayContentInput): StayContentFacts['parenteralBesideEnteral'] {
  const content = c.knowledge!.stayContent;
  const t = content?.parenteralBesideEnteral;
  const pn = content?.infusion?.unadministered?.parenteralNutrition;
  if (!c.inpatient || !t || !pn || startsWithAny(c.diagnosisCodes, t.hypermetabolic)) return null;
  // In critical care the targets (energy by weight, protein 1.3 g/kg) are above a standard dose: SPN is judged at the bedside.
  const cc = t.criticalCare;
  if (cc && (startsWithAny(c.procedureCodes, cc.procedures) || c.items.some((it) => cc.codes.includes(rowCodeOf(it))))) return null;
  // Only a tube feed is a measured regimen; an oral supplement is sipped beside meals, its tins no measure of intake.
  // A decompression tube (胃插管减压) is coded under the feeding tube's prefix and feeds nothing.
  const suction = content?.enteralDecompression?.suctionTubes ?? [];
  const tube = c.procedureCodes.some((p) => underAny(p, t.tubeFeeding.procedures) && !underAny(p, suction)) || c.items.some((it) => t.tubeFeeding.items.includes(rowCodeOf(it)));
  if (!tube) return null;
  const name = (it: ItemFacts) => it.catalogue?.name ?? it.name;
  // The day's enteral doses, each line as a share of its row's daily dose (two TPF bottles, one tin of powder).
  const enteralDose = new Map<string, number>();
  for (const it of c.items) {
    if (it.category !== 'drug' || !t.enteralNameMarks.some((m) => name(it).includes(m))) continue;
    const perDay = it.catalogue?.usualPerDay ?? 0;
    if (perDay > 0) enteralDose.set(it.date, (enteralDose.get(it.date) ?? 0) + it.quantity / perDay);
  }
  // A day's bolus feeds through the tube as a share of a full regimen (tubeFeeds.fullPerDay): the feed is the dose
  // even when the formula is not billed; a day billing both counts the larger share, not their sum (the same feed).
  const feeds = new Map<string, number>();
  for (const it of c.items) if (t.tubeFeeds?.codes.includes(rowCodeOf(it))) feeds.set(it.date, (feeds.get(it.date) ?? 0) + it.quantity / t.tubeFeeds.fullPerDay);
  const dose = (date: string) => Math.max(enteralDose.get(date) ?? 0, feeds.get(date) ?? 0);
  const named = c.items.filter((it) => isParenteralNutrition(it, pn) && dose(it.date) >= 1);
  if (longestRun(distinctDates(named)) < t.minDays) return null;
  return drugDays(named);
}
