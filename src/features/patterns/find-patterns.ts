import type { PatternClaim, PatternFinding, PatternMetric, PatternPeriod, ProviderKind } from './pattern-store';
import { CLUSTER_DEFAULTS, clusterFindings, type ClusterSettings } from './admission-clusters';
import { clinicalContexts, contextGroup, peerBaselines, stayContext, standardisedShares, type ContextGroup } from './clinical-context';
import { betaPriorStrength, normalPriorStrength, shrinkMean, shrinkRate, type MeanStats, type Proportion } from './shrink';
import { FAMILY_ALPHA, normalUpperTail, poissonBinomialUpperTail, poissonUpperTail } from './significance';
import { readmittedStays } from './readmissions';
import { UNPLANNED_READMISSION_DAYS, unplannedReadmittedStays } from './unplanned-readmissions';

// Provider-level patterns over a period: per doctor and per institution, the share of claims carrying each
// costly item, the upcoding rate, the share of stays coding a complication nothing supports, the low-rate case share, the readmission rate and the length of stay over
// its norm, admission clusters (admission-clusters.ts), each against the peers of the same hospital level and pooling region after shrinkage (shrink.ts).
// The costly-item share is compared within clinical context (clinical-context.ts: a stent on PCI stays against
// the peers' PCI stays), the length of stay within the department (a rehabilitation ward against rehabilitation
// wards). A finding needs volume, a shrunk rate well above the peers' and an excess beyond chance after counting
// the provider's tests (significance.ts); the thresholds below are SAMPLE values to be set by the fund, not
// published figures.

/** SAMPLE: a share or rate is a finding when its shrunk value is at least twice the peers'. */
export const SHARE_FACTOR = 2;
/** SAMPLE: mean length of stay over norm (shrunk) at least 1.3 × the peers' mean. */
export const LOS_FACTOR = 1.3;
/** SAMPLE: at least this many claims in the rate's denominator (volume) … */
export const MIN_VOLUME = 10;
/** … and at least this many claims with the trait (for shares: this many beyond what the peers' rate would give). */
export const MIN_COUNT = 3;
/** Readmission window, days after discharge (以内: the 15th day counts), as rule history.split-hospitalisation. */
export const READMISSION_DAYS = 15;
/** 《处方管理办法》第十九条: 处方一般不得超过7日用量 (a clinic prescription's days of supply, 长处方 aside). */
export const PRESCRIPTION_DAYS = 7;
/** SAMPLE: an item is costly when its catalogue price (the highest level's cap) is this many yuan or more. */
export { COSTLY_ITEM_YUAN } from '../../benefits/costly-item';
/** Claim ids kept as a finding's evidence (its count stays complete). */
export const EVIDENCE_MAX = 50;

const UPCODING_RULES = new Set(['grouping.upcoding-drg', 'grouping.upcoding-dip']);
/** 低倍率 by the policy's line (cost below 0.4 × the norm), whether cheap per day too or only short. */
const LOW_RATE_RULES = new Set(['grouping.low-rate', 'grouping.low-rate-short-stay', 'grouping.low-rate-close-care']);
/**
 * A coded MCC/CC with no item behind it (rules/grouping/norms/complication-support.json), whether it split the group
 * or not: one such stay is a coding doubt, a department coding them on stay after stay is 虚增诊断 (2024–2025
 * 定点医药机构违法违规使用医保基金自查自纠问题清单: 高套病组、虚增诊断). A referral hospital's sicker patients raise its
 * CC/MCC rate, not this one: their complications carry the blood gases, ventilation and potassium that support them.
 */
const UNSUPPORTED_COMPLICATION_RULES = new Set(['grouping.complication-unsupported', 'grouping.complication-unsupported-unsplit']);

