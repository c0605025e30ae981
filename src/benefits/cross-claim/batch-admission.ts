import type { BenefitItem } from '../benefit-claim';
import type { HistoryKnowledge } from '../history-knowledge';
import type { MemberClaim } from '../member-claim';
import { addDays, daysBetween } from '../../contract/dates';
import { ccDrg, lowSeverityDrg } from '../../contract/drg-severity';
import { toYuan } from '../../money/fen';
import { list, type Suspect } from './common';

// 医养结合机构 "养转医" (诱导住院, 低标准入院): residents of a care home moved to the affiliated hospital in batches, month
// after month, for short stays of little care. One stay looks like any elderly patient's; members admitted for their own
// illness do not come back as a group on the same days. So a stay is judged by the other members admitted at the
// institution in that round (that day, or the adjacent one: a batch admitted over two days, roundDays) who had also been
// admitted there with this member in the round of an earlier stay of this member (limits.json batchAdmission). Only stays that could be an organised batch count on either side: not an emergency
// admission, not a planned course's cycle (chemotherapy or dialysis patients booked on the same days are a schedule);
// the stay judged also holds no operation, did not end in death or transfer and, when grouped, is a medical DRG without
// MCC, and without CC unless withCc (a resident's coded chronic comorbidity) (a grouped stay's coded procedures are judged by its group: physiotherapy 93.39 leaves a stay medical; an
// ungrouped stay with any coded procedure is not judged). Other members' stays are read through the store (getAdmissions: institution and
// admission day), as identical bills are.

/** What other members' admissions are looked up by: one institution, one admission day. */
export interface AdmissionKey {
  hospitalId: string;
  serviceDate: string;
}

/** Another member's stay as the check reads it. */
export type AdmissionPeer = Pick<MemberClaim, 'claimId' | 'insuredId' | 'arrival' | 'hospitalId' | 'serviceDate' | 'endDate' | 'principalCategory' | 'fundClaimedFen' | 'admissionRoute'>;

/** What the claim itself tells about its stay beyond its ledger entry (enriched facts). */
export interface StayOwn {
  ageYears: number;
  /** The computed DRG when grouped; null when not (an ungrouped stay is judged by the rest, as admission clusters are). */
  drg: string | null;
  procedures: readonly string[];
}

export interface BatchAdmission {
  /** This stay's admission day, and the earlier one of this member the group was admitted on too. */
  date: string;
  earlierDate: string;
  earlierClaimId: string;
  /** Members admitted with this one on both days: how many, and their stays of this day and of the earlier one. */
  members: number;
  claims: string;
  earlierClaims: string;
  /** Days between the two admissions. */
  days: number;
  /** The whole stay's lines: the admission is what is questioned. */
  lineIds: string[];
  /** Stays of the group seen before this claim (事后发现): named by the claim that completes the group. */
  suspects: Suspect[];
}

/** A stay that may be one of an organised batch: not an emergency admission, not a planned course's cycle. */
function batchable(e: Pick<MemberClaim, 'admissionRoute' | 'principalCategory'>, k: HistoryKnowledge): boolean {
  return e.admissionRoute !== 'emergency' && !k.plannedCourses?.has(e.principalCategory);
}

/** This stay judged: batchable, of an elderly member, with no operation, not ended by death or transfer, low severity. */
function judged(me: MemberClaim, k: HistoryKnowledge, own: StayOwn): boolean {
  const cfg = k.limits.batchAdmission;
  if (!cfg || me.visitType !== 'inpatient' || own.ageYears < cfg.minAge || !batchable(me, k)) return false;
  if (me.dischargeMode === 'death' || me.dischargeMode === 'transfer' || (own.drg === null && own.procedures.length)) return false;
  if ((me.lines ?? []).some((l) => l.operation)) return false;
  return own.drg === null || lowSeverityDrg(own.drg) || (cfg.withCc === true && ccDrg(own.drg));
}

/** The days of one admission round around `day` (a batch admitted over consecutive days: limits.json roundDays). */
export function roundOf(day: string, k: HistoryKnowledge): string[] {
  const r = k.limits.batchAdmission?.roundDays ?? 0;
  return Array.from({ length: 2 * r + 1 }, (_, i) => addDays(day, i - r));
}

