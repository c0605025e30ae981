import { longestRun } from '../contract/dates';
import { startsWithAny, underAny } from '../contract/code-prefix';
import { drugDays } from './drug-days';
import type { ItemFacts } from './item-fact-types';
import type { StayContentFacts, StayContentInput } from './stay-content-types';
import { rowCodeOf } from '../contract/catalogue-row';

/**
 * 虚记肠内营养 (stay-content.json enteralDecompression; sources.enteralDecompression): enteral nutrition, and the 鼻饲
 * that gives it, billed on days the stay also bills 胃肠减压. A stomach under continuous suction is kept empty (an
 * obstruction, an ileus): a feed put into it is drawn straight back out, so EN then goes only past the pylorus — a
 * nasojejunal tube or a feeding jejunostomy, coded this stay or (its status, a tube change) before. Named when such days run at least minDays in a row; the day the
 * decompression stops and feeding starts may bill both once.
 */
export function enteralDuringDecompression(c: StayContentInput): StayContentFacts['enteralDuringDecompression'] {
  const t = c.knowledge!.stayContent?.enteralDecompression;
  if (!c.inpatient || !t) return null;
  // A route past the pylorus coded this stay (a decompression tube under the same prefix is no route), or placed before.
  if (c.procedureCodes.some((p) => underAny(p, t.postPyloric) && !underAny(p, t.suctionTubes))) return null;
  if (startsWithAny(c.diagnosisCodes, t.postPyloricDiagnoses)) return null;
  const decompression = new Set(t.decompression);
  const suctionDays = new Set(c.items.filter((it) => decompression.has(rowCodeOf(it))).map((it) => it.date));
  const isFeed = (it: ItemFacts) =>
    (it.category === 'drug' && t.nameMarks.some((m) => (it.catalogue?.name ?? it.name).includes(m))) || t.tubeFeeding.includes(rowCodeOf(it));
  const named = c.items.filter((it) => isFeed(it) && suctionDays.has(it.date));
  // The run is of feed drug days: a 鼻饲 fee alone beside the suction is a flush, not a feed.
  if (longestRun(named.filter((l) => l.category === 'drug').map((l) => l.date)) < t.minDays) return null;
  return drugDays(named);
}
