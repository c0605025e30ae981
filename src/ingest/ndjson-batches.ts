import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseLine } from '../features/reviews/not-json';

export interface NdjsonBatch {
  /** Parsed lines; a line that is not JSON is a NotJson marker, so it still gets a verdict. */
  items: unknown[];
  /** 1-based line number of each item in the input. */
  lines: number[];
}

/** Lines in batches of `batchSize`, blank ones skipped but counted, each kept with its 1-based line number. */
export async function* numberedBatches<T>(
  lines: AsyncIterable<T>,
  isBlank: (line: T) => boolean,
  batchSize: number,
): AsyncGenerator<{ lines: T[]; numbers: number[] }> {
  let batch = { lines: [] as T[], numbers: [] as number[] };
  let lineNo = 0;
  for await (const line of lines) {
    lineNo += 1;
    if (isBlank(line)) continue;
    batch.lines.push(line);
    batch.numbers.push(lineNo);
    if (batch.lines.length >= batchSize) {
      yield batch;
      batch = { lines: [], numbers: [] };
    }
  }
  if (batch.lines.length) yield batch;
}

/** Line 1 without a leading UTF-8 byte-order mark (Windows editors write one; JSON.parse refuses it). */
async function* withoutBom(lines: AsyncIterable<string>): AsyncGenerator<string> {
  let first = true;
  for await (const line of lines) {
    yield first && line.startsWith('\uFEFF') ? line.slice(1) : line;
    first = false;
  }
}

/** Reads NDJSON in batches of raw text, skipping blank lines and keeping each line's number. */
export async function* ndjsonTextBatches(input: Readable, batchSize: number): AsyncGenerator<{ texts: string[]; lines: number[] }> {
  const lines = withoutBom(createInterface({ input, crlfDelay: Infinity }));
  for await (const b of numberedBatches(lines, (text) => text.trim() === '', batchSize)) yield { texts: b.lines, lines: b.numbers };
}

/** Reads NDJSON in parsed batches, skipping blank lines and keeping each line's number. */
export async function* ndjsonBatches(input: Readable, batchSize: number): AsyncGenerator<NdjsonBatch> {
  for await (const { texts, lines } of ndjsonTextBatches(input, batchSize)) yield { items: texts.map(parseLine), lines };
}
