import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseStore } from '../cases/case-store';
import type { ExportQuery, ExportStore } from './export-store';
import { accumulate, newAggregate } from './aggregate';
import { csvWriter } from './csv';
import { buildManifest, MANIFEST_FILE, writeManifest, type Manifest } from './manifest';
import { exportQuerySchema, scopeLabel, type ExportFormat, FORMATS } from './query';
import {
  caseRow,
  institutionRows,
  regionRows,
  ruleRows,
  summaryRows,
  TABLES,
  type CaseWorkFacts,
  type Cell,
  type DrgDipTarget,
  type TableDef,
} from './sheets';
import type { TableWriter, WrittenFile } from './table-writer';
import { patternRows } from './pattern-sheet';
import type { PatternStore } from '../patterns/pattern-store';
import { policyFor, type Policies } from '../../benefits/policy';
import { xlsxWriter } from './xlsx';
import type { RuleDescriptions } from './rule-descriptions';

// The one export function the CLI and the API call. Two streaming passes over the store: the month's
// verdicts into the aggregates (memory bounded by regions × institutions × rules), then the month's cases
// straight into the case list; the small tables are written between them. Every format gets the same rows.

export interface ExportProgress {
  phase: 'verdicts' | 'cases';
  done: number;
  total: number;
}

export interface RunExportOptions {
  query: ExportQuery;
  outDir: string;
  formats?: readonly ExportFormat[];
  /** The manifest's generatedAt (tests fix it). */
  now?: () => Date;
  onProgress?: (p: ExportProgress) => void;
  /** The policy table: each province's DRG/DIP fund-share target in force on the month's first day. */
  policies?: Policies | null;
  /** Each rule's name and rule-library metadata, for the by-rule table (blank where not given). */
  rules?: RuleDescriptions;
}

export interface ExportResult {
  dir: string;
  manifest: Manifest;
}

const PROGRESS_EVERY = 5000;
/**
 * Store streams may be synchronous underneath (better-sqlite3): let other work (HTTP requests in the service)
 * run every so many rows, so a long export never holds the event loop.
 */
const YIELD_EVERY = 1000;
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** exports/2025-03, exports/2025-03-51, exports/2025-03-510100 */
export const defaultOutDir = (q: ExportQuery): string => join('exports', scopeLabel(q));
export const workbookName = (q: ExportQuery): string => `audit-${scopeLabel(q)}.xlsx`;

type ExportSource = ExportStore & Partial<Pick<CaseStore, 'getCaseWork'>> & Partial<Pick<PatternStore, 'patternFindings'>>;

export async function runExport(store: ExportSource, opts: RunExportOptions): Promise<ExportResult> {
  const query = exportQuerySchema.parse(opts.query) as ExportQuery;
  const formats = opts.formats?.length ? [...new Set(opts.formats)] : [...FORMATS];
  const dir = opts.outDir;
  await prepareDir(dir);
  const progress = opts.onProgress ?? (() => {});
  const counts = await store.countForExport(query);

  const agg = newAggregate();
  let done = 0;
  progress({ phase: 'verdicts', done, total: counts.verdicts });
  for await (const v of store.iterateVerdicts(query)) {
    accumulate(agg, v);
    if (++done % YIELD_EVERY === 0) await tick();
    if (done % PROGRESS_EVERY === 0) progress({ phase: 'verdicts', done, total: counts.verdicts });
  }
  progress({ phase: 'verdicts', done, total: counts.verdicts });

  // Fixed document dates (the first day of the month) keep the workbook's properties the same on every run.
  const fixedDate = new Date(`${query.month}-01T00:00:00.000Z`);
  const writers: TableWriter[] = formats.map((f) => (f === 'xlsx' ? xlsxWriter(dir, workbookName(query), fixedDate) : csvWriter(dir)));

  const targetFor = drgDipTargetFor(opts.policies ?? null, query.month);
  await writeTable(writers, TABLES.summary, summaryRows(agg, summaryTarget(query, [...agg.byRegion.keys()], targetFor)));
  await writeTable(writers, TABLES['by-region'], regionRows(agg, targetFor));
  await writeTable(writers, TABLES['by-institution'], institutionRows(agg));
  await writeTable(writers, TABLES['by-rule'], ruleRows(agg, opts.rules));
  await writeTable(writers, TABLES.cases, caseRows(store, query, counts.cases, progress));
  await writeTable(writers, TABLES.patterns, await patternRows(store, query));

  const written: WrittenFile[] = [];
  for (const w of writers) written.push(...(await w.close()));
  const manifest = await buildManifest(dir, query, opts.now?.() ?? new Date(), written, counts, agg);
  await writeManifest(dir, manifest);
  return { dir, manifest };
}

