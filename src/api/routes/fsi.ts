import type { ErrorRequestHandler, RequestHandler } from 'express';
import { wrongContentType } from '../content-type';
import { envelope } from '../../ingest/fsi/handle-3101';

// The national interface answers in its own envelope (infcode), with HTTP 200 even for a rejected message,
// as hospital systems expect. Its messages (3101, 3103, and the one endpoint dispatching on infno) are answered
// by the review thread from the body's bytes: routes/reviews.ts reviewBody, review-thread/body-answers.ts.

/** A body that is not JSON: refused in the national envelope, like any other bad message. */
export const fsiRequireJson: RequestHandler = (req, res, next) => {
  const type = wrongContentType(req);
  if (type === null) return next();
  res.json(envelope(-1, null, { err_msg: `Content-Type: 须为 application/json,收到 ${type} (unsupported Content-Type)` }));
};

/**
 * Every error on the national interface answers in its envelope (README): bad JSON, a body too large, a
 * failure inside. Refused credentials keep their HTTP status (401/403/429) so a gateway sees them too.
 */
export const fsiErrors: ErrorRequestHandler = (err, _req, res, _next) => {
  const status = typeof err?.status === 'number' ? err.status : 500;
  const keep = status === 401 || status === 403 || status === 429;
  const message = status >= 500 ? 'internal error' : String(err?.message ?? err);
  res.status(keep ? status : 200).json(envelope(-1, null, { err_msg: message }));
};
