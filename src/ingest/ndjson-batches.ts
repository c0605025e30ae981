import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseLine } from '../review/not-json';

export interface NdjsonBatch {
  /** Parsed lines; a line that is not JSON is a NotJson marker, so it still gets a verdict. */
  items: unknown[];
  /** 1-based line number of each item in the input. */
  lines: number[];
}

/** Reads NDJSON in batches, skipping blank lines and keeping each line's number. */
export async function* ndjsonBatches(input: Readable, batchSize: number): AsyncGenerator<NdjsonBatch> {
  let batch: NdjsonBatch = { items: [], lines: [] };
  let lineNo = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    lineNo += 1;
    if (text.trim() === '') continue;
    batch.items.push(parseLine(text));
    batch.lines.push(lineNo);
    if (batch.items.length >= batchSize) {
      yield batch;
      batch = { items: [], lines: [] };
    }
  }
  if (batch.items.length) yield batch;
}
