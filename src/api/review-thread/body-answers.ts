import { invalid } from '../../contract/outcome';
import type { FieldError } from '../../contract/verdict';
import { verdictJson } from '../../contract/verdict-json';
import type { Reviewer } from '../../features/reviews/review-queue';
import { envelope, handle3101, type FsiContext } from '../../ingest/fsi/handle-3101';
import { handle3103 } from '../../ingest/fsi/handle-3103';
import { jsonDepthError } from '../../validate/json-depth';

// The review routes' bodies arrive here as the bytes the client sent, and leave as the JSON text to send:
// parsed once, depth-checked, reviewed and serialised on the thread that reviews (review-thread-worker.ts),
// so the HTTP thread neither parses nor clones a claim or a verdict (issue 21.3). Without the review thread
// (an in-memory store) the same functions run on the HTTP thread. Errors are thrown as the HTTP thread's
// own would be (body-parser's bad JSON, OutcomeError), so the error handlers answer them exactly as before.

/** Which route a body came to. */
export type BodyRoute = 'review' | 'batch' | '3101' | '3103' | 'fsi';

/** What to send: status and the JSON text, or its UTF-8 bytes (a long answer from the review thread, see answerMessage). */
export interface TextAnswer {
  status: number;
  json: string | Uint8Array;
}

/** Answers a review route's body (null: the request had none). */
export type BodyAnswerer = (route: BodyRoute, bytes: Uint8Array | null) => Promise<TextAnswer>;

/** body-parser's failure for a body that is not JSON: the error handlers answer it (400 bad-json, or the envelope). */
export class BadJson extends SyntaxError {
  readonly status = 400;
  readonly type = 'entity.parse.failed';
}

/**
 * The body as body-parser's strict JSON parser read it: none → undefined, empty → {}, a byte-order mark
 * skipped, only an object or an array at the top.
 */
export function parseBody(bytes: Uint8Array | null): unknown {
  if (bytes === null) return undefined;
  if (bytes.length === 0) return {};
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const first = /^[\x20\x09\x0a\x0d]*(.)/.exec(text)?.[1];
  if (first !== '{' && first !== '[') throw new BadJson(`Unexpected token ${JSON.stringify(first ?? '')} in JSON at position 0 (a JSON object or array is expected)`);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new BadJson((err as Error).message);
  }
}

const ok = (value: unknown, status = 200): TextAnswer => ({ status, json: JSON.stringify(value) });
const fsiRefusal = (e: FieldError) => ok(envelope(-1, null, { err_msg: `${e.path}: ${e.message}` }));

/** What a thread needs to answer bodies: its review queue, its context (3101 findings, 3103 feedback), the batch cap. */
export function bodyAnswerer(ctx: FsiContext, reviewer: Reviewer, batchMax: number): BodyAnswerer {
  const answerFsi = async (route: '3101' | '3103' | 'fsi', body: unknown): Promise<TextAnswer> => {
    const infno = route === 'fsi' ? String((body as { infno?: unknown } | undefined)?.infno ?? '') : route;
    if (infno === '3101') return ok(await handle3101(body, ctx, reviewer));
    if (infno === '3103') return ok(await handle3103(body, ctx));
    return ok(envelope(-1, null, { err_msg: `infno: unsupported interface "${infno}" (3101, 3103)` }));
  };

  return async (route, bytes) => {
    const body = parseBody(bytes);
    // Deeper than any claim needs: refused before anything unbounded (review, stringify, SQLite) touches it.
    const deep = jsonDepthError(body);
    if (route === '3101' || route === '3103' || route === 'fsi') return deep ? fsiRefusal(deep) : answerFsi(route, body);
    if (deep) throw invalid(`body too deep: ${deep.path}: ${deep.message}`, [deep]);
    if (route === 'review') {
      const [verdict] = await reviewer([body], 'http');
      // The verdict's text as the store made it (verdict-json.ts): not stringified twice.
      return verdict.decision === 'invalid' ? ok({ error: 'invalid claim', errors: verdict.errors, verdict }, 400) : { status: 200, json: verdictJson(verdict) };
    }
    const claims = Array.isArray(body) ? body : (body as { claims?: unknown } | undefined)?.claims;
    if (!Array.isArray(claims)) throw invalid('body must be an array of claims or {"claims": [...]}');
    if (claims.length > batchMax) {
      throw invalid(`a batch holds at most ${batchMax} claims (got ${claims.length})`, [{ path: 'claims', message: `more than ${batchMax} claims` }]);
    }
    return ok({ verdicts: await reviewer(claims, 'http') });
  };
}
