import { toYuan } from '../money/fen';
import type { ItemFacts } from './item-fact-types';
import { underAny } from '../contract/code-prefix';
import { atcOf } from './knowledge';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { rowCodeOf } from '../contract/catalogue-row';

// 静脉注射 (a push, per 次) on a stay's chemotherapy days against the drugs that could have been pushed: 静脉输液
// includes 配药、加药, so a drug added to a bag is given by the infusion and a push of it is a second charge (重复收费;
// stay-content.json sources.infusionPush). Only chemotherapy days are judged: there the drugs beside the cytotoxics are
// the premedication, one dose each before the infusion (CSCO, NCCN antiemesis), while a ward or resuscitation day
// repeats its pushes of one drug (furosemide, adrenaline), which a count of drugs cannot tell from a copied charge.

interface PushDay {
  pushes: ItemFacts[];
  groups: number;
  bags: number;
  /** Distinct drugs (row codes) dispensed by the ampoule or vial that a push can give. */
  pushable: Set<string>;
  /** Distinct vial drugs whose label gives them by infusion only. */
  infusionOnly: Set<string>;
  /** A drug of `push.onDaysOf` (a cytotoxic) is given by injection or infusion that day. */
  judged: boolean;
}

/**
 * The chemotherapy days of a stay that bill both a push and an infusion group whose pushes outnumber the distinct
 * drugs of the day that can be pushed, less those the groups no bottle or bag accounts for must carry (infusion-only
 * drugs carry those first); each such day's push lines are named. The syringes are not: a syringe also adds a drug
 * to a bag, and the catalogue ties none to 静脉注射.
 */
export function pushesUnsupported(c: StayContentInput): StayContentFacts['pushesUnsupported'] {
  const content = c.knowledge!.stayContent;
  const codes = content?.infusion;
  const push = codes?.push;
  if (!c.inpatient || !content || !codes || !push) return null;
  const pushCodes = new Set(push.codes);
  const groupCodes = new Set([...codes.first, ...codes.additional]);
  const bagUnits = new Set(codes.bagUnits);
  const days = new Map<string, PushDay>();
  const day = (date: string) =>
    days.get(date) ?? days.set(date, { pushes: [], groups: 0, bags: 0, pushable: new Set(), infusionOnly: new Set(), judged: false }).get(date)!;
  for (const it of c.items) {
    if (pushCodes.has(it.code)) day(it.date).pushes.push(it);
    else if (groupCodes.has(it.code)) day(it.date).groups += it.quantity;
    else if (it.parenteral) {
      const d = day(it.date);
      const atc = atcOf(it.code, it.catalogue);
      if (atc !== null && underAny(atc, push.onDaysOf)) d.judged = true;
      // A line the catalogue does not know is taken as a bag (infusion-facts.ts): hung, not pushed.
      if (!it.catalogue?.unit || bagUnits.has(it.catalogue.unit)) d.bags += Math.max(1, it.quantity);
      else if (push.infusionOnlyNameMarks.some((m) => it.name.includes(m) || String(it.catalogue?.name ?? '').includes(m))) d.infusionOnly.add(rowCodeOf(it));
      else d.pushable.add(rowCodeOf(it));
    }
  }
  const named: ItemFacts[] = [];
  const dates: string[] = [];
  const detail: string[] = [];
  let excessTotal = 0;
  let excessFen = 0;
  for (const [date, d] of [...days.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const pushes = d.pushes.reduce((s, l) => s + l.quantity, 0);
    if (!pushes || !d.groups || !d.judged) continue;
    const carried = Math.max(0, d.groups - d.bags - d.infusionOnly.size);
    const allowed = Math.max(0, d.pushable.size - carried);
    if (pushes <= allowed) continue;
    named.push(...d.pushes);
    dates.push(date);
    excessTotal += pushes - allowed;
    // The pushes beyond the count, at the day's average price a push.
    excessFen += Math.round((d.pushes.reduce((s, l) => s + l.amountFen, 0) * (pushes - allowed)) / pushes);
    detail.push(`${date}静脉注射${pushes}次、输液${d.groups}组，可静脉推注的药品仅${allowed}种`);
  }
  if (!named.length) return null;
  return { lineIds: named.map((l) => l.lineId), dates: dates.join('、'), pushes: excessTotal, detail: detail.join('；'), amount: toYuan(excessFen) };
}
