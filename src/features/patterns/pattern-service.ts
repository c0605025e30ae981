import { bedDaySetting } from '../../enrich/bed-day-setting';
import type { Knowledge } from '../../enrich/knowledge';
import type { EnrichRefs } from '../../enrich/load-refs';
import type { ClusterSettings } from './admission-clusters';
import { costlyItems } from './costly-items';
import { monitoredDrugs } from './monitored-drugs';
import { findPatterns, READMISSION_DAYS, type FindPatternsOptions } from './find-patterns';
import { UNPLANNED_READMISSION_DAYS } from './unplanned-readmissions';
import type { PatternFinding, PatternPeriod, PatternRun, PatternStore } from './pattern-store';

// Computing provider patterns over a period from the store, and recording the run: what the CLI, the
// service's schedule and the monthly export call.

/** What the patterns need from the reference tables: costly items (catalogue), norm stays (DRG norms), bed-day settings (knowledge). */
export type PatternRefs = Omit<FindPatternsOptions, 'period'>;

/** `clusters`: the admission clusters' settings over the table's (PATTERNS_CLUSTER_DAYS, PATTERNS_CLUSTER_MIN_AGE). */
export function patternRefs(
  refs: (Pick<EnrichRefs, 'catalogue' | 'norms'> & { knowledge?: Pick<Knowledge, 'bedDaySettings'> | null }) | null,
  clusters: Partial<ClusterSettings> = {},
): PatternRefs {
  const costly = costlyItems(refs?.catalogue ?? null);
  const norms = refs?.norms ?? null;
  const settings = refs?.knowledge?.bedDaySettings ?? null;
  return {
    isCostly: costly.isCostly,
    itemName: costly.name,
    isMonitoredDrug: monitoredDrugs(refs?.catalogue ?? null),
    normLos: norms ? (region, drg) => norms.drgNorm(region, drg)?.normLos : undefined,
    // By ward and principal diagnosis: a pattern claim keeps neither its procedures nor its daily therapy lines.
    bedDaySetting: settings
      ? (c) => bedDaySetting({ items: [], inpatient: c.visitType === 'inpatient', principalDiagnosis: c.principalDiagnosis ?? '', procedureCodes: [], department: c.department }, settings, null)?.name ?? null
      : undefined,
    clusters,
  };
}

export class PatternPeriodError extends Error {
  override name = 'PatternPeriodError';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (s: string) => DAY.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().slice(0, 10) === s;
const addDays = (day: string, n: number) => new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);

/** A period as given (CLI, API): real dates, from ≤ to; otherwise an error naming the field. */
export function checkPeriod(p: { from?: string; to?: string }): PatternPeriod {
  if (!p.from || !isDay(p.from)) throw new PatternPeriodError(`from: must be a date YYYY-MM-DD (got ${p.from ?? 'nothing'})`);
  if (!p.to || !isDay(p.to)) throw new PatternPeriodError(`to: must be a date YYYY-MM-DD (got ${p.to ?? 'nothing'})`);
  if (p.from > p.to) throw new PatternPeriodError(`from: ${p.from} is after to ${p.to}`);
  return { from: p.from, to: p.to };
}

/** The `days` days ending yesterday (local date of `now`): the period a scheduled run looks at. */
export function trailingPeriod(now: Date, days: number): PatternPeriod {
  const local = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const to = addDays(local(now), -1);
  return { from: addDays(to, -(days - 1)), to };
}

/** The period's findings, not recorded (the monthly export computes its month's). */
export async function computePatterns(store: Pick<PatternStore, 'patternClaims'>, period: PatternPeriod, refs: PatternRefs): Promise<PatternFinding[]> {
  // Readmissions of the period's last stays fall after it: read that far beyond.
  const claims = await store.patternClaims({ from: period.from, to: addDays(period.to, Math.max(READMISSION_DAYS, UNPLANNED_READMISSION_DAYS)) });
  return findPatterns(claims, { ...refs, period });
}

/** Computes the period's findings and records the run with them. */
export async function runPatterns(
  store: PatternStore,
  period: PatternPeriod,
  refs: PatternRefs,
  opts: { trigger: string; now?: () => Date },
): Promise<{ run: PatternRun; findings: PatternFinding[] }> {
  const findings = await computePatterns(store, period, refs);
  const run = await store.savePatternRun(
    { ranAt: (opts.now?.() ?? new Date()).toISOString(), from: period.from, to: period.to, trigger: opts.trigger, findings: findings.length },
    findings,
  );
  return { run, findings };
}
