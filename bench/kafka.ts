import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REVIEW_COMPILER_FLAGS } from '../src/review/compiler-flags';
import { printResult, type BenchResult } from './result';

// The Kafka bench (kafka-measure.ts) in a child process started with the V8 flags the service and the CLI set
// before any review code runs (src/review/compiler-flags.ts): the review's CPU per claim depends on them (a
// third less without inlining), and this process must run without them, for the rules bench compares against
// json-rules-engine as it runs by default. Both ways, file intake and Kafka, are measured in that child alike.

export async function benchKafka(): Promise<BenchResult> {
  const flags = REVIEW_COMPILER_FLAGS.split(' ');
  const child = spawn(process.execPath, [...flags, join(__dirname, 'kafka-main.js')], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`kafka bench process exited (${code})`);
  // Its result is the last line it prints.
  const r = JSON.parse(out.trim().split('\n').pop() ?? '') as BenchResult;
  return { ...r, figures: { 'V8 flags (as the service and the CLI)': REVIEW_COMPILER_FLAGS, ...r.figures } };
}

if (require.main === module) {
  benchKafka().then(
    (r) => printResult(r),
    (err) => {
      process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    },
  );
}
