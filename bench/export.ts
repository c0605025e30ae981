import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/store/sqlite/open-database';
import { printResult, REPO_ROOT, round, type BenchResult } from './result';

// The monthly export of 1,000,000 verdicts from the embedded store, as a user runs it: a separate process,
// `export --month 2025-03 --store <tmp> --format xlsx|csv --summary`, whose closing line gives the time and
// its own peak RSS (so the memory of filling the store here is not counted).
//
// The store is filled with raw SQL through the store's own schema (openDatabase runs the migrations): synthetic
// verdict rows with small verdict JSON, and a case row for every flagged one, 10,000 rows per transaction.
// Going through review() would take the review benchmark's time (minutes) to measure something else.

const MONTH = '2025-03';
/**
 * Peak RSS the export must stay under, whatever the month's size: rows stream, nothing grows with them.
 * Left alone, V8 lets garbage pile up before collecting (RSS then says more about the collector than about
 * the export), so the bound is checked on a run with the heap capped at HEAP_CAP_MB: it completes only if
 * what is live stays small.
 */
export const RSS_BOUND_MB = 256;
const HEAP_CAP_MB = 96;

const REGIONS = ['220100', '220200', '230100', '230600', '370100', '370200', '370700', '510100', '510700', '511300'];
const RULES = [
  ['catalogue.price-over-cap', 'catalogue', 'block'],
  ['catalogue.quantity-per-day', 'catalogue', 'warn'],
  ['catalogue.gender-restricted', 'catalogue', 'block'],
  ['history.split-hospitalisation', 'history', 'warn'],
  ['history.duplicate-claim', 'history', 'block'],
  ['grouping.upcoding-drg', 'grouping', 'block'],
  ['benefits.waiting-period', 'benefits', 'block'],
] as const;
const VISITS = ['inpatient', 'outpatient', 'outpatient', 'chronic', 'pharmacy'];

