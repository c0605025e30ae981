import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { writeNdjson } from '../generate';

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('write realistic NDJSON claims with labelled injected fraud patterns (same seed, same file)')
    .requiredOption('--count <n>', 'number of claims', (v) => Number.parseInt(v, 10))
    .option('--seed <s>', 'random seed', 'seed')
    .option('--fraud-rate <r>', 'share of claims with an injected pattern', Number.parseFloat, 0.1)
    .option('--invalid-rate <r>', 'share of malformed lines', Number.parseFloat, 0)
    .option('--start <date>', 'first service date', '2025-01-01')
    .option('--months <n>', 'months covered', (v) => Number.parseInt(v, 10), 3)
    .option('--rules <dir>', 'rules directory (catalogue, grouping tables)', 'rules')
    .option('--out <file>', 'output file (default stdout)')
    .action(async (o) => {
      if (!Number.isInteger(o.count) || o.count < 0) throw new Error('--count must be a whole number ≥ 0');
      if (!(o.fraudRate >= 0 && o.fraudRate <= 1)) throw new Error('--fraud-rate must be between 0 and 1');
      const out = o.out ? createWriteStream(o.out) : process.stdout;
      await writeNdjson(
        {
          count: o.count,
          seed: o.seed,
          fraudRate: o.fraudRate,
          invalidRate: o.invalidRate,
          start: o.start,
          months: o.months,
          rulesDir: o.rules,
        },
        out,
      );
      if (out !== process.stdout) {
        out.end();
        await finished(out);
      }
    });
}
