import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { Presets, SingleBar } from 'cli-progress';

/**
 * Opens a file (or stdin for "-") and, when stderr is a terminal, shows a progress bar by bytes read.
 * Off a terminal nothing is drawn, so logs and pipes stay clean.
 */
export function openWithProgress(file: string, label: string): { stream: Readable; done: () => void } {
  // 1 MB reads: a 500 MB claims file in 500 reads rather than 8,000.
  const stream: Readable = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
  if (!process.stderr.isTTY || file === '-') return { stream, done: () => {} };
  const total = statSync(file).size;
  const bar = new SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total} bytes | {duration_formatted}`, stream: process.stderr },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  let read = 0;
  stream.on('data', (chunk) => {
    read += chunk.length;
    bar.update(read);
  });
  return { stream, done: () => bar.stop() };
}
