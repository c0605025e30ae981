import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import { ledgerRowOf, type MemberClaim } from '../member-claim';
import { fenOf, toYuan } from '../../money/fen';
import { list, type Suspect } from './common';

// 一天只有24小时: hour-billed care of one kind (a clock of limits.json dayClock) for one member on one date, added over
// the member's claims of that date — an emergency visit and the admission it led to, the two hospitals of a transfer
// day — cannot exceed the day. Each claim alone is catalogue.bundled-charge's; here only what no one claim shows.

export interface DayClock {
  /** The dates and clocks over the day (joined for reading): 日期 项目 本单据N小时 + 其他单据N小时. */
  found: string;
  /** The other claims of those dates. */
  claims: string;
  /** This claim's lines of those clocks on those dates, and the money of the hours beyond the day, yuan. */
  lineIds: string[];
  amount: number;
  /** The earlier-arrived claims' lines of those clocks on those dates (事后发现: which side overstated is for the check). */
  suspects: Suspect[];
}

type Clock = NonNullable<HistoryKnowledge['limits']['dayClock']>['clocks'][number];

/** A line of a clock's item (its code, or the catalogue row it belongs to) and its hours that date. */
interface HourLine {
  lineId: string;
  code: string;
  date: string;
  hours: number;
  fen: number;
}

/**
 * A claim's hours of one clock on one date: each group's longest item, added over the groups, at most the day (a
 * claim's own excess is catalogue.bundled-charge's). A ventilator billed for the whole of a transfer-out day is time
 * taken from the receiving hospital's day, whatever the sender's 重症监护 hours.
 */
function clockHours(lines: readonly HourLine[], clock: Clock, date: string): number {
  let total = 0;
  for (const group of clock.groups) {
    let longest = 0;
    for (const code of group) {
      const h = lines.reduce((s, l) => (l.date === date && l.code === code ? s + l.hours : s), 0);
      if (h > longest) longest = h;
    }
    total += longest;
  }
  return Math.min(24, total);
}

const onClock = (clock: Clock, code: string) => clock.groups.some((g) => g.includes(code));

/**
 * The claim's hour-billed lines on dates another of the member's claims also bills hours of the same clock, where the
 * claims' hours together exceed 24 by more than the tolerance. Not judged: a copy of the same bill (duplicateOf's).
 */
export function dayClock(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], k: HistoryKnowledge): DayClock | null {
  const dc = k.limits.dayClock;
  if (!dc) return null;
  // The member's other claims meeting this one's dates first: most claims have none, and their bills need no reading.
  const meeting = prior.filter((e) => e.claimId !== me.claimId && e.itemsSignature !== me.itemsSignature && e.serviceDate <= me.endDate && e.endDate >= me.serviceDate);
  if (!meeting.length) return null;
  const codes = new Set(dc.clocks.flatMap((c) => c.groups.flat()));
  const mine: HourLine[] = items.flatMap((i) => {
    const code = codes.has(i.code) ? i.code : (i.catalogue?.code ?? '');
    return i.category === 'service' && codes.has(code) ? [{ lineId: i.lineId, code, date: i.date, hours: i.quantity, fen: i.amountFen }] : [];
  });
  if (!mine.length) return null;
  const dates = new Set(mine.map((l) => l.date));
  const others = meeting
    .map((e) => ({
      e,
      lines: (e.lines ?? []).flatMap((l): HourLine[] => {
        const code = ledgerRowOf(l);
        return l.kind === 'service' && codes.has(code) && dates.has(l.date) ? [{ lineId: l.lineId, code, date: l.date, hours: l.quantity ?? 1, fen: l.amountFen }] : [];
      }),
    }))
    .filter((o) => o.lines.length > 0);
  if (!others.length) return null;
  const found: string[] = [];
  const lineIds = new Set<string>();
  const excessFen: number[] = [];
  const theirs = new Map<string, { lineIds: Set<string>; fen: number }>();
  for (const date of [...dates].sort()) {
    for (const clock of dc.clocks) {
      const own = clockHours(mine, clock, date);
      if (own === 0) continue;
      const sides = others.map((o) => ({ o, hours: clockHours(o.lines, clock, date) })).filter((s) => s.hours > 0);
      const total = own + sides.reduce((s, x) => s + x.hours, 0);
      if (!sides.length || total <= 24 + dc.toleranceHours) continue;
      const ownLines = mine.filter((l) => l.date === date && onClock(clock, l.code));
      for (const l of ownLines) lineIds.add(l.lineId);
      // The money of this claim's hours beyond the day, at its lines' average price an hour.
      const ownFen = ownLines.reduce((s, l) => s + l.fen, 0);
      excessFen.push(Math.round((ownFen * Math.min(own, total - 24)) / own));
      found.push(`${date} ${clock.name}：本单据${own}小时，${sides.map((s) => `${s.o.e.claimId} ${s.hours}小时`).join('、')}，合计${total}小时`);
      for (const s of sides) {
        const t = theirs.get(s.o.e.claimId) ?? { lineIds: new Set<string>(), fen: 0 };
        for (const l of s.o.lines) if (l.date === date && onClock(clock, l.code) && !t.lineIds.has(l.lineId)) {
          t.lineIds.add(l.lineId);
          t.fen += l.fen;
        }
        theirs.set(s.o.e.claimId, t);
      }
    }
  }
  if (!found.length) return null;
  return {
    found: found.join('；'),
    claims: list(theirs.keys()),
    lineIds: [...lineIds],
    amount: toYuan(Math.min(fenOf(items, lineIds), excessFen.reduce((s, f) => s + f, 0))),
    suspects: [...theirs].map(([claimId, t]) => ({ claimId, lineIds: [...t.lineIds], amount: toYuan(t.fen) })),
  };
}