export interface FindPatternsOptions {
  period: PatternPeriod;
  /** Whether an item is costly (costly-items.ts: from the catalogue's prices). */
  isCostly: (code: string) => boolean;
  /** Whether a drug is of the key-monitoring list (monitored-drugs.ts): counted on a stay's first- and last-day drugs too. */
  isMonitoredDrug?: (code: string) => boolean;
  /** Norm length of stay of a DRG in a region (rules/grouping/norms); without one, the period's mean stay of the DRG in the region. */
  normLos?: (region: string, drg: string) => number | undefined;
  /** The bed-day setting of a stay (bed-day-settings.json: psychiatric, rehabilitation, hospice), null for an acute stay. */
  bedDaySetting?: (c: PatternClaim) => string | null;
  /** Chinese item names for the findings' titles. */
  itemName?: (code: string) => string | undefined;
  /** Admission clusters: window, age and thresholds over the defaults of admission-clusters.json. */
  clusters?: Partial<ClusterSettings>;
}

const DAY_MS = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
const r4 = (x: number) => Math.round(x * 10_000) / 10_000;
const odds = (p: number) => (p >= 1 ? Infinity : p / (1 - p));
const isStay = (c: PatternClaim) => c.visitType === 'inpatient';
const byDate = (a: PatternClaim, b: PatternClaim) => a.serviceDate.localeCompare(b.serviceDate) || a.claimId.localeCompare(b.claimId);

interface Unit {
  kind: ProviderKind;
  hospitalId: string;
  doctorId: string | null;
  region: string;
  province: string;
  hospitalLevel: number;
  /** A doctor's department (its first claim's), null for an institution. */
  department: string | null;
  claims: PatternClaim[];
}

/** A rate over some of a provider's claims: which claims count (denominator) and which have the trait. */
interface ShareMetric {
  metric: PatternMetric;
  itemCode: string | null;
  title: string;
  counts(c: PatternClaim): boolean;
  has(c: PatternClaim): boolean;
  /**
   * Compared within clinical context (costly items) rather than against the peers' overall rate; such a metric
   * counts every claim, so one context group per peer group serves them all.
   */
  inContext?: boolean;
}

/** A peer group's tests: how many each provider had (its family), and the findings awaiting the family's level. */
interface Tested {
  tests: Map<Unit, number>;
  candidates: Array<{ unit: Unit; p: number; finding: PatternFinding }>;
}

const countTest = (t: Tested, u: Unit) => t.tests.set(u, (t.tests.get(u) ?? 0) + 1);

/** The candidates whose p-value is within FAMILY_ALPHA shared over their provider's tests (Bonferroni). */
function familyControlled(t: Tested): PatternFinding[] {
  return t.candidates.filter((c) => c.p <= FAMILY_ALPHA / (t.tests.get(c.unit) ?? 1)).map((c) => c.finding);
}

export function findPatterns(all: readonly PatternClaim[], opts: FindPatternsOptions): PatternFinding[] {
  const { from, to } = opts.period;
  const inPeriod = all.filter((c) => c.serviceDate >= from && c.serviceDate <= to);
  const readmitted = readmittedStays(all, READMISSION_DAYS);
  const unplanned = unplannedReadmittedStays(all);
  const settingOf = opts.bedDaySetting ?? (() => null);
  const losRatio = losRatios(inPeriod, opts.normLos, settingOf);
  const shares = shareMetrics(inPeriod, opts, readmitted, unplanned);
  const clusters: ClusterSettings = { ...CLUSTER_DEFAULTS, ...opts.clusters };
  const out: PatternFinding[] = [];
  for (const kind of ['institution', 'doctor'] as const) {
    const groups = peerGroups(unitsOf(inPeriod, kind));
    for (const units of groups) {
      if (units.length < 2) continue; // no peers, nothing to compare with
      const tested: Tested = { tests: new Map(), candidates: [] };
      let contexts: ContextGroup<Unit> | undefined;
      const inContext = () => (contexts ??= contextGroup(units, () => true, (c) => clinicalContexts(c, settingOf)));
      for (const m of shares) shareFindings(units, m, opts.period, tested, inContext);
      losFindings(units, losRatio, opts.period, tested);
      out.push(...familyControlled(tested));
      out.push(...admissionClusters(units, opts.period, clusters));
    }
  }
  const kindOrder = (f: PatternFinding) => (f.providerKind === 'institution' ? 0 : 1);
  return out.sort(
    (a, b) =>
      kindOrder(a) - kindOrder(b) ||
      (b.ratio ?? Infinity) - (a.ratio ?? Infinity) ||
      a.hospitalId.localeCompare(b.hospitalId) ||
      (a.doctorId ?? '').localeCompare(b.doctorId ?? '') ||
      a.metric.localeCompare(b.metric) ||
      (a.itemCode ?? '').localeCompare(b.itemCode ?? ''),
  );
}

