import type { PatternMetric } from './pattern-store';

/**
 * Each pattern metric in Chinese: the one map, read by the inspection's 疑点清单 (provider-findings.ts) and sent by
 * GET /patterns beside each finding (`metricLabel`) for the console, which cannot import it.
 */
export const PATTERN_METRIC_LABEL: Record<PatternMetric, string> = {
  'costly-item': '高值项目使用率',
  upcoding: '高套病组率',
  'low-rate': '低倍率病例占比',
  readmission: '再入院率',
  'unplanned-readmission': '31日内非计划再入院率',
  'unsupported-complication': '无诊疗支持的并发症编码率',
  'long-supply': '门诊超7日用量处方占比',
  'los-ratio': '住院天数/标准',
  'admission-cluster': '集中收治住院',
};
