import { toYuan } from '../money/fen';
import type { ItemFacts } from './item-fact-types';
import { isParenteral } from './knowledge';
import type { StayContentFacts, StayContentInput } from './stay-content-types';

// Infusion groups billed beyond the parenteral drugs of their day (虚记数量, stay-content.json infusion).

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
  const first = new Set(codes.first);
  const additional = new Set(codes.additional);
  // parenteral: the day's units (bottles, bags, vials) of drugs given by injection or infusion; bags: those of them
  // dispensed by the bottle or bag (a line the catalogue does not know counts as one: not judged a vial). A line of
  // three bottles of saline can make three groups; two vials of ceftriaxone in one bottle of saline make one.
  const bagUnits = new Set(codes.bagUnits);
  const days = new Map<string, { parenteral: number; bags: number; first: ItemFacts[]; additional: ItemFacts[] }>();
  const day = (date: string) => days.get(date) ?? days.set(date, { parenteral: 0, bags: 0, first: [], additional: [] }).get(date)!;
  for (const it of c.items) {
    if (isParenteral(it, content.parenteralDrugNameMarks)) {
      const units = Math.max(1, it.quantity);
      day(it.date).parenteral += units;
      if (!it.catalogue?.unit || bagUnits.has(it.catalogue.unit)) day(it.date).bags += units;
    } else if (first.has(it.code)) day(it.date).first.push(it);
    else if (additional.has(it.code)) day(it.date).additional.push(it);
  }
  const named: ItemFacts[] = [];
  const dates: string[] = [];
  const detail: string[] = [];
  let groups = 0;
  for (const [date, d] of [...days.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const firstQ = d.first.reduce((s, l) => s + l.quantity, 0);
    const addQ = d.additional.reduce((s, l) => s + l.quantity, 0);
    if (firstQ + addQ === 0) continue;
    // What a day's groups can be: at a clinic visit its bottles and bags (with none billed, its vials: a carrier not on
    // the bill); on a stay its parenteral units (the ward's bills carry one carrier for several vial drugs a day).
    const hung = !c.inpatient && d.bags ? d.bags : d.parenteral;
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