function unitsOf(claims: readonly PatternClaim[], kind: ProviderKind): Unit[] {
  const units = new Map<string, Unit>();
  for (const c of claims) {
    if (kind === 'doctor' && c.doctorId === null) continue;
    const key = kind === 'institution' ? c.hospitalId : `${c.hospitalId}|${c.doctorId}`;
    let u = units.get(key);
    if (!u) {
      u = {
        kind, hospitalId: c.hospitalId, doctorId: kind === 'doctor' ? c.doctorId : null, region: c.region, province: c.province,
        hospitalLevel: c.hospitalLevel, department: kind === 'doctor' ? c.department : null, claims: [],
      };
      units.set(key, u);
    }
    u.claims.push(c);
  }
  return [...units.values()];
}

/**
 * Peers: the same pooling region and hospital level; a doctor's also the same department, so a cardiologist's
 * echo share is not held against orthopaedists'.
 */
function peerGroups(units: readonly Unit[]): Unit[][] {
  const groups = new Map<string, Unit[]>();
  for (const u of units) {
    const k = `${u.region}|${u.hospitalLevel}|${u.department ?? ''}`;
    const g = groups.get(k);
    if (g) g.push(u);
    else groups.set(k, [u]);
  }
  return [...groups.values()];
}

function shareMetrics(claims: readonly PatternClaim[], opts: FindPatternsOptions, readmitted: ReadonlySet<string>, unplanned: ReadonlySet<string>): ShareMetric[] {
  const metrics: ShareMetric[] = [
    { metric: 'upcoding', itemCode: null, title: '高套分组率（申报组重于病案计算组的住院占比）', counts: isStay, has: (c) => c.ruleIds.some((r) => UPCODING_RULES.has(r)) },
    { metric: 'low-rate', itemCode: null, title: '低倍率病例占比（费用低于病组标准费用0.4倍）', counts: isStay, has: (c) => c.ruleIds.some((r) => LOW_RATE_RULES.has(r)) },
    {
      metric: 'readmission',
      itemCode: null,
      title: `${READMISSION_DAYS}日内再入院率`,
      // A transfer out hands the patient on, and a death ends the care: neither is a stay that can be readmitted.
      counts: (c) => isStay(c) && c.insuredId !== null && c.dischargeMode !== 'transfer' && c.dischargeMode !== 'death',
      has: (c) => readmitted.has(c.claimId),
    },
    {
      metric: 'unplanned-readmission',
      itemCode: null,
      title: `出院后${UNPLANNED_READMISSION_DAYS}日内非计划再入院率（不含化疗放疗、透析、康复等计划再入院）`,
      counts: (c) => isStay(c) && c.insuredId !== null && c.dischargeMode !== 'transfer' && c.dischargeMode !== 'death',
      has: (c) => unplanned.has(c.claimId),
    },
    {
      metric: 'unsupported-complication',
      itemCode: null,
      title: '无诊疗项目支持的并发症/合并症编码占比（虚增诊断、高套病组）',
      counts: isStay,
      has: (c) => c.ruleIds.some((r) => UNSUPPORTED_COMPLICATION_RULES.has(r)),
    },
    {
      // 《处方管理办法》(卫生部令第53号) 第十九条: a prescription is at most 7 days' use, longer only for chronic, old-age
      // or special conditions with the reason noted (长处方, whose lines are left out). One long course is a doctor's
      // judgement; giving it to patient after patient is 超量开药. Compared in clinical context (the visit's principal
      // diagnosis), so a doctor of chronic patients is held against the peers' visits for the same conditions.
      metric: 'long-supply',
      itemCode: null,
      title: `门诊处方超过${PRESCRIPTION_DAYS}日用量的就诊占比（同诊断比较，长处方除外；超量开药）`,
      counts: (c) => c.visitType === 'outpatient',
      has: (c) => c.visitType === 'outpatient' && (c.supplyDays ?? 0) > PRESCRIPTION_DAYS,
      inContext: true,
    },
  ];
  const present = new Set<string>();
  for (const c of claims) for (const code of c.codes) if (!present.has(code) && opts.isCostly(code)) present.add(code);
  for (const code of [...present].sort()) {
    const name = opts.itemName?.(code);
    metrics.push({
      metric: 'costly-item', itemCode: code, title: `高值项目使用占比：${name ? `${name} ` : ''}${code}`,
      counts: () => true, has: (c) => c.codes.includes(code), inContext: true,
    });
  }
  // Monitored drugs: on a stay, its first and last days' drugs are all the ledger keeps, and a drug given through the
  // stay is among them; its share is compared in context as a costly item's (the same finding for the investigator).
  const monitored = new Set<string>();
  if (opts.isMonitoredDrug) {
    for (const c of claims) for (const code of [...c.codes, ...(c.stayDrugCodes ?? [])]) if (!present.has(code) && !monitored.has(code) && opts.isMonitoredDrug(code)) monitored.add(code);
  }
  for (const code of [...monitored].sort()) {
    const name = opts.itemName?.(code);
    metrics.push({
      metric: 'costly-item', itemCode: code, title: `重点监控药品使用占比：${name ? `${name} ` : ''}${code}`,
      counts: () => true, has: (c) => c.codes.includes(code) || (c.stayDrugCodes ?? []).includes(code), inContext: true,
    });
  }
  return metrics;
}

