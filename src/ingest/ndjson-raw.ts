import type { Readable } from 'node:stream';
import { numberedBatches } from './ndjson-batches';

// NDJSON lines as bytes, for the worker-thread intake: the reading thread never decodes text, it only
// finds line ends (memchr) and hands raw lines on; the workers decode and parse them. Lines are cut
// exactly as readline cuts them (\n, \r\n and a lone \r all end a line, a last line without an end
// counts), and blank lines (nothing but whitespace, as String#trim sees it) are skipped but counted, so
// line numbers are those of ndjsonTextBatches.

export interface RawBatch {
  /** Each non-blank line's bytes (views into the read chunks where possible). */
  lines: Buffer[];
  /** 1-based input line number of each line. */
  numbers: number[];
}

const LF = 10;
const CR = 13;

/** Whether a line is blank as `text.trim() === ''` decides, decoding only lines that might be. */
export function isBlankLine(line: Buffer): boolean {
  for (let i = 0; i < line.length; i++) {
    const b = line[i];
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
    // Any other ASCII byte is not whitespace; a non-ASCII one may be (U+00A0, U+3000, a BOM …): ask trim.
    return b < 0x80 ? false : line.toString('utf8').trim() === '';
  }
  return true;
}

/** Splits a byte stream into lines as readline does (crlfDelay: Infinity). */
export async function* rawLines(input: Readable): AsyncGenerator<Buffer> {
  let carry: Buffer | null = null;
  // A chunk ended in \r: a \n starting the next chunk belongs to that line end.
  let afterCR = false;
  let atStart = true;
  for await (const data of input) {
    const chunk: Buffer = typeof data === 'string' ? Buffer.from(data) : data;
    let pos = 0;
    // A UTF-8 byte-order mark at the start of the file (Windows editors write one) is not part of line 1.
    if (atStart && chunk.length > 0) {
      atStart = false;
      if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) pos = 3;
    }
    if (afterCR && chunk.length > 0) {
      if (chunk[0] === LF) pos = 1;
      afterCR = false;
    }
    let nextLF = chunk.indexOf(LF, pos);
    let nextCR = chunk.indexOf(CR, pos);
    while (pos < chunk.length) {
      if (nextLF !== -1 && nextLF < pos) nextLF = chunk.indexOf(LF, pos);
      if (nextCR !== -1 && nextCR < pos) nextCR = chunk.indexOf(CR, pos);
      const end = nextCR === -1 ? nextLF : nextLF === -1 ? nextCR : Math.min(nextLF, nextCR);
      if (end === -1) break;
      const part = chunk.subarray(pos, end);
      yield carry ? Buffer.concat([carry, part]) : part;
      carry = null;
      pos = end + 1;
      if (chunk[end] === CR) {
        if (pos < chunk.length) {
          if (chunk[pos] === LF) pos += 1;
        } else afterCR = true;
      }
    }
    if (pos < chunk.length) carry = carry ? Buffer.concat([carry, chunk.subarray(pos)]) : chunk.subarray(pos);
  }
  if (carry && carry.length > 0) yield carry;
}

/** Raw NDJSON in batches of non-blank lines, each with its input line number. */
export function ndjsonRawBatches(input: Readable, batchSize: number): AsyncGenerator<RawBatch> {
  return numberedBatches(rawLines(input), isBlankLine, batchSize);
}
