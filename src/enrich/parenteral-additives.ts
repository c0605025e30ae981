import { drugDays, isParenteralNutrition } from './drug-days';
import type { ItemFacts } from './item-fact-types';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { rowCodeOf } from '../contract/catalogue-row';

/**
 * 超限定支付 (stay-content.json parenteralAdditives; sources.parenteralAdditives): the additives of a parenteral
 * nutrition bag — water-soluble vitamins, trace elements, alanyl glutamine — billed on a stay that bills no parenteral
 * nutrition at all. The 目录 pays them 限与肠外营养配合使用 (glutamine 限有肠外营养指征), and their labels add them to the
 * amino-acid or all-in-one bag (glutamine may not be infused alone); in glucose or saline they are a vitamin drip. The
 * stay as a whole is read, not the day: an additive hung on a day the bag was not is still part of one course of PN.
 * The PN is told as infusion.unadministered.parenteralNutrition tells it (amino acids, lipid emulsions, all-in-one bags).
 */
export function parenteralAdditiveAlone(c: StayContentInput): StayContentFacts['parenteralAdditiveAlone'] {
  const content = c.knowledge!.stayContent;
  const t = content?.parenteralAdditives;
  const pn = content?.infusion?.unadministered?.parenteralNutrition;
  if (!c.inpatient || !t || !pn) return null;
  const name = (it: ItemFacts) => it.catalogue?.name ?? it.name;
  const additives = c.items.filter((it) => it.category === 'drug' && (t.codes.includes(rowCodeOf(it)) || t.nameMarks.some((m) => name(it).includes(m))));
  if (!additives.length || c.items.some((it) => isParenteralNutrition(it, pn))) return null;
  return drugDays(additives);
}
