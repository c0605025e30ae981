// Sample-data generator: realistic claims with labelled injected fraud patterns (see rules/catalogue/README.md).
import { generateClaims } from './generate';
import type { GenerateOptions } from './generate';

export { generateClaims } from './generate';
export type { GenerateOptions, GeneratedClaim } from './generate';
export { PATTERNS } from './fraud';
export { loadCatalogue } from './catalogue';

/** Writes the claims as NDJSON to `out`, honouring back-pressure. Does not end the stream. */
export async function writeNdjson(opts: GenerateOptions, out: NodeJS.WritableStream): Promise<void> {
  let buf = '';
  for (const claim of generateClaims(opts)) {
    buf += `${JSON.stringify(claim)}\n`;
    if (buf.length >= 1 << 16) {
      const ok = out.write(buf);
      buf = '';
      if (!ok) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  }
  if (buf) {
    const ok = out.write(buf);
    if (!ok) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
}
