import type { ApiKeyDoc, Models } from '../../store/mongo/schemas';
import type { ApiKeyRecord, KeyStore } from './key-store';

// API keys on MongoDB: the key's id is the _id (unique), only the HMAC is stored (see schemas-work.ts).

const toKey = (d: ApiKeyDoc): ApiKeyRecord => ({
  id: d._id,
  name: d.name,
  role: d.role,
  provinces: d.provinces ?? [],
  hash: d.hash,
  createdAt: d.createdAt,
  createdBy: d.createdBy,
  revokedAt: d.revokedAt ?? null,
});

export function mongoKeyStore(m: Models): KeyStore {
  return {
    async createApiKey(k) {
      // create() validates (role, hash shape) and inserts; a second key with the same id fails on _id.
      await m.ApiKey.create({
        _id: k.id,
        name: k.name,
        role: k.role,
        provinces: [...k.provinces],
        hash: k.hash,
        createdAt: k.createdAt,
        createdBy: k.createdBy,
        revokedAt: k.revokedAt,
      });
    },
    async findApiKey(id) {
      // The id comes from a presented key: anything but a string finds nothing, never reaches a query.
      if (typeof id !== 'string') return undefined;
      const d = await m.ApiKey.findById(id).lean<ApiKeyDoc>();
      return d ? toKey(d) : undefined;
    },
    async listApiKeys() {
      return (await m.ApiKey.find({}).sort({ createdAt: 1, _id: 1 }).lean<ApiKeyDoc[]>()).map(toKey);
    },
    async revokeApiKey(id, at) {
      if (typeof id !== 'string') return false;
      // Only a live key is revoked: the first revocation time stands.
      const r = await m.ApiKey.updateOne({ _id: id, revokedAt: null }, { $set: { revokedAt: String(at) } });
      return r.matchedCount > 0;
    },
  };
}
