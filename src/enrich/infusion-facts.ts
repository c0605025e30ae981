import { itemIn } from '../contract/catalogue-row';
import { toYuan } from '../money/fen';
import type { ItemFacts } from './item-fact-types';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import type { StayContentLimits } from './stay-knowledge';

// Infusion groups billed beyond the parenteral drugs of their day (虚记数量, stay-content.json infusion).

interface InfusionDay {
  parenteral: number;
  bags: number;
  first: ItemFacts[];
  additional: ItemFacts[];
}

/**
 * The infusion lines of each day beside its parenteral units (bottles, bags, vials of drugs given by injection or
 * infusion) and those of them dispensed by the bottle or bag (a line the catalogue does not know counts as one: not
 * judged a vial). A line of three bottles of saline can make three groups; two vials of ceftriaxone in one bottle of
 * saline make one.
 */
function infusionDays(items: readonly ItemFacts[], codes: NonNullable<StayContentLimits['infusion']>): Map<string, InfusionDay> {
  const first = new Set(codes.first);
  const additional = new Set(codes.additional);
  const bagUnits = new Set(codes.bagUnits);
  const days = new Map<string, InfusionDay>();
  const day = (date: string) => days.get(date) ?? days.set(date, { parenteral: 0, bags: 0, first: [], additional: [] }).get(date)!;
  for (const it of items) {
    if (it.parenteral) {
      const units = Math.max(1, it.quantity);
      day(it.date).parenteral += units;
      if (!it.catalogue?.unit || bagUnits.has(it.catalogue.unit)) day(it.date).bags += units;
    } else if (first.has(it.code)) day(it.date).first.push(it);
    else if (additional.has(it.code)) day(it.date).additional.push(it);
  }
  return days;
}

/**
 * What a day's groups can be: at a clinic visit its bottles and bags (with none billed, its vials: a carrier not on the
 * bill); on a stay its parenteral units (the ward's bills carry one carrier for several vial drugs a day).
 */
const hungOn = (d: InfusionDay, inpatient: boolean) => (!inpatient && d.bags ? d.bags : d.parenteral);

/**
 * Marks `repeatExplained` on the additional-group lines (静脉输液 每增加一组) of a day billed on more than one line whose
 * groups the day's bottles and bags account for, within the row's daily limit: the row is priced per group, one bottle
 * or bag hung, so lines written at different hours (the emergency room, the cath lab, the ward) add up to the day's
 * count, not a second charge of one service (catalogue.duplicate-charge). Vials added to a bottle are not counted here
 * (the infusion check's looser count for a stay), and lines of the same count are not marked: a copied line is the
 * duplicate it looks like.
 */
export function markInfusionGroups(items: readonly ItemFacts[], content: StayContentLimits): void {
  const codes = content.infusion;
  if (!codes) return;
  for (const d of infusionDays(items, codes).values()) {
    if (d.additional.length < 2) continue;
    const groups = [...d.first, ...d.additional].reduce((s, l) => s + l.quantity, 0);
    // A line repeated with the same count is the copy 重复收费 is; orders written apart carry their own counts.
    if (groups > d.bags || new Set(d.additional.map((l) => l.quantity)).size < d.additional.length) continue;
    for (const l of d.additional) if (l.catalogue?.maxPerDay !== undefined && l.quantityOnDay <= l.catalogue.maxPerDay) l.repeatExplained = true;
  }
}

/**
 * Marks each infusion-set line (infusion.sets) with its day's infusion groups (dayGroups): a set serves a bottle or bag
 * hung, and an intermittent infusion disconnected, or a drug incompatible with the one before, is given through a new
 * set (WS/T 433—2013《静脉治疗护理技术操作规范》: 输液器 changed every 24 h, and between drugs incompatible with each
 * other), so two groups a day may bill two sets: the model reads the line's quantity against them (features.ts).
 */
export function markInfusionSets(items: readonly ItemFacts[], content: StayContentLimits): void {
  const codes = content.infusion;
  if (!codes?.sets.length) return;
  const sets = new Set(codes.sets);
  const groups = new Map<string, number>();
  for (const d of infusionDays(items, codes).entries()) groups.set(d[0], [...d[1].first, ...d[1].additional].reduce((s, l) => s + l.quantity, 0));
  for (const it of items) if (itemIn(sets, it)) it.dayGroups = groups.get(it.date) ?? 0;
}

/**
 * Infusion groups against the parenteral drugs of the same day: a day billing 静脉输液 with no drug given by
 * injection or infusion has nothing to infuse (every infusion line of that day is named); a day billing more
 * groups than it has units (bottles, bags, vials) of parenteral drugs, beyond a tolerance, names its additional-group
 * lines. A clinic visit is judged on the second count only (its drugs may be settled on another bill of the day), and
 * against its bottles and bags (large-volume infusions: a group is one bottle or bag hung) where it bills any.
 */
export function infusionUnsupported(c: StayContentInput): StayContentFacts['infusionUnsupported'] {
  const content = c.knowledge!.stayContent;
  const codes = content?.infusion;
  if (!content || !codes) return null;
  const days = infusionDays(c.items, codes);
  const named: ItemFacts[] = [];
  const dates: string[] = [];
  const detail: string[] = [];
  let groups = 0;
  for (const [date, d] of [...days.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const firstQ = d.first.reduce((s, l) => s + l.quantity, 0);
    const addQ = d.additional.reduce((s, l) => s + l.quantity, 0);
    if (firstQ + addQ === 0) continue;
    const hung = hungOn(d, c.inpatient);
    if (d.parenteral === 0) {
      if (!c.inpatient) continue;
      named.push(...d.first, ...d.additional);
      groups += firstQ + addQ;
      detail.push(`${date}输液${firstQ + addQ}组、注射/输液药品0`);
    } else if (addQ > 0 && firstQ + addQ > hung + codes.extraGroupsAllowed) {
      named.push(...d.additional);
      groups += firstQ + addQ - hung;
      detail.push(d.bags ? `${date}输液${firstQ + addQ}组、大容量输液（含成品输液）仅${d.bags}瓶（袋）` : `${date}输液${firstQ + addQ}组、注射/输液药品仅${d.parenteral}瓶（支、袋）`);
    } else continue;
    dates.push(date);
  }
  if (!named.length) return null;
  return {
    lineIds: named.map((l) => l.lineId), dates: dates.join('、'), groups, detail: detail.join('；'),
    amount: toYuan(named.reduce((s, l) => s + l.amountFen, 0)),
  };
}
