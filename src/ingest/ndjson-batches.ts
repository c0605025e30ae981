import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseLine } from '../review/not-json';

export interface NdjsonBatch {
  /** Parsed lines; a line that is not JSON is a NotJson marker, so it still gets a verdict. */
  items: unknown[];
  /** 1-based line number of each item in the input. */
  lines: number[];
}

/** Reads NDJSON in batches of raw text, skipping blank lines and keeping each line's number. */
export async function* ndjsonTextBatches(input: Readable, batchSize: number): AsyncGenerator<{ texts: string[]; lines: number[] }> {
  let batch = { texts: [] as string[], lines: [] as number[] };
  let lineNo = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    lineNo += 1;
    if (text.trim() === '') continue;
    batch.texts.push(text);
    batch.lines.push(lineNo);
    if (batch.texts.length >= batchSize) {
      yield batch;
      batch = { texts: [], lines: [] };
    }
  }
  if (batch.texts.length) yield batch;
}

/** Reads NDJSON in parsed batches, skipping blank lines and keeping each line's number. */
export async function* ndjsonBatches(input: Readable, batchSize: number): AsyncGenerator<NdjsonBatch> {
  for await (const { texts, lines } of ndjsonTextBatches(input, batchSize)) yield { items: texts.map(parseLine), lines };
}
