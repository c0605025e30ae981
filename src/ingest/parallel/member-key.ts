// Which worker a raw NDJSON line goes to: a hash of its insuredId, read from the bytes without parsing, so
// all of a member's claims are judged by one worker, in input order. A line without one (malformed) hashes
// as an empty id; any fixed choice would do, since such a line has no member history.

const KEY = Buffer.from('"insuredId"');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

const isSpace = (b: number) => b === 0x20 || (b >= 0x09 && b <= 0x0d);

/** FNV-1a of the raw (still escaped) bytes of the first `"insuredId": "…"` value in the line. */
export function memberHash(line: Uint8Array): number {
  const buf = Buffer.isBuffer(line) ? line : Buffer.from(line.buffer, line.byteOffset, line.byteLength);
  for (let at = buf.indexOf(KEY); at !== -1; at = buf.indexOf(KEY, at + 1)) {
    let p = at + KEY.length;
    while (p < buf.length && isSpace(buf[p])) p++;
    if (buf[p] !== COLON) continue;
    p++;
    while (p < buf.length && isSpace(buf[p])) p++;
    if (buf[p] !== QUOTE) continue;
    const start = ++p;
    while (p < buf.length && buf[p] !== QUOTE) p += buf[p] === BACKSLASH ? 2 : 1;
    if (p >= buf.length) continue;
    return fnv1a(buf, start, p);
  }
  return fnv1a(buf, 0, 0);
}

function fnv1a(buf: Uint8Array, start: number, end: number): number {
  let h = 2166136261;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 16777619);
  return h >>> 0;
}
