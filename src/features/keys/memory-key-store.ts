import type { ApiKeyRecord, KeyStore } from './key-store';

// API keys in memory, for unit tests.

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? null)) as T;

/** API keys in memory (see key-store.ts). */
export function memoryKeyStore(): KeyStore {
  const keys = new Map<string, ApiKeyRecord>();
  return {
    async createApiKey(k) {
      if (keys.has(k.id)) throw new Error(`api key ${k.id} exists`);
      keys.set(k.id, copy(k));
    },
    async findApiKey(id) {
      const k = typeof id === 'string' ? keys.get(id) : undefined;
      return k && copy(k);
    },
    async listApiKeys() {
      return copy([...keys.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)));
    },
    async revokeApiKey(id, at) {
      const k = keys.get(id);
      if (!k || k.revokedAt !== null) return false;
      keys.set(id, { ...k, revokedAt: at });
      return true;
    },
  };
}
