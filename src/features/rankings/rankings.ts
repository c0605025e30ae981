import type { ProviderFact, ProviderRuleFact } from './ranking-store';

// Rankings for inspection planning (飞行检查选点): institutions or doctors by flagged money, flag rate against
// peers (same hospital level and pooling region, the entity itself left out), confirmed-fraud rate
// (confirmed / closed cases) and mean risk score, each with the rules that flag it most.

export type RankBy = 'hospital' | 'doctor';
export type RankSort = 'amount' | 'flagRate' | 'peerRatio' | 'confirmedRate' | 'risk';

export interface ProviderRank {
  hospitalId: string;
  doctorId: string | null;
  region: string;
  hospitalLevel: number;
  claims: number;
  flagged: number;
  flaggedAmountFen: number;
  flagRate: number;
  /** Flag rate of the peers (same level and region, without this entity); null when it has no peers. */
  peerFlagRate: number | null;
  /** flagRate / peerFlagRate; null without peers or when the peers are never flagged. */
  peerRatio: number | null;
  /** confirmed / (confirmed + dismissed); null while no case is closed. */
  confirmedRate: number | null;
  confirmed: number;
  dismissed: number;
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
  const peers = new Map<string, { claims: number; flagged: number }>();
  const peerKey = (t: Totals) => `${t.region}|${t.hospitalLevel}`;
  for (const t of totals.values()) {
    const p = peers.get(peerKey(t)) ?? { claims: 0, flagged: 0 };
    p.claims += t.claims;
    p.flagged += t.flagged;
    peers.set(peerKey(t), p);
  }
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
      peerFlagRate: peerFlagRate === null ? null : round(peerFlagRate),
      peerRatio: peerFlagRate ? round(flagRate / peerFlagRate) : null,
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
        return r.flagRate;
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
