import type { RequestHandler } from 'express';

// A request body must be JSON. Anything else used to reach the routes as "no body" and came back as a
// confusing 400 about missing fields; now it is a 415 naming the type that was sent.

/** The media type of a request that has a body and is not JSON, or null when it is fine. */
export function wrongContentType(req: Parameters<RequestHandler>[0]): string | null {
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (!hasBody || req.is('application/json')) return null;
  return req.headers['content-type'] ?? '(none)';
}

export const requireJson: RequestHandler = (req, res, next) => {
  const type = wrongContentType(req);
  if (type === null) return next();
  res.status(415).json({
    error: `请求体须为 JSON:收到 Content-Type ${type},应为 application/json (unsupported Content-Type ${type})`,
    code: 'unsupported_media_type',
    contentType: type,
  });
};

/**
 * What body-parser's JSON parser refused on its own, for the routes that take the body as bytes (the review
 * routes): a charset other than UTF-8, a 415 naming it.
 */
export const refuseCharset: RequestHandler = (req, _res, next) => {
  const charset = /;\s*charset\s*=\s*"?([^;"\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (!charset || charset.startsWith('utf-')) return next();
  next(Object.assign(new Error(`unsupported charset "${charset.toUpperCase()}"`), { status: 415, type: 'charset.unsupported', charset }));
};
