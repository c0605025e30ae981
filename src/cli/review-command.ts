import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config';
import { reviewNdjson, reviewNdjsonParallel, type IntakeSummary } from '../ingest/ndjson-intake';
import { createReviewPool } from '../ingest/parallel/review-pool';
import { createSqliteStore } from '../features/stores';
import { createLogger } from '../logger';
import { openWithProgress } from './progress';
import { writeAll } from './write';

export function registerReview(program: Command): void {
  program
    .command('review')
    .argument('<file>', 'NDJSON claims, or - for stdin')
    .description('review claims: one NDJSON verdict per input line, plus revised verdicts of earlier claims, on stdout in input order (事后发现: a revised verdict carries `revision` and follows the line of the claim whose review found it; the last line per claimId is the final state)')
    .option('--store <path>', 'embedded store file (STORE_PATH), or :memory:')
    .option('--rules <dir>', 'rules directory (RULES_DIR)')
    .option('--batch-size <n>', 'claims per review batch', (v) => Number.parseInt(v, 10), 500)
    .option('--summary', 'print the closing summary to stderr even when it is not a terminal')
    .option('--workers <n>', 'review worker threads (default: one per core; 1 with an in-memory store)', (v) => Number.parseInt(v, 10))
    .action(async (file: string, opts: { store?: string; rules?: string; batchSize: number; summary?: boolean; workers?: number }) => {
      const env = {
        ...process.env,
        ...(opts.store ? { STORE_PATH: opts.store } : {}),
        ...(opts.rules ? { RULES_DIR: opts.rules } : {}),
      };
      const config = loadConfig(env);
      // An in-memory store cannot be shared between threads.
      const workers = config.storePath === ':memory:' && !config.mongoUrl ? 1 : (opts.workers ?? Math.min(4, availableParallelism()));
      if (workers > 1) {
        await reviewInWorkers(file, config, env, workers, opts);
        return;
      }
      const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', process.stderr);
      // Loaded here: with workers, the main thread only reads, splits and writes, and rules, model and
      // grouper tables (~1 s to load) would only delay starting them.
      const { createContext } = await import('../context');
      const ctx = createContext(config, logger);
      const { stream, done } = openWithProgress(file, 'reviewing');
      try {
        const summary = await reviewNdjson(stream, ctx, {
          source: 'cli',
          batchSize: opts.batchSize,
          onVerdicts: (verdicts) => writeAll(process.stdout, verdicts.map((v) => JSON.stringify(v)).join('\n') + '\n'),
        });
        done();
        if (process.stderr.isTTY || opts.summary) process.stderr.write(formatSummary(summary));
      } finally {
        await ctx.store.close();
      }
    });
}

async function reviewInWorkers(
  file: string,
  config: Config,
  env: Record<string, string | undefined>,
  workers: number,
  opts: { batchSize: number; summary?: boolean },
): Promise<void> {
  // Create or upgrade the store's schema once, before the workers open it.
  if (!config.mongoUrl) await createSqliteStore({ path: config.storePath }).close();
  const pool = createReviewPool(workers, { env: { ...env, RULES_WATCH: 'off' }, source: 'cli' });
  const { stream, done } = openWithProgress(file, 'reviewing');
  try {
    const summary = await reviewNdjsonParallel(stream, pool, {
      batchSize: opts.batchSize,
      onVerdicts: (ndjson) => writeAll(process.stdout, ndjson),
    });
    done();
    if (process.stderr.isTTY || opts.summary) process.stderr.write(formatSummary(summary));
  } finally {
    await pool.close();
  }
}

export function formatSummary(s: IntakeSummary): string {
  const fmt = (o: Record<string, number>) =>
    Object.entries(o)
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  return [
    // CPU of every thread (workers too): on a shared machine, a figure that load changes far less than the wall time.
    `reviewed ${s.claims} claims in ${s.seconds.toFixed(2)} s (${s.claimsPerSecond} claims/s), peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB, CPU ${cpuSeconds().toFixed(1)} s`,
    `  by decision: ${fmt(s.byDecision)}`,
    `  claims with hits, by family: ${fmt(s.byFamily)}`,
    '',
  ].join('\n');
}

/** User and system CPU seconds of this process so far, all threads. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
