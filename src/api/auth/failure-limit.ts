import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import type { AuthConfig } from '../../config';

/**
 * Counts only failed authentications (401) per client address; past the limit the address gets 429 for the
 * rest of the window, so keys cannot be guessed at speed. One instance per app (tests get a fresh count).
 *
 * A 401 is counted when it is sent. (express-rate-limit's skipSuccessfulRequests counted every request on
 * arrival and took it back on success, so a client with more than `failLimit` requests in flight, as a busy
 * hospital system has, got 429 without a single failure.)
 */
export function authFailureLimit(config: Pick<AuthConfig, 'failLimit' | 'failWindowMs'>): RequestHandler {
  const failures = new Map<string, { count: number; resetAt: number }>();
  // IPv6 clients are counted per /56, as express-rate-limit did: one host holds many addresses.
  const clientOf = (req: Request) => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? '');

  const countFailure = (client: string) => {
    const now = Date.now();
    const entry = failures.get(client);
    if (entry && entry.resetAt > now) {
      entry.count += 1;
      return;
    }
    if (failures.size >= 10_000) {
      for (const [k, e] of failures) if (e.resetAt <= now) failures.delete(k);
    }
    failures.set(client, { count: 1, resetAt: now + config.failWindowMs });
  };

  return (req, res, next) => {
    // Nobody has failed lately (the usual case): nothing to look up.
    if (failures.size) {
      const client = clientOf(req);
      const entry = failures.get(client);
      const now = Date.now();
      if (entry && entry.resetAt <= now) failures.delete(client);
      else if (entry && entry.count >= config.failLimit) {
        res.set('Retry-After', String(Math.ceil((entry.resetAt - now) / 1000)));
        res.status(429).json({ error: 'too many failed authentications; try again later', code: 'too-many-failures' });
        return;
      }
    }
    res.once('finish', () => {
      if (res.statusCode === 401) countFailure(clientOf(req));
    });
    next();
  };
}
