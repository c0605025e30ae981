import type { BenefitItem } from '../benefit-claim';
import { fenOf, toYuan } from '../../money/fen';
import { genericDrugKey } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { transferPair } from '../transfer-episode';
import { list } from './common';

export interface CourseOverTransfer {
  /** The drug (this claim's line name), its limit of days paid, and the days of the episode it was billed on. */
  drug: string;
  limitDays: number;
  episodeDays: number;
  /** Days billed by this stay and by the other stays of the transfer episode. */
  thisDays: number;
  otherDays: number;
  /** The other stays of the episode that billed the drug, and their dates. */
  otherClaims: string;
  otherDates: string;
  /** This claim's lines of the drug dated after the limit was reached in the episode (all of them when none is). */
  lineIds: string[];
  /** Those lines dated after the limit, yuan. */
  amount: number;
}

/** The stays of the member's transfer episode with this one (linked by transfers, either way, through others). */
function episode(me: MemberClaim, prior: readonly MemberClaim[]): MemberClaim[] {
  const out: MemberClaim[] = [];
  const frontier = [me];
  const left = prior.filter((e) => e.visitType === 'inpatient' && e.claimId !== me.claimId);
  while (frontier.length) {
    const at = frontier.pop() as MemberClaim;
    for (let i = left.length - 1; i >= 0; i--) {
      if (!transferPair(at, left[i])) continue;
      out.push(left[i]);
      frontier.push(left[i]);
      left.splice(i, 1);
    }
  }
  return out;
}

/**
 * A course-limited drug (the catalogue's 限定支付疗程: "支付不超过14天", `maxDays`) billed over a transfer episode on
 * more days than the limit, each stay alone within it. The limit is of one course of treatment, and a transfer (医嘱转院,
 * admission by transfer at the next hospital the same or next day: transfer-episode.ts) hands on one episode of care:
 * the course given at the first hospital counts at the second. Days are the distinct dates the drug (the same generic
 * drug in the same dosage form: the catalogue row) is billed, as the catalogue rule counts a stay's days. The same drug
 * in a later, unrelated stay (no transfer) is a new course; a stay over the limit on its own is the catalogue rule's.
 * Either stay may arrive second and carries the hit; the money is this stay's lines after the limit was reached.
 */
export function courseOverTransfer(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[]): CourseOverTransfer | null {
  if (me.visitType !== 'inpatient' || me.admissionRoute !== 'transfer' && me.dischargeMode !== 'transfer') return null;
  const limited = items.filter((i) => i.category === 'drug' && typeof i.catalogue?.maxDays === 'number');
  if (!limited.length) return null;
  const others = episode(me, prior);
  if (!others.length) return null;
  const drugs = new Map<string, BenefitItem[]>();
  for (const it of limited) {
    const k = genericDrugKey(it.code, it.catalogue);
    drugs.set(k, [...(drugs.get(k) ?? []), it]);
  }
  for (const [key, lines] of drugs) {
    const limit = Math.min(...lines.map((l) => l.catalogue?.maxDays as number));
    const mine = new Set(lines.map((l) => l.date));
    if (mine.size > limit) continue;
    const theirs = others.map((e) => ({ e, dates: new Set((e.lines ?? []).filter((l) => l.kind === 'drug' && l.drug === key).map((l) => l.date)) })).filter((o) => o.dates.size);
    const all = [...new Set([...mine, ...theirs.flatMap((o) => [...o.dates])])].sort();
    if (all.length <= limit) continue;
    const lastPaid = all[limit - 1];
    const over = new Set(lines.filter((l) => l.date > lastPaid).map((l) => l.lineId));
    const otherDates = [...new Set(theirs.flatMap((o) => [...o.dates]))].sort();
    return {
      drug: lines[0].name,
      limitDays: limit,
      episodeDays: all.length,
      thisDays: mine.size,
      otherDays: otherDates.length,
      otherClaims: list(theirs.map((o) => o.e.claimId)),
      otherDates: `${otherDates[0]}至${otherDates[otherDates.length - 1]}`,
      lineIds: over.size ? [...over] : lines.map((l) => l.lineId),
      amount: toYuan(fenOf(items, over)),
    };
  }
  return null;
}
