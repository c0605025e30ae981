import type { PatternClaim } from './pattern-store';

// Comparison within clinical context (indirect standardisation). A PCI stent is expected on a PCI stay, not on
// every stay: a cardiology centre with many PCI stays bills many stents, but its stent share per PCI stay is its
// peers'. So each of a provider's claims is held against the peers' claims of the same context — the finest of
// its contexts in which the peers have a baseline (MIN_CONTEXT_CLAIMS claims) — and the provider's expected count
// is the sum of the peers' rates over its own claims. A claim whose contexts the peers never see has no baseline
// and is left out of the comparison (an uncommon casemix is not evidence).

/** SAMPLE: the peers need at least this many claims in a context for their rate there to be a baseline. */
export const MIN_CONTEXT_CLAIMS = 5;

/**
 * A claim's clinical contexts, finest first: what it was treated for and how. A grouped stay: its DRG (severity
 * included: a stay with a major complication is examined more) with the principal diagnosis category, as an ADRG
 * gathers unlike conditions (back pain and a bone disorder) and an examination indicated for one is not for the
 * other; a surgical or procedure DRG is defined by the operation, so it stands for the procedure too. No coarser
 * context: falling back to the ADRG would hold a stay with complications against stays without. A stay paid by
 * the bed-day (`setting`: rehabilitation, psychiatric, hospice; bed-day-settings.json) is outside DRG payment, its
 * DRG describes acute care it is not: its setting with the diagnosis category instead (a stroke's rehabilitation
 * against strokes' rehabilitation). Any other claim: its visit type with the principal diagnosis to four characters
 * (I25.1), then its three-character category (I25).
 */
export function clinicalContexts(c: PatternClaim, settingOf: (c: PatternClaim) => string | null = () => null): string[] {
  const dx = (c.principalDiagnosis ?? '').toUpperCase();
  const treated = treatedNeoplasm(c, dx);
  if (c.visitType === 'inpatient') {
    const setting = settingOf(c);
    if (setting) return [`bed-day:${setting}|${dx.slice(0, 3)}${treated}`];
    if (c.drg) return [`drg:${c.drg}|${dx.slice(0, 3)}${treated}`];
  }
  if (!dx) return [];
  return dx.length > 3 ? [`${c.visitType}:${dx.slice(0, 5)}${treated}`, `${c.visitType}:${dx.slice(0, 3)}${treated}`] : [`${c.visitType}:${dx}${treated}`];
}

/**
 * A chemotherapy or radiotherapy session (principal Z51) is coded with the tumour treated as another diagnosis
 * (《医疗保障基金结算清单填写规范》, 医保办发〔2021〕34号: 以放疗、化疗为目的的住院 Z51 为主要诊断): the tumour's category
 * (its first C00–D48 code), so a colon cancer's course (abdominal CT for response) is not held against a lung
 * cancer's (chest CT). Empty for any other claim.
 */
function treatedNeoplasm(c: PatternClaim, dx: string): string {
  if (!dx.startsWith('Z51')) return '';
  const tumour = c.diagnosisCodes.find((d) => /^(C|D[0-4])/i.test(d));
  return tumour ? `|${tumour.slice(0, 3).toUpperCase()}` : '';
}

/**
 * The context of a stay's length: its department (a rehabilitation ward against rehabilitation wards, claims naming
 * none against the peers' claims naming none) and its clinical context (clinicalContexts: the DRG norm is one
 * figure for a group of unlike courses, a colon cancer's chemotherapy regimen lasting longer than a lung cancer's).
 */
export const stayContext = (c: PatternClaim): string[] => clinicalContexts(c).slice(0, 1).map((k) => `dept:${c.department ?? ''}|${k}`);

/** A peer group's units with their counted claims placed in baseline contexts. */
export interface ContextGroup<U> {
  /** The claim's contexts, finest first (computed once per claim). */
  contextsOf: (c: PatternClaim) => string[];
  units: U[];
  /** Per unit: its counted claims, and those placed with their baseline context (claims without one are out). */
  counted: PatternClaim[][];
  placed: Array<Array<{ claim: PatternClaim; context: string }>>;
  /** Counted claims per context: the group's and each unit's own (a claim counts in each of its contexts). */
  total: Map<string, number>;
  own: Array<Map<string, number>>;
}