/** The member's earlier batchable stays at this institution, ended by this admission, admitted within lookbackDays. */
function earlierStays(me: MemberClaim, entries: readonly MemberClaim[], k: HistoryKnowledge): MemberClaim[] {
  const days = k.limits.batchAdmission?.lookbackDays ?? 0;
  return entries.filter(
    (e) =>
      e.claimId !== me.claimId && e.insuredId === me.insuredId && e.visitType === 'inpatient' && e.hospitalId === me.hospitalId &&
      e.endDate <= me.serviceDate && e.serviceDate < me.serviceDate && daysBetween(e.serviceDate, me.serviceDate) <= days && batchable(e, k),
  );
}

/** The admission days to look up for this stay (its own and its member's earlier stays' there), or none when not judged. */
export function admissionKeys(me: MemberClaim, entries: readonly MemberClaim[], k: HistoryKnowledge | undefined, own: StayOwn): AdmissionKey[] {
  if (!k || !judged(me, k, own)) return [];
  const earlier = earlierStays(me, entries, k);
  if (!earlier.length) return [];
  return [...new Set([me.serviceDate, ...earlier.map((e) => e.serviceDate)].flatMap((d) => roundOf(d, k)))].map((serviceDate) => ({ hospitalId: me.hospitalId, serviceDate }));
}

/**
 * This stay against the other members' stays at the institution (`peers`: stored and of the batch) that arrived before
 * it: the members admitted this day who were admitted there on the day of an earlier stay of this member too, when at
 * least minRecurring. The claim that brings the group to exactly minRecurring names the group's stays seen before it;
 * the earlier day's only when no round before that day could have (this member had no stay there in the window before it).
 */
export function batchAdmission(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[], peers: readonly AdmissionPeer[], k: HistoryKnowledge, own: StayOwn): BatchAdmission | null {
  const cfg = k.limits.batchAdmission;
  if (!cfg || !judged(me, k, own)) return null;
  const earlier = earlierStays(me, prior, k).sort((a, b) => (a.serviceDate < b.serviceDate ? 1 : a.serviceDate > b.serviceDate ? -1 : 0));
  if (!earlier.length) return null;
  const myArrival = me.arrival ?? Number.POSITIVE_INFINITY;
  const on = (day: string) => {
    const by = new Map<string, AdmissionPeer>();
    const round = new Set(roundOf(day, k));
    for (const p of peers) {
      if (p.hospitalId === me.hospitalId && round.has(p.serviceDate) && p.insuredId !== me.insuredId && (p.arrival ?? 0) < myArrival && batchable(p, k)) by.set(p.insuredId, p);
    }
    return by;
  };
  const today = on(me.serviceDate);
  if (today.size < cfg.minRecurring) return null;
  let best: { stay: MemberClaim; then: Map<string, AdmissionPeer>; members: string[] } | null = null;
  for (const stay of earlier) {
    const then = on(stay.serviceDate);
    const members = [...today.keys()].filter((m) => then.has(m)).sort();
    if (!best || members.length > best.members.length) best = { stay, then, members };
  }
  if (!best || best.members.length < cfg.minRecurring) return null;
  const todays = best.members.map((m) => today.get(m)!);
  const thens = best.members.map((m) => best!.then.get(m)!);
  // The earlier day's stays could have been found only by a round before it (that stay's own earlier stay in the window).
  const first = !earlierStays(best.stay, prior, k).length;
  const suspects: Suspect[] =
    best.members.length === cfg.minRecurring
      ? [...todays, ...(first ? [best.stay, ...thens] : [])].map((s) => ({ claimId: s.claimId, lineIds: [], amount: toYuan(s.fundClaimedFen) }))
      : [];
  return {
    date: me.serviceDate,
    earlierDate: best.stay.serviceDate,
    earlierClaimId: best.stay.claimId,
    members: best.members.length,
    claims: list(todays.map((s) => s.claimId)),
    earlierClaims: list(thens.map((s) => s.claimId)),
    days: daysBetween(best.stay.serviceDate, me.serviceDate),
    lineIds: items.map((i) => i.lineId),
    suspects,
  };
}
