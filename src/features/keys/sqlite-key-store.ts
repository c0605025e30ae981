import type { Role } from '../../contract/records';
import type { SqliteConnection } from '../../store/sqlite/connection';
import type { ApiKeyRecord, KeyStore } from './key-store';

// API keys on SQLite: only the HMAC of a key is stored; writes go through the connection's write transaction.

interface KeyRow {
  id: string;
  name: string;
  role: string;
  provinces: string;
  hash: string;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
}

/** API keys on SQLite (see key-store.ts). */
export function sqliteKeyStore(conn: SqliteConnection): KeyStore {
  const { db } = conn;
  const stmt = {
    insertKey: db.prepare(
      `INSERT INTO api_keys (id, name, role, provinces, hash, created_at, created_by, revoked_at)
       VALUES (@id, @name, @role, @provinces, @hash, @created_at, @created_by, @revoked_at)`,
    ),
    findKey: db.prepare('SELECT * FROM api_keys WHERE id = ?'),
    listKeys: db.prepare('SELECT * FROM api_keys ORDER BY created_at, id'),
    revokeKey: db.prepare('UPDATE api_keys SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL'),
  };
  const insertKey = conn.writeTransaction((row: Record<string, unknown>) => {
    stmt.insertKey.run(row);
  });
  const revokeKey = conn.writeTransaction((args: { id: string; at: string }) => stmt.revokeKey.run(args).changes > 0);
  return {
    async createApiKey(k) {
      const row = { id: k.id, name: k.name, role: k.role, provinces: JSON.stringify(k.provinces), hash: k.hash, created_at: k.createdAt, created_by: k.createdBy, revoked_at: k.revokedAt };
      insertKey(row);
    },
    async findApiKey(id) {
      if (typeof id !== 'string') return undefined;
      const row = stmt.findKey.get(id) as KeyRow | undefined;
      return row && toKey(row);
    },
    async listApiKeys() {
      return (stmt.listKeys.all() as KeyRow[]).map(toKey);
    },
    async revokeApiKey(id, at) {
      return revokeKey({ id, at });
    },
  };
}

function toKey(r: KeyRow): ApiKeyRecord {
  return {
    id: r.id,
    name: r.name,
    role: r.role as Role,
    provinces: JSON.parse(r.provinces) as string[],
    hash: r.hash,
    createdAt: r.created_at,
    createdBy: r.created_by,
    revokedAt: r.revoked_at,
  };
}
