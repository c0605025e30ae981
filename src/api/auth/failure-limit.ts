import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AuthConfig } from '../../config';

/**
 * Counts only failed authentications (401) per client address; past the limit the address gets 429 for the
 * rest of the window, so keys cannot be guessed at speed. One instance per app (tests get a fresh count).
 */
export function authFailureLimit(config: Pick<AuthConfig, 'failLimit' | 'failWindowMs'>): RequestHandler {
  return rateLimit({
    windowMs: config.failWindowMs,
    limit: config.failLimit,
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req, res) => res.statusCode !== 401,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    message: { error: 'too many failed authentications; try again later' },
  });
}
