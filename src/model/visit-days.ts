import type { ClaimFacts } from '../enrich/facts';

// A visit is read as one day (facts.days = 1) unless its own lines say otherwise: a 门诊慢特病 claim settled per
// period (按月结算, limits.json chronicSettlement: one claim whose lines are each dated at their session, visitDate the
// last) or a monthly chronic pharmacy or clinic settlement carries several service dates, each a visit. Read as one
// day, a month of thrice-weekly dialysis (~13 sessions) is a 13-fold outlier in cost and lines against the one-session
// claims of its peers, though each session costs what theirs does. So the model reads such a claim per visit-date
// where a feature is per day or per visit in meaning (features.ts). Only dates on or before the visit date count: a
// settlement covers the sessions up to it, and a line dated after the visit is no session of the claim (it is the
// outside-the-service rules' finding). A visit-date is a date the member was seen: one with a service line (the session,
// the consultation, a test); a drug or consumable dated on a day with no service is billed on the claim, not a visit
// (dialysers on days with no session would otherwise spread a padded bill over more days). A claim with no service
// line at all (a pharmacy's monthly dispensing) counts its dispensing dates. A stay keeps its length of stay; a visit
// with one date is one day, as before.

/** Days a claim covers for the per-day and per-visit features: the stay's days, else the visit's distinct service dates (at least 1). */
export function visitDays(f: Pick<ClaimFacts, 'inpatient' | 'days' | 'endDate' | 'items'>): number {
  if (f.inpatient) return Math.max(1, f.days);
  const within = f.items.filter((it) => it.date <= f.endDate);
  const seen = within.some((it) => it.category === 'service') ? within.filter((it) => it.category === 'service') : within;
  return Math.max(1, new Set(seen.map((it) => it.date)).size);
}

/**
 * An explanation's contributions as an investigator should read them for a visit of several service dates: total_cost
 * there is the total per visit-date (features.ts), so it is named so, with the dates it is spread over; the claim's
 * whole total is on the claim itself. Unchanged for a one-date visit or a stay.
 */
export function perVisitDateLabels<C extends { feature: string; label: string }>(top: C[], dates: number): C[] {
  if (dates <= 1) return top;
  return top.map((c) => (c.feature === 'total_cost' ? { ...c, label: `每就诊日费用（${dates}个就诊日）` } : c));
}