/**
 * Per provider: its claims counted (n), those with the trait (x) and the count its peers' rate gives it
 * (expected): the peers' overall rate, or within clinical context for a costly item (clinical-context.ts; the
 * claims whose contexts the peers lack are out of n).
 */
function shareStats(
  units: readonly Unit[],
  m: ShareMetric,
  inContext: () => ContextGroup<Unit>,
): Array<{ u: Unit; n: number; x: number; peersCount: number; expected: number; rates?: number[]; hits: PatternClaim[] }> {
  if (m.inContext) {
    return standardisedShares(inContext(), m.has).map((s) => ({ u: s.unit, n: s.n, x: s.x, peersCount: s.peersCount, expected: s.expected, rates: s.rates, hits: s.hits }));
  }
  const raw = units.map((u) => {
    const counted = u.claims.filter(m.counts);
    const hits = counted.filter(m.has);
    return { u, n: counted.length, x: hits.length, hits };
  });
  const N = raw.reduce((s, t) => s + t.n, 0);
  const X = raw.reduce((s, t) => s + t.x, 0);
  // Peers who never show the trait are compared as if half a claim of theirs did: "never" over few claims
  // is not a rate of zero.
  return raw.map((t) => ({
    ...t,
    peersCount: N - t.n > 0 ? (t.n * (X - t.x)) / (N - t.n) : NaN,
    expected: N - t.n > 0 ? (t.n * Math.max(X - t.x, 0.5)) / (N - t.n) : NaN,
  }));
}

