/** What every benchmark returns: figures printed as they are, ratios against their reference included. */
export interface BenchResult {
  name: string;
  figures: Record<string, number | string>;
}

export const REPO_ROOT = require('node:path').resolve(__dirname, '..', '..'); // dist/bench → repo

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function printResult(r: BenchResult): void {
  process.stdout.write(`\n## ${r.name}\n`);
  for (const [k, v] of Object.entries(r.figures)) process.stdout.write(`  ${k}: ${v}\n`);
}
