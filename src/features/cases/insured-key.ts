import { createHmac } from 'node:crypto';

// Search by insured ID without an index of IDs: the store keeps HMAC-SHA256(pepper, insuredId), and a search
// hashes the ID it is given. Without the pepper the column cannot be tested against guessed IDs, and only an
// exact ID finds anything (there is no prefix of a hash), so the masked queue gives nothing away. Each key
// starts with a short fingerprint of the pepper, so keys made under another pepper are recognised and redone.

export interface InsuredKeyer {
  /** Prefix of every key made under this pepper. */
  version: string;
  keyOf(insuredId: string): string;
}

export function insuredKeyer(pepper: string): InsuredKeyer {
  const version = `${createHmac('sha256', pepper).update('insured-key-v1').digest('hex').slice(0, 8)}:`;
  return { version, keyOf: (id) => version + createHmac('sha256', pepper).update(`insured:${id}`).digest('hex') };
}
