import type { PatternFinding, PatternStore } from '../patterns/pattern-store';
import type { ExportQuery } from './export-store';
import type { Cell } from './sheets';

// The rows of the export's provider-pattern table (TABLES.patterns in sheets.ts): the findings of the latest recorded run (yibao-review patterns, or
// the service's nightly run) within the export's scope whose period overlaps the month. Findings name
// providers and claims, never a patient; the writers make every cell safe (safe-cell.ts), as for the other tables.

const KIND: Record<PatternFinding['providerKind'], string> = { institution: '机构 institution', doctor: '医师 doctor' };

/** A share as a percentage, a length-of-stay ratio as a multiple; text with fixed decimals, never a float cell. */
const rateText = (f: PatternFinding, x: number) => (f.metric === 'los-ratio' ? x.toFixed(2) : `${(x * 100).toFixed(2)}%`);

export function patternRow(f: PatternFinding): Cell[] {
  return [
    KIND[f.providerKind],
    f.hospitalId ?? '',
    f.doctorId ?? '',
    f.region,
    f.hospitalLevel,
    f.peerGroup.department ?? '',
    f.metric,
    f.itemCode ?? '',
    f.title ?? '',
    f.count,
    f.volume,
    rateText(f, f.rate),
    rateText(f, f.shrunkRate),
    rateText(f, f.peerRate),
    f.ratio === null ? '' : f.ratio.toFixed(2),
    Math.round(f.priorStrength),
    f.peerGroup.providers,
    f.period.from,
    f.period.to,
    f.evidenceClaimIds.join(';'),
  ];
}

/** The rows for an export: none when the store keeps no findings (a bare export store in tests). */
export async function patternRows(store: Partial<Pick<PatternStore, 'patternFindings'>>, q: ExportQuery): Promise<Cell[][]> {
  if (!store.patternFindings) return [];
  const first = `${q.month}-01`;
  const last = `${q.month}-31`; // string order: no real day of the month sorts after it
  const findings = await store.patternFindings(q.province ? { provinces: [q.province] } : {});
  return findings
    .filter((f) => f.period.from <= last && f.period.to >= first && (q.region === undefined || f.region === q.region))
    .map(patternRow);
}
