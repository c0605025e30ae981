import type { Command } from 'commander';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { loadConfig } from '../config';
import { loadPolicies } from '../benefits/policy';
import { describeRulesOnDisk } from '../features/exports/rule-descriptions';
import type { ExportProgress } from '../features/exports/run-export';
import { exportQuerySchema, FORMATS, type ExportFormat } from '../features/exports/query';
import { createLogger } from '../logger';

// `export --month 2025-03 [--province 51 | --region 510100] [--format xlsx|csv|all] [--out DIR]` and
// `export verify DIR`. A progress bar goes to stderr only on a terminal; stdout gets the folder and totals.

interface ExportOpts {
  month: string;
  province?: string;
  region?: string;
  format: string;
  out?: string;
  store?: string;
  summary?: boolean;
}

export function registerExport(program: Command): void {
  const cmd = program
    .command('export')
    .description('monthly audit export (XLSX workbook and CSV tables with a manifest) of verdicts whose service date is in the month')
    .option('--month <YYYY-MM>', 'audit month (service dates)')
    .option('--province <code>', '2-digit province code, e.g. 51')
    .option('--region <code>', '6-digit pooling region code, e.g. 510100')
    .option('--format <format>', 'xlsx, csv or all', 'all')
    .option('--out <dir>', 'output folder (default exports/<month>[-<province|region>])')
    .option('--store <path>', 'embedded store file (STORE_PATH)')
    .option('--summary', 'print peak memory and time to stderr even when it is not a terminal')
    .action(async (o: ExportOpts) => {
      if (!o.month) throw new Error('--month is required (YYYY-MM), or use: export verify <dir>');
      const parsed = exportQuerySchema.safeParse({ month: o.month, province: o.province, region: o.region });
      if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new Error(`--${String(i.path[0] ?? 'month')} ${i.message}`);
      }
      const formats = parseFormats(o.format);
      const query = parsed.data;
      const config = loadConfig({ ...process.env, ...(o.store ? { STORE_PATH: o.store } : {}) });
      const { createStore } = await import('../context');
      const store = createStore(config, createLogger('silent'));
      // The export writers (exceljs) load only when this command runs, not with every command.
      const { runExport, defaultOutDir } = await import('../features/exports/run-export');
      const progress = progressBar();
      const started = process.hrtime.bigint();
      try {
        const { dir, manifest } = await runExport(store, { query, formats, outDir: o.out ?? defaultOutDir(query), onProgress: progress.update, policies: loadPolicies(config.rulesDir), rules: describeRulesOnDisk(config.rulesDir) });
        progress.stop();
        const t = manifest.totals;
        process.stdout.write(
          `${dir}\n  ${manifest.files.map((f) => f.name).join(', ')}, manifest.json\n` +
            `  claims ${t.claimsReviewed}, flagged ${t.flagged}, rejected ${t.rejected}, claimed ${t.totalClaimed} yuan, at stake ${t.amountAtStake} yuan\n`,
        );
        if (process.stderr.isTTY || o.summary) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          process.stderr.write(
            `exported ${manifest.counts.verdicts} verdicts and ${manifest.counts.cases} cases in ${seconds.toFixed(2)} s ` +
              `(${Math.round(manifest.counts.verdicts / Math.max(seconds, 1e-9))} verdicts/s), peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`,
          );
        }
      } finally {
        progress.stop();
        await store.close();
      }
    });

  cmd
    .command('verify')
    .argument('<dir>', 'export folder holding manifest.json')
    .description('check every file of an export folder against its manifest (size and SHA-256)')
    .action(async (dir: string) => {
      const { verifyExport } = await import('../features/exports/verify');
      const r = await verifyExport(dir);
      if (r.ok) {
        process.stdout.write(`ok: ${r.checked} files match ${dir}/manifest.json\n`);
        return;
      }
      for (const p of r.problems) process.stdout.write(`FAIL ${p.file}: ${p.problem}\n`);
      process.exitCode = 1;
    });
}

function parseFormats(v: string): ExportFormat[] {
  if (v === 'all') return [...FORMATS];
  const list = v.split(',').map((s) => s.trim());
  const bad = list.find((f) => !FORMATS.includes(f as ExportFormat));
  if (bad !== undefined) throw new Error(`--format must be xlsx, csv or all (got ${bad})`);
  return list as ExportFormat[];
}

/** One bar per pass (verdicts, then cases) on stderr when it is a terminal; nothing otherwise. */
function progressBar(): { update: (p: ExportProgress) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const multi = new MultiBar(
    { format: '{phase} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}', stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  const bars = new Map<string, SingleBar>();
  let stopped = false;
  return {
    update(p) {
      let bar = bars.get(p.phase);
      if (!bar) bars.set(p.phase, (bar = multi.create(Math.max(p.total, 1), 0, { phase: p.phase.padEnd(8) })));
      bar.setTotal(Math.max(p.total, p.done, 1));
      bar.update(p.done, { phase: p.phase.padEnd(8) });
    },
    stop() {
      if (stopped) return;
      stopped = true;
      multi.stop();
    },
  };
}
