import type { Verdict } from '../contract/verdict';
import { enrichClaim } from '../enrich/enrich';
import type { EnrichRefs } from '../enrich/load-refs';
import { kindOf as groupKind } from '../model/calibration';
import type { AnomalyModel } from '../model/model';
import { validateClaim } from '../validate/validate-claim';
import { isModelOnly } from './metrics';

// What the anomaly model adds to a set of claims (issue 19.5): of the claims sent to review, the share sent by the
// model alone (anomaly-only, 可疑), and the model's alert rate per peer group, per kind of group and for the groups
// that alert most. Peer groups are those the model scored each claim in (a claim without a model hit has no
// evidence naming it, so its group is asked of the model).

export interface GroupAlerts {
  claims: number;
  /** Claims with an anomaly hit. */
  alerts: number;
  alertRate: number;
}

export interface ModelShare {
  claims: number;
  /** Sent to review or rejected, by anything. */
  flagged: number;
  /** Of those, flagged by the anomaly model alone. */
  anomalyOnly: number;
  anomalyOnlyShare: number;
  /** Claims with an anomaly hit, whatever else. */
  modelAlerts: number;
  modelAlertRate: number;
  /** Alert rate per kind of peer group (drg×age, drg, adrg, mdc, visit, all). */
  byKind: Record<string, GroupAlerts>;
  /** Groups with at least `minGroupClaims` claims, highest alert rate first (at most 8). */
  highest: Array<GroupAlerts & { group: string }>;
}

const rate = (a: number, b: number) => (b === 0 ? 0 : a / b);
const isFlagged = (v: Verdict) => v.decision === 'review' || v.decision === 'reject';
const hasModelHit = (v: Verdict) => v.hits.some((h) => h.family === 'anomaly');

/** Peer group of each claim as the model scores it; 'none' where the model has no groups or the claim is invalid. */
/** Claims as sent for review (validated here as review() does). */
export function peerGroupsOf(model: AnomalyModel, claims: readonly unknown[], refs: EnrichRefs): string[] {
  if (!model.peerGroupOf) return claims.map(() => 'none');
  return claims.map((c) => {
    const checked = validateClaim(c);
    return checked.ok ? model.peerGroupOf!(enrichClaim(checked.claim, refs).facts) : 'none';
  });
}

export function modelShare(verdicts: readonly Verdict[], groups: readonly string[], minGroupClaims = 50): ModelShare {
  const byKind: Record<string, GroupAlerts> = {};
  const byGroup = new Map<string, GroupAlerts>();
  let flagged = 0;
  let anomalyOnly = 0;
  let modelAlerts = 0;
  verdicts.forEach((v, i) => {
    const alert = hasModelHit(v) ? 1 : 0;
    if (isFlagged(v)) flagged++;
    if (isModelOnly(v)) anomalyOnly++;
    modelAlerts += alert;
    const k = (byKind[groupKind(groups[i])] ??= { claims: 0, alerts: 0, alertRate: 0 });
    const g = byGroup.get(groups[i]) ?? byGroup.set(groups[i], { claims: 0, alerts: 0, alertRate: 0 }).get(groups[i])!;
    k.claims++;
    g.claims++;
    k.alerts += alert;
    g.alerts += alert;
  });
  for (const k of Object.values(byKind)) k.alertRate = rate(k.alerts, k.claims);
  const highest = [...byGroup.entries()]
    .filter(([, g]) => g.claims >= minGroupClaims)
    .map(([group, g]) => ({ group, ...g, alertRate: rate(g.alerts, g.claims) }))
    .sort((a, b) => b.alertRate - a.alertRate || (a.group < b.group ? -1 : 1))
    .slice(0, 8);
  return {
    claims: verdicts.length,
    flagged,
    anomalyOnly,
    anomalyOnlyShare: rate(anomalyOnly, flagged),
    modelAlerts,
    modelAlertRate: rate(modelAlerts, verdicts.length),
    byKind: Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => (a < b ? -1 : 1))),
    highest,
  };
}