/** Province → its DRG/DIP target in percent on the month's first day (null where none is set). */
export function drgDipTargetFor(policies: Policies | null, month: string): (province: string) => number | null {
  return (province) => {
    const share = policyFor(policies, `${province}0000`, `${month}-01`)?.drgDipFundShareTarget ?? null;
    return share === null ? null : Math.round(share * 10000) / 100;
  };
}

/** The summary's target: the scope's province's, or the one all provinces in the month share. */
function summaryTarget(query: ExportQuery, regions: string[], targetFor: (province: string) => number | null): DrgDipTarget {
  const scoped = query.region?.slice(0, 2) ?? query.province;
  const provinces = scoped ? [scoped] : [...new Set(regions.map((r) => r.slice(0, 2)))];
  const targets = new Set(provinces.map(targetFor));
  if (targets.size > 1) return 'by-province';
  return targets.size === 1 ? [...targets][0] : null;
}

async function writeTable(writers: TableWriter[], def: TableDef, rows: Iterable<Cell[]> | AsyncIterable<Cell[]>): Promise<void> {
  const sinks = [];
  for (const w of writers) sinks.push(await w.openTable(def));
  for await (const row of rows) for (const s of sinks) await s.write(row);
  for (const s of sinks) await s.end();
}

async function* caseRows(store: ExportSource, query: ExportQuery, total: number, progress: (p: ExportProgress) => void): AsyncGenerator<Cell[]> {
  // Case work (assignee, amount to recover) comes from the workbench's store part; a source without it
  // (a bare export store in tests) writes the case list without those two columns' values.
  const workOf = async (claimId: string) => store.getCaseWork?.(claimId);
  let done = 0;
  progress({ phase: 'cases', done, total });
  for await (const c of store.iterateCases(query)) {
    const work = await workOf(c.claimId);
    const facts: CaseWorkFacts | null = work ? { assignee: work.assignee, amountToRecoverFen: work.outcome?.amountToRecoverFen ?? null } : null;
    yield caseRow(c, facts);
    if (++done % YIELD_EVERY === 0) await tick();
    if (done % PROGRESS_EVERY === 0) progress({ phase: 'cases', done, total });
  }
  progress({ phase: 'cases', done, total });
}

/**
 * Creates the folder. A folder holding an earlier export (a manifest) is cleared of the files that manifest
 * lists, so a re-export leaves no stale file behind; a folder holding anything else is refused.
 */
async function prepareDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const names = await readdir(dir);
  if (!names.length) return;
  let listed: string[] = [];
  if (names.includes(MANIFEST_FILE)) {
    try {
      const m = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as Partial<Manifest>;
      listed = (m.files ?? []).map((f) => f.name);
    } catch {
      listed = [];
    }
  }
  const foreign = names.filter((n) => n !== MANIFEST_FILE && !listed.includes(n));
  if (foreign.length) throw new Error(`${dir} is not empty and not an earlier export (${foreign.slice(0, 3).join(', ')})`);
  for (const n of names) await rm(join(dir, n), { force: true });
}