/** Deterministic pseudo-random numbers (mulberry32): the same store on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fillStore(path: string, count: number): { flagged: number } {
  const db = openDatabase(path);
  const insertVerdict = db.prepare(
    `INSERT INTO verdicts (claim_id, decision, risk_score, families, rule_ids, ruleset_version, model_version, reviewed_at, region,
       province, hospital_id, hospital_level, department, doctor_id, insurance_type, visit_type, service_date, month, total_fen,
       fund_claimed_fen, amount_at_stake_fen, verdict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCase = db.prepare(
    `INSERT INTO cases (claim_id, status, decision, claim, verdict, created_at, updated_at, region, province, hospital_id, doctor_id,
       department, month, service_date, risk_score, amount_at_stake_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const r = rng(20250301);
  let flagged = 0;
  const fill = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const region = REGIONS[i % REGIONS.length];
      const hospital = `H${region}${String(1 + Math.floor(r() * 40)).padStart(3, '0')}`;
      const visit = VISITS[Math.floor(r() * VISITS.length)];
      const x = r();
      const decision = x < 0.07 ? 'reject' : x < 0.2 ? 'review' : 'pass';
      const day = String(1 + (i % 31)).padStart(2, '0');
      const claimId = `${region}-${hospital}-2025-${String(i).padStart(7, '0')}`;
      const totalFen = Math.floor((visit === 'inpatient' ? 800_000 : 20_000) * (0.2 + r()));
      const fundFen = Math.floor(totalFen * 0.7);
      const hits =
        decision === 'pass'
          ? []
          : RULES.filter(() => r() < 0.25).slice(0, 2).map(([ruleId, family, severity]) => ({ ruleId, family, severity, message: 'm', lineIds: ['1'], amount: Math.floor(r() * 50000) / 100 }));
      const stakeFen = Math.min(totalFen, hits.reduce((s, h) => s + Math.round(h.amount * 100), 0));
      const grouping = visit === 'inpatient' ? (r() < 0.85 ? { scheme: 'CHS-DRG 1.1', mdc: 'MDCF', adrg: 'FM1', drg: 'FM19', dip: null, status: 'grouped' } : { scheme: 'CHS-DRG 1.1', mdc: null, adrg: null, drg: '0000', dip: null, status: 'ungroupable' }) : null;
      const verdict = JSON.stringify({ claimId, decision, riskScore: 0.1, hits, grouping, rulesetVersion: 'bench-rules', modelVersion: 'none', reviewedAt: '2025-04-02T08:00:00.000Z' });
      const ruleIds = JSON.stringify([...new Set(hits.map((h) => h.ruleId))].sort());
      const families = JSON.stringify([...new Set(hits.map((h) => h.family))].sort());
      const level = 1 + (hospital.charCodeAt(hospital.length - 1) % 3);
      insertVerdict.run(claimId, decision, 0.1, families, ruleIds, 'bench-rules', 'none', '2025-04-02T08:00:00.000Z', region, region.slice(0, 2), hospital, level, '内科', 'D0001', i % 2 ? 'employee' : 'resident', visit, `${MONTH}-${day}`, MONTH, totalFen, fundFen, stakeFen, verdict);
      if (decision !== 'pass') {
        flagged++;
        const claim = JSON.stringify({ claimId, patient: { insuredId: `P${String(i).padStart(7, '0')}`, name: '张三', idNumber: '51010419800101123X' } });
        insertCase.run(claimId, 'new', decision, claim, verdict, '2025-04-02T08:00:00.000Z', '2025-04-02T08:00:00.000Z', region, region.slice(0, 2), hospital, 'D0001', '内科', MONTH, `${MONTH}-${day}`, 0.1, stakeFen);
      }
    }
  });
  for (let i = 0; i < count; i += 10_000) fill(i, Math.min(count, i + 10_000));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { flagged };
}

function exportOnce(store: string, out: string, format: string, nodeArgs: string[] = []): { seconds: number; rssMb: number; bytes: number } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...nodeArgs, join(REPO_ROOT, 'dist/src/cli.js'), 'export', '--month', MONTH, '--store', store, '--out', out, '--format', format, '--summary'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'warn', MONGO_URL: '' },
  });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`export failed: ${r.stderr}`);
  const rss = Number(/peak RSS (\d+) MB/.exec(r.stderr)?.[1] ?? NaN);
  const bytes = spawnSync('du', ['-sb', out], { encoding: 'utf8' }).stdout.split('\t')[0];
  return { seconds, rssMb: rss, bytes: Number(bytes) || statSync(out).size };
}

export async function benchExport(opts: { verdicts?: number } = {}): Promise<BenchResult> {
  const count = opts.verdicts ?? Number(process.env.BENCH_EXPORT_VERDICTS ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'bench-export-'));
  try {
    const store = join(dir, 'review.db');
    const t = process.hrtime.bigint();
    const { flagged } = fillStore(store, count);
    const fillSeconds = Number(process.hrtime.bigint() - t) / 1e9;
    const csv = exportOnce(store, join(dir, 'csv'), 'csv');
    const xlsx = exportOnce(store, join(dir, 'xlsx'), 'xlsx');
    const capped = exportOnce(store, join(dir, 'capped'), 'xlsx,csv', [`--max-old-space-size=${HEAP_CAP_MB}`]);
    const verify = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/src/cli.js'), 'export', 'verify', join(dir, 'xlsx')], { encoding: 'utf8' });
    return {
      name: `Monthly audit export of ${count.toLocaleString('en')} verdicts (${flagged.toLocaleString('en')} cases), embedded store`,
      figures: {
        'store fill (raw SQL, s)': round(fillSeconds, 1),
        'csv: seconds': round(csv.seconds, 2),
        'csv: verdicts/s': Math.round(count / csv.seconds),
        'csv: peak RSS MB': csv.rssMb,
        'csv: files MB': round(csv.bytes / 1e6, 1),
        'xlsx: seconds': round(xlsx.seconds, 2),
        'xlsx: verdicts/s': Math.round(count / xlsx.seconds),
        'xlsx: peak RSS MB': xlsx.rssMb,
        'xlsx: file MB': round(xlsx.bytes / 1e6, 1),
        [`xlsx+csv, heap capped at ${HEAP_CAP_MB} MB: seconds`]: round(capped.seconds, 2),
        [`xlsx+csv, heap capped at ${HEAP_CAP_MB} MB: peak RSS MB`]: capped.rssMb,
        [`capped peak RSS vs ${RSS_BOUND_MB} MB bound`]: `${round(capped.rssMb / RSS_BOUND_MB, 2)}×`,
        'verify (xlsx folder)': verify.status === 0 ? 'ok' : `FAILED: ${verify.stdout.trim()}`,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) benchExport().then(printResult);
