import type { ErrorRequestHandler } from 'express';
import type { ErrorCode } from '../contract/error-codes';
import { OutcomeError, type OutcomeCode } from '../contract/outcome';
import type { Logger } from '../logger';
import { isStoreUnavailable } from '../store/store-errors';

// Services throw domain errors (contract/outcome.ts); this one handler maps them to HTTP.

/** Status code of each domain outcome. */
const STATUS: Record<OutcomeCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unprocessable: 422,
  'not-supported': 501,
};

/** Machine code of an HTTP-only failure by its status. */
const HTTP_CODE: Record<number, ErrorCode> = { 400: 'invalid', 404: 'not-found', 409: 'conflict', 422: 'unprocessable', 501: 'not-supported' };

/** body-parser's failures: bad JSON, too large; anything else by its status. */
function plumbingCode(err: { type?: unknown }, status: number): ErrorCode {
  if (err.type === 'entity.parse.failed') return 'bad-json';
  if (err.type === 'entity.too.large' || status === 413) return 'body-too-large';
  return HTTP_CODE[status] ?? 'invalid';
}

/** An HTTP-only failure with its own status (rule and model reloads); domain code throws OutcomeError. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    if (err instanceof OutcomeError) {
      const o = err.outcome;
      res.status(STATUS[o.code]).json({ error: o.message, code: o.errorCode ?? o.code, ...(o.code === 'invalid' ? { errors: o.errors ?? [] } : {}), ...o.details });
      return;
    }
    if (err instanceof HttpError) {
      res.status(err.status).json({ error: err.message, code: HTTP_CODE[err.status] ?? 'invalid', ...(err.details as object) });
      return;
    }
    // The store cannot write now (a full disk): the request was fine and may be sent again later.
    if (isStoreUnavailable(err)) {
      logger.error({ err }, 'store cannot write');
      res.status(503).set('Retry-After', '30').json({ error: 'the store cannot write now (disk full or unavailable); send again later', code: 'store-unavailable' });
      return;
    }
    // body-parser errors carry a status (400 bad JSON, 413 too large).
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error({ err }, 'unhandled error');
    res.status(status).json({ error: status === 500 ? 'internal error' : String(err.message ?? err), ...(status === 500 ? {} : { code: plumbingCode(err, status) }) });
  };
}
