import type { ProviderFinding, ProviderFindingSource } from './inspections/inspection';
import { PATTERN_METRIC_LABEL } from './patterns/metric-labels';
import type { PatternFinding, PatternStore } from './patterns/pattern-store';

// The patterns slice feeds an inspection's 疑点清单 with the provider-level findings of the latest run: those
// of the inspected institution (and its doctors) whose period overlaps the inspection's. Assembled here, on top
// of both slices, so neither imports the other.

const rate = (f: PatternFinding, x: number) => (f.metric === 'los-ratio' ? x.toFixed(2) : `${(x * 100).toFixed(1)}%`);

export function toProviderFinding(f: PatternFinding): ProviderFinding {
  const who = f.doctorId ? `医师 ${f.doctorId}` : `机构 ${f.hospitalId}`;
  return {
    ruleId: `pattern.${f.metric}`,
    title: `${who}：${f.title}`,
    // A pattern names claims, not money: the amount comes from the points checked on site.
    amountFen: 0,
    evidence: {
      指标: PATTERN_METRIC_LABEL[f.metric],
      本方比率: rate(f, f.rate),
      收缩后比率: rate(f, f.shrunkRate),
      同级同地区比率: rate(f, f.peerRate),
      倍数: f.ratio === null ? null : Number(f.ratio.toFixed(2)),
      病例数: `${f.count}/${f.volume}`,
      统计期间: `${f.period.from}至${f.period.to}`,
      ...(f.cluster ? { 集中收治时段: `${f.cluster.from}至${f.cluster.to}`, 入院日期: f.cluster.admissions.map((a) => `${a.claimId} ${a.date}`) } : {}),
      相关病例: f.evidenceClaimIds,
    },
  };
}

export function patternFindingSource(store: Pick<PatternStore, 'patternFindings'>): ProviderFindingSource {
  return {
    async findingsFor(hospitalId, from, to) {
      const found = await store.patternFindings({ hospitalId });
      return found.filter((f) => f.period.from <= to && f.period.to >= from).map(toProviderFinding);
    },
  };
}
