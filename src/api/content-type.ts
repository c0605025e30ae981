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