function shareFindings(units: readonly Unit[], m: ShareMetric, period: PatternPeriod, tested: Tested, inContext: () => ContextGroup<Unit>): void {
  const stats = shareStats(units, m, inContext);
  const strength = betaPriorStrength(stats as Proportion[]);
  const N = stats.reduce((s, t) => s + t.n, 0);
  const X = stats.reduce((s, t) => s + t.x, 0);
  for (const t of stats) {
    if (t.n < MIN_VOLUME || t.x < MIN_COUNT || !(t.expected > 0)) continue;
    countTest(tested, t.u);
    // The peers' rate as it applies to this provider's claims (its casemix, for an item in context); compared
    // with peers who never show the trait counted as half a claim ("never" over few claims is not a rate of zero).
    const peerRate = t.peersCount / t.n;
    const floored = t.expected / t.n;
    // The prior's mean is the group's pooled rate (this provider included, as empirical Bayes estimates it), in
    // context the peers' rate over this provider's claims; the comparison is with the others alone.
    const shrunk = shrinkRate(t.x, t.n, m.inContext ? floored : X / N, strength);
    if (odds(shrunk) < SHARE_FACTOR * odds(floored)) continue;
    // And the excess must be claims, not a fraction of one: MIN_COUNT more than the peers' rate would give.
    if (t.x - t.peersCount < MIN_COUNT) continue;
    // In context each claim has its context's rate: the exact tail of their sum; one rate for all, the Poisson's.
    const p = t.rates ? poissonBinomialUpperTail(t.x, t.rates) : poissonUpperTail(t.x, t.expected);
    tested.candidates.push({
      unit: t.u, p,
      finding: finding(t.u, m.metric, m.itemCode, m.title, {
        count: t.x, volume: t.n, rate: t.x / t.n, shrunk, peerRate, strength, providers: units.length, period, p, evidence: t.hits,
      }),
    });
  }
}

/**
 * Length of stay over its norm, each stay against the peers' stays of its department (a rehabilitation ward's
 * stays are not held against acute wards' norms; with no peer stays of the department there is no baseline).
 */
function losFindings(units: readonly Unit[], ratio: ReadonlyMap<string, number>, period: PatternPeriod, tested: Tested): void {
  const g = contextGroup(units, (c) => ratio.has(c.claimId), stayContext);
  const baselines = peerBaselines(g, (c) => ratio.get(c.claimId)!);
  const stats = baselines.map((placed, i) => {
    const stays = placed.map((b) => b.claim);
    const values = stays.map((c) => ratio.get(c.claimId)!);
    const s: MeanStats = { n: values.length, sum: values.reduce((a, b) => a + b, 0), sumSq: values.reduce((a, b) => a + b * b, 0) };
    // The peers' mean ratio as it applies to this provider's stays (their departments' means).
    const expected = placed.length ? placed.reduce((a, b) => a + b.peersSum / b.peersN, 0) / placed.length : NaN;
    return { u: g.units[i], stays, s, expected };
  });
  const strength = normalPriorStrength(stats.map((t) => t.s));
  // Pooled variance of single stays within providers: the noise of a provider's mean.
  const dof = stats.reduce((a, t) => a + Math.max(0, t.s.n - 1), 0);
  const within = dof > 0 ? stats.reduce((a, t) => a + (t.s.n ? t.s.sumSq - (t.s.sum * t.s.sum) / t.s.n : 0), 0) / dof : 0;
  for (const t of stats) {
    if (t.s.n < MIN_VOLUME || !(t.expected > 0)) continue;
    const peerMean = t.expected;
    const longer = t.stays.filter((c) => ratio.get(c.claimId)! > peerMean);
    if (longer.length < MIN_COUNT) continue;
    countTest(tested, t.u);
    const mean = t.s.sum / t.s.n;
    const shrunk = shrinkMean(mean, t.s.n, peerMean, strength);
    if (shrunk < LOS_FACTOR * peerMean) continue;
    const p = within > 0 ? normalUpperTail((mean - peerMean) / Math.sqrt(within / t.s.n)) : 0;
    tested.candidates.push({
      unit: t.u, p,
      finding: finding(t.u, 'los-ratio', null, '平均住院日与标准住院日之比（同科室比较；挂床住院、延长住院）', {
        count: longer.length, volume: t.s.n, rate: mean, shrunk, peerRate: peerMean, strength, providers: units.length, period, p,
        evidence: [...longer].sort((a, b) => ratio.get(b.claimId)! - ratio.get(a.claimId)! || a.claimId.localeCompare(b.claimId)),
      }),
    });
  }
}

