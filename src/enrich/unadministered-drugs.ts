import { longestRun } from '../contract/dates';
import { startsWithAny, underAny } from '../contract/code-prefix';
import { atcOf } from './knowledge';
import { distinctDates, drugDays, isParenteralNutrition } from './drug-days';
import type { ItemFacts } from './item-fact-types';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { rowCodeOf } from '../contract/catalogue-row';

// 虚记静脉用药 (stay-content.json infusion.unadministered; sources.infusionUnadministered): a drug the stay infuses on
// some days, billed on others with nothing that gives it — no injection, infusion, transfusion, circuit, operation or
// critical-care nursing that day.

/** Whether a line gives the day's drugs: an administration service, an operation or anaesthesia, critical-care nursing, a pump. */
function gives(it: ItemFacts, administration: readonly string[], careNursing: ReadonlySet<string>): boolean {
  // A set, syringe or cannula is what a drug goes in by, fee or none.
  if (it.category === 'consumable') return true;
  if (it.category === 'drug') return false;
  const code = rowCodeOf(it);
  if (startsWithAny([code, it.code], administration) || careNursing.has(code)) return true;
  // A service the catalogue does not know may be the region's own pump or injection row: taken as giving.
  if (!it.catalogue) return true;
  return it.catalogue.subcategory === 'surgery' || it.catalogue.subcategory === 'blood' || it.name.includes('泵');
}

/**
 * The parenteral drug lines of a stay billed on days with nothing that gives them, for the drugs the stay bills beside
 * an infusion group on other days (the ward bills the infusion that gives them); named when such days number at
 * least minDays. The discharge day is left out (a take-home supply).
 */
export function parenteralUnadministered(c: StayContentInput): StayContentFacts['parenteralUnadministered'] {
  const content = c.knowledge!.stayContent;
  const codes = content?.infusion;
  const t = codes?.unadministered;
  if (!c.inpatient || !codes || !t) return null;
  const groupCodes = new Set([...codes.first, ...codes.additional]);
  const careNursing = new Set(content.bedBlocking?.careNursing ?? []);
  // A carrier fluid (B05) is the diluent the drug is given in: the infusion happened, its fee aside.
  const carrier = (it: ItemFacts) => it.parenteral && underAny(atcOf(it.code, it.catalogue) ?? '', ['B05']);
  const givenDays = new Set<string>();
  const infusionDays = new Set<string>();
  for (const it of c.items) {
    if (groupCodes.has(it.code)) infusionDays.add(it.date);
    if (gives(it, t.administration, careNursing) || carrier(it)) givenDays.add(it.date);
  }
  const judged = (it: ItemFacts) => {
    if (!it.parenteral || it.date >= c.endDate) return false;
    const atc = atcOf(it.code, it.catalogue);
    return atc === null || !underAny(atc, t.notJudgedAtc);
  };
  const infused = new Set(c.items.filter((it) => judged(it) && infusionDays.has(it.date)).map(rowCodeOf));
  const named = c.items.filter((it) => judged(it) && !givenDays.has(it.date) && infused.has(rowCodeOf(it)));
  if (distinctDates(named).length < t.minDays) return null;
  return drugDays(named);
}

/**
 * Parenteral nutrition (stay-content.json infusion.unadministered.parenteralNutrition): amino acids and lipid emulsions
 * have no route but a vein, a bag run over hours each day, so unlike a drug the ward may give by push or leave its fee
 * off, a stay whose nutrition days mostly carry nothing that gives it — no infusion, set, cannula, diluent, transfusion,
 * circuit, operation or critical-care nursing — bills a feed it did not infuse (a tube feed billed as PN: 串换). Named when
 * such days run at least minDays in a row and number more than half the nutrition's days; the discharge day is left out.
 */
export function parenteralNutritionUngiven(c: StayContentInput): StayContentFacts['parenteralNutritionUngiven'] {
  const content = c.knowledge!.stayContent;
  const t = content?.infusion?.unadministered;
  const pn = t?.parenteralNutrition;
  if (!c.inpatient || !t || !pn) return null;
  const careNursing = new Set(content!.bedBlocking?.careNursing ?? []);
  const isNutrition = (it: ItemFacts) => isParenteralNutrition(it, pn);
  // A carrier fluid other than the nutrition itself (saline, glucose) is an infusion hung that day. The bag's own
  // additives (water-soluble vitamins B05XC, trace elements B05XA, glutamine: stay-content.json parenteralAdditives)
  // are not: their labels add them to the nutrition bag (目录: 限与肠外营养配合使用), so they go where the bag goes.
  const add = content!.parenteralAdditives;
  const additive = (it: ItemFacts) => !!add && (add.codes.includes(rowCodeOf(it)) || add.nameMarks.some((m) => (it.catalogue?.name ?? it.name).includes(m)));
  const carrier = (it: ItemFacts) => it.parenteral && underAny(atcOf(it.code, it.catalogue) ?? '', ['B05']) && !isNutrition(it) && !additive(it);
  const givenDays = new Set(c.items.filter((it) => gives(it, t.administration, careNursing) || carrier(it)).map((it) => it.date));
  const nutrition = c.items.filter((it) => isNutrition(it) && it.date < c.endDate);
  const nutritionDays = new Set(nutrition.map((l) => l.date));
  const named = nutrition.filter((l) => !givenDays.has(l.date));
  const dates = distinctDates(named);
  // A daily course: minDays ungiven days in a row (a weekly bottle with its fee left off is not a feed).
  if (longestRun(dates) < pn.minDays || dates.length * 2 <= nutritionDays.size) return null;
  return { ...drugDays(named), nutritionDays: nutritionDays.size };
}
