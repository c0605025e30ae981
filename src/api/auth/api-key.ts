import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// API keys read yb_<id>_<secret>: the id (public, 12 hex) finds the stored record, the whole key is checked
// against its HMAC-SHA256 under the server's pepper, compared in constant time. Only the HMAC is stored, so a
// copy of the database gives no usable key (and without the pepper, no way to test guesses offline).

const KEY_FORMAT = /^yb_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export function generateApiKey(): { id: string; key: string } {
  const id = randomBytes(6).toString('hex');
  return { id, key: `yb_${id}_${randomBytes(32).toString('base64url')}` };
}

export function hashApiKey(key: string, pepper: string): string {
  return createHmac('sha256', pepper).update(key).digest('hex');
}

/** The key's id, or null when the text is not shaped like one of our keys. */
export function apiKeyId(key: string): string | null {
  return KEY_FORMAT.exec(key)?.[1] ?? null;
}

export function apiKeyMatches(key: string, storedHash: string, pepper: string): boolean {
  const a = Buffer.from(hashApiKey(key, pepper), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