function admissionClusters(units: readonly Unit[], period: PatternPeriod, s: ClusterSettings): PatternFinding[] {
  return clusterFindings(units, period, s).map((r) => {
    const f = finding(r.unit, 'admission-cluster', null, `集中收治住院：${s.windowDays}日内收治${s.minAge}岁以上轻症或诊断模糊患者（${r.window.from}至${r.window.to}）`, {
      count: r.count, volume: r.volume, rate: r.count / r.volume, shrunk: r.shrunk, peerRate: r.peerRate, strength: r.strength, providers: units.length, period,
      evidence: r.admissions, p: r.p,
    });
    f.cluster = { ...r.window, windowDays: s.windowDays, admissions: r.admissions.slice(0, EVIDENCE_MAX).map((c) => ({ claimId: c.claimId, date: c.serviceDate })) };
    return f;
  });
}

function finding(
  u: Unit,
  metric: PatternMetric,
  itemCode: string | null,
  title: string,
  f: { count: number; volume: number; rate: number; shrunk: number; peerRate: number; strength: number; providers: number; period: PatternPeriod; evidence: PatternClaim[]; p?: number },
): PatternFinding {
  const evidence = metric === 'los-ratio' ? f.evidence : [...f.evidence].sort(byDate);
  const out: PatternFinding = {
    providerKind: u.kind,
    hospitalId: u.hospitalId,
    doctorId: u.doctorId,
    region: u.region,
    province: u.province,
    hospitalLevel: u.hospitalLevel,
    metric,
    itemCode,
    title,
    count: f.count,
    volume: f.volume,
    rate: r4(f.rate),
    shrunkRate: r4(f.shrunk),
    peerRate: r4(f.peerRate),
    ratio: f.peerRate > 0 ? r4(f.shrunk / f.peerRate) : null,
    priorStrength: r4(f.strength),
    peerGroup: { region: u.region, hospitalLevel: u.hospitalLevel, department: u.department, providers: f.providers },
    period: { from: f.period.from, to: f.period.to },
    evidenceClaimIds: evidence.slice(0, EVIDENCE_MAX).map((c) => c.claimId),
  };
  if (f.p !== undefined) out.pValue = Number(f.p.toPrecision(3));
  return out;
}

/**
 * Length of stay over its norm per grouped stay (a same-day stay counts one day). A stay paid by the bed-day
 * (psychiatric, rehabilitation, hospice: 国办发〔2017〕55号, bed-day-settings.json) has no standard stay: the DRG's
 * describes acute care, and the peers' wards of the setting differ in what they take (a general hospital's
 * rehabilitation ward the early weeks, a rehabilitation hospital the months after). It is left out, as the claim
 * rules leave it to the bed-day audit (idle days, catalogue.bed-blocking-stay), not grouping.los-far-off.
 */
function losRatios(
  claims: readonly PatternClaim[],
  normLos: FindPatternsOptions['normLos'],
  settingOf: FindPatternsOptions['bedDaySetting'] = () => null,
): Map<string, number> {
  const stays = claims.filter((c) => isStay(c) && c.drg !== null && c.endDate !== null && settingOf(c) === null);
  const los = (c: PatternClaim) => Math.max(1, days(c.serviceDate, c.endDate!));
  // Without a norms table, the period's mean stay of the DRG in the region is its norm.
  const mean = new Map<string, { n: number; sum: number }>();
  for (const c of stays) {
    const k = `${c.region}|${c.drg}`;
    const m = mean.get(k) ?? { n: 0, sum: 0 };
    m.n += 1;
    m.sum += los(c);
    mean.set(k, m);
  }
  const out = new Map<string, number>();
  for (const c of stays) {
    const m = mean.get(`${c.region}|${c.drg}`)!;
    const norm = normLos?.(c.region, c.drg!) ?? m.sum / m.n;
    if (norm > 0) out.set(c.claimId, los(c) / norm);
  }
  return out;
}
