import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { printResult, REPO_ROOT, type BenchResult } from './result';

// `npm run bench`: every benchmark in one run, each printing its figures and the ratio to its target or
// reference; the latest figures go to BENCHMARKS.md with the machine they ran on. BENCH=rules,http picks some.

type Bench = { key: string; module: string; onlyWhenAsked?: boolean };
const BENCHES: Bench[] = [
  { key: 'rules', module: './rules' },
  { key: 'grouping', module: './grouping' },
  { key: 'model', module: './model' },
  { key: 'cli', module: './cli-review' },
  { key: 'http', module: './http' },
  // The http part's big-claim figure alone (a quick before/after); the full run has it in the http part.
  { key: 'bigclaim', module: './beside-big', onlyWhenAsked: true },
  { key: 'fsi', module: './fsi' },
  { key: 'kafka', module: './kafka' },
  { key: 'export', module: './export' },
];

async function main(): Promise<void> {
  const only = process.env.BENCH?.split(',');
  const results: BenchResult[] = [];
  for (const b of BENCHES.filter((x) => (only ? only.includes(x.key) : !x.onlyWhenAsked))) {
    let mod: Record<string, unknown>;
    try {
      mod = require(b.module);
    } catch {
      results.push({ name: b.key, figures: { note: 'benchmark not built yet' } });
      continue;
    }
    const fn = Object.entries(mod).find(([k, v]) => k.startsWith('bench') && typeof v === 'function')?.[1] as () => Promise<BenchResult>;
    process.stderr.write(`running ${b.key} …\n`);
    try {
      const r = await fn();
      printResult(r);
      results.push(r);
    } catch (err) {
      results.push({ name: b.key, figures: { error: (err as Error).message } });
      printResult(results[results.length - 1]);
    }
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const md = [
    '# Benchmarks',
    '',
    `Latest \`npm run bench\`, ${new Date().toISOString().slice(0, 10)}, on ${machine}.`,
    'Figures are measured, not asserted: targets are stated beside them as ratios.',
    '',
    ...results.flatMap((r) => [`## ${r.name}`, '', '| figure | value |', '|---|---|', ...Object.entries(r.figures).map(([k, v]) => `| ${k} | ${v} |`), '']),
  ].join('\n');
  if (!only) writeFileSync(join(REPO_ROOT, 'BENCHMARKS.md'), md);
  process.stdout.write(`\n${only ? '(partial run: BENCHMARKS.md not written)' : 'BENCHMARKS.md written'}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