type Counts = Map<string, number>;
const add = (m: Counts, k: string, v = 1) => m.set(k, (m.get(k) ?? 0) + v);

/**
 * Places each unit's counted claims in the finest context where the other units of the group (its peers) have at
 * least MIN_CONTEXT_CLAIMS counted claims.
 */
export function contextGroup<U extends { claims: readonly PatternClaim[] }>(
  units: readonly U[],
  counts: (c: PatternClaim) => boolean,
  contextsOf: (c: PatternClaim) => string[],
): ContextGroup<U> {
  const total: Counts = new Map();
  const keys = new Map<PatternClaim, string[]>();
  const keysOf = (c: PatternClaim) => {
    let k = keys.get(c);
    if (!k) keys.set(c, (k = contextsOf(c)));
    return k;
  };
  const counted = units.map((u) => u.claims.filter(counts));
  const own = counted.map((claims) => {
    const mine: Counts = new Map();
    for (const c of claims) for (const k of keysOf(c)) add(mine, k);
    for (const [k, v] of mine) add(total, k, v);
    return mine;
  });
  const placed = counted.map((claims, i) => {
    const out: Array<{ claim: PatternClaim; context: string }> = [];
    for (const claim of claims) {
      const context = keysOf(claim).find((k) => (total.get(k) ?? 0) - (own[i].get(k) ?? 0) >= MIN_CONTEXT_CLAIMS);
      if (context) out.push({ claim, context });
    }
    return out;
  });
  return { contextsOf: keysOf, units: [...units], counted, placed, total, own };
}

/**
 * Per unit and placed claim, the peers' sum of `value` over their counted claims of the claim's context, and how
 * many claims that is: the baseline the claim is held against.
 */
export function peerBaselines<U>(g: ContextGroup<U>, value: (c: PatternClaim) => number): Array<Array<{ claim: PatternClaim; peersSum: number; peersN: number }>> {
  const total: Counts = new Map();
  const own = g.counted.map((claims) => {
    const mine: Counts = new Map();
    for (const c of claims) {
      const v = value(c);
      if (v !== 0) for (const k of g.contextsOf(c)) add(mine, k, v);
    }
    for (const [k, v] of mine) add(total, k, v);
    return mine;
  });
  return g.placed.map((claims, i) =>
    claims.map(({ claim, context }) => ({
      claim,
      peersSum: (total.get(context) ?? 0) - (own[i].get(context) ?? 0),
      peersN: (g.total.get(context) ?? 0) - (g.own[i].get(context) ?? 0),
    })),
  );
}

/**
 * Per unit: its placed claims (n), those with the trait (x, hits), each claim's peers' rate (rates) and the count the peers' rates give it
 * (peersCount: per claim, the peers' share with the trait in its context, summed; expected: the same with
 * "never" among the peers' claims of a context counted as half a claim, as the other shares do: none of few is
 * not a rate of zero).
 */
export function standardisedShares<U>(
  g: ContextGroup<U>,
  has: (c: PatternClaim) => boolean,
): Array<{ unit: U; n: number; x: number; peersCount: number; expected: number; rates: number[]; hits: PatternClaim[] }> {
  return peerBaselines(g, (c) => (has(c) ? 1 : 0)).map((claims, i) => {
    let expected = 0;
    let peersCount = 0;
    const hits: PatternClaim[] = [];
    const rates: number[] = [];
    for (const { claim, peersSum, peersN } of claims) {
      const rate = Math.max(peersSum, 0.5) / peersN;
      peersCount += peersSum / peersN;
      expected += rate;
      rates.push(rate);
      if (has(claim)) hits.push(claim);
    }
    return { unit: g.units[i], n: claims.length, x: hits.length, peersCount, expected, rates, hits };
  });
}
