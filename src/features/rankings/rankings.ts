import { betaPriorStrength, shrinkRate } from '../patterns/shrink';
import type { ProviderFact, ProviderRuleFact } from './ranking-store';

// Rankings for inspection planning (飞行检查选点): institutions or doctors by flagged money, flag rate against
// peers (same hospital level and pooling region, the entity itself left out), confirmed-fraud rate
// (confirmed / closed cases) and mean risk score, each with the rules that flag it most. Flag rates are ranked
// after empirical-Bayes shrinkage towards the peers (patterns/shrink.ts, as the provider patterns): a doctor
// with one flagged claim is not "100%, 14× the peers".

export type RankBy = 'hospital' | 'doctor';
export type RankSort = 'amount' | 'flagRate' | 'peerRatio' | 'confirmedRate' | 'risk';

/** A provider's summed facts (its risk sum as meanRisk) and the rates and ratios it is ranked by. */
export interface ProviderRank extends Omit<ProviderFact, 'riskSum'> {
  /** flagged / claims, as counted. */
  flagRate: number;
  /** The flag rate shrunk towards every other provider's: what `flagRate` sorts by (a rate across all groups). */
  shrunkFlagRate: number;
  /** Flag rate of the peers (same level and region, without this entity); null when it has no peers. */
  peerFlagRate: number | null;
  /** The flag rate shrunk towards the peers', over the peers' rate; null without peers or when the peers are never flagged. */
  peerRatio: number | null;
  /** flagRate / peerFlagRate, unshrunk (shown beside, never sorted by). */
  rawPeerRatio: number | null;
  /** confirmed / (confirmed + dismissed); null while no case is closed. */
  confirmedRate: number | null;
  meanRisk: number;
  topRules: { ruleId: string; flagged: number; amountFen: number }[];
}

/** A provider's sums while they are added up: the same shape as one stored fact. */
type Totals = ProviderFact;

const keyOf = (by: RankBy, hospitalId: string, doctorId: string | null) => (by === 'hospital' ? hospitalId : `${hospitalId}|${doctorId}`);

export function rankProviders(
  facts: readonly ProviderFact[],
  ruleFacts: readonly ProviderRuleFact[],
  opts: { by: RankBy; sort: RankSort; limit: number; topRules?: number },
): ProviderRank[] {
  const totals = new Map<string, Totals>();
  for (const f of facts) {
    if (opts.by === 'doctor' && f.doctorId === null) continue;
    const k = keyOf(opts.by, f.hospitalId, f.doctorId);
    const t = totals.get(k) ?? {
      hospitalId: f.hospitalId,
      doctorId: opts.by === 'doctor' ? f.doctorId : null,
      region: f.region,
      hospitalLevel: f.hospitalLevel,
      claims: 0, flagged: 0, flaggedAmountFen: 0, riskSum: 0, confirmed: 0, dismissed: 0,
    };
    t.claims += f.claims;
    t.flagged += f.flagged;
    t.flaggedAmountFen += f.flaggedAmountFen;
    t.riskSum += f.riskSum;
    t.confirmed += f.confirmed;
    t.dismissed += f.dismissed;
    totals.set(k, t);
  }
  const peers = new Map<string, { claims: number; flagged: number; members: { x: number; n: number }[] }>();
  const peerKey = (t: Totals) => `${t.region}|${t.hospitalLevel}`;
  const everyone = { claims: 0, flagged: 0 };
  for (const t of totals.values()) {
    const p = peers.get(peerKey(t)) ?? { claims: 0, flagged: 0, members: [] };
    p.claims += t.claims;
    p.flagged += t.flagged;
    p.members.push({ x: t.flagged, n: t.claims });
    peers.set(peerKey(t), p);
    everyone.claims += t.claims;
    everyone.flagged += t.flagged;
  }
  const strengths = new Map([...peers.entries()].map(([k, p]) => [k, betaPriorStrength(p.members)]));
  const allStrength = betaPriorStrength([...totals.values()].map((t) => ({ x: t.flagged, n: t.claims })));
  const rules = new Map<string, ProviderRank['topRules']>();
  for (const r of ruleFacts) {
    if (opts.by === 'doctor' && r.doctorId === null) continue;
    const k = keyOf(opts.by, r.hospitalId, r.doctorId);
    const list = rules.get(k) ?? [];
    const found = list.find((x) => x.ruleId === r.ruleId);
    if (found) {
      found.flagged += r.flagged;
      found.amountFen += r.amountFen;
    } else list.push({ ruleId: r.ruleId, flagged: r.flagged, amountFen: r.amountFen });
    rules.set(k, list);
  }

  const ranks: ProviderRank[] = [...totals.entries()].map(([k, t]) => {
    const all = peers.get(peerKey(t))!;
    const others = { claims: all.claims - t.claims, flagged: all.flagged - t.flagged };
    const flagRate = t.claims ? t.flagged / t.claims : 0;
    const peerFlagRate = others.claims > 0 ? others.flagged / others.claims : null;
    // The prior's mean is the pooled rate of the whole group (this provider included, as empirical Bayes
    // estimates it); the comparison is with the others alone.
    const shrunkFlagRate = shrinkRate(t.flagged, t.claims, everyone.flagged / everyone.claims, allStrength);
    const peerShrunk = peerFlagRate !== null ? shrinkRate(t.flagged, t.claims, all.flagged / all.claims, strengths.get(peerKey(t))!) : null;
    const closed = t.confirmed + t.dismissed;
    return {
      hospitalId: t.hospitalId,
      doctorId: t.doctorId,
      region: t.region,
      hospitalLevel: t.hospitalLevel,
      claims: t.claims,
      flagged: t.flagged,
      flaggedAmountFen: t.flaggedAmountFen,
      flagRate: round(flagRate),
      shrunkFlagRate: round(shrunkFlagRate),
      peerFlagRate: peerFlagRate === null ? null : round(peerFlagRate),
      peerRatio: peerFlagRate && peerShrunk !== null ? round(peerShrunk / peerFlagRate) : null,
      rawPeerRatio: peerFlagRate ? round(flagRate / peerFlagRate) : null,
      confirmedRate: closed ? round(t.confirmed / closed) : null,
      confirmed: t.confirmed,
      dismissed: t.dismissed,
      meanRisk: t.claims ? round(t.riskSum / t.claims) : 0,
      topRules: (rules.get(k) ?? [])
        .sort((a, b) => b.flagged - a.flagged || b.amountFen - a.amountFen || a.ruleId.localeCompare(b.ruleId))
        .slice(0, opts.topRules ?? 3),
    };
  });
  const metric = (r: ProviderRank): number => {
    switch (opts.sort) {
      case 'amount':
        return r.flaggedAmountFen;
      case 'flagRate':
        return r.shrunkFlagRate;
      case 'peerRatio':
        return r.peerRatio ?? -1;
      case 'confirmedRate':
        return r.confirmedRate ?? -1;
      case 'risk':
        return r.meanRisk;
    }
  };
  const id = (r: ProviderRank) => `${r.hospitalId}|${r.doctorId ?? ''}`;
  return ranks.sort((a, b) => metric(b) - metric(a) || b.flaggedAmountFen - a.flaggedAmountFen || id(a).localeCompare(id(b))).slice(0, opts.limit);
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
