import { addDays, daysBetween } from '../../contract/dates';
import { toYuan } from '../../money/fen';
import { icdCategories, type MemberClaim } from '../member-claim';
import { provinceName, provincesFarApart, type ProvinceAdjacency } from '../province-adjacency';
import { list, type Suspect } from './common';
import { presenceDays } from './distant-same-day';

// 冒名就医 / 借卡 across two provinces far apart, one day apart (distant-same-day.ts judges the same day). One journey
// the day after a consultation is ordinary (a purchase at home, then an emergency away the next day); a stay in the
// other province bracketed on both sides by such hops — care here the day before the first visit there, and care here
// the day after the last — asks two journeys of 1,000 km and more each timed to a consultation at either end. The
// card kept in two places, used by two people (the migrant worker in the city, a relative at home), shows so.
// A referral journey has the same shape and is timed to it by design (分级诊疗: the home specialist refers, the centre
// there treats, the follow-up is at home; 医保发〔2022〕22号 转诊备案), so the pattern is not read when the care there
// continues the home care: a stay there admitted by transfer from a home hospital of the hops, or care there for a
// condition a home visit also shows (the same ICD-10 category or a related-conditions.json group) at a higher-level
// hospital than home, or with both hops at one home hospital (the referral, then the follow-up where it was written).
// A referral is for a condition: home visits unrelated to the care there are no referral and its follow-up, and
// unrelated conditions at either end are what two people using one card show.

/** SAMPLE: longest time between the two hops (a season away, 候鸟 or 异地长期居住, is longer and its visits are not timed to the journey). */
export const MAX_AWAY_DAYS = 90;

export interface DistantRoundTrip {
  /** Province names: this claim's (here) and the far one (there). */
  here: string;
  there: string;
  /** The outbound hop: the day here, then the first day there. */
  outDates: string;
  /** The return hop: the last day there, then this claim's day. */
  backDates: string;
  /** Days between the first and the last day there. */
  daysThere: number;
  /** The claims of the pattern in date order, this one last. */
  claims: string;
  /** The claims there (事后发现: whose care was it?), their lines and money. */
  suspects: Suspect[];
}

const province = (e: MemberClaim) => e.region?.slice(0, 2) ?? null;

/**
 * This claim, in person here on day d, follows in-person care in a far province on d−1 (the return hop), and the
 * member's first care there in the run is the day after in-person care here (the outbound hop), within MAX_AWAY_DAYS,
 * with no care here in between. Entries without a treating region are not judged.
 */
export function distantRoundTrip(
  me: MemberClaim,
  prior: readonly MemberClaim[],
  provinces: ProvinceAdjacency | undefined,
  related?: ReadonlyMap<string, string>,
): DistantRoundTrip | null {
  const region = me.region;
  const here = province(me);
  if (!provinces || !region || !here) return null;
  const visits = prior.filter((e) => e.region && e.claimId !== me.claimId).flatMap((e) => presenceDays(e).map((day) => ({ e, day })));
  for (const day of presenceDays(me)) {
    const back = visits.find((v) => v.day === addDays(day, -1) && provincesFarApart(provinces, region, v.e.region!));
    if (!back) continue;
    const there = province(back.e);
    // Walk back through the run there: the earliest day there with no care here since.
    const sinceHere = visits.filter((v) => province(v.e) === here && v.day < day).map((v) => v.day).sort();
    const lastHere = sinceHere.filter((d) => d < back.day).pop();
    if (!lastHere) continue;
    const run = visits.filter((v) => province(v.e) === there && v.day > lastHere && v.day <= back.day).sort((a, b) => (a.day < b.day ? -1 : 1));
    const first = run[0];
    if (!first || first.day !== addDays(lastHere, 1) || daysBetween(first.day, back.day) > MAX_AWAY_DAYS) continue;
    if (sinceHere.some((d) => d > lastHere && d < day)) continue;
    const out = visits.find((v) => v.day === lastHere && province(v.e) === here)!;
    const thereClaims = [...new Map(run.map((v) => [v.e.claimId, v.e])).values()];
    if (referralJourney(out.e, me, thereClaims, related)) continue;
    return {
      here: provinceName(provinces, here), there: provinceName(provinces, there!),
      outDates: `${lastHere}、${first.day}`, backDates: `${back.day}、${day}`,
      daysThere: daysBetween(first.day, back.day),
      claims: list([out.e.claimId, ...thereClaims.map((e) => e.claimId), me.claimId]),
      suspects: thereClaims.map((e) => ({ claimId: e.claimId, lineIds: (e.lines ?? []).map((l) => l.lineId), amount: toYuan(e.totalFen) })),
    };
  }
  return null;
}

/** The care there continues the home care on both sides of it (a referral and its follow-up), see above. */
function referralJourney(out: MemberClaim, back: MemberClaim, there: readonly MemberClaim[], related: ReadonlyMap<string, string> | undefined): boolean {
  if (there.some((e) => e.transferFromHospitalId === out.hospitalId || e.transferFromHospitalId === back.hospitalId)) return true;
  const home = [out, back].flatMap(conditionsOf);
  const homeGroups = new Set(home.map((c) => related?.get(c)).filter((g) => g !== undefined));
  const continued = there.filter((e) => conditionsOf(e).some((c) => home.includes(c) || homeGroups.has(related?.get(c) ?? '')));
  if (!continued.length) return false;
  if (out.hospitalId === back.hospitalId) return true;
  const homeLevel = Math.max(out.hospitalLevel ?? 0, back.hospitalLevel ?? 0);
  return homeLevel > 0 && continued.some((e) => (e.hospitalLevel ?? 0) > homeLevel);
}

/** ICD-10 categories a claim shows: its principal's and those of every code it keeps. */
const conditionsOf = (e: MemberClaim) => [e.principalCategory, ...icdCategories((e.codes ?? []).filter((c) => /^[A-Z]\d/.test(c)))];
