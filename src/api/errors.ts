import type { ErrorRequestHandler } from 'express';
import type { FieldError } from '../contract/verdict';
import type { Logger } from '../logger';
import { isStoreUnavailable } from '../store/store-errors';

// Domain code throws these; the one error handler below maps them to HTTP.

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export class BadRequest extends HttpError {
  constructor(message: string, readonly errors: FieldError[] = []) {
    super(400, message, { errors });
  }
}

export class NotFound extends HttpError {
  constructor(what: string) {
    super(404, `${what} not found`);
  }
}

export class Unauthorized extends HttpError {
  constructor(message = 'an API key is required (Authorization: Bearer <key> or X-API-Key)') {
    super(401, message);
  }
}

export class Forbidden extends HttpError {
  constructor(message: string) {
    super(403, message);
  }
}

/** The request is legal in general but not in the resource's current state (e.g. an illegal case transition). */
export class Conflict extends HttpError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(409, message, details);
  }
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    if (err instanceof HttpError) {
      res.status(err.status).json({ error: err.message, ...(err.details as object) });
      return;
    }
    // The store cannot write now (a full disk): the request was fine and may be sent again later.
    if (isStoreUnavailable(err)) {
      logger.error({ err }, 'store cannot write');
      res.status(503).set('Retry-After', '30').json({ error: 'the store cannot write now (disk full or unavailable); send again later' });
      return;
    }
    // body-parser errors carry a status (400 bad JSON, 413 too large).
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error({ err }, 'unhandled error');
    res.status(status).json({ error: status === 500 ? 'internal error' : String(err.message ?? err) });
  };
}
